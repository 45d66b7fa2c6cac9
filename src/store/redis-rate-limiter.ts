/**
 * Fixed-window rate limiting shared by every instance through Redis: one
 * counter per key per minute, incremented and given its expiry in a single
 * Lua call. When Redis is unreachable the limiter fails open (the hit is
 * allowed) and counts it in `degradedHits`.
 *
 * @example
 *   const limiter = new RedisRateLimiter({ client, limitPerMinute: 30, log });
 *   if (!(await limiter.hit('web:203.0.113.9')).allowed) reply429();
 */
import type { Redis } from 'ioredis';
import type { RateLimiter } from '../engine/types.ts';
import { decide, UNLIMITED, windowOf, type RateDecision } from './memory-rate-limiter.ts';
import { Outage, type LogLine } from './redis-client.ts';

export interface RedisRateLimiterOptions {
  client: Redis;
  limitPerMinute: number;
  log: LogLine;
  prefix?: string;
  /** Quit the client on `close()`. Default true. */
  ownsClient?: boolean;
  now?: () => number;
}

// KEYS: counter. ARGV: expiry ms. Returns the new count.
const INCREMENT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

/** Redis-backed {@link RateLimiter}. */
export class RedisRateLimiter implements RateLimiter {
  private readonly outage: Outage;
  private readonly client: Redis;
  private readonly limit: number;
  private readonly prefix: string;
  private readonly ownsClient: boolean;
  private readonly now: () => number;

  constructor(options: RedisRateLimiterOptions) {
    this.client = options.client;
    this.limit = options.limitPerMinute;
    this.prefix = options.prefix ?? 'icpbot:';
    this.ownsClient = options.ownsClient ?? true;
    this.now = options.now ?? Date.now;
    this.outage = new Outage('rate limiter', options.log);
  }

  /** Hits allowed without counting because Redis was unreachable. */
  get degradedHits(): number {
    return this.outage.count;
  }

  async hit(key: string): Promise<RateDecision> {
    if (this.limit <= 0) return UNLIMITED;
    const now = this.now();
    const window = windowOf(now);
    // The counter outlives its minute a little so clock skew between instances does not reset it early.
    const expiryMs = (window + 1) * 60_000 - now + 5_000;
    try {
      if (this.client.status !== 'ready') throw new Error(`connection ${this.client.status}`);
      const count = Number(await this.client.eval(INCREMENT, 1, `${this.prefix}rl:${window}:${key}`, expiryMs));
      this.outage.ok();
      return decide(count, this.limit, now);
    } catch (error) {
      this.outage.fail(error);
      return { allowed: true, retryAfterSeconds: 0, remaining: this.limit };
    }
  }

  async close(): Promise<void> {
    if (this.ownsClient) this.client.disconnect();
  }
}
