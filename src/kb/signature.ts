/**
 * A cheap fingerprint of the knowledge-base folder (names, sizes, mtimes),
 * so a cached parse is reused only while no file was edited, added or removed.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Size and mtime of every file under `dir`: changes whenever any KB file is edited, added or removed. */
export function signatureOf(dir: string): string {
  const parts: string[] = [];
  const walk = (sub: string): void => {
    let names: string[];
    try {
      names = readdirSync(join(dir, sub)).sort();
    } catch {
      parts.push(`${sub}:-`);
      return;
    }
    for (const name of names) {
      const rel = sub ? `${sub}/${name}` : name;
      const stat = statSync(join(dir, rel));
      if (stat.isDirectory()) walk(rel);
      else parts.push(`${rel}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  walk('');
  return parts.join('|');
}

