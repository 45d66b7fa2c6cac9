/**
 * Folds synonyms and common misspellings (短息 → 短信, 合验 → 核验, text
 * message → sms) to one canonical form with a longest-match trie scan, so the
 * index sees one word where people write five. Pure; built once from
 * `intents/lexicon.yaml`.
 *
 * @example
 *   const fold = buildLexiconFolder([{ canonical: '短信', variants: ['短息'] }]);
 *   fold('收不到短息')  // '收不到短信'
 *
 * A second pass lets folds compose (a variant may contain another variant's
 * canonical form). Phrases in `keep` win over the shorter variants inside them and stay as
 * written: with `keep: ["don't get it"]`, "I don't get it" is not "I unreceived it".
 */

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Replacement when a variant ends here; `wordBound` variants need word edges. */
  out?: { to: string; wordBound: boolean };
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[a-z0-9]/.test(ch);

/** A function that rewrites every lexicon variant in already-normalised text. */
export type LexiconFolder = (normalized: string) => string;

/** Builds the folder; variants are compared in normalised (lower-case, Simplified) form. */
export function buildLexiconFolder(
  synonyms: ReadonlyArray<{ canonical: string; variants: readonly string[] }>,
  normalize: (s: string) => string = (s) => s.toLowerCase(),
  keep: readonly string[] = [],
): LexiconFolder {
  const root: TrieNode = { next: new Map() };
  const add = (from: string, to: string) => {
    let node = root;
    for (const ch of from) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    // First definition wins, so the file's order settles conflicts.
    node.out ??= { to, wordBound: /^[a-z0-9]/.test(from) || /[a-z0-9]$/.test(from) };
  };
  for (const phrase of keep) {
    const kept = normalize(phrase);
    if (kept) add(kept, kept);
  }
  for (const { canonical, variants } of synonyms) {
    const to = normalize(canonical);
    for (const raw of variants) {
      const from = normalize(raw);
      if (from && from !== to) add(from, to);
    }
  }

  const pass = (text: string): string => {
    const chars = [...text];
    let out = '';
    let i = 0;
    while (i < chars.length) {
      let node: TrieNode | undefined = root;
      let best: { end: number; to: string } | undefined;
      for (let j = i; j < chars.length && node; j++) {
        node = node.next.get(chars[j]!);
        if (node?.out) {
          const bounded = !node.out.wordBound || (!isWordChar(chars[i - 1]) && !isWordChar(chars[j + 1]));
          if (bounded) best = { end: j + 1, to: node.out.to };
        }
      }
      if (best) {
        out += best.to;
        i = best.end;
      } else {
        out += chars[i];
        i++;
      }
    }
    return out;
  };
  // Twice, so folds compose: "no verification text message" → "no verification sms" → "unreceived".
  return (text) => {
    const once = pass(text);
    return once === text ? once : pass(once);
  };
}
