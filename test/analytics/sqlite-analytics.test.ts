import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TurnRecord } from '../../src/engine/types.ts';
import { ANALYTICS_FILE } from '../../src/analytics/db.ts';
import { SqliteAnalytics } from '../../src/analytics/sqlite-analytics.ts';

const DAY = 86_400_000;
const turn = (over: Partial<TurnRecord>): TurnRecord => ({
  at: Date.now(), channel: 'web', session: 's1', text: '你好', intent: 'chat.greeting', confidence: 0.9,
  fallback: false, clarify: false, handoff: false, latencyMs: 4, ...over,
});

describe('SqliteAnalytics', () => {
  let dir = '';
  const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'analytics-')));
  afterEach(() => {
    vi.useRealTimers();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('never stores phone numbers, ID numbers, their last six digits, SMS codes or e-mails', async () => {
    fresh();
    const analytics = new SqliteAnalytics({ dataDir: join(dir, 'nested'), retentionDays: 90, log: () => {} });
    const session = 'wecom:13812345678';
    analytics.recordTurn(turn({ session, text: '我的手机号13812345678收不到验证码', intent: 'faq.sms-not-received' }));
    analytics.recordTurn(turn({ session, text: '验证码是482913,为什么提示失败', intent: 'msg.verify-failed' }));
    analytics.recordTurn(turn({ session, text: '身份证110101199003071234要填吗', intent: 'faq.id-number' }));
    analytics.recordTurn(turn({ session, text: '身份证后六位071234对不上', intent: 'fallback', fallback: true }));
    analytics.recordTurn(turn({ session, text: '发到 zhang.san@example.com 了吗', intent: 'fallback', fallback: true }));
    analytics.recordFeedback({ at: Date.now(), session, helpful: false, comment: '码482913 电话13812345678 没用' });
    await analytics.close();

    const file = join(dir, 'nested', ANALYTICS_FILE);
    const bytes = Buffer.concat(['', '-wal', '-shm'].filter((s) => existsSync(file + s)).map((s) => readFileSync(file + s)));
    for (const raw of ['13812345678', '482913', '110101199003071234', '071234', 'zhang.san@example.com', 'zhang.san']) {
      expect(bytes.includes(Buffer.from(raw)), raw).toBe(false);
    }
    const db = new Database(file, { readonly: true });
    const texts = (db.prepare('SELECT text FROM turns ORDER BY id').all() as Array<{ text: string }>).map((r) => r.text);
    expect(texts).toEqual([
      '我的手机号[phone]收不到验证码', '验证码是[code],为什么提示失败', '身份证[id]要填吗', '身份证后六位[code]对不上', '发到 [email] 了吗',
    ]);
    const sessions = db.prepare('SELECT DISTINCT session FROM turns').all() as Array<{ session: string }>;
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.session).toMatch(/^[0-9a-f]{64}$/);
    expect(db.prepare('SELECT comment FROM feedback').get()).toEqual({ comment: '码[code] 电话[phone] 没用' });
    db.close();
  });

  it('writes in batches off the request path: nothing at once, everything after the flush interval', async () => {
    fresh();
    const analytics = new SqliteAnalytics({ dataDir: dir, retentionDays: 90, log: () => {}, flushIntervalMs: 30 });
    for (let i = 0; i < 3; i += 1) analytics.recordTurn(turn({ text: `第${i}条` }));
    expect(analytics.stats()).toMatchObject({ written: 0, buffered: 3 });
    await new Promise((r) => setTimeout(r, 80));
    expect(analytics.stats()).toMatchObject({ written: 3, buffered: 0, errors: 0 });
    await analytics.close();
  });

  it('flushes early once a batch is full', async () => {
    fresh();
    const analytics = new SqliteAnalytics({ dataDir: dir, retentionDays: 90, log: () => {}, flushIntervalMs: 60_000, batchSize: 5 });
    for (let i = 0; i < 5; i += 1) analytics.recordTurn(turn({ confidence: Number.NaN }));
    await new Promise((r) => setTimeout(r, 20));
    expect(analytics.stats().written).toBe(5);
    await analytics.close();
  });

  it('keeps answering when the database file is read-only, and catches up once it is writable', async () => {
    fresh();
    await new SqliteAnalytics({ dataDir: dir, retentionDays: 90, log: () => {} }).close();
    const file = join(dir, ANALYTICS_FILE);
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    const logs: string[] = [];
    // root ignores file modes, so act as an unprivileged user while the file is read-only.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) process.seteuid!(65534);
    let analytics: SqliteAnalytics;
    try {
      analytics = new SqliteAnalytics({ dataDir: dir, retentionDays: 90, log: (l) => logs.push(l), maxBuffer: 10 });
      for (let i = 0; i < 25; i += 1) expect(() => analytics.recordTurn(turn({ text: `问题${i}` }))).not.toThrow();
      expect(() => analytics.flush()).not.toThrow();
      expect(() => analytics.flush()).not.toThrow();
    } finally {
      if (asRoot) process.seteuid!(0);
      chmodSync(dir, 0o755);
      chmodSync(file, 0o644);
    }
    expect(analytics.stats()).toMatchObject({ written: 0, dropped: 15, buffered: 10 });
    expect(analytics.stats().errors).toBeGreaterThanOrEqual(2);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/^analytics: cannot write/);

    analytics.flush();
    expect(analytics.stats()).toMatchObject({ written: 10, buffered: 0 });
    expect(logs[1]).toBe('analytics: writing works again');
    await analytics.close();
  });

  it('purges rows older than the retention at open and then daily', async () => {
    fresh();
    let now = Date.UTC(2025, 0, 1);
    const first = new SqliteAnalytics({ dataDir: dir, retentionDays: 365, log: () => {}, now: () => now });
    first.recordTurn(turn({ at: now - 100 * DAY, text: 'old' }));
    first.recordTurn(turn({ at: now - 10 * DAY, text: 'recent' }));
    first.recordTurn(turn({ at: now - 1000, text: 'today' }));
    first.recordFeedback({ at: now - 100 * DAY, session: 's1', helpful: true });
    await first.close();

    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    const second = new SqliteAnalytics({ dataDir: dir, retentionDays: 90, log: () => {}, now: () => now });
    const texts = () => {
      const db = new Database(join(dir, ANALYTICS_FILE), { readonly: true });
      const rows = db.prepare('SELECT text FROM turns ORDER BY at').all() as Array<{ text: string }>;
      const feedback = (db.prepare('SELECT COUNT(*) AS n FROM feedback').get() as { n: number }).n;
      db.close();
      return { texts: rows.map((r) => r.text), feedback };
    };
    expect(texts()).toEqual({ texts: ['recent', 'today'], feedback: 0 });
    now += 85 * DAY;
    vi.advanceTimersByTime(DAY);
    expect(texts()).toEqual({ texts: ['today'], feedback: 0 });
    await second.close();
  });
});
