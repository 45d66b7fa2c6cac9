/**
 * Questions about a detail of the last answer: a figure of it referred back to with what follows asked
 * ("what happens after the 24 hours then?" after the failure limit), or two of its options weighed
 * ("5次是累计的还是连续的?", "per person or per filing?"), or the meaning of one of its words ("重新提交是什么意思").
 * Pure; the dialog's context rules call them.
 *
 * @example
 *   figureReferred(normalizeText('what happens after the 24 hours then?'))  // '24'
 *   asksDetailOf(normalizeText('per person or per filing?'), () => false)  // true
 */
import { CONSEQUENCE, fits, VAGUE_MAX, VAGUE_MAX_WORDS } from './followups.ts';

/** "what happens after the 24 hours then?", "那5次以后呢": a figure of an answer referred back to, with what follows asked. */
const FIGURE_REFERRED = /\b(?:the|those|these) (\d+) ?(?:hours?|h|times?|minutes?|mins?|failures?|resends?)\b|(?:这|那)(?:个)?(\d+) ?(?:个)?(?:小时|次|分钟)/;
/** "…后他要干啥": what to do then, asked. */
const WHAT_THEN = /(?:要|该|得)(?:干|做)(?:啥|什么|嘛)|\bwhat (?:do|should|does) (?:i|we|he|she|they) do\b/;
const AFTER_IT = /以后|之后|后(?:呢|会|怎)|(?:退回|到期|过期|结束|超时)后|\bafter\b|\bthen\b|过了/;

/** The figure referred back to ("24"), when the message asks what follows it; undefined otherwise. */
export function figureReferred(normalized: string): string | undefined {
  const m = FIGURE_REFERRED.exec(normalized);
  return m && fits(normalized, VAGUE_MAX, VAGUE_MAX_WORDS) && AFTER_IT.test(normalized) && (CONSEQUENCE.test(normalized) || WHAT_THEN.test(normalized) || /呢[?]?$/.test(normalized)) ? (m[1] ?? m[2]) : undefined;
}

/** Two options of the last answer weighed: "是累计的还是连续的", "per person or per filing?", "both principals or just me?". */
const POINTS_BACK = /(?:是|算)[^,.?!]{1,8}还是|\bper \w+ or per \w+\b|\bor just (?:me|us|him|her|one)\b/;
const ASKS_DETAIL = /[?]|吗|呢|还是|\b(?:does|do|is|are|can|will|which|what|how|who|whose|when|per)\b/;

/**
 * A detail of the last answer asked: a question that weighs two of its options or names one of its figures with
 * its unit ("5次是累计的还是连续的?" after "5 consecutive failures"). `says` tells whether the last answer has a figure.
 */
export function asksDetailOf(normalized: string, says: (figure: string) => boolean): boolean {
  if (!ASKS_DETAIL.test(normalized)) return false;
  if (POINTS_BACK.test(normalized)) return true;
  // (A figure with its unit: the list numbers of an answer are no figures.)
  const figures = [...normalized.matchAll(/(\d+)\s?(?:个)?(?:次|小时|分钟|位|天|times?\b|hours?\b|h\b|minutes?\b|mins?\b|digits?\b|days?\b)/g)].map((m) => m[1]!);
  return figures.some((f) => says(f));
}

/**
 * "What does 注销 mean?", "sorry, what is 'resubmit' that you mentioned?", "重新提交是什么意思": the
 * word whose meaning is asked, or undefined.
 */
const MEANING =
  /what do you mean by ['"‘“]?([^?.,!]{1,30}?)['"’”]?(?=[?.,!]|$)|what (?:does|do) (?!you\b)['"‘“]?([^?!,]{1,30}?)['"’”]? (?:mean|stand for)\b|what(?:'s| is) (?:a |an |the |this )?['"‘“]?([^?.,!]{1,30}?)['"’”]?,? (?:that |which )?(?:you (?:mentioned|said|wrote)|you just said)|([^,.?!\s'"‘“’”]{2,12}?)['"’”]?\s?(?:又|到底)?(?:是什么意思|是啥意思|什么意思|啥意思|指的是什么|是指什么)/;

export function termAsked(normalized: string): string | undefined {
  const m = MEANING.exec(normalized);
  const term = m?.slice(1).find((g) => g !== undefined)?.trim().replace(/^(?:the|a|an|this) /, '');
  return term && term.length >= 2 && !/^(?:这|那|它|it\b|that\b|this\b)/.test(term) ? term : undefined;
}
