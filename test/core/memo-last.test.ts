/** `memoLast`: one text remembered, computed once while it repeats, replaced by the next. */
import { describe, expect, it } from 'vitest';
import { memoLast } from '../../src/core/memo-last.ts';

describe('memoLast', () => {
  it('computes once while the same text repeats, again for a new one, and again when an old one comes back', () => {
    const seen: string[] = [];
    const len = memoLast((t: string) => {
      seen.push(t);
      return t.length;
    });
    expect([len('短信没收到'), len('短信没收到'), len('sms'), len('短信没收到')]).toEqual([5, 5, 3, 5]);
    expect(seen).toEqual(['短信没收到', 'sms', '短信没收到']);
  });

  it('remembers an undefined result too', () => {
    let calls = 0;
    const none = memoLast((): string | undefined => {
      calls += 1;
      return undefined;
    });
    none('a');
    none('a');
    expect(calls).toBe(1);
  });
});
