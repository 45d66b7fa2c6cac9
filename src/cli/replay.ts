/**
 * Multi-turn evaluation: replays labelled conversations through the same
 * path as `chat --jsonl` (one session per conversation) and checks each
 * turn's expectations. Used by `eval` when a file holds conversations.
 *
 * Line format: `{"name", "turns": [{"text", "lang"?, "expect": {"intent"?,
 * "textIncludes"?, "textExcludes"?, "suggestionsInclude"?}}]}`. An expectation
 * the checker does not know, or one written beside `expect` instead of inside
 * it, fails its turn: it is never silently left unchecked.
 */
import type { Engine } from '../engine/index.ts';
import { answerLine } from './chat-jsonl.ts';

export interface Expect {
  intent?: string;
  textIncludes?: string[];
  textExcludes?: string[];
  suggestionsInclude?: string[];
}

export interface Conversation {
  name: string;
  turns: Array<{ text: string; lang?: 'zh' | 'en'; expect?: Expect }>;
}

export interface ReplayResult {
  conversations: number;
  passed: number;
  turns: number;
  turnsPassed: number;
  failures: Array<{ name: string; turn: number; problems: string[] }>;
}

type Output = { intent?: string; text?: string; suggestions?: string[]; error?: string };

const EXPECTATIONS: ReadonlySet<string> = new Set(['intent', 'textIncludes', 'textExcludes', 'suggestionsInclude']);
const TURN_KEYS: ReadonlySet<string> = new Set(['text', 'lang', 'expect']);

/** Keys of a turn or of its `expect` that would not be checked: each one a problem of that turn. */
export function uncheckedKeys(turn: object): string[] {
  const expect = (turn as { expect?: unknown }).expect;
  const beside = Object.keys(turn).filter((k) => !TURN_KEYS.has(k));
  const unknown = expect && typeof expect === 'object' ? Object.keys(expect).filter((k) => !EXPECTATIONS.has(k)) : [];
  return [
    ...beside.map((k) => (EXPECTATIONS.has(k) ? `"${k}" is beside "expect", not inside it` : `unknown turn key "${k}"`)),
    ...unknown.map((k) => `unknown expectation "${k}"`),
  ];
}

/** What is wrong with one answer, given its expectations (empty = pass). */
export function checkTurn(out: Output, expect: Expect = {}): string[] {
  const problems: string[] = [];
  if (out.error) return [`error: ${out.error}`];
  if (expect.intent && out.intent !== expect.intent) problems.push(`intent ${out.intent} ≠ ${expect.intent}`);
  for (const s of expect.textIncludes ?? []) if (!out.text?.includes(s)) problems.push(`text lacks "${s}"`);
  for (const s of expect.textExcludes ?? []) if (out.text?.includes(s)) problems.push(`text contains "${s}"`);
  for (const s of expect.suggestionsInclude ?? []) if (!out.suggestions?.includes(s)) problems.push(`no suggestion "${s}"`);
  return problems;
}

export async function replayConversations(engine: Engine, conversations: readonly Conversation[]): Promise<ReplayResult> {
  const result: ReplayResult = { conversations: conversations.length, passed: 0, turns: 0, turnsPassed: 0, failures: [] };
  let line = 0;
  for (const [ci, conv] of conversations.entries()) {
    let ok = true;
    for (const [ti, turn] of conv.turns.entries()) {
      const input = JSON.stringify({ id: `${ci}.${ti}`, text: turn.text, session: `replay-${ci}`, lang: turn.lang });
      const out = (await answerLine(engine, input, ++line)) as Output;
      const problems = [...uncheckedKeys(turn), ...checkTurn(out, turn.expect)];
      result.turns++;
      if (problems.length) {
        ok = false;
        result.failures.push({ name: conv.name, turn: ti + 1, problems: [...problems, `(intent ${out.intent}) ${(out.text ?? '').slice(0, 120).replace(/\n/g, ' ')}`] });
      } else result.turnsPassed++;
    }
    if (ok) result.passed++;
  }
  return result;
}
