/**
 * Typo-tolerant matching of short fragments with fuse.js: an English word the
 * index has never seen ("recieved", "verfication") is mapped to the closest
 * known word. Fuse runs only on unknown words of four letters or more, and
 * each answer is memoised, so the per-message cost stays near zero.
 *
 * @example
 *   const fix = buildWordCorrector(['receive', 'verification']);
 *   fix('recieve')  // 'receive'
 */
import Fuse from 'fuse.js';

const CACHE_LIMIT = 5000;

/** Returns the closest known word, or undefined when nothing is close enough. */
export type WordCorrector = (word: string) => string | undefined;

export function buildWordCorrector(vocabulary: Iterable<string>, threshold = 0.34): WordCorrector {
  const words = [...new Set(vocabulary)].filter((w) => w.length >= 4 && /^[a-z]+$/.test(w));
  const known = new Set(words);
  const fuse = new Fuse(words, { includeScore: true, threshold, ignoreLocation: true, minMatchCharLength: 3 });
  const cache = new Map<string, string | undefined>();

  return (word) => {
    if (known.has(word) || word.length < 4 || !/^[a-z]+$/.test(word)) return undefined;
    if (cache.has(word)) return cache.get(word);
    const best = fuse.search(word, { limit: 3 }).find((r) => Math.abs(r.item.length - word.length) <= 2);
    const fixed = best?.item;
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(word, fixed);
    return fixed;
  };
}
