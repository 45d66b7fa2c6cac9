/**
 * Sessions in Redis, so several instances can serve one conversation. Each
 * session is a JSON string with a `PX` TTL. A turn holds a per-session lock
 * (`SET lock token NX PX`) and saves with a Lua script that writes only while
 * it still owns the lock, so concurrent turns run one after another and a
 * turn whose lock expired can never overwrite a newer state.
 *
 * When Redis is unreachable the turn still runs, as a single turn without
 * saved state (`fn(undefined)`), counted in `degradedTurns` and logged once
 * per outage; the next turn after Redis returns uses it again.
 *
 * @example
 *   const store = new RedisSessionStore({ client: createRedisClient(url), ttlSeconds: 1800, log });
 *   await store.transact('web:abc', async (s) => ({ next: { turns: (s?.turns ?? 0) + 1 }, result: 1 }));
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { SessionState, SessionStore } from '../engine/types.ts';
import { KeyLock } from './key-lock.ts';
import { Outage, sleep, type LogLine } from './redis-client.ts';

export interface RedisSessionStoreOptions {
  client: Redis;
  ttlSeconds: number;
  log: LogLine;
  /** Key prefix; default `icpbot:`. */
  prefix?: string;
  /** How long a lock lives if its holder dies. Default 2000 ms. */
  lockTtlMs?: number;
  /** How long a turn waits for another instance's turn of the same session. Default 2500 ms. */
  lockWaitMs?: number;
  /** Quit the client on `close()`. Default true. */
  ownsClient?: boolean;
}

type Step<T> = (current: SessionState | undefined) => Promise<{ next: SessionState | null; result: T }>;

// KEYS: session, lock. ARGV: token, JSON ('' deletes), ttl ms.
const SAVE_AND_RELEASE = `
if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
redis.call('DEL', KEYS[2])
return 1`;

// KEYS: session, lock. ARGV: token, lock ttl ms. Takes the lock and reads the state in one round trip.
const ACQUIRE_AND_READ = `
if redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2], 'NX') then return {1, redis.call('GET', KEYS[1])} end
return {0}`;

/** The two scripts of a turn, sent by SHA once Redis knows them (ioredis `defineCommand`). */
interface SessionScripts {
  icpAcquireAndRead(session: string, lock: string, token: string, lockTtlMs: number): Promise<[number, string | null]>;
  icpSaveAndRelease(session: string, lock: string, token: string, json: string, ttlMs: number): Promise<number>;
}

// KEYS: lock. ARGV: token.
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** Redis-backed {@link SessionStore}. */
export class RedisSessionStore implements SessionStore {
  private readonly local = new KeyLock();
  private readonly outage: Outage;
  private readonly client: Redis;
  private readonly ttlMs: number;
  private readonly prefix: string;
  private readonly lockTtlMs: number;
  private readonly lockWaitMs: number;
  private readonly ownsClient: boolean;
  private readonly log: LogLine;
  /** Turns that waited too long for the lock and ran on a snapshot without saving. */
  lockTimeouts = 0;
  /** Turns whose lock expired before they saved (their state was not written). */
  lostLocks = 0;

  constructor(options: RedisSessionStoreOptions) {
    this.client = options.client;
    this.ttlMs = options.ttlSeconds * 1000;
    this.prefix = options.prefix ?? 'icpbot:';
    this.lockTtlMs = options.lockTtlMs ?? 2000;
    this.lockWaitMs = options.lockWaitMs ?? 2500;
    this.ownsClient = options.ownsClient ?? true;
    this.log = options.log;
    this.outage = new Outage('sessions', options.log);
    if (!('icpAcquireAndRead' in this.client)) {
      this.client.defineCommand('icpAcquireAndRead', { numberOfKeys: 2, lua: ACQUIRE_AND_READ });
      this.client.defineCommand('icpSaveAndRelease', { numberOfKeys: 2, lua: SAVE_AND_RELEASE });
    }
  }

  private get scripts(): SessionScripts {
    return this.client as unknown as SessionScripts;
  }

  /** Turns answered without Redis (single-turn), for the `degraded turns` metric. */
  get degradedTurns(): number {
    return this.outage.count;
  }

  transact<T>(key: string, fn: Step<T>): Promise<T> {
    // Turns of one session in this process queue here, so only turns from
    // other instances ever contend for the Redis lock.
    return this.local.run(key, () => this.transactRemote(key, fn));
  }

  async close(): Promise<void> {
    if (this.ownsClient) this.client.disconnect();
  }

  private async transactRemote<T>(key: string, fn: Step<T>): Promise<T> {
    const sessionKey = `${this.prefix}sess:${key}`;
    const lockKey = `${this.prefix}lock:${key}`;
    if (this.client.status !== 'ready') return this.degraded(fn, new Error(`connection ${this.client.status}`));

    let token: string | undefined;
    let current: SessionState | undefined;
    try {
      const taken = await this.acquire(sessionKey, lockKey);
      token = taken?.token;
      current = this.parse(taken ? taken.json : await this.client.get(sessionKey));
    } catch (error) {
      if (token) this.releaseQuietly(lockKey, token);
      return this.degraded(fn, error);
    }
    if (token === undefined) {
      this.lockTimeouts += 1;
      this.log(`sessions: waited ${this.lockWaitMs} ms for a session lock; answering without saving`);
      return (await fn(current)).result;
    }

    let outcome: Awaited<ReturnType<Step<T>>>;
    try {
      outcome = await fn(current);
    } catch (error) {
      this.releaseQuietly(lockKey, token);
      throw error;
    }
    const json = outcome.next === null ? '' : JSON.stringify(outcome.next);
    try {
      const saved = await this.scripts.icpSaveAndRelease(sessionKey, lockKey, token, json, this.ttlMs);
      this.outage.ok();
      if (saved !== 1) {
        this.lostLocks += 1;
        this.log('sessions: a turn outlived its session lock; its state was not saved');
      }
    } catch (error) {
      this.outage.fail(error);
    }
    return outcome.result;
  }

  /** Takes the session lock and reads the state; undefined when another holder kept it past `lockWaitMs`. */
  private async acquire(sessionKey: string, lockKey: string): Promise<{ token: string; json: string | null } | undefined> {
    const token = randomUUID();
    const deadline = Date.now() + this.lockWaitMs;
    for (;;) {
      const [ok, json] = await this.scripts.icpAcquireAndRead(sessionKey, lockKey, token, this.lockTtlMs);
      if (ok === 1) return { token, json: json ?? null };
      if (Date.now() >= deadline) return undefined;
      await sleep(5 + Math.random() * 20);
    }
  }

  private releaseQuietly(lockKey: string, token: string): void {
    this.client.eval(RELEASE, 1, lockKey, token).catch(() => undefined);
  }

  private async degraded<T>(fn: Step<T>, error: unknown): Promise<T> {
    this.outage.fail(error);
    return (await fn(undefined)).result;
  }

  private parse(raw: string | null): SessionState | undefined {
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw) as SessionState;
    } catch {
      this.log('sessions: a stored session was not valid JSON; starting it afresh');
      return undefined;
    }
  }
}
