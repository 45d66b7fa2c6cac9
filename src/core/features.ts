/**
 * Turns folded text into weighted features for the n-gram index: Chinese
 * character unigrams and bigrams, English word stems and stem bigrams, and
 * numbers. Pure and allocation-light, since it runs on every message.
 *
 * @example
 *   extractFeatures('没收到sms code', new Set())
 *   // Map { '没'→0.3, '没收'→1, …, 'w:sms'→1, 'w:code'→1, 'b:sms_code'→0.6 }
 */
import { isCjk } from './normalize.ts';

/** Feature → weight (before IDF). */
export type Features = Map<string, number>;

const WEIGHT = { cjkUni: 0.3, cjkBi: 1, word: 1, wordBi: 0.3, num: 0.6 } as const;

/** A light English stemmer: enough to make verify/verified/verifying one feature. */
export function stem(word: string): string {
  let w = word;
  for (let pass = 0; pass < 2; pass++) {
    if (w.length <= 3) break;
    if (/ies$|ied$/.test(w)) w = w.slice(0, -3) + 'i';
    else if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
    else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
    else if (/[^s]s$/.test(w)) w = w.slice(0, -1);
    else if (/y$/.test(w)) w = w.slice(0, -1) + 'i';
    else if (/e$/.test(w)) w = w.slice(0, -1);
    else break;
  }
  return w;
}

/** Splits folded text into runs of CJK characters and English/number words. */
export function segments(text: string): Array<{ cjk: boolean; text: string }> {
  const out: Array<{ cjk: boolean; text: string }> = [];
  let cur = '';
  let curCjk = false;
  const flush = () => {
    if (cur) out.push({ cjk: curCjk, text: cur });
    cur = '';
  };
  for (const ch of text) {
    const cjk = isCjk(ch);
    const word = !cjk && /[\p{L}\p{N}']/u.test(ch);
    if (!cjk && !word) {
      flush();
      continue;
    }
    if (cur && cjk !== curCjk) flush();
    curCjk = cjk;
    cur += ch;
  }
  flush();
  return out;
}

const add = (f: Features, key: string, w: number) => f.set(key, Math.max(f.get(key) ?? 0, w));

/** All features of a folded text. */
export function extractFeatures(text: string, stopwords: ReadonlySet<string>): Features {
  const f: Features = new Map();
  let prevWord: string | undefined;
  for (const seg of segments(text)) {
    if (seg.cjk) {
      prevWord = undefined;
      const chars = [...seg.text];
      for (let i = 0; i < chars.length; i++) {
        add(f, chars[i]!, WEIGHT.cjkUni);
        if (i + 1 < chars.length) add(f, chars[i]! + chars[i + 1]!, WEIGHT.cjkBi);
      }
      continue;
    }
    const w = seg.text.replace(/'/g, '');
    if (!w || stopwords.has(w)) continue;
    if (/^\d+$/.test(w)) {
      add(f, `n:${w}`, WEIGHT.num);
      prevWord = undefined;
      continue;
    }
    const s = stem(w);
    add(f, `w:${s}`, WEIGHT.word);
    if (prevWord) add(f, `b:${prevWord}_${s}`, WEIGHT.wordBi);
    prevWord = s;
  }
  return f;
}
