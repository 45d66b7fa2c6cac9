/**
 * One conversation turn as a pure function: the previous session state and
 * the router's classification in, the reply and the next state out. Order
 * of precedence: a clicked topic, a pending Table C question, a pending
 * clarification, context follow-ups (context.ts), several prompts, then
 * the intent.
 *
 * @example
 *   const { reply, next } = respond(ctx, undefined, { channel: 'cli', session: 's', text: '首次备案谁核验' });
 *   reply.suggestions.map((s) => s.label)  // ['网站服务', '网站和App服务', 'App服务']
 */
import { applyCorrection, correctionOf } from '../core/correction.ts';
import { redactPii } from '../core/pii.ts';
import { WHO_DOES } from '../core/signals.ts';
import { caseLabelOf } from '../core/slots.ts';
import type { Classification, Lang } from '../core/types.ts';
import { answerPrompts } from './answers.ts';
import { draft, finish, phrase, topicButton, topicButtons, type Draft } from './compose.ts';
import { asksSecondQuestion, comparesPrompts, isAside, languageAsked, namesOtherCase, questionAfterAlso, questionsIn, refersBack, returnsToPrompt, saysUnsure } from './followups.ts';
import { promptPointedAt, promptsSeen, promptsTold, rememberPrompts } from './prompt-history.ts';
import { endsAtPromptHead, isCutOff, replyAfterQuote } from './pieces.ts';
import type { IncomingMessage, Reply, SessionState } from './types.ts';
import { closesWithThanks, followsNothing, nothingElse, ROUTER_SURE, situationSized } from './readings.ts';
import { answerFallback } from './answers.ts';
import { chosenOption } from './recall.ts';
import { answer, CONTEXT_CONFIDENCE, type DialogContext, inContext, WHO, whoVerifies } from './drafts.ts';
import { followLast } from './context.ts';

export type { DialogContext } from './drafts.ts';

/** The longest message kept for a typo fixed in the next one. */
const LAST_TEXT_MAX = 120;

/**
 * A pasted prompt followed by a question about something else ("…请等待其他核验人进行短信核验。
 * 另外验证码一般是哪个号码发的?"): the question the user asks is what they want answered now.
 */
function alsoAsked(ctx: DialogContext, c: Classification, after = c.intent.startsWith('msg.')): Classification | undefined {
  if (!after) return undefined;
  const tail = questionAfterAlso(c.normalized);
  if (tail === undefined) return undefined;
  const t = ctx.router.classify(tail);
  return t.intent.startsWith('faq.') && t.confidence >= ALSO_CONFIDENCE ? t : undefined;
}

/**
 * The first two questions of a message that asks two about different topics, each read
 * confidently on its own; undefined for one question (or one topic asked twice).
 */
function twoQuestions(ctx: DialogContext, c: Classification): [Classification, Classification] | undefined {
  if (c.slots.prompts?.length || !c.intent.startsWith('faq.')) return undefined;
  const [a, b] = questionsIn(c.normalized);
  if (a === undefined || b === undefined) return undefined;
  const first = ctx.router.classify(a);
  const second = ctx.router.classify(b);
  const sure = (x: Classification) => x.intent.startsWith('faq.') && x.confidence >= ALSO_CONFIDENCE;
  return sure(first) && sure(second) && first.intent !== second.intent ? [first, second] : undefined;
}

/** How sure the router must be of the question after "另外" / "also". */
const ALSO_CONFIDENCE = 0.5;

/** Whether the top two intents are too close to pick one without asking. */
function needsClarifying(ctx: DialogContext, c: Classification): string | undefined {
  const second = c.runnersUp[0];
  if (!second || c.intent === 'fallback' || c.slots.prompts?.length) return undefined;
  // A stated situation (4 failures, 2 resends, 3 hours) is answered directly: the answer covers it.
  if (c.slots.failures !== undefined || c.slots.resends !== undefined || c.slots.waitedMinutes !== undefined) return undefined;
  if (c.intent.startsWith('chat.') || second.intent.startsWith('chat.')) return undefined;
  // Who verifies asked outright for a filing named ("with a new number, who has to verify? it's just a website"): Table C.
  if (c.intent === WHO && (c.slots.scenario || c.slots.scope) && WHO_DOES.test(c.normalized)) return undefined;
  return c.confidence - second.score < ctx.kb.router.clarify_margin ? second.intent : undefined;
}

