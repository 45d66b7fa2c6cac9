/**
 * How the router's reading of a message relates to the conversation so far:
 * whether it is sized like a situation rather than a question, whether the
 * router found nothing (or something out of scope), whether a follow-up is
 * about the last answer or a question of its own. Pure; used by the dialog.
 *
 * @example
 *   nothingElse(router.classify('还是不行'))      // true: only the last answer gives it a meaning
 *   situationSized(router.classify('我们是在注销备案的时候遇到的'))  // true
 */
import { dropNegatedClause, SMS_WORD, STATUS_UNCHANGED, STILL_NOT_RECEIVED, WHERE_TO_SEE } from '../core/signals.ts';
import type { Classification } from '../core/types.ts';
import type { Intent } from '../kb/index.ts';
import { isBareReaction, type ContextualFollowUp, type FollowUp } from './followups.ts';

/** How sure the router must be for its own reading to beat what the conversation suggests. */
export const ROUTER_SURE = 0.9;

/** Longest message read as the situation of the last answer ("我们是在注销备案的时候遇到的"); in English, in words. */
const SITUATION_MAX = 24;
const SITUATION_MAX_WORDS = 8;

/** "等下我搞错了,", "sorry, I meant", "Correction, sorry —", "哦等等,其实": a correction's preamble, which says nothing of the situation. */
const CORRECTION = /^(?:(?:哦|噢|啊|呃|oh|ah|um|uh)[\s,.!]*)?(?:(?:等下|等等|等一下|不好意思|抱歉|sorry|oops|wait|hmm|correction)[\s,.!:—-]*)*(?:我)?(?:(?:搞错了|说错了|弄错了|写错了|错了|不对|my (?:bad|mistake)|i meant|其实|actually)[\s,.!:—-]*)?/;

/** Short enough to be a situation rather than a question of its own; a denied half ("…, not a new one") or a correction's preamble does not count. */
export const situationSized = (c: Classification): boolean => {
  const said = dropNegatedClause(c.normalized).replace(CORRECTION, '');
  return said.length <= SITUATION_MAX || (c.lang === 'en' && said.split(/\s+/).length <= SITUATION_MAX_WORDS);
};

/** A yes/no question ("再输错是不是就废了?"), not a statement of the user's case. */
export const ASKS_IF = /[?]|吗|是不是|会不会|能不能|要不要|\b(will|would|does|do|is|are|can|could|should)\b/;

/** A question of its own: a situation is stated, not asked ("备案号要挂在网站哪里" asks something else). */
export const ASKS = /哪|怎么|什么|如何|\b(where|how|what|which)\b/;

/** How close to a known out-of-scope question a fallback may be and still be read as vague rather than out of scope. */
const VAGUE_OUT_OF_SCOPE = 0.3;

/** The router placed the message out of scope on evidence of its own (another product, close to an out-of-scope example). */
export const outOfScope = (c: Classification): boolean => c.evidence.some((e) => e.matcher === 'scope');

/** The router found nothing, and nothing out of scope either: the words only make sense after the last answer. */
export const nothingElse = (c: Classification): boolean =>
  c.intent === 'fallback' &&
  !c.evidence.some((e) => e.matcher === 'scope' || (e.matcher === 'ngram' && e.intent === 'fallback' && e.score >= VAGUE_OUT_OF_SCOPE));


/** A count and nothing else: "3 times so far", "2次了", "我已经第四次了", "不对 我数了下是4次了" (a count corrected). */
const COUNT_ONLY = /^(?:(?:不对|不是|错了|sorry|oops|actually)[,\s]*)?(?:我|我们|他|她)?(?:数了(?:一)?下|算了(?:一)?下)?[,\s]*(?:已经|都|这是|是)?(?:第)?(\d+|[一二两三四五六七八九十])\s*(次|回|遍|times?)\s*(了|啦|so far|already|now)?$/;

/** The message states a filing scenario, a wait, failures, resends or a bare count. */
export const hasSituation = (c: Classification): boolean =>
  Boolean(c.slots.scenario || c.slots.scope) ||
  c.slots.waitedMinutes !== undefined ||
  c.slots.failures !== undefined ||
  c.slots.resends !== undefined ||
  COUNT_ONLY.test(c.normalized.replace(/[?!.,~]+$/g, '').trim());

/** A reading of a system prompt when none was pasted ("那之后要重新提交备案吗" is not the failure prompt). */
export const promptWithoutPaste = (c: Classification): boolean => c.intent.startsWith('msg.') && !c.slots.prompts?.length;

/**
 * A longer follow-up ("我已经提交备案了,那要等多久"), unless the router reads the
 * whole message as another topic with evidence of its own: a confident intent
 * other than the last one, that is not a prompt's answer matched without the
 * prompt being pasted. "The details are all correct" always answers the last
 * topic: it replies to that answer's own "if the details are right" branch.
 */
