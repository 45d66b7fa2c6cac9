/**
 * Recognises the short follow-ups that only make sense in context:
 * "那要等多久" / "how long", "然后呢" / "what next", "那如果是App呢" / "what
 * about the app". Pure; works on the router's normalised text.
 *
 * @example
 *   followUpKind('那要等多久?')  // 'wait'
 *   followUpKind('what next')     // 'next'
 */
import { segments } from '../core/features.ts';

export type FollowUp = 'wait' | 'next' | 'what-about';

const WAIT = /多久|多长时间|多少时间|几分钟|几个?小时|几天|要等|等多少|什么时候(能|会|才)|how long|how much time|how many (minutes|hours)|when will|when can|until when/;
const NEXT = /然后呢?|接下来|下一步|之后呢|之后怎么|再怎么|那怎么办|怎么办呢|what next|what now|next step|then what|and then|what should i do( now| next)?$|what do i do( now| next)?$|now what/;
const WHAT_ABOUT = /^(那|那么|如果|要是|假如|换成|改成|是)|呢$|^(what|how) about|^what if|^and (if|for|what)|^if (it|its|it's|i|we)|^(only|just) |instead$/;

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** A message short enough to be a follow-up rather than a new question. */
export function isShort(normalized: string): boolean {
  // Up to 12 UTF-16 units is at most 12 characters and 6 words: short without segmenting.
  if (normalized.length <= 12) return true;
  let cjk = 0;
  let words = 0;
  for (const seg of segments(normalized)) {
    if (seg.cjk) cjk += codePoints(seg.text);
    else words++;
  }
  return cjk <= 12 && words <= 10;
}

/** Which follow-up a short message is, if any. */
export function followUpKind(normalized: string): FollowUp | undefined {
  const t = normalized.replace(/[?!.,~\s]+$/g, '').trim();
  if (!isShort(t)) return undefined;
  if (WAIT.test(t)) return 'wait';
  if (NEXT.test(t)) return 'next';
  if (WHAT_ABOUT.test(t)) return 'what-about';
  return undefined;
}
