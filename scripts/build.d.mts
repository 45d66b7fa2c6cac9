/** Bundles src/server/start.ts and src/cli/main.ts into dist/. */
export function buildAll(): Promise<void>;
