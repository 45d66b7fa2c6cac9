/**
 * The conversation engine every channel calls: one turn is a locked
 * read-respond-write on the session store, then an analytics record off the
 * request path. Free of HTTP and platform details.
 *
 * @example
 *   const engine = createEngine({ kb, store: new MemorySessionStore({ ttlSeconds: 1800 }), defaultLang: 'zh' });
 *   const reply = await engine.handle({ channel: 'web', session: 'abc', text: '没收到短信' });
 */
import { redactPii } from '../core/pii.ts';
import { createRouter, type Router } from '../core/route.ts';
import { normalizeText } from '../core/normalize.ts';
import type { Lang } from '../core/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import { respond, type DialogContext } from './dialog.ts';
import type { Analytics, Engine, IncomingMessage, Reply, SessionStore } from './types.ts';

export interface EngineOptions {
  kb: KnowledgeBase;
  store: SessionStore;
  defaultLang?: Lang;
  handoff?: { text?: string; url?: string };
  analytics?: Analytics;
  /** A router already built from `kb` (building one indexes every example). */
  router?: Router;
  now?: () => number;
}

/** An engine that also exposes the router it was built with. */
export interface ConversationEngine extends Engine {
  readonly router: Router;
  /** The source-document section an intent's answer comes from. */
  sourceOf(intent: string): string | undefined;
}

/** Longest text a turn keeps; anything longer is cut before it reaches the router. */
const MAX_TEXT = 16_000;

export function createEngine(options: EngineOptions): ConversationEngine {
  const { kb, store, analytics } = options;
  const now = options.now ?? Date.now;
  const router = options.router ?? createRouter(kb);
  const titles = new Map<string, string>();
  for (const intent of kb.intents.values()) {
    if (intent.id === 'fallback') continue;
    titles.set(normalizeText(intent.title.zh), intent.id);
    titles.set(normalizeText(intent.title.en), intent.id);
  }
  const ctx: DialogContext = { kb, router, defaultLang: options.defaultLang ?? 'zh', handoff: options.handoff ?? {}, titles };

  return {
    router,
    sourceOf: (intent) => kb.intents.get(intent)?.source,
    async handle(message: IncomingMessage): Promise<Reply> {
      const started = now();
      const text = typeof message.text === 'string' ? message.text.slice(0, MAX_TEXT) : '';
      const turn = { ...message, text };
      const key = `${message.channel}:${message.session}`;
      const { reply, clicked } = await store.transact(key, async (prev) => {
        const { reply, next, clicked } = respond(ctx, prev, turn);
        return { next, result: { reply, clicked } };
      });
      analytics?.recordTurn({
        at: started,
        channel: message.channel,
        session: key,
        text: redactPii(text),
        intent: reply.intent,
        confidence: reply.confidence,
        fallback: reply.flags.fallback,
        clarify: reply.flags.clarify,
        handoff: reply.flags.handoff,
        latencyMs: now() - started,
        // A clicked topic sends the topic's title: that is how a fallback gets resolved.
        resolvedFrom: clicked,
      });
      return reply;
    },
  };
}
