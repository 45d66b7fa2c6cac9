/**
 * The prompts a conversation has been through, for a user who points back past the last one: "回到客户1…" after
 * another customer's prompt, "the first one, the failed one — what was I supposed to do there?". Pure.
 *
 * @example
 *   const seen = rememberPrompts([], ['msg.verify-failed', 'msg.verify-record-not-found'], undefined);
 *   promptPointedAt(kb, seen, 'msg.verify-record-not-found', 'and the first one, the failed one?')  // 'msg.verify-failed'
 */
import { caseLabelOf } from '../core/slots.ts';
import type { Classification } from '../core/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { PromptSeen, SessionState } from './types.ts';

/** How many prompts are remembered. */
const KEPT = 4;

/** An earlier prompt pointed at: "the first one", "the other message", "前面那个", "第一个提示", "回到客户1". */
const POINTS_BACK =
  /\b(?:the )?(?:first|earlier|previous|older|original) (?:one|message|prompt|error|notice)\b|\bthe other (?:message|prompt|error|notice)\b|前面(?:那个|那条|的那个)|第一(?:个|条)(?:提示|报错)|(?:之前|刚才|上午|昨天)(?:那个|那条)(?:提示|报错)|回到(?!了)|说回/;

/** The prompts of a session so far, oldest first (a session stored before there was a history has its last prompt). */
export function promptsSeen(state: SessionState | undefined): PromptSeen[] {
  return state?.prompts ?? (state?.prompt ? [{ id: state.prompt }] : []);
}

/** The prompts a message tells, in order: pasted, quoted or retold ("First attempt: '…failed…'. Second attempt: '…'"), then `answered`. */
export function promptsTold(c: Classification, answered: string): string[] {
  const told = [
    ...(c.slots.prompts ?? []),
    ...c.evidence.filter((e) => e.matcher === 'slots' && e.intent.startsWith('msg.') && /^(?:quoted|retold)\b/.test(e.detail)).map((e) => e.intent),
  ];
  return [...new Set([...told.filter((id) => id !== answered), ...(answered.startsWith('msg.') ? [answered] : [])])];
}

/** `seen` with `ids` answered now (in the order told), under the filing `label` the message names, if any. */
export function rememberPrompts(seen: readonly PromptSeen[], ids: readonly string[], label: string | undefined): PromptSeen[] {
  let out = [...seen];
  for (const id of ids) {
    const entry: PromptSeen = label ? { id, label } : { id };
    out = [...out.filter((p) => p.id !== id || p.label !== label), entry];
  }
  return out.slice(-KEPT);
}

/** The longest name of `id` the text uses (0 when none). */
function calledLength(kb: KnowledgeBase, id: string, normalized: string): number {
  return Math.max(0, ...(kb.intents.get(id)?.called ?? []).filter((name) => normalized.includes(name.toLowerCase())).map((name) => name.length));
}

/** The first prompt of the conversation pointed at: "the first one", "第一个提示", "最早那个". */
const FIRST_ONE = /\bthe first (?:one|message|prompt|error|notice)\b|第一(?:个|条)(?:提示|报错)|最早(?:那个|那条)/;

/** A prompt pointed back to, and whether only the filing named points at it ("回到客户1"). */
export interface PromptPointed {
  id: string;
  byLabel: boolean;
}

/**
 * The prompt a message points back to, when it is not the one last answered: the filing it names ("回到客户1"), else
 * the prompt it calls by name ("the failed one"), else the first one ("第一个提示"), else, when it only points back
 * ("回到刚才那个提示" after a detour), the most recent one. `pointsBack`: the caller has read a pointer back already
 * ("那刚才那个报错怎么办"). Undefined when it points at nothing, or at the answer just given.
 */
export function promptPointedAt(
  kb: KnowledgeBase,
  seen: readonly PromptSeen[],
  lastIntent: string | undefined,
  normalized: string,
  pointsBack = false,
): PromptPointed | undefined {
  const at = (id: string | undefined, byLabel = false): PromptPointed | undefined => (id && id !== lastIntent ? { id, byLabel } : undefined);
  const label = caseLabelOf(normalized);
  const labelled = label ? seen.filter((p) => p.label === label).at(-1) : undefined;
  if (labelled) return at(labelled.id, true);
  if (!pointsBack && !POINTS_BACK.test(normalized)) return undefined;
  const named = seen.filter((p) => p.id !== lastIntent).map((p) => ({ id: p.id, length: calledLength(kb, p.id, normalized) })).filter((p) => p.length > 0);
  // (The longest name wins: "找不到记录或已完成" over "找不到记录"; at a tie, the most recent.)
  const best = named.reduce<{ id: string; length: number } | undefined>((a, b) => (!a || b.length >= a.length ? b : a), undefined);
  if (best) return at(best.id);
  return at(FIRST_ONE.test(normalized) ? seen[0]?.id : seen.at(-1)?.id);
}
