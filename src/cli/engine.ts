/**
 * The engine the CLI commands use: the knowledge base from its snapshot
 * (no YAML or zod at start-up when `intents/` is unchanged) and in-memory
 * sessions. Imported directly rather than through `engine/index.ts` so the
 * bundled CLI starts fast.
 */
import { createEngine, type ConversationEngine } from '../engine/engine.ts';
import { loadKnowledgeBaseFast } from '../kb/snapshot.ts';
import { MemorySessionStore } from '../store/memory-session-store.ts';

export async function cliEngine(): Promise<ConversationEngine> {
  const kb = await loadKnowledgeBaseFast();
  return createEngine({ kb, store: new MemorySessionStore({ ttlSeconds: 24 * 3600 }) });
}