function decide(ctx: DialogContext, prev: SessionState | undefined, state: SessionState, c: Classification, lang: Lang): Draft {
  const clicked = ctx.titles.get(c.normalized);
  if (clicked && clicked !== WHO) {
    const d = draft(clicked, 1, c);
    answer(ctx, d, c, state, lang);
    return d;
  }

  // (Thanks that close the conversation name no Table C row: "that's all, thx" is not the "all services" scope.)
  const hasTableSlot = Boolean(c.slots.scenario || c.slots.scope) && !closesWithThanks(c);
  const pending = prev?.pending ?? (hasTableSlot ? prev?.parked : undefined);
  // "不确定是哪种" / "I don't know" to the Table C question: ask again, with the options.
  const dontKnow = saysUnsure(c.normalized);
  // (Not a question out of scope asked meanwhile: "how much does the filing cost?", "对了,备案收费吗" are answered as such.)
  const aside = !hasTableSlot && isAside(c.normalized);
  // (Nor a question of its own the router is sure of: "both of them are foreigners, which ID do they use?".)
  // (Unless it also gives what was asked: "网站和app都有 验证码几位数啊" gets its Table C row and then that question's answer;
  // the question is one click away while the Table C question still needs more.)
  const answersAsked = Boolean(pending && (pending.awaiting === 'scope' ? c.slots.scope : c.slots.scenario));
  const ownTopic = c.intent.startsWith('faq.') && c.intent !== WHO && c.confidence >= ROUTER_SURE && c.evidence.some((e) => e.matcher === 'keyword' && e.intent === c.intent);
  if (pending && !aside && (!ownTopic || answersAsked || dontKnow) && (hasTableSlot || nothingElse(c) || c.intent === WHO || dontKnow)) {
    const d = draft(WHO, hasTableSlot ? CONTEXT_CONFIDENCE : c.confidence, c);
    whoVerifies(ctx, d, state, { scenario: c.slots.scenario ?? pending.scenario, scope: c.slots.scope ?? pending.scope }, lang);
    // ("first filing, app only - also, how long is the link valid?": the question after "also", likewise.)
    const other = ownTopic ? c.intent : answersAsked ? alsoAsked(ctx, c, true)?.intent : undefined;
    if (other && other !== WHO && state.pending) d.suggestions.unshift(...topicButtons(ctx.kb, [other], lang, 1));
    else if (other && other !== WHO) d.parts.push(...inContext(ctx, other, c, lang).parts);
    return d;
  }

  const offered = prev?.clarify;
  if (offered && (offered.includes(c.intent) || (clicked && offered.includes(clicked)))) {
    const d = draft(clicked ?? c.intent, CONTEXT_CONFIDENCE, c);
    answer(ctx, d, c, state, lang);
    return d;
  }

  // "重发短信的时候提示" / "the verify page says": cut off before its point. Ask for the rest; the two are read together.
  // (Not a prompt pasted in part: "等待其他核验人 短信核验 提示" has said it.)
  // (Nor one pasted up to the words several prompts share: "…尊敬的ICP用户:您的短信核验".)
  if (((isCutOff(c.normalized) && !hasTableSlot && !c.evidence.some((e) => e.matcher === 'prompt')) || endsAtPromptHead(c.normalized)) && !c.slots.pii?.length) {
    const d = draft('fallback', 0, c);
    d.flags.fallback = true;
    d.parts.push(phrase(ctx.kb, 'cut-off', lang));
    // (A person stays one click away, as in every reply that answers nothing yet.)
    const person = topicButton(ctx.kb, 'chat.handoff', lang);
    if (person) d.suggestions.push(person);
    state.cutOff = true;
    return d;
  }

  // The question after a pasted prompt; the prompt's own answer is one click away, or "that error" away.
  const also = alsoAsked(ctx, c);
  if (also) {
    const d = draft(also.intent, also.confidence, also);
    answer(ctx, d, also, state, lang);
    d.suggestions.unshift(...topicButtons(ctx.kb, [c.intent], lang, 1));
    state.deferred = c.intent;
    return d;
  }
  if (prev?.deferred && (refersBack(c.normalized) || asksSecondQuestion(c.normalized)) && situationSized(c)) {
    return inContext(ctx, prev.deferred, c, lang);
  }

  // "回到刚才那个找不到记录的提示,…要等多久?" after a detour: the prompt pasted before it is the last answer.
  // ("回到客户1 他说没提交过备案" after another customer's prompt, "the first one, the failed one?": the one pointed at.)
  const returns = c.slots.prompts?.length ? undefined : returnsToPrompt(c.normalized);
  // (A filing named is no pointer back when the router is sure of a question of its own: "A公司后面的审核进度在哪看?".)
  const found = c.slots.prompts?.length ? undefined : promptPointedAt(ctx.kb, promptsSeen(prev), prev?.lastIntent, c.normalized, returns !== undefined);
  const pointed = found?.byLabel && c.intent !== 'fallback' && c.confidence >= ROUTER_SURE ? undefined : found?.id;
  const back = pointed ? (returns ?? {}) : undefined;
  const lastId = pointed ?? prev?.lastIntent;
  const last = lastId ? ctx.kb.intents.get(lastId) : undefined;
  // "然后呢", "啥意思", "where?", "what now" as the first thing said: too little to pick a topic from, so the closest
  // topics (the router's guess among them) and a person.
  if ((!last || last.id.startsWith('chat.')) && !pending && followsNothing(c)) {
    const d = draft('fallback', c.confidence, c);
    answerFallback(ctx, d, [{ intent: c.intent, score: 1 }, ...c.runnersUp], lang);
    return d;
  }
  const followed = followLast(ctx, prev, state, c, lang, last, back, hasTableSlot);
  if (followed) return followed;

  // Several prompts: each explained; the one the router puts first is the topic ("…那个后来好了。今天重发提示…": the last).
  // ("First I got …wait for others. A day later … 已全部完成. So which applies now?": the one seen last.)
  if ((c.slots.prompts?.length ?? 0) >= 2) {
    const topic = comparesPrompts(c.normalized) ? c.slots.prompts!.at(-1)! : c.slots.prompts!.includes(c.intent) ? c.intent : c.slots.prompts![0]!;
    const d = draft(topic, c.confidence, c);
    answerPrompts(ctx, d, c.slots.prompts!, lang);
    return d;
  }

  // Two questions in one message ("验证码是哪个号码发的?另外证件号后六位填谁的?"): the first answered, the second one click away.
  const two = twoQuestions(ctx, c);
  if (two) {
    const [first, second] = two;
    const d = draft(first.intent, first.confidence, first);
    answer(ctx, d, first, state, lang);
    const topic = ctx.kb.intents.get(second.intent)!.title[lang];
    d.parts.push(phrase(ctx.kb, 'second-question', lang, { topic }));
    d.suggestions.unshift(...topicButtons(ctx.kb, [second.intent], lang, 1));
    state.deferred = second.intent;
    return d;
  }

  // Too close to call, but one of the two is the topic already under way ("那个号码停机了,找不回来了"
  // after "没收到短信"): stay with it rather than ask.
  const other = needsClarifying(ctx, c);
  if (other && last && (other === last.id || c.intent === last.id)) {
    return inContext(ctx, last.id, c, lang);
  }
  if (other) {
    const d = draft(c.intent, c.confidence, c);
    d.flags.clarify = true;
    const [a, b] = [c.intent, other].map((id) => ctx.kb.intents.get(id)!.title[lang]);
    d.parts.push(phrase(ctx.kb, 'clarify', lang, { a: a!, b: b! }));
    d.suggestions.push(...topicButtons(ctx.kb, [c.intent, other], lang, 2));
    state.clarify = [c.intent, other];
    return d;
  }

  const d = draft(c.intent, c.confidence, c);
  answer(ctx, d, c, state, lang);
  return d;
}

