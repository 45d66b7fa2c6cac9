/**
 * Prometheus metrics of one process, on their own registry so tests and
 * several apps in one process never collide. Channels and the engine wrapper
 * increment them; `GET /metrics` prints `registry.metrics()`.
 *
 * @example
 *   const metrics = createMetrics();
 *   const engine = instrumentEngine(createDefaultEngine(), metrics);
 *   await engine.handle({ channel: 'web', session: 's1', text: '你好' }); // icp_bot_intents_total{intent="chat.greeting"} 1
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ChannelName, Engine, Reply } from '../engine/types.ts';

/** Every series the bot exports. */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  intents: Counter<'intent' | 'channel'>;
  fallbacks: Counter<'channel'>;
  handoffs: Counter<'channel'>;
  clarifications: Counter<'channel'>;
  rateLimited: Counter<'scope'>;
  /** Counts one answered turn: its intent and flags. */
  recordReply(channel: ChannelName, reply: Reply): void;
}

/** Creates the metrics on a fresh registry (`defaults: false` skips process metrics). */
export function createMetrics(options: { defaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaults !== false) collectDefaultMetrics({ register: registry, prefix: 'icp_bot_' });
  const registers = [registry];
  const httpRequests = new Counter({
    name: 'icp_bot_http_requests_total',
    help: 'HTTP requests answered, by route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
  });
  const httpDuration = new Histogram({
    name: 'icp_bot_http_request_duration_seconds',
    help: 'HTTP request latency in seconds, by route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const intents = new Counter({
    name: 'icp_bot_intents_total',
    help: 'Answered turns by intent and channel.',
    labelNames: ['intent', 'channel'] as const,
    registers,
  });
  const fallbacks = new Counter({
    name: 'icp_bot_fallbacks_total',
    help: 'Turns nothing in scope matched well enough.',
    labelNames: ['channel'] as const,
    registers,
  });
  const handoffs = new Counter({
    name: 'icp_bot_handoffs_total',
    help: 'Turns that handed the user to a person.',
    labelNames: ['channel'] as const,
    registers,
  });
  const clarifications = new Counter({
    name: 'icp_bot_clarifications_total',
    help: 'Turns that asked the user to clarify.',
    labelNames: ['channel'] as const,
    registers,
  });
  const rateLimited = new Counter({
    name: 'icp_bot_rate_limited_total',
    help: 'Requests refused by the rate limiter, by key scope (ip or session).',
    labelNames: ['scope'] as const,
    registers,
  });
  return {
    registry,
    httpRequests,
    httpDuration,
    intents,
    fallbacks,
    handoffs,
    clarifications,
    rateLimited,
    recordReply(channel, reply) {
      intents.inc({ intent: reply.intent, channel });
      if (reply.flags.fallback) fallbacks.inc({ channel });
      if (reply.flags.handoff) handoffs.inc({ channel });
      if (reply.flags.clarify) clarifications.inc({ channel });
    },
  };
}

const INSTRUMENTED = Symbol('icp-bot.instrumented');

/**
 * Wraps an engine so every reply, from any channel, is counted once.
 * Wrapping an already wrapped engine returns it unchanged.
 */
export function instrumentEngine(engine: Engine, metrics: Metrics): Engine {
  if ((engine as Engine & { [INSTRUMENTED]?: Metrics })[INSTRUMENTED] === metrics) return engine;
  const wrapped: Engine & { [INSTRUMENTED]: Metrics } = {
    [INSTRUMENTED]: metrics,
    async handle(message) {
      const reply = await engine.handle(message);
      metrics.recordReply(message.channel, reply);
      return reply;
    },
  };
  return wrapped;
}
