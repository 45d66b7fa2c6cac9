import { describe, expect, it } from 'vitest';
import { formatEval, scoreEval, type EvalCase } from '../../src/cli/eval-metrics.ts';

const c = (gold: string, predicted: string, accept: string[] = []): EvalCase => ({ gold, predicted, accept, text: `${gold}→${predicted}` });

describe('scoreEval', () => {
  it('scores a perfect run as 1 everywhere', () => {
    const r = scoreEval([c('faq.deadline', 'faq.deadline'), c('fallback', 'fallback')]);
    expect(r).toMatchObject({ total: 2, correct: 2, accuracy: 1, nearTwinConfusions: 0, confusions: [], errors: [] });
    expect(r.perIntent.every((p) => p.precision === 1 && p.recall === 1 && p.f1 === 1)).toBe(true);
  });

  it('computes per-intent precision, recall and F1', () => {
    const r = scoreEval([c('a', 'a'), c('a', 'b'), c('b', 'b'), c('b', 'b')]);
    const a = r.perIntent.find((p) => p.intent === 'a')!;
    const b = r.perIntent.find((p) => p.intent === 'b')!;
    expect(a).toEqual({ intent: 'a', support: 2, precision: 1, recall: 0.5, f1: 0.667 });
    expect(b).toEqual({ intent: 'b', support: 2, precision: 0.667, recall: 1, f1: 0.8 });
    expect(r.accuracy).toBe(0.75);
  });

  it('counts an accepted alternative as correct and credits the gold intent', () => {
    const r = scoreEval([c('faq.sync-delay', 'faq.progress', ['faq.progress'])]);
    expect(r.correct).toBe(1);
    expect(r.perIntent.map((p) => p.intent)).toEqual(['faq.sync-delay']);
  });

  it('lists confusion pairs, most frequent first', () => {
    const r = scoreEval([c('a', 'b'), c('a', 'b'), c('c', 'd'), c('a', 'a')]);
    expect(r.confusions).toEqual([
      { gold: 'a', predicted: 'b', count: 2 },
      { gold: 'c', predicted: 'd', count: 1 },
    ]);
    expect(r.errors).toHaveLength(3);
  });

  it('reports fallback precision and recall', () => {
    const r = scoreEval([c('fallback', 'fallback'), c('fallback', 'faq.deadline'), c('faq.deadline', 'fallback'), c('faq.deadline', 'fallback')]);
    expect(r.fallback).toEqual({ precision: 0.333, recall: 0.5 });
  });

  it('reports fallback as perfect when it never occurs', () => {
    expect(scoreEval([c('a', 'a')]).fallback).toEqual({ precision: 1, recall: 1 });
  });

  it('counts near-twin confusions in both directions, and only those', () => {
    const r = scoreEval([
      c('msg.verify-record-not-found', 'msg.resend-record-not-found'),
      c('msg.resend-record-not-found', 'msg.verify-record-not-found'),
      c('msg.verify-all-done', 'msg.verify-wait-others'),
      c('msg.verify-failed', 'msg.verify-all-done'),
      c('msg.resend-record-not-found', 'faq.how-to-resend'),
    ]);
    expect(r.nearTwinConfusions).toBe(3);
  });

  it('reports msg.* accuracy separately', () => {
    const r = scoreEval([c('msg.verify-failed', 'msg.verify-failed'), c('msg.resend-success', 'fallback'), c('faq.deadline', 'faq.deadline')]);
    expect(r.promptAccuracy).toBe(0.5);
    expect(r.accuracy).toBe(0.667);
  });

  it('handles an empty run without dividing by zero', () => {
    expect(scoreEval([])).toMatchObject({ total: 0, accuracy: 1, promptAccuracy: 1, perIntent: [] });
  });
});

describe('formatEval', () => {
  const r = scoreEval([c('a', 'a'), c('a', 'b'), c('fallback', 'fallback')]);

  it('shows the totals, a per-intent table and the confusions', () => {
    const text = formatEval(r, false);
    expect(text).toContain('accuracy 0.667 (2/3)');
    expect(text).toMatch(/^a +2 +1\.000 +0\.500 +0\.667$/m);
    expect(text).toContain('1× a → b');
    expect(text).not.toContain('errors:');
  });

  it('lists the errors only when asked', () => {
    expect(formatEval(r, true)).toContain('[a → b] a→b');
  });
});
