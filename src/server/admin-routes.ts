/**
 * `GET /admin/stats[?since=7d]`: the analytics report as JSON, for dashboards.
 * Registered only when `ADMIN_TOKEN` is set (otherwise the route is a 404);
 * the bearer token is compared in constant time.
 *
 * @example
 *   curl -H "Authorization: Bearer $ADMIN_TOKEN" 'localhost:3978/admin/stats?since=24h'
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildReport, openAnalyticsReader } from '../analytics/index.ts';
import { parseDuration } from '../analytics/duration.ts';
import { errorBody } from '../http-errors.ts';

export interface AdminDeps {
  token: string;
  dataDir: string;
  now?: () => number;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** True when `header` is `Bearer <token>`; timing-safe over equal-length digests. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '';
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

export async function adminRoutes(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  const now = deps.now ?? Date.now;
  app.get<{ Querystring: { since?: string } }>('/admin/stats', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (!bearerMatches(request.headers.authorization, deps.token)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send(errorBody('unauthorized', 'A valid bearer token is required.'));
    }
    const since = request.query.since === undefined ? 7 * 86_400_000 : parseDuration(request.query.since);
    if (since === undefined) {
      return reply.code(400).send(errorBody('bad_request', 'since must be a duration such as 7d, 24h or 30m.'));
    }
    const db = openAnalyticsReader(deps.dataDir);
    try {
      const at = now();
      return buildReport(db, { since: at - since, now: at });
    } finally {
      db.close();
    }
  });
}
