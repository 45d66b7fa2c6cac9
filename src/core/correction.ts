/**
 * Typo corrections sent as a message of their own, the way people fix a chat
 * message on a phone: "验正码输错了好几次" then "*验证码"; "i entred the code wrong"
 * then "*entered". Pure: the engine passes the previous message in.
 *
 * @example
 *   const fix = correctionOf('*验证码');            // '验证码'
 *   applyCorrection('验正码输错了好几次', fix!);     // '验证码输错了好几次'
 */
import { editDistance } from './matchers/fuzzy.ts';

/** "*验证码", "验证码*", "* entered": one short correction, starred. */
const STARRED = /^\*\s*([^*\s][^*]{0,23}?)\s*$|^([^*\s][^*]{0,23}?)\s*\*$/;

/** The correction a message makes, or undefined when it is not one. */
export function correctionOf(text: string): string | undefined {
  const m = STARRED.exec(text.trim());
  const fix = (m?.[1] ?? m?.[2])?.trim();
  return fix && /[\p{L}\p{N}]/u.test(fix) ? fix : undefined;
}

const LATIN = /^[a-z0-9][a-z0-9' -]*$/i;
const CJK = /\p{Script=Han}/u;

/** `previous` with the part `fix` corrects replaced; `fix` appended when no part is close enough. */
export function applyCorrection(previous: string, fix: string): string {
  const replaced = LATIN.test(fix) ? replaceWord(previous, fix) : replaceSpan(previous, fix);
  return replaced ?? `${previous} ${fix}`;
}

/** The word spelled most like `fix` ("entred" for "entered", "ap" for "app"), replaced. */
function replaceWord(previous: string, fix: string): string | undefined {
  const target = fix.toLowerCase();
  const allowed = Math.max(1, Math.floor(target.length / 3));
  let best: { word: string; index: number; distance: number } | undefined;
  for (const m of previous.matchAll(/[A-Za-z][A-Za-z']*/g)) {
    const distance = editDistance(m[0].toLowerCase(), target);
    if (distance > 0 && distance <= allowed && (!best || distance < best.distance)) best = { word: m[0], index: m.index, distance };
  }
  return best && previous.slice(0, best.index) + fix + previous.slice(best.index + best.word.length);
}

/**
 * The run of characters most like `fix`, same length ("验正码" for "验证码", "服物" for "服务"),
 * replaced; a character typed as pinyin ("几ci" for "几次") is the last Latin word of a Chinese message.
 */
function replaceSpan(previous: string, fix: string): string | undefined {
  const chars = [...previous];
  const want = [...fix];
  const allowed = Math.max(1, Math.floor(want.length / 3));
  let best: { at: number; misses: number } | undefined;
  for (let at = 0; at + want.length <= chars.length; at++) {
    let misses = 0;
    for (let i = 0; i < want.length; i++) if (chars[at + i] !== want[i]) misses++;
    const sameSome = misses < want.length;
    if (misses > 0 && misses <= allowed && sameSome && (!best || misses < best.misses)) best = { at, misses };
  }
  if (best) return [...chars.slice(0, best.at), ...want, ...chars.slice(best.at + want.length)].join('');
  const pinyin = /[a-z]+(?=[^a-z]*$)/i.exec(previous);
  if (CJK.test(fix) && CJK.test(previous) && pinyin) return previous.slice(0, pinyin.index) + fix + previous.slice(pinyin.index + pinyin[0].length);
  return undefined;
}
