/**
 * Where sessions and rate-limit counters live: in Redis when a URL is given
 * (several instances share conversations), otherwise in this process's memory.
 *
 * @example
 *   const stores = createStores({ redisUrl: config.redisUrl, sessionTtlSeconds: config.sessionTtlSeconds,
 *     rateLimitPerMinute: config.rateLimitPerMinute, log: (line) => logger.warn(line) });
 *   // stores.kind === 'redis' | 'memory'; stores.stats().degradedTurns feeds a metric
 */
import type { RateLimiter, SessionStore } from '../engine/types.ts';
import { MemoryRateLimiter } from './memory-rate-limiter.ts';
import { MemorySessionStore } from './memory-session-store.ts';
import { createRedisClient, type LogLine } from './redis-client.ts';
import { RedisRateLimiter } from './redis-rate-limiter.ts';
import { RedisSessionStore } from './redis-session-store.ts';

// Implementations, for tests and custom wiring.
export { KeyLock } from './key-lock.ts';
export { MemoryRateLimiter, type RateDecision } from './memory-rate-limiter.ts';
export { MemorySessionStore } from './memory-session-store.ts';
export { createRedisClient, type LogLine } from './redis-client.ts';
export { RedisRateLimiter } from './redis-rate-limiter.ts';
export { RedisSessionStore } from './redis-session-store.ts';

export interface StoreOptions {
  redisUrl?: string;
  sessionTtlSeconds: number;
  rateLimitPerMinute: number;
  log: LogLine;
}

/** Counters for metrics: work done without Redis since start (always 0 in memory). */
export interface StoreStats {
  degradedTurns: number;
  degradedRateLimitHits: number;
}

export interface Stores {
  sessions: SessionStore;
  limiter: RateLimiter;
  kind: 'memory' | 'redis';
  stats(): StoreStats;
  close(): Promise<void>;
}

/** Builds the session store and rate limiter the configuration asks for. */
export function createStores(options: StoreOptions): Stores {
  if (!options.redisUrl) {
    const sessions = new MemorySessionStore({ ttlSeconds: options.sessionTtlSeconds });
    const limiter = new MemoryRateLimiter({ limitPerMinute: options.rateLimitPerMinute });
    return {
      sessions,
      limiter,
      kind: 'memory',
      stats: () => ({ degradedTurns: 0, degradedRateLimitHits: 0 }),
      close: async () => {
        await Promise.all([sessions.close(), limiter.close()]);
      },
    };
  }
  const client = createRedisClient(options.redisUrl);
  const sessions = new RedisSessionStore({
    client,
    ttlSeconds: options.sessionTtlSeconds,
    log: options.log,
    ownsClient: false,
  });
  const limiter = new RedisRateLimiter({
    client,
    limitPerMinute: options.rateLimitPerMinute,
    log: options.log,
    ownsClient: false,
  });
  return {
    sessions,
    limiter,
    kind: 'redis',
    stats: () => ({ degradedTurns: sessions.degradedTurns, degradedRateLimitHits: limiter.degradedHits }),
    close: async () => {
      client.disconnect();
    },
  };
}
