import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteAnalytics } from '../../src/analytics/sqlite-analytics.ts';
import { parseDuration, runReport } from '../../src/cli/report.ts';

const NOW = Date.UTC(2025, 4, 10, 12);
const HOUR = 3_600_000;

function capture(dataDir: string) {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    dataDir,
    now: () => NOW,
  };
  return { out, io };
}

describe('parseDuration', () => {
  it('reads days, hours and minutes and rejects anything else', () => {
    expect(parseDuration('7d')).toBe(7 * 24 * HOUR);
    expect(parseDuration('24h')).toBe(24 * HOUR);
    expect(parseDuration('30m')).toBe(30 * 60_000);
    for (const bad of ['', '7', 'd', '0d', '1w', '-1h', '1.5h']) expect(parseDuration(bad), bad).toBeUndefined();
  });
});

describe('runReport', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cli-report-'));
    const analytics = new SqliteAnalytics({ dataDir: dir, retentionDays: 90, log: () => {}, now: () => NOW });
    const base = { channel: 'web' as const, confidence: 0.9, clarify: false, handoff: false, latencyMs: 3 };
    analytics.recordTurn({ ...base, at: NOW - 2 * HOUR, session: 's', text: '短信没到', intent: 'fallback', fallback: true });
    analytics.recordTurn({ ...base, at: NOW - 2 * HOUR + 1000, session: 's', text: '收不到短信', intent: 'faq.sms-not-received', fallback: false, resolvedFrom: 'faq.sms-not-received' });
    analytics.recordTurn({ ...base, at: NOW - 3 * 24 * HOUR, session: 't', text: '验证失败', intent: 'msg.verify-failed', fallback: false });
    await analytics.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the last 7 days for people by default', async () => {
    const { out, io } = capture(dir);
    expect(await runReport([], io)).toBe(0);
    expect(out.stdout).toContain('Turns:          3 in 2 conversations');
    expect(out.stdout).toContain('"短信没到"');
    expect(out.stdout).not.toContain('Suggested example phrases');
  });

  it('honours --since and prints JSON with --json', async () => {
    const { out, io } = capture(dir);
    expect(await runReport(['--since', '24h', '--json'], io)).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.totals.turns).toBe(2);
    expect(report.since).toBe(NOW - 24 * HOUR);
    expect(report).not.toHaveProperty('suggest');
  });

  it('adds suggested phrases with --suggest', async () => {
    const { out, io } = capture(dir);
    expect(await runReport(['--since=1d', '--json', '--suggest'], io)).toBe(0);
    expect(JSON.parse(out.stdout).suggest).toEqual([{ intent: 'faq.sms-not-received', phrases: [{ text: '短信没到', count: 1 }] }]);
    const text = capture(dir);
    await runReport(['--suggest'], text.io);
    expect(text.out.stdout).toContain('- "短信没到"');
  });

  it('rejects a malformed duration or an unknown option with usage and exit code 2', async () => {
    for (const argv of [['--since', '7x'], ['--since'], ['--bogus']]) {
      const { out, io } = capture(dir);
      expect(await runReport(argv, io)).toBe(2);
      expect(out.stderr).toContain('usage: report');
      expect(out.stdout).toBe('');
    }
  });

  it('reports an empty period when no analytics file exists yet', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'cli-report-empty-'));
    const { out, io } = capture(join(empty, 'missing'));
    expect(await runReport(['--json'], io)).toBe(0);
    expect(JSON.parse(out.stdout).totals.turns).toBe(0);
    rmSync(empty, { recursive: true, force: true });
  });
});
