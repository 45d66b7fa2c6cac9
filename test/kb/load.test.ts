import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { KnowledgeBaseError, type KbProblem } from '../../src/errors.ts';
import { REQUIRED_INTENTS } from '../../src/kb/ids.ts';
import { loadKnowledgeBase, resolveIntentsDir } from '../../src/kb/load.ts';
import { REQUIRED_STRINGS } from '../../src/kb/required-strings.ts';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes a minimal but valid knowledge base into a fresh temp dir. */
function writeMinimalKb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  temps.push(dir);
  for (const folder of ['msg', 'faq', 'chat', 'tables']) mkdirSync(join(dir, folder));
  const bi = (s: string) => ({ zh: `${s}中文`, en: `${s} en` });
  for (const id of REQUIRED_INTENTS) {
    const intent: Record<string, unknown> = { id, title: bi(id), source: 'src', answer: bi('answer'), examples: { zh: ['例子'], en: ['example'] } };
    if (id.startsWith('msg.')) intent['prompt'] = `提示${id}`;
    const file = id === 'fallback' ? 'fallback.yaml' : `${id.replace('.', '/')}.yaml`;
    writeFileSync(join(dir, file), stringify(intent));
  }
  const strings = Object.fromEntries(
    Object.entries(REQUIRED_STRINGS).map(([key, names]) => {
      const ph = names.map((n) => `{${n}}`).join(' ');
      return [key, { zh: `文本 ${ph}`, en: `text ${ph}` }];
    }),
  );
  writeFileSync(join(dir, 'strings.yaml'), stringify(strings));
  writeFileSync(join(dir, 'lexicon.yaml'), stringify({ synonyms: [{ canonical: '短信', variants: ['短息'] }] }));
  writeFileSync(join(dir, 'router.yaml'), stringify({ fallback_threshold: 0.45, clarify_margin: 0.08, calibration: { a: 6, b: 4, c: -3 } }));
  const table = {
    source: 'Table C',
    roles: { subject: bi('主体'), website: bi('网站') },
    scopes: { website: { label: bi('网站服务'), aliases: { zh: ['网站'], en: ['website'] } } },
    scenarios: [{ id: 'first-filing', label: bi('首次备案'), aliases: { zh: [], en: [] }, rows: [{ scope: 'website', cell: '备案主体负责人+网站负责人', verifiers: ['subject', 'website'] }] }],
  };
  writeFileSync(join(dir, 'tables/who-verifies.yaml'), stringify(table));
  return dir;
}

