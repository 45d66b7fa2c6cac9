/**
 * Starts the real app (real engine, knowledge base, rate limiter, SQLite
 * analytics in a temp dir) on a loopback port, and keeps every log line so
 * tests can check what was logged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { SqliteAnalytics } from '../../src/analytics/index.ts';
import { parseConfig, type Config } from '../../src/config.ts';
import { createDefaultEngine } from '../../src/engine/index.ts';
import type { Engine } from '../../src/engine/types.ts';
import { buildApp } from '../../src/server/app.ts';
import { platformChannels } from '../../src/server/channels.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createMetrics, type Metrics } from '../../src/server/metrics.ts';
import { MemoryRateLimiter } from '../../src/store/index.ts';

export interface Harness {
  app: FastifyInstance;
  base: string;
  config: Config;
  metrics: Metrics;
  analytics: SqliteAnalytics;
  dataDir: string;
  logs: string[];
  close(): Promise<void>;
}

/** Builds and listens (Bot Framework off unless `env` turns it on); `env` overrides configuration, `wrap` may decorate the real engine (e.g. slow it down). */
export async function startHarness(
  options: { env?: Record<string, string>; wrap?: (engine: Engine) => Engine; port?: number } = {},
): Promise<Harness> {
  const config = parseConfig({ PORT: '0', LOG_LEVEL: 'info', BOTFRAMEWORK_ENABLED: 'false', ...options.env });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const log = createLogger(config.logLevel, sink);
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-bot-server-'));
  const analytics = new SqliteAnalytics({ dataDir, retentionDays: 90, log: () => {}, flushIntervalMs: 10 });
  const base = createDefaultEngine({ analytics, defaultLang: config.defaultLang, handoff: config.handoff });
  const engine = options.wrap ? options.wrap(base) : base;
  const metrics = createMetrics({ defaults: false });
  const limiter = new MemoryRateLimiter({ limitPerMinute: config.rateLimitPerMinute });
  const extraChannels = platformChannels({ engine, config, log });
  const app = await buildApp({ config, engine, log, limiter, metrics, analytics, extraChannels });
  const address = await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  return {
    app,
    base: address,
    config,
    metrics,
    analytics,
    dataDir,
    logs,
    async close() {
      await app.close();
      await analytics.close();
      await limiter.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** POSTs JSON (or any body with the given content type). */
export function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
