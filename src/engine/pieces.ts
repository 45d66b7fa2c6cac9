/**
 * How a message arrives in a chat app, read before what it says: cut off
 * before its point and sent in pieces ("the verify page says" … "record not
 * found"), or as a quote-reply to the last answer ("> 核验短信仅支持重发2次\n是总共
 * 只能重发2次吗"). Pure.
 *
 * @example
 *   isCutOff('重发短信的时候提示')                             // true: the rest is still to come
 *   replyAfterQuote('> 核验短信仅支持重发2次\n是总共只能重发2次吗')  // '是总共只能重发2次吗'
 */
import { QUESTION } from '../core/signals.ts';
import { isBareReaction } from './followups.ts';

/**
 * A message cut off before its point ("the verify page says", "重发短信的时候提示", "who has to do the"):
 * sent in pieces from a phone, the rest is still coming. Bare reactions ("and?", "然后呢") are not cut off.
 */
const CUT_OFF_EN = /(?:^|\s)(?:the|a|an|my|our|your|and|but|or|because|says|said|reads|displays|displayed|popped up|typed|entered|when|if|(?:can i|do i|could i|to) see|got this)$/;
/** (Not "还是没显示", "不提示": a status said.) */
const CUT_OFF_ZH = /(?:(?<![没不未个条])(?:提示|显示|弹出)|写着|(?<![都也还就不])是|的时候|之后|以后|完后|了后|(?<![最然])后|刚才|刚刚|就是|然后|但是|可是|而且|因为|如果)$/;
/** Whole answers that end the same way: "是", "不是…", "是输入验证码的时候". */
const WHOLE_SHORT = /^(?:是|不是|就是|我是|也是|还是|然后|以后)$|^不是|^是[^,]*的时候$/;
/** Beside signals' QUESTION, what also asks already: colloquial question words, A-or-B, A-not-A (能不能, 是不是). */
const ASKS_ALREADY = /么|啥|多长|多少|怎|咋|如何|还是|(.)不\1/;
const CUT_OFF_MAX_CHARS = 24;
const CUT_OFF_MAX_WORDS = 8;

export function isCutOff(normalized: string): boolean {
  const text = normalized.trim();
  if (!text || isBareReaction(text) || WHOLE_SHORT.test(text)) return false;
  // "the page says:" / "我的问题是:": a colon at the end leaves the point to come.
  const colon = /:$/.test(text);
  const bare = text.replace(/[\s,:;~.…-]+$/g, '');
  if (!bare || /[!?]$/.test(bare)) return false;
  // "time limit? from when": a question already asked, the rest a rider.
  if (/[a-z]/.test(bare) && !/[\u3400-\u9fff]/.test(bare)) return !bare.includes('?') && bare.split(/\s+/).length <= CUT_OFF_MAX_WORDS && (colon || CUT_OFF_EN.test(bare));
  if (bare.length > CUT_OFF_MAX_CHARS || QUESTION.test(bare) || ASKS_ALREADY.test(bare)) return false;
  return colon || CUT_OFF_ZH.test(bare);
}

/**
 * A prompt pasted up to the words several prompts share ("提交核验后弹出来 尊敬的ICP用户:您的短信核验", "Dear ICP user: your SMS
 * verification"): which prompt it is has not been said yet. (The salutation is gone by now: normalising drops it.)
 */
const PROMPT_HEAD = /您的短信核验[:,]?$|\byour sms verification[:,]?$/;

export function endsAtPromptHead(normalized: string): boolean {
  return PROMPT_HEAD.test(normalized.trim().replace(/[\s.…~-]+$/g, ''));
}

/** A quoted line that names who said it ("> Sophie: …", "> 原话(同事): …"). */
const QUOTED_SPEAKER = /^\s*[>＞]\s*[^:：\n]{1,20}[:：]/;

/**
 * A chat app's quote-reply: "> 核验短信仅支持重发2次\n是总共只能重发2次吗", "> 短信核验页签 — where is that tab?".
 * The words after the quote are the message; undefined when nothing but a quote is there.
 */
export function replyAfterQuote(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  // ("> 张三: 核验人员名单在哪个页面\n回复: @备案助手 同问": a colleague's question quoted, to be answered, is the message.)
  if (!/^\s*[>＞]/.test(lines[0] ?? '') || QUOTED_SPEAKER.test(lines[0]!)) return undefined;
  const rest = lines.filter((l) => !/^\s*[>＞]/.test(l)).join('\n').trim();
  if (rest) return rest;
  // One line: "> quoted line — the question".
  const dash = /^\s*[>＞][^\n]*?\s[—–]+\s*(.+)$/.exec(lines[0]!);
  return lines.length === 1 && dash ? dash[1]!.trim() : undefined;
}
