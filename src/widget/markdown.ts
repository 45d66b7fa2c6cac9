/**
 * A small, safe markdown renderer for bot answers: paragraphs, line breaks,
 * `**bold**`, `` `code` ``, `- ` and `1. ` lists, `> ` quotes, `#` headings,
 * `[label](https://…)` and bare http(s) links. It parses into plain data, then
 * builds DOM nodes with `createElement` and `textContent` — never innerHTML —
 * so whatever the text contains is shown as text.
 *
 * @example
 *   parseMarkdown('**注意**：24小时内完成') // [{ t: 'p', lines: [[{ t: 'strong', c: [{ t: 'text', v: '注意' }] }, { t: 'text', v: '：24小时内完成' }]] }]
 *   el.append(renderMarkdown(parseMarkdown(reply.text), document));
 */

/** Inline content. */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'link'; href: string; c: Inline[] };

/** Block content; `lines` are joined by line breaks. */
export type Block =
  | { t: 'p'; lines: Inline[][] }
  | { t: 'h'; c: Inline[] }
  | { t: 'quote'; lines: Inline[][] }
  | { t: 'ul'; items: Inline[][] }
  | { t: 'ol'; start: number; items: Inline[][] };

const INLINE =
  /\*\*([^*]+(?:\*(?!\*)[^*]*)*)\*\*|`([^`\n]+)`|\[([^\]\n]+)\]\(\s*(https?:\/\/[^\s)]+)\s*\)|(https?:\/\/[^\s<>()（）\]"'，。；、]+[^\s<>()（）\]"'，。；、.,;:!?])/g;

/** A link target when it is http(s) and well-formed, else undefined. */
export function safeHref(href: string): string | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Parses inline markdown of one line. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  const push = (node: Inline) => {
    const prev = out[out.length - 1];
    if (node.t === 'text' && prev?.t === 'text') prev.v += node.v;
    else if (node.t !== 'text' || node.v) out.push(node);
  };
  for (const m of text.matchAll(INLINE)) {
    const index = m.index ?? 0;
    push({ t: 'text', v: text.slice(last, index) });
    last = index + m[0].length;
    if (m[1] !== undefined) push({ t: 'strong', c: parseInline(m[1]) });
    else if (m[2] !== undefined) push({ t: 'code', v: m[2] });
    else if (m[3] !== undefined) {
      const href = safeHref(m[4] ?? '');
      if (href) push({ t: 'link', href, c: parseInline(m[3]) });
      else push({ t: 'text', v: m[3] });
    } else if (m[5] !== undefined) {
      const href = safeHref(m[5]);
      push(href ? { t: 'link', href, c: [{ t: 'text', v: m[5] }] } : { t: 'text', v: m[5] });
    }
  }
  push({ t: 'text', v: text.slice(last) });
  return out;
}

const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,3})[.)、]\s*(.*)$/;
const QUOTE = /^\s*>\s?(.*)$/;
const HEADING = /^\s*#{1,6}\s+(.*)$/;

/** Parses a whole answer into blocks; blank lines separate paragraphs. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const current = (): Block | undefined => blocks[blocks.length - 1];
  let open = false; // whether the last block may take more lines
  for (const line of lines) {
    if (!line.trim()) {
      open = false;
      continue;
    }
    let m: RegExpMatchArray | null;
    const last = open ? current() : undefined;
    if ((m = line.match(HEADING))) {
      blocks.push({ t: 'h', c: parseInline(m[1] ?? '') });
      open = false;
      continue;
    }
    if ((m = line.match(BULLET))) {
      if (last?.t === 'ul') last.items.push(parseInline(m[1] ?? ''));
      else blocks.push({ t: 'ul', items: [parseInline(m[1] ?? '')] });
    } else if ((m = line.match(NUMBERED))) {
      if (last?.t === 'ol') last.items.push(parseInline(m[2] ?? ''));
      else blocks.push({ t: 'ol', start: Number(m[1]), items: [parseInline(m[2] ?? '')] });
    } else if ((m = line.match(QUOTE))) {
      if (last?.t === 'quote') last.lines.push(parseInline(m[1] ?? ''));
      else blocks.push({ t: 'quote', lines: [parseInline(m[1] ?? '')] });
    } else if (last?.t === 'p') {
      last.lines.push(parseInline(line.trim()));
    } else if ((last?.t === 'ul' || last?.t === 'ol') && /^\s{2,}/.test(line)) {
      last.items[last.items.length - 1]?.push({ t: 'text', v: ` ${line.trim()}` });
    } else {
      blocks.push({ t: 'p', lines: [parseInline(line.trim())] });
    }
    open = true;
  }
  return blocks;
}

/** Builds DOM nodes for inline content. */
function renderInline(nodes: Inline[], doc: Document, into: Node): void {
  for (const node of nodes) {
    if (node.t === 'text') into.appendChild(doc.createTextNode(node.v));
    else if (node.t === 'code') {
      const code = doc.createElement('code');
      code.textContent = node.v;
      into.appendChild(code);
    } else if (node.t === 'strong') {
      const strong = doc.createElement('strong');
      renderInline(node.c, doc, strong);
      into.appendChild(strong);
    } else {
      const a = doc.createElement('a');
      a.href = node.href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      renderInline(node.c, doc, a);
      into.appendChild(a);
    }
  }
}

/** Lines separated by `<br>`. */
function renderLines(lines: Inline[][], doc: Document, into: Node): void {
  lines.forEach((line, i) => {
    if (i > 0) into.appendChild(doc.createElement('br'));
    renderInline(line, doc, into);
  });
}

/** Builds a fragment for the parsed blocks. */
export function renderMarkdown(blocks: Block[], doc: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const block of blocks) {
    if (block.t === 'ul' || block.t === 'ol') {
      const list = doc.createElement(block.t);
      if (block.t === 'ol' && block.start !== 1) list.setAttribute('start', String(block.start));
      for (const item of block.items) {
        const li = doc.createElement('li');
        renderInline(item, doc, li);
        list.appendChild(li);
      }
      fragment.appendChild(list);
    } else if (block.t === 'h') {
      const p = doc.createElement('p');
      const strong = doc.createElement('strong');
      renderInline(block.c, doc, strong);
      p.appendChild(strong);
      fragment.appendChild(p);
    } else {
      const el = doc.createElement(block.t === 'quote' ? 'blockquote' : 'p');
      renderLines(block.lines, doc, el);
      fragment.appendChild(el);
    }
  }
  return fragment;
}
