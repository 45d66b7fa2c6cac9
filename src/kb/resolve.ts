import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';

/**
 * The repo's `intents/` folder, found from the project root (so it works from
 * any working directory, from src/ and from the bundle in dist/).
 * Example: `loadKnowledgeBase(resolveIntentsDir())`.
 */
export function resolveIntentsDir(): string {
  return join(PROJECT_ROOT, 'intents');
}
