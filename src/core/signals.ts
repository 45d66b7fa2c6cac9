/**
 * Small signals the router adds to the n-gram scores: polite openers and
 * small talk that must not win a real question, quoted system messages, and
 * slots that name the topic (a Table C scenario asked about "who", failures
 * counted). Pure helpers over normalised text.
 *
 * @example
 *   stripOpeners('您好,请问在哪里查看核验人员')  // '在哪里查看核验人员'
 *   quotedSpans('it said "SMS verification failed, please verify again"')  // ['SMS verification failed, please verify again']
 */
import type { Evidence } from './types.ts';

export const SMALL_TALK = ['chat.greeting', 'chat.thanks'];
export const SLOT_BOOST = 0.2;
/** Asking who has to do it, or whether a role has to. */
export const WHO_CUE = /谁|哪些人|哪个人|哪几个人|什么人|需要.{0,8}(核验|验证)吗|要.{0,8}(核验|验证)吗|是.{0,10}(核验|验证)吗|都(得|要|需要)(核验|验证|验)|负责人(来)?验还是|还是.{0,8}负责人(来)?(验|核验)|\bwho\b|which (person|people|principal)|need(s)? to verify|has to verify|must verify/;
/** Wrong entries, in so many words. */
export const FAILURE_CUE = /错|失败|不对|fail|wrong|incorrect|mistake|messed up|mistyped/;

/** A quoted span must look this much like a prompt's examples to count. */
export const QUOTE_MIN = 0.45;
const DOUBLE_QUOTED = /["“”「」『』`]([^"“”「」『』`\n]{12,300})["“”「」『』`]/g;
/** Single quotes only at word edges, so "didn't … it's" is not a quotation. */
const SINGLE_QUOTED = /(?:^|[\s:：,，(（])['‘]([^'‘’\n]{12,300})['’](?=$|[\s.,!?;:)）。，])/g;

/** Spans of the raw message between quote marks, long enough to be a pasted message. */
export function quotedSpans(raw: string): string[] {
  const text = raw.slice(0, 4000);
  return [...text.matchAll(DOUBLE_QUOTED), ...text.matchAll(SINGLE_QUOTED)].map((m) => m[1]!).filter((q) => /\p{L}{2}/u.test(q));
}

export function boost(raw: Map<string, number>, evidence: Evidence[], intent: string, why: string, by = SLOT_BOOST): void {
  raw.set(intent, (raw.get(intent) ?? 0) + by);
  evidence.push({ matcher: 'slots', intent, detail: why, score: by });
}

/** More than a greeting's worth of words. */
export function isLong(normalized: string): boolean {
  const rest = stripOpeners(normalized);
  return (rest.match(/[\u3400-\u9fff]/g) ?? []).length > 10 || (rest.match(/[a-z]{2,}/g) ?? []).length > 5;
}

const OPENER = /^(?:您好|你好|早上好|下午好|晚上好|早安|哈喽|嗨|hi|hello|hey|hey there|good (?:morning|afternoon|evening)|dear|在吗|在不在|请问一下|请问|打扰一下|打扰了|麻烦问一下|麻烦问下|想问一下|问一下|excuse me)(?![a-z])[\s,.!~:?]*/;

/** A question in so many words: a question mark, 吗/呢/怎么/什么…, or an English question word. */
const QUESTION = /[?？]|吗|呢|怎么|什么|哪|谁|几|多久|是否|能否|可以.{0,8}(吗|么)|\b(how|what|where|when|who|which|why|can|could|should|is|are|do|does)\b/;

/**
 * "您好,我单位现就短信核验事宜进行咨询。" / "Good afternoon, I'd like some assistance":
 * a greeting followed by context but no question yet. Answered as a greeting
 * (asking what the problem is) rather than as "I did not understand".
 */
export function isGreetingWithContext(normalized: string): boolean {
  return OPENER.test(normalized) && !QUESTION.test(normalized.replace(OPENER, ''));
}

/** "好的,我先检查下备案资料,谢谢": thanks closing a remark, with no question in it. */
export function isThanksWithContext(normalized: string): boolean {
  return /(谢谢|感谢|多谢|谢啦|(?:^|[^a-z])(?:thanks|thank you|thx|ty))[\s!.~啦了哈呀!]*$/.test(normalized) && !QUESTION.test(normalized);
}

/**
 * "您好,请问在哪里查看核验人员?" is a question, not a greeting: polite openers
 * are dropped when enough of a message is left to be about something.
 */
export function stripOpeners(normalized: string): string {
  let rest = normalized;
  for (let m = OPENER.exec(rest); m && m[0].length > 0; m = OPENER.exec(rest)) rest = rest.slice(m[0].length);
  const cjk = (rest.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = (rest.match(/[a-z]{2,}/g) ?? []).length;
  return cjk >= 4 || words >= 3 ? rest : normalized;
}

/** "不是没收到短信,是收到了不知道怎么填": the clause after 不是 is what the message is NOT about. */
const NEGATED_CLAUSE = /(?:并)?不是([^,.!?;]{1,20}),\s*(?:而)?是/g;

/** Drops the denied half of a "不是 X,(而)是 Y" contrast, keeping Y. */
export function dropNegatedClause(normalized: string): string {
  return normalized.includes('不是') ? normalized.replace(NEGATED_CLAUSE, '') : normalized;
}
