/**
 * Traces the knowledge base back to the source document: every row of its
 * three tables and every FAQ heading maps to an intent or Table C row, every
 * msg.* prompt is quoted verbatim, and the facts the answers state are the
 * source's own.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROMPT_INTENTS } from '../../src/kb/ids.ts';
import { loadKnowledgeBase } from '../../src/kb/load.ts';

// <repo>/../shared/seed/…, wherever the repo is cloned.
const SOURCE_URL = new URL('../../../shared/seed/000_38c6e942b948403f.txt', import.meta.url);
const source = readFileSync(fileURLToPath(SOURCE_URL), 'utf8');
const lines = source.split('\n').map((l) => l.trim());
const kb = loadKnowledgeBase();
const intent = (id: string) => {
  const found = kb.intents.get(id);
  if (!found) throw new Error(`no intent ${id}`);
  return found;
};

/** The MIIT prompts of a table: lines starting with the salutation, from the section whose line starts with `start` up to the one starting with `end`. */
function promptsBetween(start: string, end: string): string[] {
  const from = lines.findIndex((l) => l.startsWith(start));
  const to = lines.findIndex((l, i) => i > from && l.startsWith(end));
  expect(from, start).toBeGreaterThanOrEqual(0);
  expect(to, end).toBeGreaterThan(from);
  return lines.slice(from, to).filter((l) => l.startsWith('尊敬的ICP用户'));
}

const promptIntentOf = (prompt: string): string[] =>
  [...kb.intents.values()].filter((i) => i.prompt === prompt).map((i) => i.id);

describe('Tables A and B: the MIIT system prompts', () => {
  const tableA = promptsBetween('相关参考', '重发核验短信');
  const tableB = promptsBetween('重发核验短信', '常见问题');

  it('finds the 5 prompts of Table A and the 3 of Table B in the source', () => {
    expect(tableA).toHaveLength(5);
    expect(tableB).toHaveLength(3);
  });

  it('maps each Table A prompt to exactly one msg.verify-* intent', () => {
    for (const prompt of tableA) {
      const ids = promptIntentOf(prompt);
      expect(ids, prompt).toHaveLength(1);
      expect(ids[0], prompt).toMatch(/^msg\.verify-/);
    }
  });

  it('maps each Table B prompt to exactly one msg.resend-* intent', () => {
    for (const prompt of tableB) {
      const ids = promptIntentOf(prompt);
      expect(ids, prompt).toHaveLength(1);
      expect(ids[0], prompt).toMatch(/^msg\.resend-/);
    }
  });

  it('quotes every msg.* prompt verbatim from the source', () => {
    for (const id of PROMPT_INTENTS) {
      const { prompt } = intent(id);
      expect(prompt, id).toBeDefined();
      expect(lines, id).toContain(prompt);
    }
  });

  it('keeps the near-twin prompts apart by their markers', () => {
    const verify = intent('msg.verify-record-not-found');
    const resend = intent('msg.resend-record-not-found');
    expect(verify.prompt_markers).toContain('或已完成验证');
    expect(resend.prompt).not.toContain('或已完成验证');
    for (const example of resend.examples.zh) expect(example, 'resend example').not.toMatch(/或已完成/);
  });
});

describe('FAQ headings of 常见问题', () => {
  const headings: [string, string][] = [
    ['没收到工信部发送的核验短信怎么办?', 'faq.sms-not-received'],
    ['短信核验人员手机号不可用,如何处理?', 'faq.phone-unavailable'],
    ['针对不同备案场景,短信核验人员有哪些?', 'faq.who-verifies'],
  ];

  it.each(headings)('maps "%s" to %s', (heading, id) => {
    expect(source).toContain(heading);
    expect(intent(id).source).toContain(heading);
  });
});

