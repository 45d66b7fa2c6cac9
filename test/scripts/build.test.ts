import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleChunks } from '../../scripts/build.mjs';
import { PROJECT_ROOT } from '../../src/paths.ts';

describe('scripts/build.mjs', () => {
  it('removeStaleChunks deletes what the new build did not write and keeps the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icp-bot-chunks-'));
    for (const name of ['chunk-NEW.mjs', 'chunk-NEW.mjs.map', 'chunk-OLD.mjs', 'chunk-OLD.mjs.map']) writeFileSync(join(dir, name), '');
    expect(removeStaleChunks(dir, ['chunk-NEW.mjs', 'chunk-NEW.mjs.map']).sort()).toEqual(['chunk-OLD.mjs', 'chunk-OLD.mjs.map']);
    expect(readdirSync(dir).sort()).toEqual(['chunk-NEW.mjs', 'chunk-NEW.mjs.map']);
  });

  it('dist/chunks holds only the chunks the entry points of the last build import', () => {
    // Global setup ran buildAll(): every chunk left is reachable from server.mjs or cli.mjs.
    const dist = join(PROJECT_ROOT, 'dist');
    const reachable = new Set<string>();
    const visit = (file: string) => {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from\s*|import\(\s*)"(\.{1,2}\/[^"]+\.mjs)"/g)) {
        const path = join(dirname(file), spec!);
        if (reachable.has(path)) continue;
        reachable.add(path);
        visit(path);
      }
    };
    visit(join(dist, 'server.mjs'));
    visit(join(dist, 'cli.mjs'));
    const chunks = readdirSync(join(dist, 'chunks')).filter((n) => n.endsWith('.mjs'));
    expect(chunks.length).toBeGreaterThan(0);
    for (const name of chunks) expect(reachable, name).toContain(join(dist, 'chunks', name));
    for (const path of reachable) expect(existsSync(path)).toBe(true);
  });
});
