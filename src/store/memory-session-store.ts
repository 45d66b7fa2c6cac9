/**
 * Sessions in this process's memory: the default when `REDIS_URL` is unset.
 * Entries expire `ttlSeconds` after their last write; the map is bounded
 * (least recently used sessions are evicted first) and an unref'd sweep drops
 * expired entries, so memory never grows without bound.
 *
 * @example
 *   const sessions = new MemorySessionStore({ ttlSeconds: 1800 });
 *   const reply = await sessions.transact('web:abc', async (s) => ({ next: { turns: (s?.turns ?? 0) + 1 }, result: 'hi' }));
 */
import type { SessionState, SessionStore } from '../engine/types.ts';
import { KeyLock } from './key-lock.ts';

export interface MemorySessionStoreOptions {
  ttlSeconds: number;
  /** Most sessions kept at once; the least recently used go first. Default 100 000. */
  maxSessions?: number;
  /** Milliseconds between sweeps of expired entries. Default: the TTL, at most 60 s. */
  sweepIntervalMs?: number;
  /** Clock in epoch milliseconds, injectable for tests. */
  now?: () => number;
}

interface Entry {
  /** The state as JSON: every read gets a fresh copy, and what comes back is what Redis would give back. */
  json: string;
  expiresAt: number;
}

/** In-memory {@link SessionStore} with TTL, LRU bound and a per-session lock. */
export class MemorySessionStore implements SessionStore {
  private readonly entries = new Map<string, Entry>();
  private readonly lock = new KeyLock();
  private readonly ttlMs: number;
  private readonly maxSessions: number;
  private readonly now: () => number;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(options: MemorySessionStoreOptions) {
    this.ttlMs = options.ttlSeconds * 1000;
    this.maxSessions = Math.max(1, options.maxSessions ?? 100_000);
    this.now = options.now ?? Date.now;
    const every = options.sweepIntervalMs ?? Math.min(this.ttlMs, 60_000);
    this.sweeper = setInterval(() => this.sweep(), every);
    this.sweeper.unref();
  }

  transact<T>(
    key: string,
    fn: (current: SessionState | undefined) => Promise<{ next: SessionState | null; result: T }>,
  ): Promise<T> {
    return this.lock.run(key, async () => {
      const { next, result } = await fn(this.read(key));
      this.entries.delete(key);
      if (next !== null) {
        this.entries.set(key, { json: JSON.stringify(next), expiresAt: this.now() + this.ttlMs });
        this.evictOverflow();
      }
      return result;
    });
  }

  /** Number of sessions held, expired ones not yet swept included. */
  get size(): number {
    return this.entries.size;
  }

  /** Drops every expired entry; called by the periodic sweep. */
  sweep(): number {
    const now = this.now();
    let dropped = 0;
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) {
        this.entries.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  async close(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
    this.entries.clear();
  }

  /**
   * A copy of the live state (so a throwing `fn` cannot corrupt it), or undefined when absent or expired.
   * JSON, not structuredClone: for these small objects it is several times cheaper per turn.
   */
  private read(key: string): SessionState | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return JSON.parse(entry.json) as SessionState;
  }

  private evictOverflow(): void {
    while (this.entries.size > this.maxSessions) {
      const oldest = this.entries.keys().next();
      if (oldest.done) return;
      this.entries.delete(oldest.value);
    }
  }
}
