import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteAnalytics } from '../../src/analytics/index.ts';
import { bearerMatches } from '../../src/server/admin-routes.ts';
import { startHarness, type Harness } from './harness.ts';

const TOKEN = 'admin-token-0123456789';

describe('GET /admin/stats', () => {
  let on: Harness;
  let off: Harness;
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-bot-admin-'));

  beforeAll(async () => {
    const writer = new SqliteAnalytics({ dataDir, retentionDays: 90, log: () => {} });
    const base = { channel: 'web' as const, confidence: 0.2, clarify: false, handoff: false, latencyMs: 3 };
    writer.recordTurn({ ...base, at: Date.now(), session: 'web:a', text: '幕布怎么申请 13812345678', intent: 'fallback', fallback: true });
    writer.recordTurn({ ...base, at: Date.now(), session: 'web:b', text: '没收到短信', intent: 'faq.sms-not-received', fallback: false, confidence: 0.9 });
    await writer.close();
    on = await startHarness({ env: { ADMIN_TOKEN: TOKEN, DATA_DIR: dataDir } });
    off = await startHarness();
  });
  afterAll(async () => {
    await Promise.all([on.close(), off.close()]);
  });

  it('is off (404) without ADMIN_TOKEN', async () => {
    const res = await fetch(`${off.base}/admin/stats`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(404);
  });

  it('refuses a missing or wrong bearer token with a 401 JSON error', async () => {
    for (const authorization of [undefined, 'Bearer nope', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const res = await fetch(`${on.base}/admin/stats`, { headers: authorization ? { authorization } : {} });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
  });

  it('answers the analytics report as JSON for the right token, redacted', async () => {
    const res = await fetch(`${on.base}/admin/stats?since=1d`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    const body = await res.text();
    const report = JSON.parse(body) as { totals: { turns: number } };
    expect(report.totals.turns).toBe(2);
    expect(body).not.toContain('13812345678');
  });

  it('rejects a malformed since with 400', async () => {
    const res = await fetch(`${on.base}/admin/stats?since=forever`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(400);
  });

  it('compares tokens exactly', () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches('Bearer ', TOKEN)).toBe(false);
    expect(bearerMatches(undefined, TOKEN)).toBe(false);
  });
});
