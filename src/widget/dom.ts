/**
 * A tiny element builder. Attributes are set with `setAttribute` and text
 * with text nodes, so no string ever becomes markup.
 *
 * @example
 *   h('button', { type: 'button', 'aria-label': '关闭' }, ['×'])
 */

/** Attribute values; `false`/`undefined` leave the attribute out. */
export type Attrs = Record<string, string | number | boolean | undefined>;

/** Creates an element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  return el;
}

/** Removes every child of `el`. */
export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Applies a stylesheet to a shadow root: constructed sheets when supported (no CSP needed), else a `<style>`. */
export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.appendChild(h('style', {}, [css]));
  }
}
