/**
 * One conversation turn as a pure function: the previous session state and
 * the router's classification in, the reply and the next state out. Order
 * of precedence: a clicked topic, a pending Table C question, a pending
 * clarification, context follow-ups, several prompts, then the intent.
 *
 * @example
 *   const { reply, next } = respond(ctx, undefined, { channel: 'cli', session: 's', text: '首次备案谁核验' });
 *   reply.suggestions.map((s) => s.label)  // ['网站服务', '网站和App服务', 'App服务']
 */
import { applyCorrection, correctionOf } from '../core/correction.ts';
import { namesOtherForm } from '../core/forms.ts';
import { redactPii } from '../core/pii.ts';
import { BOT_IDENTITY, type Router } from '../core/route.ts';
import { RECORD_NOT_FOUND_TWINS as TWINS, twinOfStep } from '../core/twins.ts';
import { dropNegatedClause, FIELDS_ASKED, HOW_MANY, isRephrasing, VERIFY_WORD, WHERE_TO_SEE, WHO_CUE, WHO_IS_ROLE } from '../core/signals.ts';
import type { Classification, Lang } from '../core/types.ts';
import { answerFallback, answerHandoff, answerIntent, answerPrompts, answerSmallTalk, type AnswerContext } from './answers.ts';
import { draft, finish, phrase, topicButtons, type Draft } from './compose.ts';
import {
  addsToLast, asksAfterCase, asksConsequence, asksHeadcount, asksOtherLanguage, asksOutcome, asksSecondQuestion, contextualFollowUp, doubtsLastAnswer, followUpKind, isAside, isBareReaction, isShort, isVagueFollowUp, languageAsked, namesOtherCase, namesOtherVerifier, questionAfterAlso, questionsIn, redoesLastCase, refersBack, restatesLastAnswer, returnsToPrompt, saysDetailsWrong, saysUnsure, termAsked, type FollowUp,
} from './followups.ts';
import type { IncomingMessage, Reply, SessionState } from './types.ts';
import {
  ASKS, ASKS_IF, asksItsOwn, closesWithThanks, contextual, fewWords, hasSituation, nothingElse, outOfScope, promptWithoutPaste, ROUTER_SURE, SAME_ROW_MAX_WORDS, situationSized, statesWait, WEAK_READING,
} from './readings.ts';
import { answerSays, chosenOption } from './recall.ts';
import { combinedScope, sameScope, whoVerifiesStep } from './who-verifies.ts';

export interface DialogContext extends AnswerContext {
  router: Router;
  defaultLang: Lang;
  /** Normalised intent titles (what a clicked topic button sends) → intent id. */
  titles: Map<string, string>;
}

const WHO = 'faq.who-verifies';
const ROLES = 'faq.verifier-roles';
const CHECK = 'faq.check-verifiers';
const WAIT_OTHERS = 'msg.verify-wait-others';
const UNAVAILABLE = 'faq.phone-unavailable';
/** Answers decided by conversation context rather than by the router alone. */
const CONTEXT_CONFIDENCE = 0.9;
/** The longest message kept for a typo fixed in the next one. */
const LAST_TEXT_MAX = 120;

function whoVerifies(ctx: DialogContext, d: Draft, state: SessionState, known: { scenario?: string; scope?: string }, lang: Lang): void {
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

/** The last who-verifies answer, given again (confirmed, or in the other language). */
function whoVerifiesAgain(ctx: DialogContext, state: SessionState, c: Classification, known: { scenario?: string; scope?: string }, lang: Lang): Draft {
  const d = draft(WHO, CONTEXT_CONFIDENCE, c);
  whoVerifies(ctx, d, state, known, lang);
  return d;
}

/** `intent`'s answer, chosen from the conversation rather than by the router alone. */
function inContext(ctx: DialogContext, intent: string, c: Classification, lang: Lang): Draft {
  const d = draft(intent, CONTEXT_CONFIDENCE, c);
  answerIntent(ctx, d, lang);
  return d;
}

/** How close the topic under way must come, as the router's nearest topic, for a message it cannot place to be more of it. */
const NEAREST_IS_LAST = 0.15;

/** Answers `intent` the ordinary way (also used after a click or a clarification). */
function answer(ctx: DialogContext, d: Draft, c: Classification, state: SessionState, lang: Lang): void {
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
      return whoVerifies(ctx, d, state, { scenario: c.slots.scenario ?? state.scenario, scope: c.slots.scope }, lang);
    default:
      return answerIntent(ctx, d, lang);
  }
}

