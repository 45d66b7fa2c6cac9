/**
 * What the bot said before, recalled for the next turn: the choices it just
 * offered ("1", "the second" pick one of them) and the words of its last
 * answer ("what does 注销 mean?" asks about one of them).
 *
 * @example
 *   chosenOption(kb, { turns: 1, pending: { kind: 'who-verifies', awaiting: 'scenario' } }, '1', 'zh'); // '首次备案'
 */
import { normalizeText } from '../core/normalize.ts';
import type { Intent, KnowledgeBase } from '../kb/index.ts';
import { ordinalOf } from './followups.ts';
import type { Lang } from '../core/types.ts';
import type { SessionState } from './types.ts';
import { whoVerifiesStep } from './who-verifies.ts';

/** "1", "the second", "前面那个" after the bot offered choices: the text of that choice, as if its button were clicked. */
export function chosenOption(kb: KnowledgeBase, prev: SessionState | undefined, text: string, defaultLang: Lang): string | undefined {
  if (!prev?.pending && !prev?.clarify) return undefined;
  const n = ordinalOf(normalizeText(text));
  if (n === undefined) return undefined;
  const lang = prev.lang ?? defaultLang;
  const step = prev.pending ? whoVerifiesStep(kb, lang, prev.pending) : undefined;
  const options = step?.kind === 'ask' ? step.suggestions.map((s) => s.value) : (prev.clarify ?? []).map((id) => kb.intents.get(id)?.title[lang] ?? id);
  return options[n === -1 ? options.length - 1 : n - 1];
}

/** Whether an intent's answer is a procedure, steps numbered (not one fact). */
export function answerHasSteps(intent: Intent): boolean {
  return /\n\s*2\.\s/.test(intent.answer.zh);
}

/** Whether any text of an intent's answer (its parts and variants included) uses `term`. */
export function answerSays(intent: Intent, term: string): boolean {
  const texts = [intent.answer, intent.wait, intent.next, ...Object.values(intent.variants)].flatMap((t) => (t ? [t.zh, t.en] : []));
  return texts.some((t) => t.toLowerCase().includes(term));
}
