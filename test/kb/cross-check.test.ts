import { describe, expect, it } from 'vitest';
import type { KbProblem } from '../../src/errors.ts';
import { checkLexicon, checkWhoVerifies } from '../../src/kb/cross-check.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

const problemsOf = (synonyms: Array<{ canonical: string; variants: string[] }>, keep: string[] = []): KbProblem[] => {
  const problems: KbProblem[] = [];
  checkLexicon({ synonyms, keep, stopwords: [], domain_terms: [], other_contexts: [], filing_anchors: [], other_steps: [], not_offered: [], not_stated: [], terms: {} }, 'lexicon.yaml', problems);
  return problems;
};

describe('checkLexicon', () => {
  it('refuses a Chinese variant inside any canonical form', () => {
    expect(problemsOf([{ canonical: '工信部', variants: ['工信'] }]).map((p) => p.message)).toEqual(['"工信" occurs inside the canonical form "工信部"']);
  });

  it('allows a Latin variant that occurs inside a canonical form only within a word (folding is word-bound)', () => {
    expect(problemsOf([{ canonical: 'alibaba cloud', variants: ['aliyun'] }, { canonical: '备案', variants: ['ba'] }])).toEqual([]);
    expect(problemsOf([{ canonical: 'sms code', variants: ['code'] }]).length).toBe(1);
  });

  it('refuses a variant listed twice', () => {
    expect(problemsOf([{ canonical: 'a1', variants: ['x1'] }, { canonical: 'b1', variants: ['x1'] }]).map((p) => p.message)).toEqual(['"x1" is already a variant of "a1"']);
  });

  it('refuses a kept phrase that protects no variant', () => {
    const synonyms = [{ canonical: 'unreceived', variants: ["don't get"] }];
    expect(problemsOf(synonyms, ["don't get why"])).toEqual([]);
    expect(problemsOf(synonyms, ['get it wrong']).map((p) => `${p.path}: ${p.message}`)).toEqual(['keep[0]: "get it wrong" contains no variant, so keeping it changes nothing']);
  });
});

describe('checkWhoVerifies', () => {
  it('refuses a scope that stands for an undefined scope', () => {
    const table = structuredClone(loadKnowledgeBase().whoVerifies);
    table.scopes.both!.stands_for = ['website-app', 'nowhere'];
    const problems: KbProblem[] = [];
    checkWhoVerifies(table, 'who-verifies.yaml', problems);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['scopes.both.stands_for[1]: scope "nowhere" is not defined']);
  });

  it('refuses a scope that combines an undefined scope', () => {
    const table = structuredClone(loadKnowledgeBase().whoVerifies);
    table.scopes['subject-service']!.combines = ['subject', 'nowhere'];
    const problems: KbProblem[] = [];
    checkWhoVerifies(table, 'who-verifies.yaml', problems);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['scopes.subject-service.combines[1]: scope "nowhere" is not defined']);
  });
});

describe('lexicon terms', () => {
  it('refuses a term whose topic is not an intent of the knowledge base', async () => {
    const { lexiconSchema } = await import('../../src/kb/schema.ts');
    const base = { synonyms: [], keep: [] };
    expect(lexiconSchema.safeParse({ ...base, terms: { 管局: 'faq.progress' } }).success).toBe(true);
    expect(lexiconSchema.safeParse({ ...base, terms: { 管局: 'faq.no-such-topic' } }).success).toBe(false);
  });
});
