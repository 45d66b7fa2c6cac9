import { describe, expect, it } from 'vitest';
import { createDefaultEngine } from '../../src/engine/index.ts';
import { combinedScope, whoVerifiesCases } from '../../src/engine/who-verifies.ts';
import type { Reply } from '../../src/engine/index.ts';
import { loadKnowledgeBase, type Lang } from '../../src/kb/index.ts';

const kb = loadKnowledgeBase();
const table = kb.whoVerifies;
const engine = createDefaultEngine({ kb });
const WHO = 'faq.who-verifies';
let sessions = 0;

/** A fresh conversation: `say` sends one turn in it. */
function conversation(lang?: Lang) {
  const session = `who-${++sessions}`;
  return (text: string): Promise<Reply> => engine.handle({ channel: 'cli', session, text, lang });
}

type Scenario = (typeof table.scenarios)[number];
type Row = Scenario['rows'][number];
type RoleId = keyof typeof table.roles;
const ROLE_IDS = Object.keys(table.roles) as RoleId[];
const role = (id: RoleId, lang: Lang) => table.roles[id][lang];
const scopeLabel = (row: Row, lang: Lang) => row.scope_label?.[lang] ?? table.scopes[row.scope!]!.label[lang];

/** The reply names exactly the row's roles, and never one the row lacks. */
function expectRoles(reply: Reply, row: Row, lang: Lang): void {
  expect(reply.intent).toBe(WHO);
  for (const id of ROLE_IDS) {
    if (row.verifiers.includes(id)) expect(reply.text).toContain(role(id, lang));
    else expect(reply.text).not.toContain(role(id, lang));
  }
}

const ask = (s: Scenario, lang: Lang) => (lang === 'zh' ? `${s.label.zh}需要谁来做短信核验?` : `Who has to do the SMS verification for a ${s.label.en.toLowerCase()}?`);

/** What a user types instead of clicking, per scope. */
const TYPED: Record<Lang, Record<string, string>> = {
  zh: { website: '只有网站', 'website-app': '网站和App都有', app: '只有App', subject: '主体', service: '服务信息', 'subject-service': '主体和服务信息都变更' },
  en: { website: 'only a website', 'website-app': 'both website and app', app: 'only an app', subject: 'the entity', service: 'service info', 'subject-service': 'entity and service' },
};

const multiRow = table.scenarios.filter((s) => s.rows.length > 1);
const cases = (['zh', 'en'] as const).flatMap((lang) => multiRow.flatMap((s) => s.rows.map((row) => ({ lang, s, row, name: `${lang} ${s.id} / ${row.scope}` }))));

describe('Table C: scenario first, then scope', () => {
  it.each(cases)('$name: asks the scope with that scenario’s scope labels, then names exactly the row’s roles after a click', async ({ lang, s, row }) => {
    const say = conversation();
    const first = await say(ask(s, lang));
    expect(first.intent).toBe(WHO);
    expect(first.suggestions.map((q) => q.label)).toEqual(s.rows.map((r) => scopeLabel(r, lang)));
    for (const id of ROLE_IDS) expect(first.text).not.toContain(role(id, lang));
    // The options are in the question too, for channels that show no buttons (DingTalk markdown, a screen reader).
    expect(first.text).toContain(s.label[lang]);
    for (const r of s.rows) expect(first.text).toContain(scopeLabel(r, lang));

    const clicked = first.suggestions.find((q) => q.label === scopeLabel(row, lang))!;
    const answer = await say(clicked.value);
    expectRoles(answer, row, lang);
    expect(answer.text).toContain(s.label[lang]);
    expect(answer.slots).toMatchObject({ scenario: s.id, scope: row.scope });
  });

  it.each(cases)('$name: also answers when the scope is typed', async ({ lang, s, row }) => {
    const say = conversation();
    await say(ask(s, lang));
    const answer = await say(TYPED[lang][row.scope!]!);
    expectRoles(answer, row, lang);
    expect(answer.slots).toMatchObject({ scenario: s.id, scope: row.scope });
  });
});

