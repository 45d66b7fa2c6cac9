/**
 * Small helpers that turn knowledge-base texts into a channel-neutral
 * {@link Reply}: placeholder filling, markdown → plain text, quick replies
 * built from intent titles.
 *
 * @example
 *   fill('您是想问「{a}」还是「{b}」?', { a: '重发', b: '时限' })  // '您是想问「重发」还是「时限」?'
 */
import type { Classification, Lang, Slots } from '../core/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Link, QuickReply, Reply } from './types.ts';

/** Replaces `{name}` placeholders; unknown ones are left visible so tests catch them. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-z][a-zA-Z0-9-]*)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Replies are mostly the same few hundred answers: their plain text is remembered (bounded). */
const plainCache = new Map<string, string>();
const PLAIN_CACHE_SIZE = 2048;

/** Markdown as plain text for channels without markdown (WeCom app, SMS-like UIs). */
export function toPlain(markdown: string): string {
  let plain = plainCache.get(markdown);
  if (plain === undefined) {
    if (plainCache.size >= PLAIN_CACHE_SIZE) plainCache.clear();
    plain = renderPlain(markdown);
    plainCache.set(markdown, plain);
  }
  return plain;
}

function renderPlain(markdown: string): string {
  // Code spans (`106**********12381`) are literal: only the text between them is markdown.
  return markdown
    .split(/(`[^`\n]+`)/)
    .map((part, i) =>
      i % 2 === 1
        ? part.slice(1, -1)
        : part
            .replace(/\*\*(.+?)\*\*/g, '$1')
            .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)')
            .replace(/^#+\s*/gm, ''),
    )
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One string of the engine's own phrases in a language. */
export function phrase(kb: KnowledgeBase, key: string, lang: Lang, values: Record<string, string | number> = {}): string {
  const entry = kb.strings[key];
  return entry ? fill(entry[lang], values) : '';
}

/** A quick reply that asks about an intent: its title is both label and the text sent. */
export function topicButton(kb: KnowledgeBase, intent: string, lang: Lang): QuickReply | undefined {
  const title = kb.intents.get(intent)?.title[lang];
  return title ? { label: title, value: title } : undefined;
}

/** Quick replies for a list of intents, skipping unknown ones and duplicates. */
export function topicButtons(kb: KnowledgeBase, intents: readonly string[], lang: Lang, limit = 4): QuickReply[] {
  const seen = new Set<string>();
  const out: QuickReply[] = [];
  for (const id of intents) {
    const b = topicButton(kb, id, lang);
    if (b && !seen.has(b.value)) {
      seen.add(b.value);
      out.push(b);
    }
    if (out.length >= limit) break;
  }
  return out;
}

export interface Draft {
  parts: string[];
  suggestions: QuickReply[];
  links: Link[];
  intent: string;
  confidence: number;
  slots: Slots;
  flags: Reply['flags'];
}

/** A fresh draft answering `intent`. */
export function draft(intent: string, confidence: number, c: Classification): Draft {
  return {
    parts: [],
    suggestions: [],
    links: [],
    intent,
    confidence,
    slots: c.slots,
    flags: { fallback: false, clarify: false, handoff: false, pii: Boolean(c.slots.pii?.length) },
  };
}

/** Finishes a draft into the reply every channel renders. */
export function finish(d: Draft, lang: Lang): Reply {
  const markdown = d.parts.filter(Boolean).join('\n\n').trim();
  return {
    markdown,
    text: toPlain(markdown),
    suggestions: d.suggestions.slice(0, 6),
    links: d.links,
    intent: d.intent,
    confidence: Math.max(0, Math.min(1, d.confidence)),
    slots: d.slots,
    lang,
    flags: d.flags,
  };
}

/**
 * The answer fields every text interface shares (`chat --jsonl`, `POST /api/chat`):
 * `text` is the whole reply as markdown, `suggestions` the texts a quick reply sends.
 */
export function publicAnswer(reply: Reply): { intent: string; confidence: number; text: string; suggestions: string[]; slots: Reply['slots'] } {
  return {
    intent: reply.intent,
    confidence: reply.confidence,
    text: reply.markdown,
    suggestions: reply.suggestions.map((s) => s.value),
    slots: reply.slots,
  };
}
