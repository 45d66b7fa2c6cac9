/**
 * The conversation engine: sessions, dialog and reply composition.
 * Example: `const engine = createDefaultEngine(); await engine.handle({ channel: 'cli', session: 'x', text: 'hi' })`.
 */
import { loadKnowledgeBase, resolveIntentsDir, type KnowledgeBase } from '../kb/index.ts';
import { MemorySessionStore } from '../store/memory-session-store.ts';
import { createEngine, type ConversationEngine, type EngineOptions } from './engine.ts';

// The engine
export { createEngine, type ConversationEngine, type EngineOptions } from './engine.ts';
export { respond, type DialogContext } from './dialog.ts';
export { publicAnswer, toPlain } from './compose.ts';

// Contracts with channels and stores
export type {
  Analytics,
  ChannelName,
  Engine,
  IncomingMessage,
  Link,
  QuickReply,
  RateLimiter,
  Reply,
  SessionState,
  SessionStore,
  TurnRecord,
} from './types.ts';

/**
 * An engine over the repo's knowledge base with in-memory sessions: what
 * tests and the CLI use. Pass options to override any part.
 */
export function createDefaultEngine(options: Partial<EngineOptions> & { kb?: KnowledgeBase } = {}): ConversationEngine {
  const kb = options.kb ?? loadKnowledgeBase(resolveIntentsDir());
  return createEngine({ ...options, kb, store: options.store ?? new MemorySessionStore({ ttlSeconds: 1800 }) });
}
