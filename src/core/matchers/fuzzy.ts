/**
 * Typo-tolerant matching of short fragments with fuse.js: an English word the
 * index has never seen ("recieved", "verfication") is mapped to the closest
 * known word. Fuse runs only on unknown words of six letters or more, and
 * each answer is memoised, so the per-message cost stays near zero.
 *
 * @example
 *   const fix = buildWordCorrector(['receive', 'verification']);
 *   fix('recieve')  // 'receive'
 */
import Fuse from 'fuse.js';

const CACHE_LIMIT = 5000;
const MIN_LENGTH = 6;
/** Prefixes that turn a word into its opposite: "unusable" is not a typo of "usable". */
const NEGATING_PREFIXES = ['un', 'in', 'im', 'ir', 'il', 'dis', 'non'];

/** True when one word is the other with a negating prefix: correcting it would flip the meaning. */
export function differsByNegation(a: string, b: string): boolean {
  return NEGATING_PREFIXES.some((p) => a === p + b || b === p + a);
}

/** Damerau–Levenshtein distance (adjacent swaps count once: recieve → receive is 1). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Returns the closest known word, or undefined when nothing is close enough. */
export type WordCorrector = (word: string) => string | undefined;

export function buildWordCorrector(vocabulary: Iterable<string>, threshold = 0.34): WordCorrector {
  const words = [...new Set(vocabulary)].filter((w) => w.length >= 4 && /^[a-z]+$/.test(w));
  const known = new Set(words);
  const fuse = new Fuse(words, { includeScore: true, threshold, ignoreLocation: true, minMatchCharLength: 3 });
  const cache = new Map<string, string | undefined>();

  return (word) => {
    // Short words are too often other real words ("reset" is not a typo of "resent").
    if (known.has(word) || word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
    if (cache.has(word)) return cache.get(word);
    const best = fuse.search(word, { limit: 5 }).find((r) => r.item[0] === word[0] && editDistance(r.item, word) <= (word.length >= 8 ? 2 : 1) && !differsByNegation(r.item, word));
    const fixed = best?.item;
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(word, fixed);
    return fixed;
  };
}
