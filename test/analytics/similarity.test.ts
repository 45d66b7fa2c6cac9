import { describe, expect, it } from 'vitest';
import { bigrams, clusterTexts, jaccard } from '../../src/analytics/similarity.ts';

describe('bigrams and jaccard', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(jaccard(bigrams('收不到 验证码!'), bigrams('收不到验证码'))).toBe(1);
    expect(jaccard(bigrams('Hello'), bigrams('hello.'))).toBe(1);
  });

  it('scores unrelated questions near zero', () => {
    expect(jaccard(bigrams('收不到验证码'), bigrams('备案要多久'))).toBe(0);
  });
});

describe('clusterTexts', () => {
  it('groups near-identical questions under the most frequent one and keeps others apart', () => {
    const clusters = clusterTexts([
      { text: '收不到验证码怎么办', count: 1 },
      { text: '收不到验证码', count: 3 },
      { text: '备案要多久', count: 2 },
      { text: '  ', count: 5 },
    ]);
    expect(clusters).toEqual([
      { example: '收不到验证码', count: 4, variants: 2, texts: [{ text: '收不到验证码', count: 3 }, { text: '收不到验证码怎么办', count: 1 }] },
      { example: '备案要多久', count: 2, variants: 1, texts: [{ text: '备案要多久', count: 2 }] },
    ]);
  });

  it('does not merge texts below the threshold', () => {
    expect(clusterTexts([{ text: 'abcd', count: 1 }, { text: 'abxy', count: 1 }], 0.5)).toHaveLength(2);
  });

  it('groups a short question inside a longer one, but not questions that share only a filler word', () => {
    const clusters = clusterTexts([
      { text: '备案材料有哪些', count: 2 },
      { text: '需要准备什么备案材料', count: 1 },
      { text: '公安备案怎么办', count: 1 },
      { text: '没收到短信怎么办', count: 1 },
    ]);
    expect(clusters.map((c) => [c.example, c.count])).toEqual([
      ['备案材料有哪些', 3],
      ['公安备案怎么办', 1],
      ['没收到短信怎么办', 1],
    ]);
  });
});
