import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'cli-contract-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/launch.mjs cli …args` from the repo root, as `npm run --silent cli -- …` does. */
function cli(args: string[], input = '', env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/launch.mjs', 'cli', ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 30_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const lines = (out: string) => out.split('\n').filter((l) => l.trim());
const OUTPUT_FIELDS = ['confidence', 'id', 'intent', 'slots', 'suggestions', 'text'];

describe('cli ask', () => {
  it('prints a person-readable answer with the quick replies', async () => {
    const r = await cli(['ask', '首次备案谁核验']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimStart().startsWith('{')).toBe(false);
    expect(r.stdout).toContain('网站服务');
    expect(r.stdout).not.toContain('"intent"');
  });

  it('--json prints exactly one JSON object with intent, confidence, text, suggestions and slots', async () => {
    const r = await cli(['ask', '尊敬的ICP用户:该条验证库里找不到记录。', '--json']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['confidence', 'intent', 'slots', 'suggestions', 'text']);
    expect(out.intent).toBe('msg.resend-record-not-found');
    expect(out.confidence).toBeGreaterThan(0);
    expect(out.confidence).toBeLessThanOrEqual(1);
    expect(typeof out.text).toBe('string');
    expect(out.suggestions.every((s: unknown) => typeof s === 'string')).toBe(true);
    expect(out.slots.prompts).toEqual(['msg.resend-record-not-found']);
  });

  it('--lang en answers a Chinese question in English', async () => {
    const out = JSON.parse((await cli(['ask', '没收到短信', '--lang', 'en', '--json'])).stdout);
    expect(out.intent).toBe('faq.sms-not-received');
    expect(out.text).toMatch(/SMS/);
    expect(out.text.slice(0, 30)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('--explain shows the normalised text, the top three and evidence, never the raw phone or code', async () => {
    const r = await cli(['ask', '验证码 482913 手机 138 1234 5678,提示該條驗證庫裡找不到記錄', '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/normalised: .*验证库里找不到记录/);
    expect(r.stdout).toMatch(/top 3: +\S+ [\d.]+, \S+ [\d.]+, \S+ [\d.]+/);
    expect(r.stdout).toMatch(/evidence: +\[(prompt|ngram|keyword)\]/);
    for (const secret of ['482913', '5678', '13812345678', '138 1234']) expect(r.stdout).not.toContain(secret);
  });

  it('--json --explain redacts the normalised text too', async () => {
    const out = JSON.parse((await cli(['ask', '我的手机13812345678收不到验证码', '--json', '--explain'])).stdout);
    expect(out.explain.top.length).toBeGreaterThan(0);
    expect(JSON.stringify(out)).not.toContain('13812345678');
  });

  it('exits 2 with usage when there is no text', async () => {
    const r = await cli(['ask']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage');
  });
});

describe('cli chat --jsonl', () => {
  const input = [
    JSON.stringify({ id: 'a', text: '首次备案谁核验', session: 's1' }),
    JSON.stringify({ text: '首次备案谁核验' }),
    'this is not json',
    JSON.stringify({ id: 'b', text: '网站服务', session: 's1' }),
    JSON.stringify({ id: 'c', session: 's1' }),
    JSON.stringify({ id: 'd', text: '网站服务' }),
    JSON.stringify({ id: 'e', text: 'hello', lang: 'fr' }),
    JSON.stringify({ id: 7, text: 'I did not get the SMS', lang: 'en' }),
    '[1,2]',
  ].join('\n');
  const run = cli(['chat', '--jsonl'], `${input}\n`);

  it('writes one line per input line, in order, and exits 0', async () => {
    const r = await run;
    expect(r.code).toBe(0);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 2, 3, 'b', 'c', 'd', 'e', 7, 9]);
  });

  it('answers lines with exactly id, intent, confidence, text, suggestions, slots', async () => {
    const out = lines((await run).stdout).map((l) => JSON.parse(l));
    for (const o of out.filter((x) => !('error' in x))) {
      expect(Object.keys(o).sort()).toEqual(OUTPUT_FIELDS);
      expect(o.confidence).toBeGreaterThanOrEqual(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('shares state between lines with the same session', async () => {
    const out = lines((await run).stdout).map((l) => JSON.parse(l));
    const a = out.find((o) => o.id === 'a');
    const b = out.find((o) => o.id === 'b');
    expect(a.suggestions).toEqual(['网站服务', '网站和App服务', 'App服务']);
    expect(b.intent).toBe('faq.who-verifies');
    expect(b.slots).toMatchObject({ scenario: 'first-filing', scope: 'website' });
    expect(b.text).toContain('备案主体负责人+网站负责人');
  });

  it('treats a line without a session as a conversation of its own', async () => {
    const out = lines((await run).stdout).map((l) => JSON.parse(l));
    const d = out.find((o) => o.id === 'd');
    expect(d.slots.scenario).toBeUndefined();
    expect(d.text).not.toContain('首次备案');
  });

  it('reports invalid JSON, a missing text, a wrong lang and a non-object as {id, error} and goes on', async () => {
    const out = lines((await run).stdout).map((l) => JSON.parse(l));
    for (const id of [3, 'c', 'e', 9]) {
      const o = out.find((x) => x.id === id);
      expect(Object.keys(o).sort()).toEqual(['error', 'id']);
      expect(typeof o.error).toBe('string');
    }
    expect(out.find((o) => o.id === 7).text).toMatch(/SMS/);
  });
});

describe('cli repl', () => {
  it('answers piped lines, lets a number pick a suggestion, and stops at /quit', async () => {
    const r = await cli(['repl'], '你好\n首次备案谁核验\n1\n/quit\n转人工\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(chat.greeting');
    expect(r.stdout).toContain('备案主体负责人+网站负责人');
    expect(r.stdout).not.toContain('(chat.handoff');
  });
});

describe('cli eval', () => {
  const file = join(temp, 'labelled.jsonl');
  writeFileSync(
    file,
    [
      { text: '尊敬的ICP用户:您的短信核验失败,请您重新验证。', intent: 'msg.verify-failed' },
      { text: '没收到核验短信', intent: 'faq.sms-not-received' },
      { text: '核验短信最多能重发几次', intent: 'faq.how-to-resend' },
      { text: '帮我订一张去上海的机票', intent: 'fallback' },
      { text: '没收到核验短信怎么办', intent: 'faq.deadline' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n'),
  );

  it('prints accuracy, per-intent P/R/F1, confusion pairs and fallback P/R', async () => {
    const r = await cli(['eval', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/accuracy 0\.8 \(4\/5\)/);
    expect(r.stdout).toMatch(/fallback P [\d.]+ R [\d.]+/);
    expect(r.stdout).toMatch(/intent +n +P +R +F1/);
    expect(r.stdout).toMatch(/faq\.sms-not-received +1 +0\.500 +1\.000 +0\.667/);
    expect(r.stdout).toContain('1× faq.deadline → faq.sms-not-received');
  });

  it('--json prints a report that parses', async () => {
    const r = await cli(['eval', file, '--json']);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ total: 5, correct: 4, accuracy: 0.8, fallback: { precision: 1, recall: 1 } });
    expect(out.confusions).toEqual([{ gold: 'faq.deadline', predicted: 'faq.sms-not-received', count: 1 }]);
    expect(out.perIntent.map((p: { intent: string }) => p.intent)).toContain('msg.verify-failed');
  });

  it('exits 2 when the file cannot be read', async () => {
    expect((await cli(['eval', join(temp, 'missing.jsonl')])).code).toBe(2);
  });
});

describe('cli eval (conversations)', () => {
  const file = join(temp, 'conversations.jsonl');
  writeFileSync(
    file,
    [
      JSON.stringify({ name: 'checked', turns: [{ text: '没收到核验短信', expect: { intent: 'faq.sms-not-received' } }] }),
      // An expectation written beside "expect" would go unchecked: it fails the turn instead.
      JSON.stringify({ name: 'misplaced', turns: [{ text: '核验链接多久失效', expect: { intent: 'faq.deadline' }, textIncludes: ['24'] }] }),
      '{"name": "broken", "turns": [',
    ].join('\n'),
  );

  it('replays each conversation, fails a turn whose expectation would go unchecked, and skips a bad line with its number', async () => {
    const r = await cli(['eval', file, '--errors']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('conversations passed 1/2 (50%), turns 1/2');
    expect(r.stdout).toContain('misplaced · turn 1: "textIncludes" is beside "expect", not inside it');
    expect(r.stderr).toContain(`${file}:3: needs valid JSON with "name" and "turns"`);
  });
});

describe('cli report', () => {
  it('--json runs against an empty DATA_DIR', async () => {
    const dataDir = mkdtempSync(join(temp, 'data-'));
    const r = await cli(['report', '--json'], '', { DATA_DIR: dataDir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.totals.turns).toBe(0);
  });
});