describe('Table C: scope first', () => {
  const ambiguous = Object.keys(table.scopes).filter((id) => table.scenarios.filter((s) => s.rows.some((r) => r.scope === id)).length > 1);
  const both = (['zh', 'en'] as const).flatMap((lang) => ambiguous.map((scope) => ({ lang, scope })));

  it.each(both)('$lang $scope: asks for the scenario, offering only scenarios that have this scope, then answers', async ({ lang, scope }) => {
    const say = conversation(lang);
    const first = await say(lang === 'zh' ? `${table.scopes[scope]!.label.zh}谁来核验?` : `who verifies for ${table.scopes[scope]!.label.en}?`);
    expect(first.intent).toBe(WHO);
    const withScope = table.scenarios.filter((s) => s.rows.some((r) => r.scope === scope));
    expect(first.suggestions.map((q) => q.label)).toEqual(withScope.map((s) => s.label[lang]));

    const pick = withScope[withScope.length - 1]!;
    const answer = await say(first.suggestions.at(-1)!.value);
    expectRoles(answer, pick.rows.find((r) => r.scope === scope)!, lang);
  });

  it('answers at once when only one scenario has the scope', async () => {
    const say = conversation();
    const reply = await say('主体和服务信息都变了,谁核验?');
    expectRoles(reply, table.scenarios.find((s) => s.id === 'change')!.rows.find((r) => r.scope === 'subject-service')!, 'zh');
  });
});

describe('Table C: single-row scenarios', () => {
  const access = table.scenarios.find((s) => s.id === 'access')!;
  const cancelAccess = table.scenarios.find((s) => s.id === 'cancel-access')!;

  it.each([
    ['zh', '接入备案谁来核验?'],
    ['en', 'who verifies for an access filing?'],
  ] as const)('%s: access filing is answered at once with both roles', async (lang, text) => {
    const reply = await conversation()(text);
    expectRoles(reply, access.rows[0]!, lang);
    expect(reply.suggestions.map((q) => q.label)).not.toContain(scopeLabel(access.rows[0]!, lang));
  });

  it.each([
    ['zh', '取消接入要短信核验吗', '无需短信核验'],
    ['en', 'do I need to verify when cancelling access?', 'no SMS verification'],
  ] as const)('%s: cancelling access needs no verification', async (lang, text, phrase) => {
    const reply = await conversation()(text);
    expect(reply.intent).toBe(WHO);
    expect(reply.text).toContain(phrase);
    for (const id of ROLE_IDS) expect(reply.text).not.toContain(role(id, lang));
  });
});

const rowOf = (scenario: string, scope: string) => table.scenarios.find((s) => s.id === scenario)!.rows.find((r) => r.scope === scope)!;

describe('Table C: follow-ups within the same scenario', () => {
  it('re-answers "那如果是App呢" for the app row of the same scenario', async () => {
    const say = conversation();
    await say('首次备案谁核验');
    expectRoles(await say('网站服务'), rowOf('first-filing', 'website'), 'zh');
    const reply = await say('那如果是App呢');
    expectRoles(reply, rowOf('first-filing', 'app'), 'zh');
    expect(reply.slots).toMatchObject({ scenario: 'first-filing', scope: 'app' });
  });

  it('re-answers "那主体和服务都变更呢" after a filing-change answer', async () => {
    const say = conversation();
    await say('变更备案谁核验');
    expectRoles(await say('变更服务信息'), rowOf('change', 'service'), 'zh');
    const reply = await say('那主体和服务都变更呢');
    expectRoles(reply, rowOf('change', 'subject-service'), 'zh');
    expect(reply.slots).toMatchObject({ scenario: 'change', scope: 'subject-service' });
  });

  it.each(['what about the app', 'what if it is an app?'])('re-answers "%s" in English within the cancellation scenario', async (followUp) => {
    const say = conversation();
    await say('Who verifies for a filing cancellation?');
    expectRoles(await say('cancel the entity'), rowOf('cancel-filing', 'subject'), 'en');
    const reply = await say(followUp);
    expectRoles(reply, rowOf('cancel-filing', 'app'), 'en');
    expect(reply.slots).toMatchObject({ scenario: 'cancel-filing', scope: 'app' });
  });

  it("re-answers \"what if it's an app?\" after an English first-filing answer", async () => {
    const say = conversation();
    await say('Who has to verify for a first-time filing?');
    expectRoles(await say('website only'), rowOf('first-filing', 'website'), 'en');
    expectRoles(await say("what if it's an app?"), rowOf('first-filing', 'app'), 'en');
  });

  it('names each role in English with the Chinese the filing system shows beside it', async () => {
    const say = conversation();
    const reply = await say('who verifies a first filing for a website?');
    expect(reply.text).toContain('the entity principal (备案主体负责人)');
    expect(reply.text).toContain('the website principal (网站负责人)');
  });

  it('keeps a new scenario but forgets the old scope when the follow-up changes the scenario', async () => {
    const say = conversation();
    await say('首次备案谁核验');
    await say('网站服务');
    const reply = await say('那注销备案呢');
    expect(reply.intent).toBe(WHO);
    expect(reply.suggestions.map((q) => q.label)).toEqual(['注销主体', '注销网站', '注销App']);
  });
});

