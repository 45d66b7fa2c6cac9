import { describe, expect, it } from 'vitest';
import { isCjk } from '../../src/core/normalize.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';
import { readingsOf, stringsIn } from '../../src/kb/readings.ts';

describe('knowledge-base readings', () => {
  it('gives every reading of a heteronym, toneless, ü as v', () => {
    const r = readingsOf(['重发', '绿']);
    expect(r['重']).toEqual(expect.arrayContaining(['zhong', 'chong']));
    expect(r['发']).toContain('fa');
    expect(r['绿']).toContain('lv');
    expect(Object.keys(r)).toEqual(['重', '发', '绿']);
  });

  it('covers every Chinese character of the loaded knowledge base', () => {
    const kb = loadKnowledgeBase();
    for (const text of stringsIn([[...kb.intents.values()], kb.lexicon])) {
      for (const ch of text) if (isCjk(ch)) expect(kb.readings[ch]?.length, ch).toBeGreaterThan(0);
    }
  });
});
