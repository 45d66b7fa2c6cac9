/**
 * Text normalisation: a chain of one-job functions that turn whatever people
 * paste into one comparable form. Pure; the Traditional → Simplified table is
 * opencc-js's own character dictionary, folded into a Map once at import.
 *
 * @example
 *   normalizeText('「尊敬的ICP用戶：您的簡訊核驗失敗」😭')  // '您的简讯核验失败'
 */
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';

/** Longest input the router reads; the rest of a huge paste cannot change the topic. */
export const MAX_INPUT_CHARS = 4000;

function parsePairs(dict: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of dict.split('|')) {
    const [from, to] = pair.split(' ');
    if (from && to && !map.has(from)) map.set(from, to);
  }
  return map;
}

const TO_SIMPLIFIED = (() => {
  const ts = parsePairs(tsCharacters);
  const variants = [parsePairs(twVariantsRev), parsePairs(hkVariantsRev)];
  const out = new Map<string, string>(ts);
  // Regional variants (裡, 啟) first become OpenCC's standard form, then simplified.
  for (const v of variants) {
    for (const [from, standard] of v) {
      const simplified = ts.get(standard);
      if (simplified && !out.has(from)) out.set(from, simplified);
    }
  }
  return out;
})();

/** Cuts to {@link MAX_INPUT_CHARS} and drops lone surrogates and control characters. */
export function sanitize(text: string): string {
  const cut = text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text;
  return cut
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g, ' ');
}

/** Unicode NFKC: full-width letters, digits and ASCII punctuation become half-width. */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}

/** Traditional (including Taiwan and Hong Kong variants) → Simplified, character by character. */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += TO_SIMPLIFIED.get(ch) ?? ch;
  return out;
}

/** Emoji, pictographs, dingbats and box-drawing decoration become spaces. */
export function stripDecoration(text: string): string {
  return text.replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3\u2500-\u27BF\u2B00-\u2BFF★☆※→←↑↓]/gu, ' ');
}

/** Chinese and odd punctuation → one ASCII form, so `：` `:` and `︰` compare equal. */
export function unifyPunctuation(text: string): string {
  return text
    .replace(/[。｡]/g, '.')
    .replace(/[、]/g, ',')
    .replace(/[“”„‟«»「」『』〈〉《》【】〔〕〖〗"`´]/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[～〜]/g, '~')
    .replace(/[—–－]/g, '-')
    .replace(/…+/g, '...');
}

/** The salutation every MIIT prompt starts with carries no meaning. */
export function stripSalutation(text: string): string {
  return text.replace(/尊敬的\s*icp\s*用户\s*[:,]?/g, ' ').replace(/dear\s+icp\s+user\s*[:,]?/g, ' ');
}

/** "Dear Support Team,": an e-mail's greeting line, pasted into the chat. */
const LETTER_OPENING = /^\s*dear\s+[^,.:!?]{1,30}[,.:!]\s*/;
/** ". Regards, Sanjay" / "? Many thanks, Claire (Office Manager)": its sign-off, after the last sentence. */
const LETTER_CLOSING =
  /([.!?])\s*(?:(?:best|kind|warm|warmest)\s+regards|regards|best wishes|best|many thanks|thanks (?:&|and) regards|thanks in advance|thank you in advance|(?:yours )?sincerely|yours faithfully|yours truly|cheers|thanks|thank you)(?:\s*[,.]\s*[a-z][a-z .'()-]{0,40})?\s*$/;

/**
 * An e-mail pasted as a chat message is its question: the "Dear …," line and
 * the sign-off are dropped (only when the message opens like a letter, and
 * only if enough is left).
 */
export function stripLetter(text: string): string {
  const open = LETTER_OPENING.exec(text);
  if (!open) return text;
  const body = text.slice(open[0].length).replace(LETTER_CLOSING, '$1').trim();
  return body.length >= 8 ? body : text;
}

/** "@备案助手 " / "@ICP bot ": the group-chat mentions a message opens with (a name, and a "bot" word after it). */
const LEADING_MENTIONS = /^(?:@[^\s@,.:!?]+(?:\s+(?:bot|robot|assistant|helper|助手|机器人|小助手))?(?:\s+|[,:]\s*))+/;

/**
 * "…然后呢 @客服 深圳市某某公司", "thanks @support-bot": the support account mentioned later in the message, on its
 * own between spaces, is who is addressed, not a person asked for. (A person mentioned, "请 @张三 核验一下", is
 * part of what is said; an e-mail address has no space before its @.)
 */
const SERVICE_MENTIONS = /(?<=\s)@[^\s@,.:!?]{0,12}(?:客服|助手|机器人|bot|support|helpdesk|service)[^\s@,.:!?]{0,8}(?=\s|$)/g;

/** Drops a group chat's mentions (those it opens with, and the support account's later on), unless nothing would be left. */
export function stripMentions(text: string): string {
  const rest = text.replace(LEADING_MENTIONS, '').replace(SERVICE_MENTIONS, '').replace(/\s{2,}/g, ' ').trim();
  return rest ? rest : text;
}

/** Line breaks, tabs and runs of spaces → one space; trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "没 收 到 短 信 怎 么 办": Chinese typed with a space after every character, put back together (three or more in a row). */
export function joinSpacedHan(text: string): string {
  return text.replace(/(?:\p{Script=Han} ){2,}\p{Script=Han}/gu, (run) => run.replace(/ /g, ''));
}

/** "fail 5x in a row", "resent 2x": a count written with an x, spelled out (an ID ending in X has more digits before it). */
export function spellTimes(text: string): string {
  return text.replace(/(?<![\w.])(\d{1,2})x(?=[\s,.!?;)]|$)/g, '$1 times');
}

/**
 * The full chain the router runs on every message: sanitise, NFKC, Simplified,
 * lower case, decoration and salutation removed, punctuation unified, "5x" spelled out, spaces collapsed (and
 * taken out of Chinese typed with a space after every character),
 * an e-mail's greeting and sign-off and a group chat's leading mentions dropped.
 */
export function normalizeText(raw: string): string {
  let t = sanitize(raw);
  t = foldWidth(t);
  t = toSimplified(t);
  t = t.toLowerCase();
  t = stripDecoration(t);
  t = unifyPunctuation(t);
  t = stripSalutation(t);
  return stripLetter(stripMentions(joinSpacedHan(collapseWhitespace(spellTimes(t)))));
}

/** Only letters, digits and CJK: what prompt alignment compares. */
export function compact(normalized: string): string {
  return normalized.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True for a CJK ideograph. */
export function isCjk(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}
