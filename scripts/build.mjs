/**
 * Bundles the two entry points (server and CLI) with esbuild into dist/, so
 * `npm start` and `npm run cli` load one prebuilt file instead of compiling
 * TypeScript at every start. Dependencies stay in node_modules (external).
 * Run by `npm install` (prepare) and, when src/ changed, by scripts/launch.mjs.
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildAll() {
  mkdirSync(join(root, 'dist'), { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: { server: 'src/server/start.ts', cli: 'src/cli/main.ts' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
  writeFileSync(join(root, 'dist', '.built'), `${Date.now()}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
}
