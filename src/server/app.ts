/**
 * Builds the HTTP app (Fastify) around an engine: the REST API, the widget,
 * the demo page, health and metrics, plus whatever channels are passed in.
 * It never listens; `main.ts` does, and tests listen on port 0.
 *
 * @example
 *   const app = await buildApp({ config, engine, log, limiter, metrics });
 *   await app.listen({ host: config.host, port: config.port });
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { PROJECT_ROOT } from '../paths.ts';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Analytics, Engine, RateLimiter } from '../engine/types.ts';
import { adminRoutes } from './admin-routes.ts';
import { apiRoutes } from './api-routes.ts';
import { errorBody, toHttpError } from '../http-errors.ts';
import { lazyChild } from './logger.ts';
import { instrumentEngine, type Metrics } from './metrics.ts';
import { opsRoutes, type HealthCheck } from './ops-routes.ts';
import { pageRoutes } from './page-routes.ts';
import { loadDemoPage, loadWidgetAsset } from './static-assets.ts';

/** Registers one more channel (DingTalk, WeCom, Bot Framework…) on the app. */
export type ChannelRegistrar = (app: FastifyInstance) => void | Promise<void>;

/** Everything the app needs; nothing is read from the environment here. */
export interface AppDeps {
  config: Config;
  engine: Engine;
  log: Logger;
  limiter: RateLimiter;
  metrics: Metrics;
  analytics?: Analytics;
  /** Readiness probes shown by /healthz (`sessions`, `analytics`…). */
  checks?: Record<string, HealthCheck>;
  /** What /healthz says about the stores, e.g. `{ sessions: 'memory' }`. */
  storeInfo?: () => Record<string, unknown>;
  extraChannels?: ChannelRegistrar[];
}

declare module 'fastify' {
  interface FastifyInstance {
    /** True once shutdown began: /api/* and /healthz answer 503. */
    isShuttingDown(): boolean;
    /** Starts refusing new work (called by `close()` too). */
    beginShutdown(): void;
  }
}

const VERSION = (() => {
  try {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
})();

/** Paths refused with 503 while shutting down (pages may still be served; /healthz says so itself). */
const DRAINED = /^\/api\//;

/** Builds the app with every route registered and ready, not listening. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const engine = instrumentEngine(deps.engine, deps.metrics);
  const [widget, page] = await Promise.all([loadWidgetAsset(), loadDemoPage()]);
  let shuttingDown = false;

  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    childLoggerFactory: (logger, bindings, options) =>
      lazyChild(logger as unknown as Logger, bindings, options as Record<string, unknown>) as unknown as FastifyBaseLogger,
    trustProxy: 'loopback, uniquelocal',
    bodyLimit: 1024 * 1024,
    requestTimeout: 15_000,
    connectionTimeout: 30_000,
    keepAliveTimeout: 5_000,
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // Node checks header/request timeouts only this often (default 30 s): a slowloris client could hold a socket that long.
    http: { connectionsCheckingInterval: 1_000 },
    ajv: { customOptions: { coerceTypes: false, removeAdditional: true, allErrors: false } },
  });
  app.server.headersTimeout = 10_000;

  app.decorate('isShuttingDown', () => shuttingDown);
  app.decorate('beginShutdown', () => {
    shuttingDown = true;
  });
  app.addHook('preClose', async () => {
    shuttingDown = true;
  });

  // Hooks on every request are callback-style: an async hook costs a promise per request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'strict-origin-when-cross-origin');
    if (shuttingDown && DRAINED.test(request.url)) {
      reply.header('connection', 'close');
      reply.code(503).send(errorBody('shutting_down', 'The server is shutting down. Please retry shortly.'));
      return;
    }
    done();
  });

  // While draining, answers in flight close their keep-alive socket: no idle socket holds the exit for keepAliveTimeout.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (shuttingDown) reply.header('connection', 'close');
    done(null, payload);
  });

  app.addHook('onResponse', (request, reply, done) => {
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    deps.metrics.httpRequests.inc(labels);
    deps.metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
    done();
  });

  app.setErrorHandler(async (err, request, reply) => {
    const answer = toHttpError(err);
    if (answer.status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ code: answer.body.error.code, status: answer.status }, 'request refused');
    return reply.code(answer.status).send(answer.body);
  });
  app.setNotFoundHandler(async (request, reply) =>
    reply.code(404).send(errorBody('not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`)),
  );

  await app.register(apiRoutes, {
    prefix: '/api',
    engine,
    limiter: deps.limiter,
    metrics: deps.metrics,
    analytics: deps.analytics,
    rateLimitPerMinute: deps.config.rateLimitPerMinute,
  });
  await app.register(opsRoutes, {
    metrics: deps.metrics,
    version: VERSION,
    checks: deps.checks ?? {},
    storeInfo: deps.storeInfo,
    isShuttingDown: () => shuttingDown,
  });
  await app.register(pageRoutes, { widget, page });
  if (deps.config.adminToken) {
    await app.register(adminRoutes, { token: deps.config.adminToken, dataDir: resolve(deps.config.dataDir) });
  }
  for (const register of deps.extraChannels ?? []) await register(app);
  await app.ready();
  return app;
}
