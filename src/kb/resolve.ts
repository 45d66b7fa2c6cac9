import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds the repo's `intents/` folder from this module's location, so it works
 * from any working directory (and from a bundle placed elsewhere in the repo).
 * Example: `loadKnowledgeBase(resolveIntentsDir())`.
 */
export function resolveIntentsDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, 'intents');
    if (existsSync(join(candidate, 'router.yaml'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from, '..', '..', 'intents');
    dir = parent;
  }
}
