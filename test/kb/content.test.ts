/**
 * Quality rules for the data in intents/ that the schema cannot express:
 * enough varied examples, the variants and follow-ups the engine asks for,
 * answers shaped as "bold meaning, then numbered steps".
 */
import { describe, expect, it } from 'vitest';
import { CHAT_INTENTS, FAQ_INTENTS, PROMPT_INTENTS } from '../../src/kb/ids.ts';
import { loadKnowledgeBase } from '../../src/kb/load.ts';
import type { Intent } from '../../src/kb/schema.ts';

const kb = loadKnowledgeBase();
const all = [...kb.intents.values()];
const get = (id: string): Intent => {
  const found = kb.intents.get(id);
  if (!found) throw new Error(`no intent ${id}`);
  return found;
};
/** Folds case, width, spaces and punctuation, so near-identical examples compare equal. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]/gu, '');

describe('examples', () => {
  it.each([...PROMPT_INTENTS, ...FAQ_INTENTS])('%s has at least 30 Chinese and 15 English examples', (id) => {
    expect(get(id).examples.zh.length).toBeGreaterThanOrEqual(30);
    expect(get(id).examples.en.length).toBeGreaterThanOrEqual(15);
  });

  it.each([...CHAT_INTENTS])('%s has at least 20 Chinese and 10 English examples', (id) => {
    expect(get(id).examples.zh.length).toBeGreaterThanOrEqual(20);
    expect(get(id).examples.en.length).toBeGreaterThanOrEqual(10);
  });

  it('has at least 40 out-of-scope examples for fallback', () => {
    const { zh, en } = get('fallback').examples;
    expect(zh.length + en.length).toBeGreaterThanOrEqual(40);
    expect(en.length).toBeGreaterThanOrEqual(15);
  });

  it('never lists the same example twice, within or across intents', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { id, examples } of all) {
      for (const text of [...examples.zh, ...examples.en]) {
        const key = fold(text);
        const other = seen.get(key);
        if (other !== undefined) clashes.push(`${id} / ${other}: ${text}`);
        else seen.set(key, id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('includes Traditional Chinese phrasings for every faq and msg intent', () => {
    const traditional = /[簡訊驗證碼備負責後觸發號無須與為確認請時國過這還沒應該關聯條庫記錄審們麼讓說裡銷變張]/;
    for (const id of [...PROMPT_INTENTS, ...FAQ_INTENTS]) expect(get(id).examples.zh.some((t) => traditional.test(t)), id).toBe(true);
  });
});

describe('answers', () => {
  const shaped = [...PROMPT_INTENTS, ...FAQ_INTENTS];

  it.each(shaped)('%s opens with a bold line and lists numbered steps in both languages', (id) => {
    for (const text of [get(id).answer.zh, get(id).answer.en]) {
      const [first = ''] = text.trim().split('\n');
      expect(first, id).toMatch(/^\*\*.+\*\*$/);
      expect(text, id).toMatch(/^1\. /m);
    }
  });

  it('gives every msg.* intent a prompt, markers taken from it, and wait/next follow-ups', () => {
    for (const id of PROMPT_INTENTS) {
      const intent = get(id);
      expect(intent.prompt_markers?.length, id).toBeGreaterThan(0);
      // (And the names users call it by when they point back at it among others: "the failed one", "重发成功那个".)
      expect(intent.called?.length, id).toBeGreaterThan(0);
      expect(intent.wait, id).toBeDefined();
      expect(intent.next, id).toBeDefined();
    }
  });

  it('tells the three "完成" prompts and the two "找不到记录" prompts apart by markers', () => {
    const markers = (id: string) => get(id).prompt_markers ?? [];
    expect(markers('msg.verify-all-done')).toEqual(expect.arrayContaining(['已全部完成', '提交管局审核']));
    expect(markers('msg.verify-already-done')).toContain('无需重复提交');
    expect(markers('msg.verify-wait-others')).toContain('等待其他核验人');
    expect(markers('msg.verify-record-not-found')).toContain('或已完成验证');
    expect(markers('msg.resend-record-not-found')).toContain('找不到记录。');
    expect(markers('msg.resend-success')).toContain('重发成功');
    expect(markers('msg.resend-no-pending')).toEqual(expect.arrayContaining(['暂无待短信核验', '无需重发']));
    for (const id of PROMPT_INTENTS)
      for (const other of PROMPT_INTENTS)
        if (other !== id) for (const m of markers(id)) expect(get(other).prompt?.includes(m), `${id} marker "${m}" in ${other}`).toBe(false);
  });

  it.each([
    ['faq.failure-limit', ['near-limit', 'over-limit']],
    ['faq.how-to-resend', ['resends-used-up']],
    ['faq.sms-not-received', ['resends-used-up', 'waited-short', 'waited-long', 'past-deadline']],
    ['faq.deadline', ['past-deadline']],
  ] as const)('%s has the situation variants the engine selects', (id, names) => {
    expect(Object.keys(get(id).variants)).toEqual(expect.arrayContaining([...names]));
  });

  it('offers 2 to 4 related topics after every faq and msg answer', () => {
    for (const id of [...PROMPT_INTENTS, ...FAQ_INTENTS]) {
      const { length } = get(id).related;
      expect(length, id).toBeGreaterThanOrEqual(2);
      expect(length, id).toBeLessThanOrEqual(4);
    }
  });

  it('keeps quick-reply titles short', () => {
    for (const { id, title } of all) {
      expect([...title.zh].length, id).toBeLessThanOrEqual(14);
      expect(title.en.length, id).toBeLessThanOrEqual(40);
    }
  });
});

describe('Table C', () => {
  it('uses the scenario and scope ids the router fills into slots', () => {
    expect(kb.whoVerifies.scenarios.map((s) => s.id)).toEqual(['first-filing', 'new-service', 'access', 'change', 'cancel-filing', 'cancel-access']);
    expect(Object.keys(kb.whoVerifies.scopes).sort()).toEqual(['all', 'app', 'both', 'service', 'subject', 'subject-service', 'website', 'website-app']);
  });

  it('needs nobody for cancelling access', () => {
    const cancelAccess = kb.whoVerifies.scenarios.find((s) => s.id === 'cancel-access');
    expect(cancelAccess?.rows).toEqual([{ scope: null, cell: '无', verifiers: [] }]);
  });
});
