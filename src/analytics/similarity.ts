/**
 * Groups near-identical questions ("收不到验证码" / "收不到验证码怎么办") so the
 * report lists each unanswered question once with a count. Character bigrams
 * suit Chinese, which has no spaces between words. Pure.
 *
 * @example
 *   clusterTexts([{ text: '收不到验证码', count: 3 }, { text: '收不到验证码怎么办', count: 1 }])
 *   // [{ example: '收不到验证码', count: 4, variants: 2, texts: [...] }]
 */

/** Lower-cased text without spaces, punctuation or symbols. */
export function normalizeForSimilarity(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The set of adjacent character pairs (single characters for one-character text). */
export function bigrams(text: string): Set<string> {
  const chars = [...normalizeForSimilarity(text)];
  if (chars.length < 2) return new Set(chars);
  const out = new Set<string>();
  for (let i = 0; i < chars.length - 1; i += 1) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** |A ∩ B| / |A ∪ B|; 1 for two empty sets. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Whether two questions are the same question: close overall (Jaccard), or the
 * shorter one's words are mostly inside the longer one with at least three
 * shared pairs ("公安备案怎么弄" / "公安备案要多久", "备案材料有哪些" / "需要准备什么备案材料").
 */
export function similar(a: Set<string>, b: Set<string>, threshold: number): boolean {
  if (jaccard(a, b) >= threshold) return true;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared >= 3 && shared / Math.min(a.size, b.size) >= 0.5;
}

export interface Counted {
  text: string;
  count: number;
}

export interface Cluster {
  /** The most frequent text of the group. */
  example: string;
  count: number;
  /** Distinct texts in the group. */
  variants: number;
  texts: Counted[];
}

/**
 * Greedy clustering: texts are taken most frequent first; each joins the first
 * group whose example is at least `threshold` similar, or starts a new group.
 * Groups come back largest first.
 */
export function clusterTexts(items: Counted[], threshold = 0.5): Cluster[] {
  const sorted = [...items].filter((i) => normalizeForSimilarity(i.text) !== '').sort((a, b) => b.count - a.count);
  const groups: Array<{ grams: Set<string>; cluster: Cluster }> = [];
  for (const item of sorted) {
    const grams = bigrams(item.text);
    const home = groups.find((g) => similar(g.grams, grams, threshold));
    if (home) {
      home.cluster.count += item.count;
      home.cluster.variants += 1;
      home.cluster.texts.push(item);
    } else {
      groups.push({ grams, cluster: { example: item.text, count: item.count, variants: 1, texts: [item] } });
    }
  }
  return groups.map((g) => g.cluster).sort((a, b) => b.count - a.count);
}
