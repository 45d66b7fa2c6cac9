/**
 * Where the project's own files are, found by walking up from this module to
 * the folder holding package.json and intents/: the same answer whether the
 * code runs from src/ (tsx, vitest) or from the bundle in dist/.
 *
 * @example
 *   join(PROJECT_ROOT, 'src', 'widget', 'index.ts')
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'intents'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from, '..');
    dir = parent;
  }
}

/** The project's root folder. */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
