/**
 * Finds every occurrence of a fixed set of phrases in one pass over the text
 * (a character trie walked from each position), instead of one `indexOf` per
 * phrase. Used for keyword cues and Table C aliases on every message.
 *
 * @example
 *   const find = buildPhraseFinder([{ text: '注销', value: 'cancel-filing' }]);
 *   find('注销网站谁核验')  // [{ value: 'cancel-filing', start: 0, length: 2 }]
 */

interface Node {
  next: Map<string, Node>;
  values?: string[];
}

export interface PhraseMatch {
  value: string;
  start: number;
  length: number;
}

/** Phrases that start or end with a Latin letter only match as whole words. */
const isWordChar = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);

export function buildPhraseFinder(phrases: ReadonlyArray<{ text: string; value: string }>): (text: string) => PhraseMatch[] {
  const root: Node = { next: new Map() };
  for (const { text, value } of phrases) {
    if (!text) continue;
    let node = root;
    for (const ch of text) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    (node.values ??= []).push(value);
  }
  return (text) => {
    const out: PhraseMatch[] = [];
    for (let i = 0; i < text.length; i++) {
      let node: Node | undefined = root;
      for (let j = i; j < text.length && node; j++) {
        node = node.next.get(text[j]!);
        if (!node?.values) continue;
        const wordy = /[a-z0-9]/.test(text[i]!) || /[a-z0-9]/.test(text[j]!);
        if (wordy && (isWordChar(text[i - 1]) || isWordChar(text[j + 1]))) continue;
        for (const value of node.values) out.push({ value, start: i, length: j + 1 - i });
      }
    }
    return out;
  };
}
