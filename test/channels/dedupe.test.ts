import { describe, expect, it } from 'vitest';
import { Deduper, TtlMap } from '../../src/channels/dedupe.ts';
import { stripMention, truncateUtf8 } from '../../src/channels/text.ts';

describe('Deduper', () => {
  it('reports a key as seen only after its first sight, until the TTL passes', () => {
    let now = 0;
    const dedupe = new Deduper({ ttlMs: 100, now: () => now });
    expect(dedupe.seen('m1')).toBe(false);
    expect(dedupe.seen('m1')).toBe(true);
    now = 100;
    expect(dedupe.seen('m1')).toBe(false);
  });

  it('forgets the oldest keys beyond its size cap', () => {
    const map = new TtlMap<number>({ maxKeys: 2 });
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3);
    expect([map.get('a'), map.get('b'), map.get('c'), map.size]).toEqual([undefined, 2, 3, 2]);
  });
});

describe('text helpers', () => {
  it('strips leading mentions and whitespace but keeps inner @', () => {
    expect(stripMention(' 你好')).toBe('你好');
    expect(stripMention('@助手 @小王  发 a@b.cn ')).toBe('发 a@b.cn');
  });

  it('truncates at a character boundary within the byte budget', () => {
    const out = truncateUtf8('短信核验'.repeat(300), 2048);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(2048);
    expect(out.endsWith('…')).toBe(true);
    expect(out).not.toContain('\uFFFD');
    expect(truncateUtf8('abc', 3)).toBe('abc');
    expect(truncateUtf8('😀😀', 6)).toBe('…');
  });
});
