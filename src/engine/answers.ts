/**
 * Builds the answer parts for a decided intent: the knowledge-base answer,
 * situation-specific additions chosen from the slots (4 failures, resends
 * used up, waited 3 hours, past 24 hours), several pasted prompts in order,
 * fallback with the closest topics, handoff, greeting and thanks.
 *
 * @example
 *   answerIntent(ctx, draft('faq.failure-limit', 0.9, c), 'zh')  // draft.parts = [near-limit warning, answer]
 */
import type { Lang, Slots } from '../core/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Intent } from '../kb/schema.ts';
import { fill, phrase, topicButton, topicButtons, type Draft } from './compose.ts';

export interface AnswerContext {
  kb: KnowledgeBase;
  handoff: { text?: string; url?: string };
}

/** Topics offered after a greeting or when nothing matched. */
export const STARTER_TOPICS = ['faq.sms-not-received', 'faq.who-verifies', 'faq.how-to-verify', 'faq.how-to-resend'];

/** The situation keys the slots call for, most specific first. */
export function situations(intent: Pick<Intent, 'id' | 'awaits'>, slots: Slots): string[] {
  const keys: string[] = [];
  const f = slots.failures;
  if (f !== undefined) {
    if (f >= 5) keys.push('over-limit');
    else if (f === 4) keys.push('near-limit');
    else keys.push('attempts-left');
  }
  if ((slots.resends ?? 0) >= 2) keys.push('resends-used-up');
  const w = slots.waitedMinutes;
  // (A wait after the verification is complete is for the bureau's review, which has no figure: nothing to add.)
  if (w !== undefined && intent.awaits) {
    // The result syncs within about 120 minutes; a longer wait is past that, a shorter one is still inside it.
    if (intent.awaits === 'sync') {
      if (w > SYNC_MINUTES) keys.push('sync-overdue');
    } else if (w >= 24 * 60) keys.push('past-deadline');
    else if (intent.awaits === 'sms') keys.push(w < 30 ? 'waited-short' : 'waited-long');
  }
  return keys;
}

/** Situations past what the help page covers, whose note sends the user to a person. */
const PERSON_AFTER: ReadonlySet<string> = new Set(['sync-overdue']);

/** The longest the source gives for a verification result to reach the provider (30~120 minutes). */
const SYNC_MINUTES = 120;

/** A variant text: the intent's own first, else the first intent that defines the key. */
function findVariant(kb: KnowledgeBase, key: string, intent: string, lang: Lang): string | undefined {
  const own = kb.intents.get(intent)?.variants[key];
  if (own) return own[lang];
  for (const i of kb.intents.values()) if (i.variants[key]) return i.variants[key]![lang];
  return undefined;
}

function variantValues(ctx: AnswerContext, slots: Slots, lang: Lang): Record<string, string | number> {
  const waited = slots.waitedMinutes ?? 0;
  return {
    failures: slots.failures ?? 0,
    remaining: Math.max(0, 5 - (slots.failures ?? 0)),
    resends: slots.resends ?? 0,
    // "等了半天" gave no figure: say "a long time" rather than one the user never said.
    waited: slots.waitedVaguely ? phrase(ctx.kb, 'waited-a-while', lang) : waited >= 60 ? `${Math.round((waited / 60) * 10) / 10}h` : `${waited}min`,
    hours: Math.round((waited / 60) * 10) / 10,
    minutes: waited,
  };
}

/** Appends the answer of an ordinary (msg/faq) intent, with situation additions first. */
export function answerIntent(ctx: AnswerContext, d: Draft, lang: Lang): void {
  const intent = ctx.kb.intents.get(d.intent);
  if (!intent) return;
  const values = variantValues(ctx, d.slots, lang);
  const keys = situations(intent, d.slots);
  for (const key of keys) {
    const v = findVariant(ctx.kb, key, d.intent, lang);
    if (v) d.parts.push(fill(v, values));
  }
  // A situation whose note says to ask a person ("longer than the usual sync time … contact a human agent") offers one.
  const person = keys.some((k) => PERSON_AFTER.has(k)) ? topicButton(ctx.kb, 'chat.handoff', lang) : undefined;
  if (person) d.suggestions.push(person);
  d.parts.push(intent.answer[lang]);
  d.suggestions.push(...topicButtons(ctx.kb, intent.related, lang, 3));
}

/** Several pasted prompts: each answered in the order it appears. */
export function answerPrompts(ctx: AnswerContext, d: Draft, prompts: readonly string[], lang: Lang): void {
  d.parts.push(phrase(ctx.kb, 'two-prompts-intro', lang, { count: prompts.length }));
  prompts.forEach((id, i) => {
    const intent = ctx.kb.intents.get(id);
    if (intent) d.parts.push(`**${i + 1}. ${intent.title[lang]}**\n\n${intent.answer[lang]}`);
  });
}

/** The honest "I don't know": closest topics and a person. */
export function answerFallback(ctx: AnswerContext, d: Draft, closest: ReadonlyArray<{ intent: string; score: number }>, lang: Lang, asksIfBot = false): void {
  d.flags.fallback = true;
  // "Are you a real person?" is not misunderstood: say what the bot is, and offer the person as always.
  d.parts.push(phrase(ctx.kb, asksIfBot ? 'bot-identity' : 'fallback-intro', lang));
  // Small talk is no topic, and the person is offered once, last.
  const near = closest.filter((s) => s.score >= 0.15 && !s.intent.startsWith('chat.')).map((s) => s.intent);
  const topics = near.length ? near : STARTER_TOPICS;
  d.parts.push(phrase(ctx.kb, 'fallback-closest', lang));
  d.suggestions.push(...topicButtons(ctx.kb, topics, lang, 3));
  const person = topicButton(ctx.kb, 'chat.handoff', lang);
  if (person) d.suggestions.push(person);
}

/** Hands the conversation to a person. */
export function answerHandoff(ctx: AnswerContext, d: Draft, lang: Lang): void {
  d.flags.handoff = true;
  d.parts.push(ctx.handoff.text ?? phrase(ctx.kb, 'handoff', lang, { url: ctx.handoff.url ?? '' }));
  if (ctx.handoff.url) d.links.push({ label: phrase(ctx.kb, 'handoff-link-label', lang), url: ctx.handoff.url });
}

/** Greeting or thanks: short, with starter topics. */
export function answerSmallTalk(ctx: AnswerContext, d: Draft, key: 'greeting' | 'thanks', lang: Lang): void {
  d.parts.push(phrase(ctx.kb, key, lang));
  if (key === 'greeting') d.suggestions.push(...topicButtons(ctx.kb, STARTER_TOPICS, lang, 4));
}
