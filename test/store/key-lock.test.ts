import { describe, expect, it } from 'vitest';
import { KeyLock } from '../../src/store/key-lock.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** A job that logs its start and end around one timer tick and returns its name. */
const recorded = (log: string[], name: string) => async () => {
  log.push(`${name} start`);
  await tick();
  log.push(`${name} end`);
  return name;
};

describe('KeyLock', () => {
  it('runs work under one key one after another, in order', async () => {
    const lock = new KeyLock();
    const log: string[] = [];
    const job = (name: string) => recorded(log, name);
    const results = await Promise.all([lock.run('s1', job('a')), lock.run('s1', job('b')), lock.run('s1', job('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('runs work under different keys concurrently', async () => {
    const lock = new KeyLock();
    const log: string[] = [];
    const job = (name: string) => recorded(log, name);
    await Promise.all([lock.run('s1', job('a')), lock.run('s2', job('b'))]);
    expect(log.slice(0, 2)).toEqual(['a start', 'b start']);
  });

  it('starts work under a free key at once', () => {
    const lock = new KeyLock();
    let started = false;
    void lock.run('s1', async () => {
      started = true;
    });
    expect(started).toBe(true);
  });

  it('keeps going after a failure, and a synchronous throw is a rejection', async () => {
    const lock = new KeyLock();
    const failing = lock.run('s1', () => {
      throw new Error('boom');
    });
    const next = lock.run('s1', async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });

  it('forgets a key once its queue drains', async () => {
    const lock = new KeyLock();
    const pending = [lock.run('s1', async () => tick()), lock.run('s1', async () => tick()), lock.run('s2', async () => tick())];
    expect(lock.size).toBe(2);
    await Promise.all(pending);
    await tick();
    expect(lock.size).toBe(0);
  });
});