/**
 * A pasted prompt followed by a question about something else ("…请等待其他核验人进行短信核验。
 * 另外验证码一般是哪个号码发的?"): the question the user asks is what they want answered now.
 */
function alsoAsked(ctx: DialogContext, c: Classification): Classification | undefined {
  if (!c.intent.startsWith('msg.')) return undefined;
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
  // (Unless it also gives what was asked: "网站和app都有 验证码几位数啊" gets its Table C answer, and the question one click away.)
  const answersAsked = Boolean(pending && (pending.awaiting === 'scope' ? c.slots.scope : c.slots.scenario));
  const ownTopic = c.intent.startsWith('faq.') && c.intent !== WHO && c.confidence >= ROUTER_SURE && c.evidence.some((e) => e.matcher === 'keyword' && e.intent === c.intent);
  if (pending && !aside && (!ownTopic || answersAsked) && (hasTableSlot || nothingElse(c) || c.intent === WHO || dontKnow)) {
    const d = draft(WHO, hasTableSlot ? CONTEXT_CONFIDENCE : c.confidence, c);
    whoVerifies(ctx, d, state, { scenario: c.slots.scenario ?? pending.scenario, scope: c.slots.scope ?? pending.scope }, lang);
    if (ownTopic) d.suggestions.unshift(...topicButtons(ctx.kb, [c.intent], lang, 1));
    return d;
  }

  const offered = prev?.clarify;
  if (offered && (offered.includes(c.intent) || (clicked && offered.includes(clicked)))) {
    const d = draft(clicked ?? c.intent, CONTEXT_CONFIDENCE, c);
    answer(ctx, d, c, state, lang);
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
  const back = prev?.prompt && prev.prompt !== prev.lastIntent && !c.slots.prompts?.length ? returnsToPrompt(c.normalized) : undefined;
  const lastId = back ? prev?.prompt : prev?.lastIntent;
  const last = lastId ? ctx.kb.intents.get(lastId) : undefined;
  // "What does 注销 mean?" about a word of the last answer, when nothing else is read in it: that answer again.
  const term = last && !c.slots.prompts?.length ? termAsked(c.normalized) : undefined;
  if (last && term && answerSays(last, term) && (c.intent === 'fallback' || c.intent === last.id)) {
    return inContext(ctx, last.id, c, lang);
  }
  // "是提交核验的时候出现的,不是重发" after one "record not found" twin: the other twin, if that is the step named.
  const twin = last && TWINS.has(last.id) && !c.slots.prompts?.length ? twinOfStep(dropNegatedClause(c.normalized)) : undefined;
  if (twin && twin !== last?.id && (c.intent === 'fallback' || TWINS.has(c.intent) || c.confidence < ROUTER_SURE)) return inContext(ctx, twin, c, lang);
  // "你确定是5次吗?" / "are you sure he doesn't need to?": the last answer again, when nothing new is named.
  const challengeable = last && doubtsLastAnswer(c.normalized) && !c.slots.prompts?.length && !(c.slots.scenario || c.slots.scope);
  if (last && challengeable && (c.intent === 'fallback' || c.intent === last.id || c.confidence < ROUTER_SURE || (last.id === WHO && c.intent === ROLES))) {
    if (last.id !== WHO) return inContext(ctx, last.id, c, lang);
    if (prev?.whoVerifies) return whoVerifiesAgain(ctx, state, c, prev.whoVerifies, lang);
  }
  const read = c.slots.prompts?.length ? undefined : contextualFollowUp(c.normalized);
  // (A case confirmed on the way to a question of its own is that question: "核对过都没问题,那审核进度去哪里看?".)
  const said = read?.confirmed && asksAfterCase(c.normalized) && asksItsOwn(c, last, read.kind) ? undefined : read;
  const short = followUpKind(c.normalized);
  const follow = ((): FollowUp | undefined => {
    if (back) return back.kind;
    // "那域名实名认证要多久": a "how long" about another product is not about the last answer.
    if (c.slots.prompts?.length || c.evidence.some((e) => e.matcher === 'scope')) return undefined;
    // The user's own case ("and if everything I typed is right?") is read before the short forms ("and if …").
    if (said?.confirmed && last) return contextual(c, last.id, said);
    if (short && !asksItsOwn(c, last, short)) return short;
    return last ? contextual(c, last.id, said) : undefined;
  })();
  if (last && (follow === 'wait' || follow === 'next') && last[follow]) {
    const d = draft(last.id, CONTEXT_CONFIDENCE, c);
    d.parts.push(last[follow]![lang]);
    d.suggestions.push(...topicButtons(ctx.kb, last.related, lang, 3));
    return d;
  }
  // "?", "啥意思", "really?" alone: that answer again, whatever the router reads in the words.
  if (last && isBareReaction(c.normalized) && !c.slots.prompts?.length) return last.id === WHO && prev?.whoVerifies ? whoVerifiesAgain(ctx, state, c, prev.whoVerifies, lang) : inContext(ctx, last.id, c, lang);
  // "除了手机号还要填啥?" right after a form's steps: that form's fields, whichever form the router thinks of
  // (unless the other form is named: the code is only on the verification form, resending only on its own).
  if (last?.form && !c.slots.prompts?.length && FIELDS_ASKED.test(c.normalized) && (c.intent === 'fallback' || c.intent === last.id || ctx.kb.intents.get(c.intent)?.form)) {
    if (!namesOtherForm(last.form, c.normalized)) return inContext(ctx, last.id, c, lang);
  }
  // "ok then what do I do with it" after the sender number: the topic that comes next, unless the router is sure of another
  // or reads an SMS that did not come ("the Alibaba one came but not the MIIT code. What do I do?").
  const then = follow === 'next' && !last?.next ? last?.then : undefined;
  if (then && !c.slots.prompts?.length && c.intent !== 'faq.sms-not-received' && (c.intent === 'fallback' || c.intent === then || c.confidence < ROUTER_SURE)) {
    return inContext(ctx, then, c, lang);
  }
  // … and with nothing more asked ("回到刚才那个提示"), that prompt's answer again.
  if (back && last) {
    return inContext(ctx, last.id, c, lang);
  }
  // "这是成功了吗" right after a pasted prompt asks what that prompt means: its answer again. The router
  // would read "success" as the all-done prompt and tell someone still waiting for others they are through.
  if (last?.id.startsWith('msg.') && !c.slots.prompts?.length && asksOutcome(c.normalized)) {
    return inContext(ctx, last.id, c, lang);
  }
  const wv = prev?.whoVerifies;
  // "那另一个负责人呢,主体负责人要核验吗?" right after a who-verifies answer asks about the same row.
  const aboutRoles = c.intent === WHO || c.intent === ROLES;
  const unsure = c.intent === 'fallback' || c.intent === WHO || c.confidence < ROUTER_SURE;
  // "就一个人?" / "only one?" / "那网站负责人不用管吗?" right after it asks the same.
  // ("也就是说谁都不会收到验证码?" checks that answer in the user's words, whatever the router reads.)
  // ("主体负责人指的是谁?" asks what the role is.)
  const sameRow =
    ((aboutRoles || nothingElse(c) || restatesLastAnswer(c.normalized)) && WHO_CUE.test(c.normalized) && !WHO_IS_ROLE.test(c.normalized)) ||
    (c.intent === 'fallback' && asksHeadcount(c.normalized));
  if (wv && !hasTableSlot && sameRow && (situationSized(c) || isShort(c.normalized) || fewWords(c, SAME_ROW_MAX_WORDS)) && !c.slots.prompts?.length) {
    const d = draft(WHO, CONTEXT_CONFIDENCE, c);
    whoVerifies(ctx, d, state, wv, lang);
    return d;
  }
  // "另一个人过了24小时没弄会咋样", "is there a deadline for him?" right after the wait-for-others prompt: that
  // prompt's case (its answer covers the others' 24 hours), unless they are unreachable or the list is asked for.
  if (
    last?.id === WAIT_OTHERS && !c.slots.prompts?.length && !hasTableSlot && !WHO_CUE.test(c.normalized) && namesOtherVerifier(c.normalized) && (situationSized(c) || isShort(c.normalized)) &&
    !WHERE_TO_SEE.test(c.normalized) && c.intent !== UNAVAILABLE && c.intent !== CHECK && !c.intent.startsWith('chat.')
  ) {
    return inContext(ctx, WAIT_OTHERS, c, lang);
  }
  // "Where do I check that in the system?" right after who verifies: where the verifiers are listed.
  if (last?.id === WHO && WHERE_TO_SEE.test(c.normalized) && isShort(c.normalized) && c.intent !== CHECK && (c.intent === 'fallback' || c.confidence < ROUTER_SURE)) {
    return inContext(ctx, CHECK, c, lang);
  }
  // (Not right after an answer that branches on the scenario itself: "我们不是注销,是接入备案" after the unavailable number is its situation.)
  if (wv && hasTableSlot && !last?.by_scenario && (isShort(c.normalized) || situationSized(c) || fewWords(c, SAME_ROW_MAX_WORDS)) && !c.slots.prompts?.length && (follow === 'what-about' || unsure)) {
    const d = draft(WHO, CONTEXT_CONFIDENCE, c);
    const scenario = c.slots.scenario ?? wv.scenario;
    // A new scenario keeps the scope already given when it means the same there (App: first filing → new service);
    // 注销网站 is not "the website" of a first filing, so a cancellation asks again.
    const kept = !c.slots.scenario || c.slots.scenario === wv.scenario || sameScope(ctx.kb.whoVerifies, c.slots.scenario, wv.scope) ? wv.scope : undefined;
    // "如果同时也改了网站名称呢?" after 主体: both, when the table has a row for both.
    const both = c.slots.scope && kept && addsToLast(c.normalized) ? combinedScope(ctx.kb.whoVerifies, scenario, kept, c.slots.scope) : undefined;
    const scope = both ?? c.slots.scope ?? kept;
    whoVerifies(ctx, d, state, { scenario, scope }, lang);
    return d;
  }

  // The last answer again, for what only makes sense as more about it:
  // - "那现在订单会怎样?我要做什么" after an answer with no separate next part, when nothing else fits;
  //   "号码确认没错" (the user's own case) whatever the router thinks;
  // - "我们是在注销备案的时候遇到的", "I've waited 40 minutes": a situation and nothing else, which that
  //   answer branches on (the router reads a bare scenario as who-verifies only when nobody asked who).
  //   "还是不行", "那超过了怎么办", "what if we're cancelling?" when the router finds nothing else in them
  //   ("is there anything I need to do?" when it finds little); "那我重新填一次", "之前那个订单要撤回吗" likewise;
  // (A case confirmed after an answer with nothing for it, like the roles, is no more of that answer when the router is sure of another.)
  const forLast = last !== undefined && (last.id.startsWith('msg.') || last.wait !== undefined || last.next !== undefined || c.confidence < ROUTER_SURE);
  const ownCase = (said?.confirmed === true && forLast) || (last !== undefined && statesWait(c, last.id));
  const moreOfTheSame =
    ((follow === 'wait' || follow === 'next') && !last?.[follow] && (c.intent === 'fallback' || c.confidence < WEAK_READING || ownCase || promptWithoutPaste(c))) ||
    // (A prompt read without its paste is no new topic: "so I just do nothing?" is not "nothing pending".)
    ((nothingElse(c) || promptWithoutPaste(c)) && isVagueFollowUp(c.normalized)) ||
    // "why can't we just reset the counter for him?" after the failure limit: a question nothing else was read in, nearest the topic under way.
    (last !== undefined && nothingElse(c) && (ASKS.test(c.normalized) || ASKS_IF.test(c.normalized)) && c.runnersUp[0]?.intent === last.id && c.runnersUp[0].score >= NEAREST_IS_LAST) ||
    // "after 5 times what happens exactly" when the router can only guess: what follows in the last answer.
    (c.confidence < WEAK_READING && asksConsequence(c.normalized)) ||
    // "so update the number first, then verify?": the last answer put back in the user's words, to check it.
    (restatesLastAnswer(c.normalized) && isShort(c.normalized) && !WHO_CUE.test(c.normalized) && (nothingElse(c) || c.confidence < ROUTER_SURE)) ||
    (redoesLastCase(c.normalized) && !WHO_CUE.test(c.normalized) && (nothingElse(c) || (c.intent !== 'fallback' && c.confidence < ROUTER_SURE))) ||
    // "我刚才填的手机号好像少了一位", said not asked: the prompt's branch for wrong details.
    (last?.id.startsWith('msg.') === true && saysDetailsWrong(c.normalized) && !ASKS_IF.test(c.normalized) && !HOW_MANY.test(c.normalized) && c.slots.failures === undefined && situationSized(c) && !c.slots.prompts?.length);
  // (A scenario asked about with verification named, "does cancelling access need any verification?", is a who-verifies question.)
  const bareScenario = c.intent === 'fallback' || (c.intent === WHO && !WHO_CUE.test(c.normalized) && !VERIFY_WORD.test(c.normalized));
  // "Sorry, can you explain in English?" — the same answer, in the language asked for.
  const sameInOtherLanguage = asksOtherLanguage(c.normalized) && (c.intent === 'fallback' || c.intent === last?.id);
  // (Not when the router read a question out of scope: "备案号怎么放到网站底部" names a website, not a situation.)
  const situation =
    // (A statement may sit near an out-of-scope example, "我们不是注销,是变更备案" near "变更备案怎么操作"; a question may not.)
    (bareScenario && hasSituation(c) && situationSized(c) && (c.intent !== 'fallback' || (!outOfScope(c) && !ASKS.test(c.normalized)))) ||
    // "If it were a cancellation instead, what would he do?": the last answer, in another scenario it branches on.
    (follow === 'what-about' && hasSituation(c) && nothingElse(c));
  // (The roles answer says the filing type decides: a scenario named after it asks who verifies in it.)
  // (Never when the user says that answer missed the point: "不是这个意思,我是问…".)
  if (last?.id === WHO && wv && sameInOtherLanguage) return whoVerifiesAgain(ctx, state, c, wv, lang);
  if (last && last.id !== WHO && !isRephrasing(c.normalized) && (moreOfTheSame || (situation && last.id !== ROLES) || sameInOtherLanguage)) {
    return inContext(ctx, last.id, c, lang);
  }

  if ((c.slots.prompts?.length ?? 0) >= 2) {
    const d = draft(c.slots.prompts![0]!, c.confidence, c);
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
  const text = fix !== undefined && before?.lastText ? applyCorrection(before.lastText, fix) : (chosenOption(ctx.kb, before, message.text, ctx.defaultLang) ?? message.text);
  const c = ctx.router.classify(text);
  // "B客户是App备案,谁核验?": another filing than the one talked about; its Table C row starts afresh.
  const prev = before && namesOtherCase(c.normalized) ? { ...before, scenario: undefined, whoVerifies: undefined, pending: undefined, parked: undefined } : before;
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
    ...(prev?.prompt ? { prompt: prev.prompt } : {}),
    ...(text.length <= LAST_TEXT_MAX ? { lastText: redactPii(text) } : {}),
  };
  const d = decide(ctx, prev, state, c, lang);
  // A Table C question the user stepped away from is kept for one more turn ("对了,短信是哪个号码发的?" … "回到刚才的问题,我是接入备案").
  if (prev?.pending && !state.pending && d.intent !== WHO) state.parked = prev.pending;
  if (d.flags.pii) d.parts.unshift(phrase(ctx.kb, 'pii-warning', lang));
  if (d.intent.startsWith('msg.') || d.intent.startsWith('faq.')) state.lastIntent = d.intent;
  if (d.intent.startsWith('msg.')) state.prompt = d.intent;
  return { reply: finish(d, lang), next: state, clicked: ctx.titles.get(c.normalized) };
}
