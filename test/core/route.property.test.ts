import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRouter, FALLBACK } from '../../src/core/route.ts';
import type { Classification } from '../../src/core/types.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

const kb = loadKnowledgeBase();
const router = createRouter(kb);
const KNOWN = new Set([...kb.intents.keys(), FALLBACK]);

/** Pieces people (and attackers) send: prompt fragments, emoji, controls, lone surrogates, any code point. */
const piece = fc.oneof(
  fc.constantFrom('尊敬的ICP用户:', '该条验证库里找不到记录', '或已完成验证', '短信核验失败', '重发', '首次备案', 'App', 'how long', '谁核验', '。', ',', '\n'),
  fc.constantFrom('😭', '👍🏻', '🇨🇳', '1️⃣', '★', '\u200B', '\uFEFF', '\u202E', '\u0000', '\u0007', '\u001B[31m', '\u007F'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
);
const message = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

function expectValid(c: Classification): void {
  expect(KNOWN.has(c.intent)).toBe(true);
  expect(c.confidence).toBeGreaterThanOrEqual(0);
  expect(c.confidence).toBeLessThanOrEqual(1);
  for (const r of c.runnersUp) {
    expect(KNOWN.has(r.intent)).toBe(true);
    expect(r.intent).not.toBe(c.intent);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
  }
  const scores = c.runnersUp.map((r) => r.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(c.lang === undefined || c.lang === 'zh' || c.lang === 'en').toBe(true);
  expect(() => JSON.stringify(c)).not.toThrow();
}

function timed(text: string): { c: Classification; ms: number } {
  const started = performance.now();
  const c = router.classify(text);
  return { c, ms: performance.now() - started };
}

describe('createRouter(kb).classify on any input', () => {
  it('returns a valid classification for mixed hostile input, within 200 ms', () => {
    fc.assert(
      fc.property(message, (text) => {
        const { c, ms } = timed(text);
        expectValid(c);
        expect(ms).toBeLessThan(200);
      }),
      { numRuns: 300 },
    );
  });

  it('returns a valid classification for any full-unicode string up to 10 KB, within 200 ms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 2000, maxLength: 10_000 }), (text) => {
        const { c, ms } = timed(text);
        expectValid(c);
        expect(ms).toBeLessThan(200);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['empty', ''],
    ['only spaces', ' \n\t '],
    ['only controls', '\u0000\u0001\u0002\u001F\u007F'],
    ['only lone surrogates', '\uDC00\uD800\uDBFF'],
    ['only emoji', '😭😭😭🎉🎉'],
  ])('falls back on %s input', (_kind, text) => {
    const c = router.classify(text);
    expectValid(c);
    expect(c.intent).toBe(FALLBACK);
  });

  it('answers a 1 MB paste in under 2 s and still reads the prompt at its start', () => {
    const text = `尊敬的ICP用户:您的短信核验失败,请您重新验证。${'短信核验😭\u0000\uD800 abc '.repeat(80_000)}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const { c, ms } = timed(text);
    expectValid(c);
    expect(ms).toBeLessThan(2000);
    expect(c.intent).toBe('msg.verify-failed');
  });

  it('answers 1 MB of random characters in under 2 s', () => {
    const [chunk] = fc.sample(fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 }), { numRuns: 1, seed: 42 });
    const { c, ms } = timed(chunk!.repeat(1100));
    expectValid(c);
    expect(ms).toBeLessThan(2000);
  });

  it('gives the same answer for the same input', () => {
    fc.assert(
      fc.property(message, (text) => {
        expect(router.classify(text)).toEqual(router.classify(text));
      }),
      { numRuns: 50 },
    );
  });
});

describe('classify never repeats personal data outside `normalized`', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const phone = fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), digits(9)).map(([p, d]) => p + d);
  const code = digits(6).filter((c) => c !== '12381');
  const template = fc.constantFrom(
    (v: string) => `验证码${v}提交后显示该条验证库里找不到记录`,
    (v: string) => `我的手机号是 ${v},收不到短信`,
    (v: string) => `my code is ${v} and it failed`,
    (v: string) => `尊敬的ICP用户:您的短信核验失败,请您重新验证。${v}`,
    (v: string) => `${v} 首次备案谁核验`,
  );

  it('keeps phone numbers and codes out of slots and evidence', () => {
    fc.assert(
      fc.property(fc.oneof(phone, code), template, (secret, fill) => {
        const c = router.classify(fill(secret));
        const exposed = JSON.stringify({ slots: c.slots, evidence: c.evidence, runnersUp: c.runnersUp, intent: c.intent });
        expect(exposed).not.toContain(secret);
        expect(exposed).not.toContain(secret.slice(-6));
        expect(c.slots.pii?.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('flags an 18-digit ID number without keeping it', () => {
    const c = router.classify('身份证号110101199003071234,核验失败');
    expect(c.slots.pii).toContain('id-number');
    expect(JSON.stringify({ slots: c.slots, evidence: c.evidence })).not.toMatch(/\d{6,}/);
  });
});
