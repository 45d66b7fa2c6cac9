/**
 * The widget's entry point, bundled by esbuild into `/widget.js`:
 *
 *   <script src="https://bot.example.com/widget.js" data-endpoint="https://bot.example.com"
 *           data-lang="zh" data-title="备案助手" data-color="#1765d8" data-position="right"
 *           data-z-index="2147483000" defer></script>
 *
 * It reads its own tag's `data-*` attributes, validates them and mounts the
 * chat launcher once the page is ready. No framework, no globals besides a
 * guard against being loaded twice.
 */
import { readOptions } from './options.ts';
import { HOST_TAG, mountWidget } from './widget.ts';

/** The script tag that loaded us (`currentScript`, or the last widget.js tag). */
function findScript(): HTMLScriptElement | undefined {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  const tags = document.querySelectorAll<HTMLScriptElement>('script[src*="widget.js"]');
  return tags[tags.length - 1];
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function start(script: HTMLScriptElement | undefined): void {
  if (document.querySelector(HOST_TAG)) return;
  const data = script?.dataset ?? {};
  const options = readOptions(
    { endpoint: data.endpoint, lang: data.lang, title: data.title, color: data.color, position: data.position, zIndex: data.zIndex },
    script?.src ?? '',
    location.href,
    navigator.language,
  );
  mountWidget(options, safeStorage());
}

const script = findScript();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => start(script), { once: true });
else start(script);
