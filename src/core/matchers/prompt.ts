/**
 * Finds pasted MIIT prompts in a message, even damaged, truncated or wrapped
 * in the user's own words, by local alignment (Smith–Waterman) of each
 * canonical prompt against the compacted message. Overlapping finds are
 * resolved by aligned length, so `…找不到记录或已完成验证` beats its near-twin
 * `…找不到记录。`, and two different prompts in one message are both found.
 *
 * @example
 *   const find = buildPromptMatcher([{ intent: 'msg.verify-failed', prompt: '您的短信核验失败,请您重新验证' }]);
 *   find('我提交后显示短信核验失败请您重新验证怎么办')  // [{ intent: 'msg.verify-failed', similarity: 0.86, … }]
 */

export interface PromptSpec {
  intent: string;
  /** Prompt text, already normalised and compacted (no salutation, no punctuation). */
  core: string;
}

export interface PromptHit {
  intent: string;
  /** Aligned score over the best possible score for this prompt, in [0,1]. */
  similarity: number;
  /** Aligned characters' worth of score (2 per matching character). */
  score: number;
  /** Span of the match in the compacted message. */
  start: number;
  end: number;
}

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;
/** Longest stretch of a message that is aligned; pastes are short. */
const MAX_ALIGN = 1200;
const MIN_SIMILARITY = 0.5;
const MIN_SCORE = 10;
/** A weaker find (a prompt retold in the user's words) still counts when this much of it aligns. */
const PARTIAL_SIMILARITY = 0.4;
const PARTIAL_SCORE = 14;

function bigrams(s: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s[i]! + s[i + 1]!);
  return out;
}

/** Best local alignment of `p` in `m`: score and the message span it covers. */
function align(p: readonly string[], m: readonly string[]): { score: number; start: number; end: number } {
  const n = p.length;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  let prevStart = new Int32Array(n + 1);
  let curStart = new Int32Array(n + 1);
  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  for (let j = 1; j <= m.length; j++) {
    const mj = m[j - 1];
    cur[0] = 0;
    curStart[0] = j;
    for (let i = 1; i <= n; i++) {
      const diag = prev[i - 1]! + (p[i - 1] === mj ? MATCH : MISMATCH);
      const up = cur[i - 1]! + GAP;
      const left = prev[i]! + GAP;
      let s = 0;
      let st = j;
      if (diag > s) {
        s = diag;
        st = prev[i - 1]! > 0 ? prevStart[i - 1]! : j - 1;
      }
      if (up > s) {
        s = up;
        st = curStart[i - 1]!;
      }
      if (left > s) {
        s = left;
        st = prevStart[i]!;
      }
      cur[i] = s;
      curStart[i] = st;
      if (s > best) {
        best = s;
        bestStart = st;
        bestEnd = j;
      }
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return { score: best, start: bestStart, end: bestEnd };
}

/** Builds a finder over the given prompts. */
export function buildPromptMatcher(specs: readonly PromptSpec[]): (compactMessage: string) => PromptHit[] {
  const prepared = specs.map((s) => {
    const chars = [...s.core];
    return { ...s, chars, grams: bigrams(chars), max: chars.length * MATCH };
  });

  return (message) => {
    const m = [...message].slice(0, MAX_ALIGN);
    if (m.length < 4) return [];
    const grams = bigrams(m);
    const candidates: PromptHit[] = [];
    for (const p of prepared) {
      let shared = 0;
      for (const g of p.grams) if (grams.has(g)) shared++;
      // Too few shared bigrams to reach even a partial find: skip the alignment.
      if (shared < Math.max(3, 0.2 * p.grams.size)) continue;
      const a = align(p.chars, m);
      const similarity = a.score / p.max;
      if ((similarity >= MIN_SIMILARITY && a.score >= MIN_SCORE) || (similarity >= PARTIAL_SIMILARITY && a.score >= PARTIAL_SCORE)) {
        candidates.push({ intent: p.intent, similarity, score: a.score, start: a.start, end: a.end });
      }
    }
    candidates.sort((a, b) => b.score - a.score || b.similarity - a.similarity);
    const accepted: PromptHit[] = [];
    for (const c of candidates) {
      const clash = accepted.some((a) => {
        const overlap = Math.min(a.end, c.end) - Math.max(a.start, c.start);
        return overlap > 0.4 * Math.min(a.end - a.start, c.end - c.start);
      });
      if (!clash) accepted.push(c);
    }
    return accepted.sort((a, b) => a.start - b.start);
  };
}
