/**
 * The main matcher: a TF-IDF index of every example phrase, searched through
 * an inverted index (cosine similarity, nearest examples per intent). Built
 * once; a query touches only the postings of its own features.
 *
 * @example
 *   const index = buildNgramIndex([{ intent: 'faq.deadline', features }]);
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
  /** Blend of the best and second-best example similarity, in [0,1]. */
  score: number;
  /** Index of the best example, for evidence. */
  example: number;
}

export interface NgramIndex {
  readonly examples: readonly IndexedExample[];
  /** Intents ranked by similarity, best first. */
  search(query: Features): NgramHit[];
  /** Inverse document frequency of a feature (0 when unknown). */
  idf(feature: string): number;
}

/** Share of the nearest examples in an intent's score; the rest is the intent centroid. */
const EXAMPLE_WEIGHT = 0.6;
const MAX_DF_SHARE = 0.08;

/** Builds the index from already-featurised examples. */
export function buildNgramIndex(examples: readonly IndexedExample[]): NgramIndex {
  const df = new Map<string, number>();
  for (const ex of examples) for (const k of ex.features.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = examples.length;
  const idfOf = new Map<string, number>();
  // Features in a large share of all examples (短信, 核验, "sms") say little and
  // would make every query walk most of the index: they are left out, like stopwords.
  const maxDf = Math.max(50, MAX_DF_SHARE * n);
  for (const [k, d] of df) if (d <= maxDf) idfOf.set(k, Math.log(1 + n / d));

  const postings = new Map<string, Array<[number, number]>>();
  examples.forEach((ex, i) => {
    let norm = 0;
    for (const [k, w] of ex.features) norm += (w * (idfOf.get(k) ?? 0)) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of ex.features) {
      if (!idfOf.has(k)) continue;
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push([i, (w * idfOf.get(k)!) / norm]);
    }
  });

  const intentOf = examples.map((e) => e.intent);
  const scores = new Float64Array(n);

  // Each intent's centroid: the normalised sum of its examples' unit vectors. It
  // rewards a query whose words are spread over several examples of one intent.
  const centroids = new Map<string, Map<string, number>>();
  for (const [k, list] of postings) {
    for (const [i, w] of list) {
      let c = centroids.get(intentOf[i]!);
      if (!c) centroids.set(intentOf[i]!, (c = new Map()));
      c.set(k, (c.get(k) ?? 0) + w);
    }
  }
  const centroidPostings = new Map<string, Array<[string, number]>>();
  for (const [intent, c] of centroids) {
    const norm = Math.sqrt([...c.values()].reduce((x, w) => x + w * w, 0)) || 1;
    for (const [k, w] of c) {
      let list = centroidPostings.get(k);
      if (!list) centroidPostings.set(k, (list = []));
      list.push([intent, w / norm]);
    }
  }

  return {
    examples,
    idf: (f) => idfOf.get(f) ?? 0,
    search(query) {
      let qnorm = 0;
      const q: Array<[Array<[number, number]>, number]> = [];
      const central = new Map<string, number>();
      for (const [k, w] of query) {
        if (df.has(k) && !idfOf.has(k)) continue;
        const idf = idfOf.get(k);
        // Unknown features still count in the query's norm: words the KB never saw dilute the match.
        const weight = w * (idf ?? Math.log(1 + n));
        qnorm += weight * weight;
        const list = postings.get(k);
        if (list) q.push([list, weight]);
      }
      qnorm = Math.sqrt(qnorm) || 1;
      for (const [k, w] of query) {
        const list = centroidPostings.get(k);
        if (!list) continue;
        const qw = (w * idfOf.get(k)!) / qnorm;
        for (const [intent, cw] of list) central.set(intent, (central.get(intent) ?? 0) + qw * cw);
      }
      scores.fill(0);
      const touched: number[] = [];
      for (const [list, weight] of q) {
        const qw = weight / qnorm;
        for (const [i, w] of list) {
          if (scores[i] === 0) touched.push(i);
          scores[i]! += qw * w;
        }
      }
      const best = new Map<string, { first: number; second: number; example: number }>();
      for (const i of touched) {
        const s = scores[i]!;
        const intent = intentOf[i]!;
        const cur = best.get(intent);
        if (!cur) best.set(intent, { first: s, second: 0, example: i });
        else if (s > cur.first) {
          cur.second = cur.first;
          cur.first = s;
          cur.example = i;
        } else if (s > cur.second) cur.second = s;
      }
      const hits: NgramHit[] = [];
      for (const [intent, b] of best) {
        const score = EXAMPLE_WEIGHT * (0.75 * b.first + 0.25 * b.second) + (1 - EXAMPLE_WEIGHT) * (central.get(intent) ?? 0);
        hits.push({ intent, score, example: b.example });
      }
      return hits.sort((a, b) => b.score - a.score);
    },
  };
}
