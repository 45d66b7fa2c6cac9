import { describe, expect, it } from 'vitest';
import { buildNgramIndex, type IndexedExample } from '../../../src/core/matchers/ngram.ts';

const f = (entries: Array<[string, number]>) => new Map(entries);

/** A small index: two examples of one intent, one of another, and filler so no feature is "too common". */
function index() {
  const examples: IndexedExample[] = [
    { intent: 'a', text: 'a1', features: f([['x', 1], ['y', 1]]) },
    { intent: 'a', text: 'a2', features: f([['x', 1], ['z', 1]]) },
    { intent: 'b', text: 'b1', features: f([['w', 1], ['z', 1]]) },
  ];
  for (let i = 0; i < 60; i++) examples.push({ intent: 'c', text: `c${i}`, features: f([[`u${i}`, 1]]) });
  return buildNgramIndex(examples);
}

describe('buildNgramIndex', () => {
  it('ranks the intent whose examples share the most weighted features first, with its best example', () => {
    const hits = index().search(f([['x', 1], ['y', 1]]));
    expect(hits[0]).toMatchObject({ intent: 'a', example: 0 });
    expect(hits.map((h) => h.intent)).not.toContain('c');
  });

  it('reads a feature shared by two intents for both, and prefers the one that has the rest too', () => {
    const hits = index().search(f([['z', 1], ['w', 1]]));
    expect(hits.map((h) => h.intent)).toEqual(['b', 'a']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('gives identical scores on a second search (the scratch space is cleared)', () => {
    const ix = index();
    const first = ix.search(f([['x', 1], ['z', 1]]));
    ix.search(f([['w', 1]]));
    expect(ix.search(f([['x', 1], ['z', 1]]))).toEqual(first);
  });

  it('finds nothing for features it has never seen, and knows their IDF is 0', () => {
    const ix = index();
    expect(ix.search(f([['never', 1]]))).toEqual([]);
    expect(ix.idf('never')).toBe(0);
    expect(ix.idf('x')).toBeGreaterThan(ix.idf('z') - 1e-9);
  });
});
