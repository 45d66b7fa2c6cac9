/**
 * Operations endpoints: `GET /healthz` (liveness and readiness, 503 while
 * shutting down or when a store is down) and `GET /metrics` (Prometheus).
 *
 * @example
 *   curl -s localhost:3978/healthz   # {"status":"ok","uptime":12.3,"version":"0.1.0","stores":{"sessions":"memory"}}
 */
import type { FastifyInstance } from 'fastify';
import { errorBody } from '../http-errors.ts';
import type { Metrics } from './metrics.ts';

/** A readiness probe of one dependency: resolves true when it is usable. */
export type HealthCheck = () => Promise<boolean>;

/** Dependencies of the operations routes. */
export interface OpsDeps {
  metrics: Metrics;
  version: string;
  checks: Record<string, HealthCheck>;
  /** What /healthz reports about the stores (kind, degraded counters). */
  storeInfo?: () => Record<string, unknown>;
  isShuttingDown: () => boolean;
}

/** Runs every check with a time bound; a throw or timeout counts as down. */
async function runChecks(checks: Record<string, HealthCheck>, timeoutMs = 2000): Promise<Record<string, 'ok' | 'down'>> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const ok = await Promise.race([check().catch(() => false), timeout]);
      clearTimeout(timer);
      return [name, ok ? 'ok' : 'down'] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Registers `/healthz` and `/metrics`. */
export async function opsRoutes(app: FastifyInstance, deps: OpsDeps): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    if (deps.isShuttingDown()) {
      return reply.code(503).send(errorBody('shutting_down', 'The server is shutting down.'));
    }
    const checks = await runChecks(deps.checks);
    const down = Object.entries(checks).filter(([, state]) => state === 'down');
    if (down.length > 0) {
      return reply.code(503).send(errorBody('not_ready', `Not ready: ${down.map(([name]) => name).join(', ')} unavailable.`));
    }
    const stores = { ...deps.storeInfo?.(), ...checks };
    return { status: 'ok', uptime: Math.round(process.uptime() * 10) / 10, version: deps.version, stores };
  });

  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', deps.metrics.registry.contentType).header('cache-control', 'no-store');
    return deps.metrics.registry.metrics();
  });
}