/** Loads a dir and returns the problems it was rejected for. */
function problemsOf(dir: string): KbProblem[] {
  try {
    loadKnowledgeBase(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(KnowledgeBaseError);
    return (err as KnowledgeBaseError).problems;
  }
  throw new Error('expected the knowledge base to be rejected');
}

describe('loadKnowledgeBase on the real intents/', () => {
  it('loads every required intent and the tables', () => {
    const kb = loadKnowledgeBase();
    for (const id of REQUIRED_INTENTS) expect(kb.intents.has(id), id).toBe(true);
    expect(kb.intents.size).toBe(REQUIRED_INTENTS.length);
    expect(kb.whoVerifies.scenarios.length).toBe(6);
    expect(kb.router.fallback_threshold).toBeGreaterThan(0);
    expect(Object.keys(kb.strings)).toEqual(expect.arrayContaining(Object.keys(REQUIRED_STRINGS)));
  });

  it('returns an unchanged knowledge base again in under 50 ms', () => {
    loadKnowledgeBase();
    const start = performance.now();
    loadKnowledgeBase();
    expect(performance.now() - start).toBeLessThan(50);
  });

  it('gives each caller its own copy, so one caller cannot change another one\'s answers', () => {
    const first = loadKnowledgeBase();
    first.intents.delete('faq.deadline');
    first.strings['clarify'] = { zh: 'x', en: 'x' };
    const second = loadKnowledgeBase();
    expect(second.intents.has('faq.deadline')).toBe(true);
    expect(second.strings['clarify']?.zh).toContain('{a}');
  });

  it('finds intents/ from the module location whatever the cwd', () => {
    expect(resolveIntentsDir().replaceAll('\\', '/')).toMatch(/\/intents$/);
  });
});

describe('loadKnowledgeBase on a broken knowledge base', () => {
  it('accepts the minimal fixture, so the failures below are caused by the breakage', () => {
    expect(() => loadKnowledgeBase(writeMinimalKb())).not.toThrow();
  });

  it('reports every problem of several broken files in one error', () => {
    const dir = writeMinimalKb();
    writeFileSync(join(dir, 'faq/deadline.yaml'), stringify({ id: 'faq.deadline', title: { zh: '期限', en: 'Deadline' }, source: 's', answer: { zh: '', en: 'x' }, examples: { zh: ['a'], en: ['b'] } }));
    writeFileSync(join(dir, 'faq/progress.yaml'), stringify({ id: 'faq.progress', title: { zh: '进度', en: 'x' }, source: 's', answer: { zh: '多', en: 'x' }, examples: { zh: ['a'], en: ['b'] }, prompt: 'nope' }));
    writeFileSync(join(dir, 'msg/verify-failed.yaml'), 'id: msg.verify-failed\ntitle: [unclosed\n');
    rmSync(join(dir, 'chat/thanks.yaml'));
    writeFileSync(join(dir, 'chat/extra.yaml'), stringify({ id: 'chat.extra', title: { zh: '多', en: 'x' }, source: 's', answer: { zh: '多', en: 'x' }, examples: { zh: ['a'], en: ['b'] }, related: ['faq.nope'] }));
    writeFileSync(join(dir, 'msg/resend-success.yaml'), stringify({ id: 'msg.resend-success', title: { zh: '重发', en: 'x' }, source: 's', answer: { zh: '多', en: 'x' }, examples: { zh: ['a'], en: ['b'] } }));
    writeFileSync(join(dir, 'faq/sms-sender.yaml'), stringify({ id: 'faq.sms-sender', title: { zh: '号码', en: 'x' }, source: 's', answer: { zh: '多', en: 'x' }, examples: { zh: ['a'], en: ['b'] }, then: 'faq.nope' }));
    writeFileSync(join(dir, 'faq/how-to-resend.yaml'), stringify({ id: 'faq.how-to-resend', title: { zh: '重发', en: 'x' }, source: 's', answer: { zh: '多', en: 'x' }, examples: { zh: ['a'], en: ['b'] }, form: ['password'] }));
    writeFileSync(join(dir, 'strings.yaml'), stringify({ clarify: { zh: '您是想问「{a}」?', en: 'Did you mean {a} or {b}?' } }));
    writeFileSync(join(dir, 'lexicon.yaml'), stringify({ synonyms: [{ canonical: '工信部', variants: ['工信'] }] }));
    writeFileSync(join(dir, 'router.yaml'), stringify({ fallback_threshold: 2, clarify_margin: 0.1, calibration: { a: 1, b: 1, c: 1 } }));

    const found = problemsOf(dir).map((p) => `${p.file} @ ${p.path}: ${p.message}`);
    const expectations: [string, RegExp][] = [
      ['empty answer', /^faq\/deadline\.yaml @ answer\.zh: must not be empty/],
      ['prompt on a faq', /^faq\/progress\.yaml @ prompt: only msg\.\*/],
      ['YAML syntax', /^msg\/verify-failed\.yaml @ : YAML syntax \(line \d+\)/],
      ['missing required intent', /^chat\/thanks\.yaml @ : required intent "chat\.thanks" is missing/],
      ['unknown id', /^chat\/extra\.yaml @ id: unknown intent id "chat\.extra"/],
      ['dangling related', /^chat\/extra\.yaml @ related\[0\]: related id "faq\.nope" does not exist/],
      ['msg without prompt', /^msg\/resend-success\.yaml @ prompt: msg\.\* intents need/],
      ['dangling then', /^faq\/sms-sender\.yaml @ then: then id "faq\.nope" does not exist/],
      ['unknown form field', /^faq\/how-to-resend\.yaml @ form\[0\]: /],
      ['missing placeholder', /^strings\.yaml @ clarify\.zh: needs the placeholder \{b\}/],
      ['missing string key', /^strings\.yaml @ pii-warning: required string is missing/],
      ['lexicon variant inside a canonical form', /^lexicon\.yaml @ synonyms\[0\]\.variants\[0\]: "工信" occurs inside/],
      ['router out of range', /^router\.yaml @ fallback_threshold: .*\(line 1\)/],
    ];
    for (const [what, pattern] of expectations) expect(found.some((line) => pattern.test(line)), `${what}\n${found.join('\n')}`).toBe(true);
    expect(found.some((line) => line.includes('"msg.verify-failed" is missing')), 'a broken file is not also missing').toBe(false);
  });

  it('reports a file whose id does not match its name', () => {
    const dir = writeMinimalKb();
    writeFileSync(join(dir, 'faq/progress.yaml'), stringify({ id: 'faq.deadline', title: { zh: '进度', en: 'x' }, source: 's', answer: { zh: '多', en: 'x' }, examples: { zh: ['a'], en: ['b'] } }));
    const found = problemsOf(dir);
    expect(found).toContainEqual({ file: 'faq/progress.yaml', path: 'id', message: 'id "faq.deadline" must be "faq.progress"' });
    expect(found.some((p) => p.message.startsWith('duplicate id "faq.deadline"'))).toBe(true);
  });

  it('re-reads a directory whose files changed since the last load', () => {
    const dir = writeMinimalKb();
    expect(loadKnowledgeBase(dir).router.clarify_margin).toBe(0.08);
    writeFileSync(join(dir, 'router.yaml'), stringify({ fallback_threshold: 0.5, clarify_margin: 0.125, calibration: { a: 6, b: 4, c: -3 } }));
    expect(loadKnowledgeBase(dir).router.clarify_margin).toBe(0.125);
    rmSync(join(dir, 'chat/greeting.yaml'));
    expect(problemsOf(dir).map((p) => p.file)).toContain('chat/greeting.yaml');
  });

  it('names the missing file when a top-level file is absent', () => {
    const dir = writeMinimalKb();
    rmSync(join(dir, 'lexicon.yaml'));
    expect(problemsOf(dir)).toContainEqual({ file: 'lexicon.yaml', path: '', message: 'file is missing' });
  });
});
