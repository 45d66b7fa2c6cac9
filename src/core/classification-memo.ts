/**
 * The router's memo. Classification is a pure function of the text, and people
 * paste the same prompts and ask the same questions all day, so a bounded memo
 * pays off. The least recently used entry goes first, and texts longer than
 * `maxText` are not kept. Entries are frozen and shared: a hit costs two
 * shallow copies, not a deep one.
 *
 * @example
 *   const memo = createClassificationMemo(4096, 512);
 *   const c = memo.get(text) ?? memo.put(text, classify(text));
 */
import type { Classification } from './types.ts';

export interface ClassificationMemo {
  /** A copy of the remembered classification, or undefined. */
  get(text: string): Classification | undefined;
  /** Remembers `result` for `text` (when it fits) and returns a copy of it. */
  put(text: string, result: Classification): Classification;
}

const copy = (c: Classification): Classification => ({ ...c, slots: { ...c.slots } });

function frozen(c: Classification): Classification {
  for (const r of c.runnersUp) Object.freeze(r);
  for (const e of c.evidence) Object.freeze(e);
  Object.freeze(c.runnersUp);
  Object.freeze(c.evidence);
  if (c.slots.pii) Object.freeze(c.slots.pii);
  if (c.slots.prompts) Object.freeze(c.slots.prompts);
  return Object.freeze({ ...c, slots: Object.freeze({ ...c.slots }) });
}

/** A memo of at most `size` entries (0 turns it off) for texts of at most `maxText` characters. */
export function createClassificationMemo(size: number, maxText: number): ClassificationMemo {
  const memo = new Map<string, Classification>();
  return {
    get(text) {
      const hit = memo.get(text);
      if (!hit) return undefined;
      memo.delete(text);
      memo.set(text, hit);
      return copy(hit);
    },
    put(text, result) {
      if (text.length > maxText || size <= 0) return copy(result);
      const kept = frozen(result);
      if (memo.size >= size) memo.delete(memo.keys().next().value!);
      memo.set(text, kept);
      return copy(kept);
    },
  };
}
