/**
 * Bundles the two entry points (server and CLI) with esbuild into dist/, so
 * `npm start` and `npm run cli` load one prebuilt file instead of compiling
 * TypeScript at every start. Dependencies stay in node_modules (external).
 * Run by `npm install` (prepare) and, when src/ changed, by scripts/launch.mjs.
 * Chunks left by earlier builds (their names carry a content hash) are deleted
 * once the new build is written, so dist/ does not grow with every rebuild.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildAll() {
  mkdirSync(join(root, 'dist'), { recursive: true });
  const result = await build({
    absWorkingDir: root,
    metafile: true,
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
  const chunks = join(root, 'dist', 'chunks');
  removeStaleChunks(chunks, Object.keys(result.metafile.outputs).map((file) => relative(chunks, join(root, file))));
  writeFileSync(join(root, 'dist', '.built'), `${Date.now()}\n`);
}

/** Deletes the files in `dir` that are not in `keep` (names relative to `dir`); returns what it deleted. */
export function removeStaleChunks(dir, keep) {
  const current = new Set(keep);
  const stale = readdirSync(dir).filter((name) => !current.has(name));
  for (const name of stale) rmSync(join(dir, name), { force: true, recursive: true });
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
}
