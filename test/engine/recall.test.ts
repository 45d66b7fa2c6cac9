import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/index.ts';
import { answerSays, chosenOption } from '../../src/engine/recall.ts';

const kb = loadKnowledgeBase();

describe('chosenOption', () => {
  it('picks the n-th Table C button offered, in the language it was offered in', () => {
    const askedScenario = { turns: 1, lang: 'zh' as const, pending: { kind: 'who-verifies' as const, awaiting: 'scenario' as const } };
    expect(chosenOption(kb, askedScenario, '1', 'zh')).toBe('首次备案');
    expect(chosenOption(kb, askedScenario, '首次备案', 'zh')).toBeUndefined();
  });

  it('picks one of the intents a clarification offered', () => {
    const clarified = { turns: 1, lang: 'en' as const, clarify: ['faq.deadline', 'faq.failure-limit'] };
    expect(chosenOption(kb, clarified, 'the second', 'zh')).toBe(kb.intents.get('faq.failure-limit')!.title.en);
  });

  it('is undefined when nothing was offered', () => {
    expect(chosenOption(kb, { turns: 1 }, '1', 'zh')).toBeUndefined();
    expect(chosenOption(kb, undefined, '1', 'zh')).toBeUndefined();
  });
});

describe('answerSays', () => {
  it('finds a word in any text of an answer', () => {
    expect(answerSays(kb.intents.get('faq.phone-unavailable')!, '变更备案')).toBe(true);
    expect(answerSays(kb.intents.get('faq.sms-sender')!, '变更备案')).toBe(false);
  });
});
