/** Bundles src/server/start.ts and src/cli/main.ts into dist/. */
export function buildAll(): Promise<void>;
/** Deletes the files in `dir` that are not in `keep` (names relative to `dir`); returns what it deleted. */
export function removeStaleChunks(dir: string, keep: Iterable<string>): string[];
