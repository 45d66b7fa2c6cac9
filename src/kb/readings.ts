/**
 * Toneless pinyin readings of every Chinese character the knowledge base
 * uses, computed once at load with pinyin-pro and kept in the knowledge-base
 * snapshot, so the router can read pinyin typed without an input method and
 * a start-up from the snapshot never loads pinyin-pro's dictionary.
 *
 * @example
 *   readingsOf(['重发短信'])  // { 重: ['zhong', 'chong'], 发: ['fa'], 短: ['duan'], 信: ['xin'] }
 */
import { createRequire } from 'node:module';

/** Character → its toneless readings (ü written v); heteronyms have several. */
export type Readings = Record<string, string[]>;

type PinyinFn = (text: string, options: { toneType: 'none'; multiple: true; type: 'array'; v: true }) => string[];

const require = createRequire(import.meta.url);
const HAN = /\p{Script=Han}/u;

/** The readings of every Chinese character in `texts`. */
export function readingsOf(texts: Iterable<string>): Readings {
  // Loaded here, not at import: ~70 ms of dictionary that a snapshot start-up never needs.
  const { pinyin } = require('pinyin-pro') as { pinyin: PinyinFn };
  const out: Readings = {};
  for (const text of texts) {
    for (const ch of text) {
      if (out[ch] !== undefined || !HAN.test(ch)) continue;
      out[ch] = [...new Set(pinyin(ch, { toneType: 'none', multiple: true, type: 'array', v: true }))];
    }
  }
  return out;
}

/** Every string anywhere in a parsed YAML value. */
export function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsIn(v);
}