export function contextual(c: Classification, lastId: string, follow: ContextualFollowUp | undefined): 'wait' | 'next' | undefined {
  // "已经等了2个小时了还是没有" after a prompt: the wait it asked for, not a missing SMS (which would name the SMS).
  // (Not when the router reads a question of its own there, "阿里云那边怎么还显示待核验?都过半小时了" is the sync
  // delay; a missing SMS is the one reading this rule overrules.)
  const ownQuestion = c.intent !== lastId && c.intent !== 'fallback' && c.intent !== 'faq.sms-not-received' && c.confidence >= ROUTER_SURE;
  if (statesWait(c, lastId) && !ownQuestion) return 'wait';
  if (!follow) return undefined;
  if (follow.confirmed) return follow.kind;
  const confidentElsewhere = c.intent !== lastId && c.intent !== 'fallback' && c.confidence >= ROUTER_SURE && !promptWithoutPaste(c);
  return confidentElsewhere ? undefined : follow.kind;
}

/** How sure the router must be of another question for it to beat a short "how long" / "what next". */
const OWN_QUESTION = 0.98;
/** …and of a question that asks where to look ("去哪看结果") or when it shows somewhere ("多久能在阿里云系统里看到状态更新"): no wait or next step answers that. */
const OWN_PLACE_QUESTION = 0.75;
/** When something shows up in a place: "在阿里云备案系统里看到", "show up in the console". */
const SHOWN_IN = /(在|到)[^,.?!]{1,12}(看到|显示)|\b(show|shows|showing) up in\b|\b(appear|appears|be visible) in\b/;

/**
 * A short message that names a question of its own in so many words ("收到新短信后多久内要验证"
 * is the deadline, whatever the last answer was): a question, not more of the last answer.
 */
export const asksItsOwn = (c: Classification, last: Intent | undefined, kind: FollowUp | undefined): boolean =>
  last !== undefined &&
  c.intent !== last.id &&
  c.intent.startsWith('faq.') &&
  c.confidence >= (WHERE_TO_SEE.test(c.normalized) || SHOWN_IN.test(c.normalized) ? OWN_PLACE_QUESTION : OWN_QUESTION) &&
  c.evidence.some((e) => (e.matcher === 'keyword' || e.matcher === 'slots') && e.intent === c.intent && !partTalksOf(last, kind, e.detail));

/** Whether the last answer's wait part names `word` itself ("How long for it to sync?" after a wait that is a sync). */
function partTalksOf(last: Intent, kind: FollowUp | undefined, word: string): boolean {
  const part = kind === 'wait' ? last.wait : undefined;
  return part !== undefined && (part.zh.toLowerCase().includes(word) || part.en.toLowerCase().includes(word));
}

/**
 * "已经过了3个小时了" after a prompt or a question about waiting: a wait the user lived
 * through, and nothing else (a missing SMS would name the SMS).
 */
/** A wait told in English words takes a few more ("and now it's been about two and a half hours"). */
const WAIT_MAX_WORDS = 12;

export const statesWait = (c: Classification, lastId: string): boolean =>
  c.slots.waitedMinutes !== undefined &&
  !closesWithThanks(c) &&
  c.intent !== 'chat.handoff' &&
  !STATUS_UNCHANGED.test(c.normalized) &&
  (lastId.startsWith('msg.') || WAITING_TOPICS.has(lastId)) &&
  (situationSized(c) || fewWords(c, WAIT_MAX_WORDS)) &&
  !SMS_WORD.test(c.normalized) &&
  !STILL_NOT_RECEIVED.test(c.normalized) &&
  !c.slots.scenario;

/** "好吧,那我等两个小时再看,谢谢": the router read thanks that close the conversation, whatever wait they mention. */
export const closesWithThanks = (c: Classification): boolean => c.intent === 'chat.thanks' && c.evidence.some((e) => e.matcher === 'signals' && e.intent === 'chat.thanks');

/** Questions whose answer is "wait this long": a stated wait after them is their situation. */
const WAITING_TOPICS = new Set(['faq.sync-delay', 'faq.sms-not-received', 'faq.progress']);

/** Longest English question about the Table C row just answered ("so my colleague who's the website principal doesn't need to do anything?"). */
export const SAME_ROW_MAX_WORDS = 14;
export const fewWords = (c: Classification, max: number): boolean => c.lang === 'en' && c.normalized.split(/\s+/).length <= max;

/** Below this the router's reading of a "what next" / "how long" is a guess: the last answer is a better one. */
export const WEAK_READING = 0.4;

/** A follow-up that only makes sense after an answer: "what now", "is this ok?" (besides the bare reactions). */
const LONE_FOLLOW_UP = /^(?:what now|now what|then what|so what now|is (?:this|that|it) (?:ok|okay|normal|right|fine))[?!.\s]*$/;

/**
 * "然后呢", "啥意思", "where?", "what now" with no answer before them: they follow nothing, and the router's
 * reading of so few words (with no keyword, slot or prompt of its own) is a guess.
 */
export function followsNothing(c: Classification): boolean {
  if (c.intent === 'fallback' || c.intent.startsWith('chat.') || c.slots.prompts?.length) return false;
  if (!isBareReaction(c.normalized) && !LONE_FOLLOW_UP.test(c.normalized)) return false;
  return c.evidence.every((e) => e.matcher === 'ngram');
}
