/**
 * The main matcher: a TF-IDF index of every example phrase, searched through
 * an inverted index (cosine similarity, nearest examples per intent, blended
 * with each intent's centroid). Built once; a query touches only the postings
 * of its own features, stored as packed typed arrays.
 *
 * @example
 *   const index = buildNgramIndex([{ intent: 'faq.deadline', text: '…', features }]);
 *   index.search(queryFeatures)  // [{ intent: 'faq.deadline', score: 0.82, example: 3 }, …]
 */
import type { Features } from '../features.ts';

export interface IndexedExample {
  intent: string;
  text: string;
  features: Features;
}

export interface NgramHit {
  intent: string;
  /** Blend of the nearest examples' and the centroid's similarity, in [0,1]. */
  score: number;
  /** Index of the best example, for evidence. */
  example: number;
}

export interface NgramIndex {
  readonly examples: readonly IndexedExample[];
  /** Intents ranked by similarity, best first. */
  search(query: Features): NgramHit[];
  /** Inverse document frequency of a feature (0 when unknown or too common). */
  idf(feature: string): number;
}

/** Share of the nearest examples in an intent's score; the rest is the intent centroid. */
const EXAMPLE_WEIGHT = 0.6;
/**
 * Features in a larger share of all examples (短信, 核验, "sms") say little and
 * would make every query walk most of the index: they are left out, like stopwords.
 */
const MAX_DF_SHARE = 0.08;

/**
 * Postings of every feature in one pair of flat arrays (compressed sparse rows): feature `f`'s
 * entries are `ids[offsets[f]] … ids[offsets[f + 1] - 1]` with their weights beside them. One
 * allocation instead of two typed arrays per feature (tens of thousands at start-up), and a
 * query reads memory that lies together.
 */
interface Postings {
  row: Map<string, number>;
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
}

/** Packs `lists` (feature → [id, weight] pairs, in order) into flat postings. */
function pack(lists: Map<string, number[]>): Postings {
  const row = new Map<string, number>();
  const offsets = new Int32Array(lists.size + 1);
  let total = 0;
  for (const [k, list] of lists) {
    offsets[row.size] = total;
    row.set(k, row.size);
    total += list.length / 2;
  }
  offsets[row.size] = total;
  const ids = new Int32Array(total);
  const weights = new Float64Array(total);
  let at = 0;
  for (const list of lists.values()) {
    for (let j = 0; j < list.length; j += 2) {
      ids[at] = list[j]!;
      weights[at++] = list[j + 1]!;
    }
  }
  return { row, offsets, ids, weights };
}

/** Appends `id` and `weight` to the list of feature `k`. */
function push(lists: Map<string, number[]>, k: string, id: number, weight: number): void {
  const list = lists.get(k);
  if (list) list.push(id, weight);
  else lists.set(k, [id, weight]);
}

/** Builds the index from already-featurised examples. */
export function buildNgramIndex(examples: readonly IndexedExample[]): NgramIndex {
  const n = examples.length;
  const df = new Map<string, number>();
  for (const ex of examples) for (const k of ex.features.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const idfOf = new Map<string, number>();
  const maxDf = Math.max(50, MAX_DF_SHARE * n);
  for (const [k, d] of df) if (d <= maxDf) idfOf.set(k, Math.log(1 + n / d));

  const intents = [...new Set(examples.map((e) => e.intent))];
  const intentIndex = new Map(intents.map((id, i) => [id, i]));
  const intentOf = Int32Array.from(examples, (e) => intentIndex.get(e.intent)!);

  // Example vectors, unit length, as postings; centroids summed from the same weights.
  const raw = new Map<string, number[]>();
  const centroids = intents.map(() => new Map<string, number>());
  examples.forEach((ex, i) => {
    let norm = 0;
    for (const [k, w] of ex.features) norm += (w * (idfOf.get(k) ?? 0)) ** 2;
    norm = Math.sqrt(norm) || 1;
    const c = centroids[intentOf[i]!]!;
    for (const [k, w] of ex.features) {
      const idf = idfOf.get(k);
      if (idf === undefined) continue;
      const weight = (w * idf) / norm;
      push(raw, k, i, weight);
      c.set(k, (c.get(k) ?? 0) + weight);
    }
  });
  const postings = pack(raw);
  const centroidRaw = new Map<string, number[]>();
  centroids.forEach((c, intent) => {
    let norm = 0;
    for (const w of c.values()) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of c) push(centroidRaw, k, intent, w / norm);
  });
  const centroidPostings = pack(centroidRaw);

  // Scratch space reused by every query (search is synchronous).
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  const first = new Float64Array(intents.length);
  const second = new Float64Array(intents.length);
  const bestExample = new Int32Array(intents.length);
  const central = new Float64Array(intents.length);
  const unknownIdf = Math.log(1 + n);

  return {
    examples,
    idf: (f) => idfOf.get(f) ?? 0,
    search(query) {
      let qnorm = 0;
      for (const [k, w] of query) {
        // Too-common features are skipped; never-seen ones still dilute the match.
        if (df.has(k) && !idfOf.has(k)) continue;
        const weight = w * (idfOf.get(k) ?? unknownIdf);
        qnorm += weight * weight;
      }
      qnorm = Math.sqrt(qnorm) || 1;

      let count = 0;
      central.fill(0);
      for (const [k, w] of query) {
        const idf = idfOf.get(k);
        if (idf === undefined) continue;
        const qw = (w * idf) / qnorm;
        const p = postings.row.get(k);
        if (p !== undefined) {
          const { offsets, ids, weights } = postings;
          for (let j = offsets[p]!, end = offsets[p + 1]!; j < end; j++) {
            const i = ids[j]!;
            if (scores[i] === 0) touched[count++] = i;
            scores[i]! += qw * weights[j]!;
          }
        }
        const c = centroidPostings.row.get(k);
        if (c !== undefined) {
          const { offsets, ids, weights } = centroidPostings;
          for (let j = offsets[c]!, end = offsets[c + 1]!; j < end; j++) central[ids[j]!]! += qw * weights[j]!;
        }
      }

      first.fill(0);
      second.fill(0);
      bestExample.fill(-1);
      for (let t = 0; t < count; t++) {
        const i = touched[t]!;
        const s = scores[i]!;
        scores[i] = 0;
        const intent = intentOf[i]!;
        if (s > first[intent]!) {
          second[intent] = first[intent]!;
          first[intent] = s;
          bestExample[intent] = i;
        } else if (s > second[intent]!) second[intent] = s;
      }
      const hits: NgramHit[] = [];
      for (let intent = 0; intent < intents.length; intent++) {
        if (bestExample[intent]! < 0) continue;
        const score = EXAMPLE_WEIGHT * (0.75 * first[intent]! + 0.25 * second[intent]!) + (1 - EXAMPLE_WEIGHT) * central[intent]!;
        hits.push({ intent: intents[intent]!, score, example: bestExample[intent]! });
      }
      return hits.sort((a, b) => b.score - a.score);
    },
  };
}
