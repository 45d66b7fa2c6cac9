/**
 * Reads and validates the widget's `data-*` attributes. Nothing the host
 * page writes reaches HTML or CSS unchecked: colours must be `#hex` or
 * `rgb()/rgba()`, the z-index an integer, the endpoint an http(s) URL, the
 * title plain text (it is only ever set with `textContent`).
 *
 * @example
 *   readOptions({ endpoint: '/', color: '#0a6cff' }, 'https://bot.example.com/widget.js', 'https://shop.example/', 'zh-CN')
 *   // { endpoint: 'https://bot.example.com', lang: 'zh', color: '#0a6cff', position: 'right', zIndex: 2147483000, ... }
 */

export type WidgetLang = 'zh' | 'en';

/** The validated widget settings. */
export interface WidgetOptions {
  /** Base URL of the bot server, no trailing slash (`<endpoint>/api/chat`). */
  endpoint: string;
  lang: WidgetLang;
  /** True when the host page chose the language: replies are then forced to it. */
  langForced: boolean;
  title?: string;
  color: string;
  position: 'right' | 'left';
  zIndex: number;
}

/** The attributes as read from the script tag (`script.dataset`). */
export interface RawOptions {
  endpoint?: string;
  lang?: string;
  title?: string;
  color?: string;
  position?: string;
  zIndex?: string;
}

const DEFAULT_COLOR = '#1765d8';
const DEFAULT_Z = 2147483000;
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*\d{1,3}%?\s*,\s*\d{1,3}%?\s*,\s*\d{1,3}%?\s*(?:,\s*(?:0|1|0?\.\d+|\d{1,3}%)\s*)?\)$/i;

/** A safe CSS colour or undefined. */
export function safeColor(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v && (HEX.test(v) || RGB.test(v)) ? v : undefined;
}

/** An integer z-index within CSS's range, or undefined. */
export function safeZIndex(value: string | undefined): number | undefined {
  const v = value?.trim();
  if (!v || !/^-?\d{1,10}$/.test(v)) return undefined;
  const n = Number(v);
  return Math.abs(n) <= 2147483647 ? n : undefined;
}

/** An http(s) base URL without trailing `/`, `/api` or `/api/chat`, or undefined. */
export function safeEndpoint(value: string | undefined, base: string): string | undefined {
  if (!value?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api(?:\/chat)?$/, '');
  return `${url.origin}${path}`;
}

/** The language from a BCP 47 tag: Chinese of any region is zh, anything else en. */
export function langFromLocale(locale: string | undefined): WidgetLang {
  return /^zh\b/i.test(locale ?? '') ? 'zh' : 'en';
}

/** Validates every attribute; wrong values fall back to defaults. */
export function readOptions(raw: RawOptions, scriptSrc: string, pageUrl: string, locale?: string): WidgetOptions {
  const explicitLang = raw.lang === 'zh' || raw.lang === 'en' ? raw.lang : undefined;
  const scriptOrigin = safeEndpoint(scriptSrc ? new URL(scriptSrc, pageUrl).origin : pageUrl, pageUrl) ?? '';
  const title = raw.title?.replace(/\s+/g, ' ').trim().slice(0, 60);
  return {
    endpoint: safeEndpoint(raw.endpoint, pageUrl) ?? scriptOrigin,
    lang: explicitLang ?? langFromLocale(locale),
    langForced: explicitLang !== undefined,
    title: title || undefined,
    color: safeColor(raw.color) ?? DEFAULT_COLOR,
    position: raw.position === 'left' ? 'left' : 'right',
    zIndex: safeZIndex(raw.zIndex) ?? DEFAULT_Z,
  };
}
