/**
 * `POST /api/chat` and `POST /api/feedback`: the widget's and REST clients'
 * way in. Bodies are JSON only, at most 16 KB, validated by JSON schema;
 * a chat without `session` gets a fresh random one. Registered as an
 * encapsulated plugin so its stricter parsers and limits stay here.
 *
 * @example
 *   curl -s localhost:3978/api/chat -H 'content-type: application/json' -d '{"text":"验证码没收到"}'
 *   # {"session":"4f0c…","intent":"faq.sms-not-received","confidence":0.93,"text":"…","suggestions":[…],"slots":{}}
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { redactPii } from '../core/pii.ts';
import { publicAnswer } from '../engine/compose.ts';
import type { Analytics, Engine, RateLimiter } from '../engine/types.ts';
import type { Metrics } from './metrics.ts';
import { refuseIfLimited } from './rate-limit.ts';

/** Dependencies of the API routes. */
export interface ApiDeps {
  engine: Engine;
  limiter: RateLimiter;
  metrics: Metrics;
  analytics?: Analytics;
  rateLimitPerMinute: number;
  now?: () => number;
}

/** A session id: 1–128 characters of letters, digits and `_-:.`. */
export const SESSION_PATTERN = '^[A-Za-z0-9_:.\\-]{1,128}$';
/** Bodies of /api/* are never larger than this. */
export const API_BODY_LIMIT = 16 * 1024;

interface ChatBody {
  session?: string;
  text: string;
  lang?: 'zh' | 'en';
}

interface FeedbackBody {
  session: string;
  helpful: boolean;
  comment?: string;
  intent?: string;
}

const chatSchema = {
  type: 'object',
  required: ['text'],
  properties: {
    session: { type: 'string', pattern: SESSION_PATTERN },
    text: { type: 'string', minLength: 1, maxLength: 2000, pattern: '\\S' },
    lang: { type: 'string', enum: ['zh', 'en'] },
  },
} as const;

const feedbackSchema = {
  type: 'object',
  required: ['session', 'helpful'],
  properties: {
    session: { type: 'string', pattern: SESSION_PATTERN },
    helpful: { type: 'boolean' },
    comment: { type: 'string', maxLength: 1000 },
    intent: { type: 'string', maxLength: 64 },
  },
} as const;

/** CORS for the widget on other sites: no cookies are used, so any origin may call. */
function allowCrossOrigin(reply: FastifyReply): void {
  reply.header('access-control-allow-origin', '*');
  reply.header('access-control-expose-headers', 'retry-after');
}

/** Registers the API routes (mount with `prefix: '/api'`). */
export async function apiRoutes(app: FastifyInstance, deps: ApiDeps): Promise<void> {
  const now = deps.now ?? Date.now;
  const limits = { limiter: deps.limiter, metrics: deps.metrics, enabled: deps.rateLimitPerMinute > 0 };
  // JSON only: a text/plain body is a 415, not a string handed to the schema.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', (_req, reply, done) => {
    allowCrossOrigin(reply);
    done();
  });

  const preflight = async (_req: FastifyRequest, reply: FastifyReply) => {
    reply
      .header('access-control-allow-methods', 'POST, OPTIONS')
      .header('access-control-allow-headers', 'content-type')
      .header('access-control-max-age', '600')
      .code(204)
      .send();
  };
  app.options('/chat', preflight);
  app.options('/feedback', preflight);

  app.post('/chat', { schema: { body: chatSchema }, bodyLimit: API_BODY_LIMIT }, async (request: FastifyRequest, reply) => {
    const body = request.body as ChatBody;
    const session = body.session ?? randomUUID();
    // `request.ip` runs proxy-addr over X-Forwarded-For: only worth it when limits are on.
    if (limits.enabled && (await refuseIfLimited(limits, [`ip:${request.ip}`, body.session ? `s:${body.session}` : undefined], reply))) return reply;
    const answer = await deps.engine.handle({ channel: 'web', session, text: body.text, lang: body.lang });
    return {
      session,
      ...publicAnswer(answer),
      quickReplies: answer.suggestions,
      links: answer.links,
      lang: answer.lang,
      handoff: answer.flags.handoff,
    };
  });

  app.post('/feedback', { schema: { body: feedbackSchema }, bodyLimit: API_BODY_LIMIT }, async (request, reply) => {
    const body = request.body as FeedbackBody;
    if (limits.enabled && (await refuseIfLimited(limits, [`fb:${request.ip}`], reply))) return reply;
    deps.analytics?.recordFeedback({
      at: now(),
      // The engine records turns under `<channel>:<session>`; feedback joins them.
      session: `web:${body.session}`,
      helpful: body.helpful,
      comment: body.comment === undefined ? undefined : redactPii(body.comment),
    });
    return { ok: true };
  });
}
