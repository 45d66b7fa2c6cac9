/**
 * Builds dist/ once before any test runs, so tests that start the real
 * launcher (CLI and server child processes) never race to rebuild it.
 */
import { buildAll } from '../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await buildAll();
}
