/**
 * Table C as a dialog step: given what is known of the scenario and scope,
 * either answer with the roles of the matching row, or ask for the one
 * missing column with quick replies. The roles come only from the table, so
 * the answer can never add a role the row does not have.
 *
 * @example
 *   whoVerifiesStep(kb, 'zh', { scenario: 'first-filing' })
 *   // { kind: 'ask', awaiting: 'scope', text: '请问您的备案服务类型是?', suggestions: [网站服务, …] }
 */
import type { FilingCase, Lang } from '../core/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import { phrase } from './compose.ts';
import type { QuickReply } from './types.ts';

type Table = KnowledgeBase['whoVerifies'];
type Scenario = Table['scenarios'][number];
type Row = Scenario['rows'][number];

export type WhoVerifiesStep =
  | { kind: 'answer'; text: string; head: string; scenario: string; scope?: string }
  | { kind: 'ask'; awaiting: 'scenario' | 'scope'; text: string; suggestions: QuickReply[]; scenario?: string; scope?: string };

function rowLabel(table: Table, row: Row, lang: Lang): string {
  return row.scope_label?.[lang] ?? (row.scope ? table.scopes[row.scope]?.label[lang] : undefined) ?? row.cell;
}

/** The options of a question in a sentence: "网站服务、网站和App服务,还是App服务", "website service, website and app service, or app service". */
function choices(labels: string[], lang: Lang): string {
  if (labels.length < 2) return labels.join('');
  const head = labels.slice(0, -1).join(lang === 'zh' ? '、' : ', ');
  const last = labels.at(-1)!;
  if (lang === 'zh') return `${head},还是${last}`;
  return labels.length === 2 ? `${head} or ${last}` : `${head}, or ${last}`;
}

/** "+" between Chinese role names; " and " (spaced) between English ones. */
function joiner(kb: KnowledgeBase, lang: Lang): string {
  const j = phrase(kb, 'roles-joiner', lang);
  return lang === 'en' ? ` ${j} ` : j;
}

function answer(kb: KnowledgeBase, scenario: Scenario, row: Row, lang: Lang): WhoVerifiesStep {
  const table = kb.whoVerifies;
  const note = phrase(kb, 'who-verifies-note', lang);
  const head =
    row.verifiers.length === 0
      ? phrase(kb, 'who-verifies-none', lang, { scenario: scenario.label[lang] })
      : phrase(kb, 'who-verifies-answer', lang, {
          scenario: scenario.label[lang],
          scope: row.scope ? rowLabel(table, row, lang) : scenario.label[lang],
          verifiers: row.verifiers.map((r) => table.roles[r]?.[lang] ?? r).join(joiner(kb, lang)),
        });
  return { kind: 'answer', text: row.verifiers.length === 0 ? head : `${head}\n\n${note}`, head, scenario: scenario.id, scope: row.scope ?? undefined };
}

/** The scope of `scenario` that `scope` means there: itself, or what a word such as "both" stands for in it. */
function scopeIn(table: Table, scenario: Scenario, scope: string | undefined): string | undefined {
  if (scope === undefined || scenario.rows.some((r) => r.scope === scope)) return scope;
  return table.scopes[scope]?.stands_for?.find((other) => scenario.rows.some((r) => r.scope === other)) ?? scope;
}

/** Whether Table C has a row for `scope` under `scenario` with the scope's plain meaning (no scenario-specific label). */
export function sameScope(table: Table, scenario: string, scope: string | undefined): boolean {
  const rows = table.scenarios.find((s) => s.id === scenario)?.rows ?? [];
  return scope !== undefined && rows.some((r) => r.scope === scope && !r.scope_label);
}

/** The scope of `scenario` that is both `a` and `b` ("也改了网站名称" after 主体: 主体和服务信息), if the table has one. */
export function combinedScope(table: Table, scenarioId: string | undefined, a: string, b: string): string | undefined {
  const scenario = table.scenarios.find((s) => s.id === scenarioId);
  return Object.entries(table.scopes).find(
    ([id, s]) => s.combines?.includes(a) && s.combines.includes(b) && a !== b && (!scenario || scenario.rows.some((r) => r.scope === id)),
  )?.[0];
}

/** Scenarios offered as quick replies, optionally only those that have `scope`. */
function scenarioButtons(table: Table, lang: Lang, scope?: string): QuickReply[] {
  return table.scenarios
    .filter((s) => !scope || s.rows.some((r) => r.scope === scopeIn(table, s, scope)))
    .map((s) => ({ label: s.label[lang], value: s.label[lang] }));
}

/** The next step of the who-verifies dialog for what is known so far. */
export function whoVerifiesStep(kb: KnowledgeBase, lang: Lang, known: { scenario?: string; scope?: string }): WhoVerifiesStep {
  const table = kb.whoVerifies;
  const scenario = table.scenarios.find((s) => s.id === known.scenario);

  if (scenario) {
    const only = scenario.rows.length === 1 ? scenario.rows[0] : undefined;
    const scope = scopeIn(table, scenario, known.scope);
    const row = only ?? scenario.rows.find((r) => r.scope === scope);
    if (row) return answer(kb, scenario, row, lang);
    const intro = known.scope ? `${phrase(kb, 'unknown-scope', lang)}\n\n` : '';
    return {
      kind: 'ask',
      awaiting: 'scope',
      scenario: scenario.id,
      text: intro + phrase(kb, 'ask-scope', lang, { scenario: scenario.label[lang], options: choices(scenario.rows.map((r) => rowLabel(table, r, lang)), lang) }),
      suggestions: scenario.rows.map((r) => ({ label: rowLabel(table, r, lang), value: rowLabel(table, r, lang) })),
    };
  }

  if (known.scope) {
    const withScope = table.scenarios.filter((s) => s.rows.some((r) => r.scope === scopeIn(table, s, known.scope)));
    if (withScope.length === 1) {
      const s = withScope[0]!;
      return answer(kb, s, s.rows.find((r) => r.scope === scopeIn(table, s, known.scope))!, lang);
    }
  }
  return {
    kind: 'ask',
    awaiting: 'scenario',
    scope: known.scope,
    text: phrase(kb, 'ask-scenario', lang),
    suggestions: scenarioButtons(table, lang, known.scope),
  };
}

/**
 * Several filings named at once ("客户A是首次备案网站,客户B是注销App,分别谁核验"): each one's row, under its own
 * label, and the note once; a filing whose row is not known yet gets its question. The last answered row is
 * returned, for follow-ups.
 */
export function whoVerifiesCases(kb: KnowledgeBase, lang: Lang, cases: readonly FilingCase[]): { text: string; last?: { scenario: string; scope?: string } } {
  const lines: string[] = [];
  let last: { scenario: string; scope?: string } | undefined;
  for (const c of cases) {
    const step = whoVerifiesStep(kb, lang, c);
    const said = step.kind === 'answer' ? step.head.replace(/^\*\*|\*\*$/g, '') : step.text;
    const label = c.label.charAt(0).toUpperCase() + c.label.slice(1);
    lines.push(`${lines.length + 1}. **${label}**${lang === 'zh' ? ':' : ': '}${said}`);
    if (step.kind === 'answer') last = { scenario: step.scenario, scope: step.scope };
  }
  const text = last ? `${lines.join('\n')}\n\n${phrase(kb, 'who-verifies-note', lang)}` : lines.join('\n');
  return { text, last };
}
