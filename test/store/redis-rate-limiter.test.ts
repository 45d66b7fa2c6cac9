import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStores } from '../../src/store/index.ts';
import { createRedisClient } from '../../src/store/redis-client.ts';
import { RedisRateLimiter } from '../../src/store/redis-rate-limiter.ts';
import { clientReady, startRedis, type TestRedis } from '../helpers/redis-server.ts';

describe('RedisRateLimiter', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis?.stop());

  it('counts hits from two instances against one limit and gives the seconds left', async () => {
    const now = () => 5 * 60_000 + 50_000; // 10 s before the minute ends
    const clients = [createRedisClient(redis.url), createRedisClient(redis.url)] as const;
    await Promise.all(clients.map(clientReady));
    const a = new RedisRateLimiter({ client: clients[0], limitPerMinute: 4, log: () => {}, now });
    const b = new RedisRateLimiter({ client: clients[1], limitPerMinute: 4, log: () => {}, now });
    const decisions = [await a.hit('ip'), await b.hit('ip'), await a.hit('ip'), await b.hit('ip'), await a.hit('ip')];
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, false]);
    expect(decisions[3]!.remaining).toBe(0);
    expect(decisions[4]!.retryAfterSeconds).toBe(10);
    expect((await b.hit('other-ip')).allowed).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });

  it('keeps each counter only a little past its minute', async () => {
    const client = createRedisClient(redis.url);
    const limiter = new RedisRateLimiter({ client, limitPerMinute: 10, log: () => {}, now: () => 7 * 60_000 + 30_000, ownsClient: false });
    await clientReady(client);
    await limiter.hit('ttl');
    const pttl = await client.pttl('icpbot:rl:7:ttl');
    expect(pttl).toBeGreaterThan(30_000);
    expect(pttl).toBeLessThanOrEqual(35_000);
    client.disconnect();
  });

  it('fails open and counts the hit when Redis is unreachable', async () => {
    const stores = createStores({ redisUrl: 'redis://127.0.0.1:1', sessionTtlSeconds: 60, rateLimitPerMinute: 1, log: () => {} });
    expect(stores.kind).toBe('redis');
    const started = Date.now();
    const decisions = [await stores.limiter.hit('ip'), await stores.limiter.hit('ip')];
    expect(Date.now() - started).toBeLessThan(1000);
    expect(decisions.every((d) => d.allowed)).toBe(true);
    expect(stores.stats().degradedRateLimitHits).toBe(2);
    const answer = await stores.sessions.transact('web:x', async (s) => ({ next: { turns: 1 }, result: s }));
    expect(answer).toBeUndefined();
    expect(stores.stats().degradedTurns).toBe(1);
    await stores.close();
  });
});

describe('createStores', () => {
  it('keeps everything in memory without a Redis URL', async () => {
    const stores = createStores({ sessionTtlSeconds: 60, rateLimitPerMinute: 0, log: () => {} });
    expect(stores.kind).toBe('memory');
    await stores.sessions.transact('k', async () => ({ next: { turns: 1 }, result: 0 }));
    expect(await stores.sessions.transact('k', async (s) => ({ next: s ?? null, result: s?.turns }))).toBe(1);
    await stores.close();
  });
});
