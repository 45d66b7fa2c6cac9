/**
 * `npm start`: reads the configuration once, loads the knowledge base,
 * creates the stores, analytics and engine, mounts every channel whose
 * secrets are set (each one off says so in one log line), listens, and shuts
 * down gracefully on SIGTERM/SIGINT. A wrong setting stops start-up with one
 * line naming the variable; so does an invalid knowledge base.
 *
 * @example
 *   PORT=8080 npm start   # {"msg":"listening on http://127.0.0.1:8080",...}
 */
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { SqliteAnalytics } from '../analytics/index.ts';
import { loadConfig, type Config } from '../config.ts';
import { createEngine } from '../engine/index.ts';
import { ConfigError, KnowledgeBaseError } from '../errors.ts';
import { loadKnowledgeBase, resolveIntentsDir } from '../kb/index.ts';
import { createStores } from '../store/index.ts';
import { buildApp } from './app.ts';
import { coalesceReplies } from './coalesce.ts';
import { platformChannels } from './channels.ts';
import { createLogger } from './logger.ts';
import { createMetrics, instrumentEngine } from './metrics.ts';
import { onShutdownSignals } from './shutdown.ts';
import { describeSize, loadWidgetAsset } from './static-assets.ts';

/** A running server and how to stop it. */
export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** Stops accepting, waits for requests in flight, closes stores and analytics. */
  close(): Promise<void>;
}

/** Builds everything from a configuration and listens. */
export async function startServer(config: Config, log = createLogger(config.logLevel)): Promise<RunningServer> {
  const kb = loadKnowledgeBase(resolveIntentsDir());
  const stores = createStores({
    redisUrl: config.redisUrl,
    sessionTtlSeconds: config.sessionTtlSeconds,
    rateLimitPerMinute: config.rateLimitPerMinute,
    log: (line) => log.warn(line),
  });
  const analytics = new SqliteAnalytics({
    dataDir: resolve(config.dataDir),
    retentionDays: config.analyticsRetentionDays,
    log: (line) => log.warn(line),
  });
  const metrics = createMetrics();
  // Coalescing sits inside the metrics wrapper: buildApp recognises an instrumented engine and does not count twice.
  const engine = instrumentEngine(
    coalesceReplies(createEngine({ kb, store: stores.sessions, defaultLang: config.defaultLang, handoff: config.handoff, analytics })),
    metrics,
  );
  const extraChannels = platformChannels({ engine, config, log });

  log.info(describeSize(await loadWidgetAsset()));
  const app = await buildApp({ config, engine, log, limiter: stores.limiter, metrics, analytics, extraChannels,
    storeInfo: () => ({ sessions: stores.kind, rateLimits: stores.kind, ...stores.stats() }),
  });
  const address = await app.listen({ host: config.host, port: config.port });
  log.info({ stores: stores.kind }, `listening on ${address}`);
  return {
    app,
    url: address,
    async close() {
      await app.close();
      await Promise.allSettled([stores.close(), analytics.close()]);
    },
  };
}

/** The `npm start` entry point (run by `start.ts`). */
export async function main(): Promise<void> {
  let config: Config;
  try {
    config = await loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  try {
    const server = await startServer(config, log);
    onShutdownSignals(() => server.close(), log);
  } catch (err) {
    if (err instanceof KnowledgeBaseError) process.stderr.write(`${err.message}\n`);
    else log.fatal({ err }, 'start-up failed');
    process.exit(1);
  }
}
