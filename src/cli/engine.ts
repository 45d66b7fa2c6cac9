/**
 * The engine the CLI commands use: the configuration (DEFAULT_LANG,
 * HANDOFF_TEXT/URL from the environment or `.env`), the knowledge base from
 * its snapshot (no YAML parsing when `intents/` is unchanged) and in-memory
 * sessions. Imported directly rather than through `engine/index.ts` so the
 * bundled CLI starts fast.
 */
import { loadConfig } from '../config.ts';
import { createEngine, type ConversationEngine } from '../engine/engine.ts';
import { loadKnowledgeBaseFast } from '../kb/snapshot.ts';
import { MemorySessionStore } from '../store/memory-session-store.ts';

export async function cliEngine(): Promise<ConversationEngine> {
  const [config, kb] = await Promise.all([loadConfig(), loadKnowledgeBaseFast()]);
  return createEngine({
    kb,
    store: new MemorySessionStore({ ttlSeconds: config.sessionTtlSeconds }),
    defaultLang: config.defaultLang,
    handoff: config.handoff,
  });
}
