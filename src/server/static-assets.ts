/**
 * The two files the server sends from memory: the widget bundle (built once
 * from `src/widget/index.ts` by esbuild's JS API) and the demo help page.
 * Each is kept as text, gzip and an ETag, built once per process.
 *
 * @example
 *   const widget = await loadWidgetAsset();
 *   console.log(widget.gzip.length); // bytes on the wire, ≤ 15 KB
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';
import { gzipSync } from 'node:zlib';

/** One file held in memory, ready to send. */
export interface StaticAsset {
  body: Buffer;
  gzip: Buffer;
  etag: string;
  contentType: string;
}

/** The widget's entry point. */
export const WIDGET_ENTRY = join(PROJECT_ROOT, 'src', 'widget', 'index.ts');
const DEMO_PAGE = join(PROJECT_ROOT, 'src', 'server', 'demo-page.html');

/** Wraps bytes as an asset with its gzip and a strong ETag. */
export function toAsset(body: Buffer, contentType: string): StaticAsset {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, gzip: gzipSync(body, { level: 9 }), etag, contentType };
}

/** Bundles the widget: one minified ES2019 IIFE, no source map. */
export async function buildWidget(): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [WIDGET_ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no widget bundle');
  return file.text;
}

let widgetPromise: Promise<StaticAsset> | undefined;
/** The widget asset, built on first use and shared by every app in the process. */
export function loadWidgetAsset(): Promise<StaticAsset> {
  widgetPromise ??= buildWidget().then((js) => toAsset(Buffer.from(js, 'utf8'), 'application/javascript; charset=utf-8'));
  widgetPromise.catch(() => {
    widgetPromise = undefined;
  });
  return widgetPromise;
}

/** The demo page with the sha256 sources of its inline `<style>` blocks (for the CSP). */
export interface DemoPage extends StaticAsset {
  styleHashes: string[];
}

let demoPromise: Promise<DemoPage> | undefined;
/** Reads the demo help page once. */
export function loadDemoPage(): Promise<DemoPage> {
  demoPromise ??= readFile(DEMO_PAGE).then((body) => {
    const html = body.toString('utf8');
    const styleHashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      (m) => `'sha256-${createHash('sha256').update(m[1] ?? '', 'utf8').digest('base64')}'`,
    );
    return { ...toAsset(body, 'text/html; charset=utf-8'), styleHashes };
  });
  return demoPromise;
}

/** Minimal, self-describing size report printed by the build: `widget.js 41.2 KB, gzip 11.9 KB`. */
export function describeSize(asset: StaticAsset): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return `widget.js ${kb(asset.body.length)}, gzip ${kb(asset.gzip.length)}`;
}
