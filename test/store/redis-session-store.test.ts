import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionState } from '../../src/engine/types.ts';
import { createRedisClient } from '../../src/store/redis-client.ts';
import { RedisSessionStore } from '../../src/store/redis-session-store.ts';
import { clientReady, startRedis, type TestRedis } from '../helpers/redis-server.ts';

const bump = async (s: SessionState | undefined) => ({ next: { ...s, turns: (s?.turns ?? 0) + 1 }, result: (s?.turns ?? 0) + 1 });
const peek = async (s: SessionState | undefined) => ({ next: s ?? null, result: s?.turns });

describe('RedisSessionStore', () => {
  let redis: TestRedis;
  const open: RedisSessionStore[] = [];
  const logs: string[] = [];
  const make = async (ttlSeconds = 60) => {
    const client = createRedisClient(redis.url);
    await clientReady(client);
    const store = new RedisSessionStore({ client, ttlSeconds, log: (line) => logs.push(line) });
    open.push(store);
    return { store, client };
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis?.stop());
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
    logs.length = 0;
  });

  it('stores a session with a TTL and forgets it once the TTL has passed', async () => {
    const { store, client } = await make(1);
    await store.transact('web:ttl', bump);
    expect(await store.transact('web:ttl', bump)).toBe(2);
    const pttl = await client.pttl('icpbot:sess:web:ttl');
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(1000);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await store.transact('web:ttl', peek)).toBeUndefined();
  });

  it('loses no increment when 50 turns of one session race on two instances', async () => {
    const a = await make();
    const b = await make();
    const turns = Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).store.transact('web:race', bump));
    const results = await Promise.all(turns);
    expect(results.sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await a.store.transact('web:race', peek)).toBe(50);
    expect(await a.client.exists('icpbot:lock:web:race')).toBe(0);
  });

  it('lets a second instance continue a conversation the first one started', async () => {
    const a = await make();
    const b = await make();
    await a.store.transact('web:shared', async () => ({ next: { turns: 1, lastIntent: 'msg.verify-failed' }, result: null }));
    const seen = await b.store.transact('web:shared', async (s) => ({ next: s ?? null, result: s?.lastIntent }));
    expect(seen).toBe('msg.verify-failed');
  });

  it('releases the lock when a turn throws, so the next turn is not delayed', async () => {
    const { store } = await make();
    await expect(store.transact('web:boom', async () => Promise.reject(new Error('engine failed')))).rejects.toThrow('engine failed');
    const started = Date.now();
    await store.transact('web:boom', bump);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('does not wait on a Redis that stops answering', async () => {
    const { store } = await make();
    await store.transact('web:hung', bump);
    redis.pause();
    try {
      const started = Date.now();
      expect(await store.transact('web:hung', bump)).toBe(1);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(store.degradedTurns).toBe(1);
    } finally {
      redis.resume();
    }
  });

  it('answers single-turn within a second while Redis is down and resumes when it returns', async () => {
    const { store, client } = await make();
    await store.transact('web:outage', bump);
    await redis.kill();

    const started = Date.now();
    const during = await store.transact('web:outage', bump);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(during).toBe(1); // no state: answered as a first turn
    await store.transact('web:outage', bump);
    expect(store.degradedTurns).toBe(2);
    expect(logs.filter((l) => l.includes('Redis unavailable'))).toHaveLength(1);

    await redis.restart();
    await clientReady(client);
    expect(await store.transact('web:outage', bump)).toBe(1); // the restarted Redis kept nothing
    expect(await store.transact('web:outage', bump)).toBe(2);
    expect(store.degradedTurns).toBe(2);
    expect(logs.some((l) => l.includes('Redis is back'))).toBe(true);
  });
});