/**
 * The message as the router reads it; after a quote-reply ("> 核验短信仅支持重发2次\n是总共只能重发2次吗"), the words
 * after the quote, unless the quote is a prompt pasted (then the whole message is about it).
 */
function readReply(ctx: DialogContext, text: string): Classification {
  const reply = replyAfterQuote(text);
  const whole = ctx.router.classify(text);
  if (reply === undefined || whole.slots.prompts?.length) return whole;
  // ("> 核验短信仅支持重发2次\n一共就两次?": words that say nothing alone are read with the line they quote;
  // "> SMS verification can only be resent 2 times — is that per day or in total?": so are words the router only guesses at.)
  const after = ctx.router.classify(reply);
  const saysLittle = after.intent === 'fallback' || after.confidence < REPLY_GUESS;
  return saysLittle && whole.intent !== 'fallback' && whole.confidence >= ROUTER_SURE ? whole : after;
}

/** Below this, the router only guesses at the words after a quote: the quote and the words are read together. */
const REPLY_GUESS = 0.6;

/** One Latin word and nothing else. */
const isOneWord = (normalized: string): boolean => /^[a-z0-9'-]+$/.test(normalized.replace(/[?!.,~]+$/g, '').trim());

/** Runs one turn. Never throws for any text. */
export function respond(
  ctx: DialogContext,
  before: SessionState | undefined,
  message: IncomingMessage,
): { reply: Reply; next: SessionState; clicked?: string } {
  // "*验证码" right after "验正码输错了好几次": the last message, corrected, is what is asked.
  const fix = correctionOf(message.text);
  // ("the verify page says" … "record not found": a message cut off, then its rest, is read as one.)
  const rest = before?.cutOff && before.lastText ? `${before.lastText} ${message.text}` : message.text;
  const text = fix !== undefined && before?.lastText ? applyCorrection(before.lastText, fix) : (chosenOption(ctx.kb, before, message.text, ctx.defaultLang) ?? rest);
  const c = readReply(ctx, text);
  // "B客户是App备案,谁核验?": another filing than the one talked about; its Table C row starts afresh.
  // (The who-verifies answer under way stays one, emptied: "another client is cancelling their app, same people?" asks its own row.)
  // (Unless it answers the question asked just before: "首次备案谁来核验" … "客户C是App服务" is that filing's scope.)
  const answersPending = before?.pending?.awaiting === 'scope' ? Boolean(c.slots.scope && !c.slots.scenario) : Boolean(before?.pending && c.slots.scenario && !c.slots.scope);
  const prev = before && namesOtherCase(c.normalized) && !answersPending ? { ...before, scenario: undefined, whoVerifies: before.whoVerifies ? {} : undefined, pending: undefined, parked: undefined } : before;
  // "App", "ok", "sms": one Latin word says nothing about the conversation's language ("how long" does).
  const heard = c.lang === 'en' && prev?.lang && isOneWord(c.normalized) ? prev.lang : c.lang;
  // ("Can you say that in Chinese?" is answered in Chinese, and the conversation goes on in it.)
  const asked = languageAsked(c.normalized);
  const lang = message.lang ?? asked ?? heard ?? prev?.lang ?? ctx.defaultLang;
  const state: SessionState = {
    turns: (prev?.turns ?? 0) + 1,
    ...(prev?.whoVerifies ? { whoVerifies: prev.whoVerifies } : {}),
    ...((c.slots.scenario ?? prev?.scenario) ? { scenario: c.slots.scenario ?? prev?.scenario } : {}),
    ...(prev?.handedOff ? { handedOff: true } : {}),
    lang: asked ?? heard ?? prev?.lang,
    lastIntent: prev?.lastIntent,
    ...(text.length <= LAST_TEXT_MAX ? { lastText: redactPii(text) } : {}),
  };
  const d = decide(ctx, prev, state, c, lang);
  // A Table C question the user stepped away from is kept for one more turn ("对了,短信是哪个号码发的?" … "回到刚才的问题,我是接入备案").
  if (prev?.pending && !state.pending && d.intent !== WHO) state.parked = prev.pending;
  if (d.flags.pii) d.parts.unshift(phrase(ctx.kb, 'pii-warning', lang));
  if (d.intent.startsWith('msg.') || d.intent.startsWith('faq.')) state.lastIntent = d.intent;
  const seen = rememberPrompts(promptsSeen(prev), promptsTold(c, d.intent), caseLabelOf(c.normalized));
  if (seen.length) state.prompts = seen;
  return { reply: finish(d, lang), next: state, clicked: ctx.titles.get(c.normalized) };
}
