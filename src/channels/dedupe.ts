/**
 * Bounded, time-limited memory of keys (message ids) so a platform's retry or
 * a replayed request is answered once. Oldest keys go first when full.
 *
 * @example
 *   const dedupe = new Deduper();
 *   if (dedupe.seen(msgId)) return; // a retry: already handled
 */

/** Options of {@link TtlMap} and {@link Deduper}. */
export interface TtlOptions {
  /** How long a key is remembered; default 10 minutes. */
  ttlMs?: number;
  /** Most keys kept; the oldest is dropped beyond it. Default 50 000. */
  maxKeys?: number;
  now?: () => number;
}

/** A map whose entries expire after `ttlMs` and whose size is capped. */
export class TtlMap<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: TtlOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10 * 60 * 1000;
    this.maxKeys = options.maxKeys ?? 50_000;
    this.now = options.now ?? Date.now;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    this.evict();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops expired entries from the oldest end, then the oldest beyond the cap. */
  private evict(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.expires > now && this.entries.size <= this.maxKeys) break;
      this.entries.delete(key);
    }
  }
}

/** A set of recently seen keys. */
export class Deduper {
  private readonly keys: TtlMap<true>;

  constructor(options: TtlOptions = {}) {
    this.keys = new TtlMap<true>(options);
  }

  /** True when `key` was seen within the TTL; otherwise records it and returns false. */
  seen(key: string): boolean {
    if (this.keys.get(key)) return true;
    this.keys.set(key, true);
    return false;
  }
}
