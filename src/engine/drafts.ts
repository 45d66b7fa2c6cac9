/**
 * The drafts a dialog turn starts from: an intent's answer chosen from the
 * conversation, the who-verifies step (Table C) and the ordinary answer for
 * an intent. Shared by the dialog and its context follow-ups.
 *
 * @example
 *   const d = inContext(ctx, 'faq.deadline', c, 'zh');  // confidence 0.9, the deadline answer
 */
import { BOT_IDENTITY, type Router } from '../core/route.ts';
import type { Classification, FilingCase, Lang } from '../core/types.ts';
import { type AnswerContext, answerFallback, answerHandoff, answerIntent, answerSmallTalk } from './answers.ts';
import { draft, topicButtons, type Draft } from './compose.ts';
import type { SessionState } from './types.ts';
import { whoVerifiesCases, whoVerifiesStep } from './who-verifies.ts';

export interface DialogContext extends AnswerContext {
  router: Router;
  defaultLang: Lang;
  /** Normalised intent titles (what a clicked topic button sends) → intent id. */
  titles: Map<string, string>;
}

export const WHO = 'faq.who-verifies';
export const ROLES = 'faq.verifier-roles';
export const CHECK = 'faq.check-verifiers';
export const WAIT_OTHERS = 'msg.verify-wait-others';
export const UNAVAILABLE = 'faq.phone-unavailable';
export const NOT_RECEIVED = 'faq.sms-not-received';
export const PROGRESS = 'faq.progress';
export const RESEND = 'faq.how-to-resend';
/** Answers decided by conversation context rather than by the router alone. */
export const CONTEXT_CONFIDENCE = 0.9;

export function whoVerifies(ctx: DialogContext, d: Draft, state: SessionState, known: { scenario?: string; scope?: string }, lang: Lang): void {
  d.intent = WHO;
  const step = whoVerifiesStep(ctx.kb, lang, known);
  d.parts.push(step.text);
  d.slots = { ...d.slots, ...(step.scenario ? { scenario: step.scenario } : {}), ...(step.scope ? { scope: step.scope } : {}) };
  if (step.kind === 'ask') {
    d.suggestions.push(...step.suggestions);
    state.pending = { kind: 'who-verifies', scenario: step.scenario, scope: step.scope, awaiting: step.awaiting };
  } else {
    state.whoVerifies = { scenario: step.scenario, scope: step.scope };
    d.suggestions.push(...topicButtons(ctx.kb, ctx.kb.intents.get(WHO)?.related ?? [], lang, 3));
  }
}

/** Several filings' rows at once; the last one answered is the row follow-ups refer to. */
export function whoVerifiesSeveral(ctx: DialogContext, d: Draft, state: SessionState, cases: readonly FilingCase[], lang: Lang): void {
  d.intent = WHO;
  const { text, last } = whoVerifiesCases(ctx.kb, lang, cases);
  d.parts.push(text);
  if (last) state.whoVerifies = last;
  d.suggestions.push(...topicButtons(ctx.kb, ctx.kb.intents.get(WHO)?.related ?? [], lang, 3));
}

/** The last who-verifies answer, given again (confirmed, or in the other language). */
export function whoVerifiesAgain(ctx: DialogContext, state: SessionState, c: Classification, known: { scenario?: string; scope?: string }, lang: Lang): Draft {
  const d = draft(WHO, CONTEXT_CONFIDENCE, c);
  whoVerifies(ctx, d, state, known, lang);
  return d;
}

/** `intent`'s answer, chosen from the conversation rather than by the router alone. */
export function inContext(ctx: DialogContext, intent: string, c: Classification, lang: Lang): Draft {
  const d = draft(intent, CONTEXT_CONFIDENCE, c);
  answerIntent(ctx, d, lang);
  return d;
}

/** How close the topic under way must come, as the router's nearest topic, for a message it cannot place to be more of it. */
export const NEAREST_IS_LAST = 0.15;

/** Answers `intent` the ordinary way (also used after a click or a clarification). */
export function answer(ctx: DialogContext, d: Draft, c: Classification, state: SessionState, lang: Lang): void {
  switch (d.intent) {
    case 'fallback':
      return answerFallback(ctx, d, c.runnersUp, lang, c.evidence.some((e) => e.detail === BOT_IDENTITY));
    case 'chat.handoff':
      state.handedOff = true;
      return answerHandoff(ctx, d, lang);
    case 'chat.greeting':
      return answerSmallTalk(ctx, d, 'greeting', lang);
    case 'chat.thanks':
      return answerSmallTalk(ctx, d, 'thanks', lang);
    case WHO:
      if (c.slots.cases) return whoVerifiesSeveral(ctx, d, state, c.slots.cases, lang);
      return whoVerifies(ctx, d, state, { scenario: c.slots.scenario ?? state.scenario, scope: c.slots.scope }, lang);
    default:
      return answerIntent(ctx, d, lang);
  }
}
