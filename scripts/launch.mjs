/**
 * `npm start` / `npm run cli` entry: rebuilds dist/ when any file under src/
 * is newer than the last build (so a checkout never runs stale code), then
 * runs the bundled entry point. Usage: node scripts/launch.mjs server|cli [args…]
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = process.argv[2];
if (entry !== 'server' && entry !== 'cli') {
  process.stderr.write('usage: node scripts/launch.mjs server|cli [args…]\n');
  process.exit(2);
}
process.argv.splice(2, 1);

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const stamp = join(root, 'dist', '.built');
const target = join(root, 'dist', `${entry}.mjs`);
const stale =
  !existsSync(stamp) ||
  !existsSync(target) ||
  Math.max(newestMtime(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs) > statSync(stamp).mtimeMs;
if (stale) await (await import('./build.mjs')).buildAll();
await import(pathToFileURL(target).href);