describe('Table C: who verifies', () => {
  // Scenario names as intents.md lists them; the source has one per line.
  const SCENARIOS = ['首次备案', '新增服务', '接入备案', '变更备案', '注销备案', '取消接入'];
  const start = lines.findIndex((l) => l.endsWith('需要核验的人员'));
  const rows: { scenario: string; scope: string; cell: string }[] = [];
  let scenario = '';
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (SCENARIOS.includes(line)) {
      scenario = line;
      continue;
    }
    rows.push({ scenario, scope: line, cell: lines[++i] ?? '' });
  }

  it('reads the 14 rows of Table C from the source', () => {
    expect(rows).toHaveLength(14);
    expect(kb.whoVerifies.scenarios.flatMap((s) => s.rows)).toHaveLength(14);
  });

  it.each(rows.map((r) => [r.scenario, r.scope, r.cell] as const))('%s / %s -> %s', (scenarioText, scopeText, cell) => {
    const table = kb.whoVerifies;
    const scenarioEntry = table.scenarios.find((s) => s.label.zh === scenarioText);
    expect(scenarioEntry, scenarioText).toBeDefined();
    const row = scenarioEntry?.rows.find((r) => {
      if (r.scope === null) return scopeText === '无';
      const scope = table.scopes[r.scope];
      return scope !== undefined && (scope.label.zh === scopeText || scope.aliases.zh.includes(scopeText));
    });
    expect(row, `${scenarioText} / ${scopeText}`).toBeDefined();
    expect(row?.cell).toBe(cell);
    const roles = (row?.verifiers ?? []).map((r) => table.roles[r]?.zh).join('+');
    expect(roles === '' ? '无' : roles).toBe(cell);
  });
});

describe('facts stated in the answers', () => {
  // [intent, fragments its zh answer (or wait) must state]; each fragment is checked against the source too.
  const FACTS: [string, string[]][] = [
    ['faq.sms-sender', ['12381', '106**********12381', '六位']],
    ['faq.failure-limit', ['连续5次失败', '24小时后流程自动退回']],
    ['faq.how-to-resend', ['仅支持重发2次', '短信重发']],
    ['faq.id-number', ['身份证、护照、港澳居民来往内地通行证等']],
    ['faq.how-to-verify', ['24小时内', '短信核验页签', '负责人证件号码后六位']],
    ['faq.deadline', ['24小时内']],
    ['faq.sync-delay', ['30~120分钟', '30~60分钟']],
    ['faq.sms-not-received', ['手机管家', '欠费、停机', '24小时后', '提交初审']],
    ['faq.phone-unavailable', ['取消当前备案', '变更备案']],
    ['faq.check-verifiers', ['所有显示人员均需完成核验']],
    ['faq.verifier-roles', ['工信部根据备案类型自动确定核验角色', '实际核验人员以短信接收方为准']],
    ['faq.what-sms-to-expect', ['两条短信', '收到前请勿进行其他操作']],
    ['msg.verify-record-not-found', ['30~120分钟']],
    ['msg.resend-no-pending', ['30~60分钟']],
    ['msg.verify-wait-others', ['如果24小时内未完成核验,则需重新提交备案流程']],
    ['msg.resend-record-not-found', ['实际备案信息已进入管局审核']],
  ];
  const squash = (s: string) => s.replace(/\s+/g, '');

  it.each(FACTS)('%s states the source facts', (id, facts) => {
    const { answer, wait } = intent(id);
    const text = squash(`${answer.zh}\n${wait?.zh ?? ''}`);
    for (const fact of facts) {
      expect(squash(source), `source states "${fact}"`).toContain(squash(fact));
      expect(text, `${id} states "${fact}"`).toContain(squash(fact));
    }
  });

  it('names the two systems exactly as the source does', () => {
    for (const { id, answer, wait, next, variants } of kb.intents.values()) {
      const texts = [answer, wait, next, ...Object.values(variants)].filter((t) => t !== undefined);
      for (const { zh, en } of texts) {
        for (const m of zh.match(/工信部[^\s,。:()]{0,6}系统/g) ?? []) expect(m, id).toBe('工信部备案管理系统');
        for (const m of zh.match(/阿里云[^\s,。:()]{0,12}系统/g) ?? []) expect(m, id).toBe('阿里云ICP代备案管理系统');
        for (const m of en.match(/Alibaba Cloud [A-Za-z ]{0,20}system/g) ?? []) expect(m, id).toBe('Alibaba Cloud ICP filing system');
      }
    }
    expect(source).toContain('工信部备案管理系统');
    expect(source).toContain('阿里云ICP代备案管理系统');
  });
});
