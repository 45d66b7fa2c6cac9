import { describe, expect, it } from 'vitest';
import { MemoryRateLimiter } from '../../src/store/memory-rate-limiter.ts';

describe('MemoryRateLimiter', () => {
  it('allows the limit within a minute, then refuses with the seconds left in that minute', async () => {
    let now = 10 * 60_000 + 45_500; // 45.5 s into a minute
    const limiter = new MemoryRateLimiter({ limitPerMinute: 3, now: () => now });
    const first = await limiter.hit('ip');
    expect(first).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 2 });
    await limiter.hit('ip');
    expect((await limiter.hit('ip')).allowed).toBe(true);
    const refused = await limiter.hit('ip');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 15, remaining: 0 });
    expect((await limiter.hit('other')).allowed).toBe(true);
    now += 15_000; // next minute
    expect((await limiter.hit('ip')).allowed).toBe(true);
  });

  it('always allows when the limit is 0', async () => {
    const limiter = new MemoryRateLimiter({ limitPerMinute: 0 });
    for (let i = 0; i < 100; i += 1) expect((await limiter.hit('ip')).allowed).toBe(true);
    expect(limiter.size).toBe(0);
  });

  it('drops the counters of past minutes and caps the keys of the current one', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter({ limitPerMinute: 5, maxKeys: 100, now: () => now });
    for (let i = 0; i < 500; i += 1) await limiter.hit(`k${i}`);
    expect(limiter.size).toBe(100);
    now += 60_000;
    await limiter.hit('late');
    expect(limiter.size).toBe(1);
  });
});
