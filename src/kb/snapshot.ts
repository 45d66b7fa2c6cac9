/**
 * A validated knowledge base saved as JSON next to the dependencies
 * (`node_modules/.cache/icp-sms-bot/`), so a start-up whose `intents/` did
 * not change skips YAML parsing and zod entirely (~0.4 s → ~5 ms). Any edit
 * to `intents/` or a rebuilt program changes the signature and forces a full,
 * validating load, which then refreshes the snapshot.
 *
 * @example
 *   const kb = await loadKnowledgeBaseFast();   // same result as loadKnowledgeBase()
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from './load.ts';
import { signatureOf } from './signature.ts';

const VERSION = 2;
const self = fileURLToPath(import.meta.url);

interface Snapshot {
  signature: string;
  kb: Omit<KnowledgeBase, 'intents'> & { intents: Array<[string, unknown]> };
}

function snapshotPath(dir: string): string {
  return join(dirname(dir), 'node_modules', '.cache', 'icp-sms-bot', 'kb-snapshot.json');
}

function currentSignature(dir: string): string {
  return `${VERSION}|${statSync(self).mtimeMs}|${signatureOf(dir)}`;
}

/** The knowledge base, from the snapshot when `intents/` is unchanged, else fully loaded and validated. */
export async function loadKnowledgeBaseFast(dir?: string): Promise<KnowledgeBase> {
  const { resolveIntentsDir } = await import('./resolve.ts');
  const root = resolve(dir ?? resolveIntentsDir());
  const file = snapshotPath(root);
  const signature = currentSignature(root);
  try {
    const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
    if (snap.signature === signature) return { ...snap.kb, intents: new Map(snap.kb.intents) } as KnowledgeBase;
  } catch {
    // No snapshot yet, or an unreadable one: load fully below.
  }
  const { loadKnowledgeBase } = await import('./load.ts');
  const kb = loadKnowledgeBase(root);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ signature, kb: { ...kb, intents: [...kb.intents] } }));
    renameSync(tmp, file);
  } catch {
    // A read-only install still works; it just loads fully every time.
  }
  return kb;
}
