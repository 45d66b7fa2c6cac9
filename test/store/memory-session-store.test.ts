import { afterEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../../src/engine/types.ts';
import { MemorySessionStore } from '../../src/store/memory-session-store.ts';

const bump = async (s: SessionState | undefined) => ({ next: { turns: (s?.turns ?? 0) + 1 }, result: (s?.turns ?? 0) + 1 });
const peek = async (s: SessionState | undefined) => ({ next: s ?? null, result: s?.turns });

describe('MemorySessionStore', () => {
  let store: MemorySessionStore | undefined;
  afterEach(async () => store?.close());

  it('keeps a session between turns and forgets it once the TTL has passed', async () => {
    let now = 1_000_000;
    store = new MemorySessionStore({ ttlSeconds: 60, now: () => now });
    await store.transact('web:a', bump);
    now += 59_000;
    expect(await store.transact('web:a', bump)).toBe(2);
    now += 59_000; // refreshed by the second write
    expect(await store.transact('web:a', peek)).toBe(2);
    now += 61_000;
    expect(await store.transact('web:a', peek)).toBeUndefined();
  });

  it('sweeps expired sessions without being asked for them', async () => {
    let now = 0;
    store = new MemorySessionStore({ ttlSeconds: 10, now: () => now });
    for (let i = 0; i < 5; i += 1) await store.transact(`s${i}`, bump);
    now += 11_000;
    await store.transact('fresh', bump);
    expect(store.sweep()).toBe(5);
    expect(store.size).toBe(1);
  });

  it('deletes the session when the turn returns null', async () => {
    store = new MemorySessionStore({ ttlSeconds: 60 });
    await store.transact('k', bump);
    await store.transact('k', async () => ({ next: null, result: undefined }));
    expect(store.size).toBe(0);
  });

  it('evicts the least recently used session beyond its bound', async () => {
    store = new MemorySessionStore({ ttlSeconds: 60, maxSessions: 3 });
    for (const key of ['a', 'b', 'c']) await store.transact(key, bump);
    await store.transact('a', bump); // a is now the most recent
    await store.transact('d', bump);
    expect(store.size).toBe(3);
    expect(await store.transact('b', peek)).toBeUndefined();
    expect(await store.transact('a', peek)).toBe(2);
  });

  it('runs concurrent turns of one session one after another', async () => {
    store = new MemorySessionStore({ ttlSeconds: 60 });
    let inside = 0;
    let overlap = false;
    const slowBump = async (s: SessionState | undefined) => {
      inside += 1;
      if (inside > 1) overlap = true;
      await new Promise((r) => setTimeout(r, Math.random() * 3));
      inside -= 1;
      return bump(s);
    };
    const results = await Promise.all(Array.from({ length: 30 }, () => store!.transact('same', slowBump)));
    expect(overlap).toBe(false);
    expect(results.sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('keeps the stored state intact when a turn mutates it and then throws', async () => {
    store = new MemorySessionStore({ ttlSeconds: 60 });
    await store.transact('k', bump);
    const failing = store.transact('k', async (s) => {
      if (s) s.turns = 99;
      throw new Error('engine failed');
    });
    await expect(failing).rejects.toThrow('engine failed');
    expect(await store.transact('k', peek)).toBe(1);
  });
});
