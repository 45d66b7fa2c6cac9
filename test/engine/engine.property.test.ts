/**
 * The engine over whole conversations of arbitrary turns: real phrases from
 * the knowledge base, prompts, Table C words, quick-reply texts, personal
 * digits and hostile strings, in any order. Every turn gets a well-formed
 * reply, and no run of six or more digits the user sent comes back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultEngine } from '../../src/engine/index.ts';
import { FALLBACK, loadKnowledgeBase } from '../../src/kb/index.ts';

const kb = loadKnowledgeBase();
const engine = createDefaultEngine({ kb });
const KNOWN = new Set([...kb.intents.keys(), FALLBACK]);
const phrases = [...kb.intents.values()].flatMap((i) => [...i.examples.zh.slice(0, 4), ...i.examples.en.slice(0, 4), i.title.zh, i.title.en]);

const turn = fc.oneof(
  fc.constantFrom(...phrases),
  fc.constantFrom('网站服务', '首次备案', 'App', 'both', "that's all, thx", '然后呢', 'how long?', '第二个问题呢', '不对', 'why?', '还是不行', '转人工', '?', ''),
  fc.constantFrom('我的手机号13812345678', 'code 482913 填哪', '身份证110101199003071234', '后六位 071234'),
  fc.string({ maxLength: 30 }),
  fc.tuple(fc.constantFrom(...phrases), fc.constantFrom(...phrases)).map(([a, b]) => `${a},${b}`),
);

describe('the engine over arbitrary conversations', () => {
  it('answers every turn with a well-formed reply and never echoes personal digits', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(turn, { minLength: 1, maxLength: 6 }), async (turns) => {
        const session = `prop-${++n}`;
        for (const text of turns) {
          const reply = await engine.handle({ channel: 'cli', session, text });
          expect(KNOWN.has(reply.intent)).toBe(true);
          expect(reply.text.length).toBeGreaterThan(0);
          expect(reply.confidence).toBeGreaterThanOrEqual(0);
          expect(reply.confidence).toBeLessThanOrEqual(1);
          for (const digits of text.match(/\d{6,}/g) ?? []) expect(reply.text).not.toContain(digits);
        }
      }),
      { numRuns: 300 },
    );
  });
});
