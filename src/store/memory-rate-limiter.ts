/**
 * Fixed-window rate limiting in this process's memory: at most `limitPerMinute`
 * hits per key per calendar minute. Only the current minute is kept, so memory
 * is bounded by the keys seen in one minute (and by `maxKeys`).
 *
 * @example
 *   const limiter = new MemoryRateLimiter({ limitPerMinute: 30 });
 *   const { allowed, retryAfterSeconds } = await limiter.hit('web:203.0.113.9');
 */
import type { RateLimiter } from '../engine/types.ts';

export interface MemoryRateLimiterOptions {
  /** Hits allowed per key per minute; 0 turns limiting off. */
  limitPerMinute: number;
  /** Most keys counted in one minute; the oldest are forgotten past it. Default 100 000. */
  maxKeys?: number;
  now?: () => number;
}

/** What one hit decides, shared by the memory and Redis limiters. */
export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
  /** Hits left in this minute; `Infinity` when limiting is off. */
  remaining: number;
}

const WINDOW_MS = 60_000;

/** The decision for the `count`-th hit of a window, given the clock. */
export function decide(count: number, limit: number, now: number): RateDecision {
  const allowed = count <= limit;
  const windowEnd = (Math.floor(now / WINDOW_MS) + 1) * WINDOW_MS;
  return {
    allowed,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((windowEnd - now) / 1000)),
    remaining: Math.max(0, limit - count),
  };
}

/** The index of the minute `now` falls in (the same on every instance with a sane clock). */
export function windowOf(now: number): number {
  return Math.floor(now / WINDOW_MS);
}

/** Decision when limiting is off. */
export const UNLIMITED: RateDecision = Object.freeze({ allowed: true, retryAfterSeconds: 0, remaining: Infinity });

/** In-memory {@link RateLimiter}. */
export class MemoryRateLimiter implements RateLimiter {
  private counts = new Map<string, number>();
  private window = -1;
  private readonly limit: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: MemoryRateLimiterOptions) {
    this.limit = options.limitPerMinute;
    this.maxKeys = Math.max(1, options.maxKeys ?? 100_000);
    this.now = options.now ?? Date.now;
  }

  async hit(key: string): Promise<RateDecision> {
    if (this.limit <= 0) return UNLIMITED;
    const now = this.now();
    const window = windowOf(now);
    if (window !== this.window) {
      // A new minute: every count belongs to an old window.
      this.counts = new Map();
      this.window = window;
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (this.counts.size > this.maxKeys) {
      const oldest = this.counts.keys().next();
      if (!oldest.done) this.counts.delete(oldest.value);
    }
    return decide(count, this.limit, now);
  }

  /** Keys counted in the current window. */
  get size(): number {
    return this.counts.size;
  }

  async close(): Promise<void> {
    this.counts.clear();
  }
}