describe('Table C: a new scenario with the same scope', () => {
  it('keeps the scope already given when it means the same in the new scenario', async () => {
    const say = conversation();
    await say('App备案谁来做短信核验?');
    expectRoles(await say('新增服务'), rowOf('new-service', 'app'), 'zh');
    expectRoles(await say('如果是首次备案呢'), rowOf('first-filing', 'app'), 'zh');
  });
});

describe('Table C: both kinds of information changed, said in other words', () => {
  it('"主体信息和服务信息都要改" is the entity-and-service row', async () => {
    expectRoles(await conversation()('变更备案,主体信息和服务信息都要改,谁核验?'), rowOf('change', 'subject-service'), 'zh');
  });
});

describe('"both" as the answer to the scope question', () => {
  const rowOf = (scenario: string, scope: string) => table.scenarios.find((s) => s.id === scenario)!.rows.find((r) => r.scope === scope)!;

  it('means website and app in a first filing', async () => {
    const say = conversation('en');
    await say('who has to verify for a first filing?');
    expectRoles(await say('both'), rowOf('first-filing', 'website-app'), 'en');
  });

  it('means entity and service information in a change', async () => {
    const say = conversation();
    await say('变更备案谁来核验');
    expectRoles(await say('两个都有'), rowOf('change', 'subject-service'), 'zh');
  });

  it('asks again in a scenario with no "both" row', async () => {
    const say = conversation('en');
    await say('who verifies when cancelling a filing?');
    const reply = await say('both');
    expect(reply.intent).toBe(WHO);
    expect(reply.suggestions.length).toBeGreaterThan(1);
  });
});

describe('Table C: a scope added to the one given', () => {
  it('answers the row for both when the table has one ("也一起改了网站名称" after 主体)', async () => {
    const say = conversation();
    await say('变更备案谁来核验');
    expect((await say('改的是公司地址')).text).not.toContain('网站负责人');
    const both = await say('要是网站名称也一起改了呢');
    expect(both.intent).toBe('faq.who-verifies');
    expect(both.text).toContain('备案主体负责人');
    expect(both.text).toContain('网站负责人');
  });

  it('knows which scope combines which, and only in a scenario that has it', () => {
    expect(combinedScope(kb.whoVerifies, 'change', 'subject', 'service')).toBe('subject-service');
    expect(combinedScope(kb.whoVerifies, 'first-filing', 'website', 'app')).toBe('website-app');
    expect(combinedScope(kb.whoVerifies, 'access', 'website', 'app')).toBeUndefined();
    expect(combinedScope(kb.whoVerifies, 'change', 'subject', 'subject')).toBeUndefined();
  });
});

describe('whoVerifiesCases: several filings at once', () => {
  it('answers each filing under its label, the note once, and asks for what one of them lacks', () => {
    const { text, last } = whoVerifiesCases(kb, 'zh', [
      { label: '客户A', scenario: 'first-filing', scope: 'website' },
      { label: '客户B', scenario: 'cancel-filing', scope: 'app' },
      { label: '客户C', scenario: 'change' },
    ]);
    expect(text).toMatch(/1\. \*\*客户A\*\*:首次备案\(网站服务\)需要核验的人员:备案主体负责人\+网站负责人/);
    expect(text).toMatch(/2\. \*\*客户B\*\*:注销备案\(注销App\)需要核验的人员:网站负责人/);
    expect(text).toMatch(/3\. \*\*客户C\*\*:变更备案:/);
    expect(text.split('工信部根据备案类型自动确定核验角色').length).toBe(2);
    expect(last).toEqual({ scenario: 'cancel-filing', scope: 'app' });
  });
});
