/** The router's memo: least recently used out first, long texts not kept, hits are copies of frozen entries. */
import { describe, expect, it } from 'vitest';
import { createClassificationMemo } from '../../src/core/classification-memo.ts';
import type { Classification } from '../../src/core/types.ts';

const result = (intent: string): Classification => ({
  intent,
  confidence: 0.9,
  runnersUp: [{ intent: 'fallback', score: 0.1 }],
  evidence: [],
  slots: { scenario: 'first-filing' },
  lang: 'zh',
  normalized: intent,
});

describe('createClassificationMemo', () => {
  it('drops the least recently used entry when full', () => {
    const memo = createClassificationMemo(2, 100);
    memo.put('a', result('A'));
    memo.put('b', result('B'));
    memo.get('a'); // a is now the most recent
    memo.put('c', result('C'));
    expect(memo.get('a')?.intent).toBe('A');
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('c')?.intent).toBe('C');
  });

  it('does not keep texts longer than its limit, nor anything when its size is 0', () => {
    const short = createClassificationMemo(10, 3);
    expect(short.put('long text', result('A')).intent).toBe('A');
    expect(short.get('long text')).toBeUndefined();
    const off = createClassificationMemo(0, 100);
    off.put('a', result('A'));
    expect(off.get('a')).toBeUndefined();
  });

  it('gives each caller its own slots while the shared parts stay frozen', () => {
    const memo = createClassificationMemo(10, 100);
    const first = memo.put('a', result('A'));
    first.slots.scope = 'app';
    const again = memo.get('a')!;
    expect(again.slots).toEqual({ scenario: 'first-filing' });
    expect(Object.isFrozen(again.runnersUp)).toBe(true);
    expect(() => (again.runnersUp as Array<unknown>).push(1)).toThrow();
  });
});
