import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnRecord } from '../../src/engine/types.ts';
import { openAnalyticsReader, type Db } from '../../src/analytics/db.ts';
import { buildReport, formatReport } from '../../src/analytics/report.ts';
import { SqliteAnalytics } from '../../src/analytics/sqlite-analytics.ts';

const NOW = Date.UTC(2025, 4, 10, 12);
const MIN = 60_000;

function t(session: string, minutesAgo: number, intent: string, text: string, extra: Partial<TurnRecord> = {}): TurnRecord {
  return {
    at: NOW - minutesAgo * MIN, channel: 'web', session, text, intent, confidence: intent === 'fallback' ? 0.2 : 0.9,
    fallback: intent === 'fallback', clarify: false, handoff: false, latencyMs: 5, ...extra,
  };
}

/** A scripted week of conversations. */
const TURNS: TurnRecord[] = [
  t('a', 100, 'fallback', '短信一直没收到啊'),
  t('a', 99, 'faq.sms-not-received', '收不到短信怎么办', { resolvedFrom: 'faq.sms-not-received' }),
  t('b', 90, 'fallback', '短信一直没收到'),
  t('b', 89, 'faq.sms-not-received', '收不到短信怎么办', { resolvedFrom: 'faq.sms-not-received' }),
  t('c', 80, 'fallback', '我的号码13812345678停机了'),
  t('c', 60, 'faq.phone-unavailable', '手机号停用了怎么办', { resolvedFrom: 'faq.phone-unavailable' }), // 20 min later: too late
  t('d', 70, 'fallback', '备案幕布在哪领'),
  t('d', 69, 'chat.greeting', '你好'), // typed, not clicked: breaks the chain
  t('d', 68, 'faq.deadline', '验证要在多久内完成', { resolvedFrom: 'faq.deadline' }),
  t('e', 50, 'fallback', '短信一直没有收到啊'),
  t('e', 49, 'faq.who-verifies', '谁要验证', { clarify: true }),
  t('e', 48, 'chat.handoff', '转人工', { handoff: true }),
  t('f', 30, 'msg.verify-failed', '验证失败', { latencyMs: 50 }),
  t('old', 60 * 24 * 30, 'fallback', '上个月的问题'),
];

describe('buildReport', () => {
  let dir: string;
  let db: Db;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'report-'));
    const analytics = new SqliteAnalytics({ dataDir: dir, retentionDays: 90, log: () => {}, now: () => NOW });
    for (const turn of TURNS) analytics.recordTurn(turn);
    analytics.recordFeedback({ at: NOW - MIN, session: 'a', helpful: true });
    analytics.recordFeedback({ at: NOW - MIN, session: 'b', helpful: true });
    analytics.recordFeedback({ at: NOW - MIN, session: 'e', helpful: false, comment: '没用' });
    await analytics.close();
    db = openAnalyticsReader(dir);
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const week = () => buildReport(db, { since: NOW - 7 * 24 * 60 * MIN, now: NOW });

  it('counts turns, conversations and rates within the period only', () => {
    const report = week();
    expect(report.totals).toEqual({ turns: 13, sessions: 6, fallbacks: 5, clarifications: 1, handoffs: 1, feedback: 3 });
    expect(report.rates.clarification).toBeCloseTo(1 / 13);
    expect(report.rates.handoff).toBeCloseTo(1 / 13);
    expect(report.feedback).toEqual({ helpful: 2, notHelpful: 1, helpfulRatio: 2 / 3 });
    expect(report.latencyMs).toEqual({ p50: 5, p95: 50 });
  });

  it('lists intents by volume', () => {
    expect(week().intents.slice(0, 2)).toEqual([
      { intent: 'fallback', count: 5, share: 5 / 13 },
      { intent: 'faq.sms-not-received', count: 2, share: 2 / 13 },
    ]);
  });

  it('groups unanswered questions by similarity, with a count and one redacted example each', () => {
    const { unanswered } = week();
    expect(unanswered[0]).toMatchObject({ count: 3, variants: 3 });
    expect(unanswered[0]!.example).toMatch(/^短信一直没/);
    expect(unanswered.map((u) => u.example)).toContain('我的号码[phone]停机了');
    expect(unanswered).toHaveLength(3);
  });

  it('suggests fallbacks resolved within minutes by a clicked suggestion as example phrases', () => {
    expect(week().suggest).toEqual([
      { intent: 'faq.sms-not-received', phrases: [{ text: '短信一直没收到', count: 1 }, { text: '短信一直没收到啊', count: 1 }] },
    ]);
  });

  it('reads as text with the suggestions only when asked', () => {
    const report = week();
    const plain = formatReport(report);
    expect(plain).toContain('Clarifications: 1 (7.7%)');
    expect(plain).toContain('Feedback:       2 helpful, 1 not helpful (66.7% helpful)');
    expect(plain).toMatch(/ {5}3 {2}"短信一直没.*" {2}\(\+2 similar\)/);
    expect(plain).not.toContain('Suggested example phrases');
    expect(formatReport(report, { suggest: true })).toContain('  faq.sms-not-received\n    - "短信一直没收到"\n    - "短信一直没收到啊"\n');
  });

  it('reports zeros rather than failing on an empty period', () => {
    const report = buildReport(db, { since: NOW + MIN, now: NOW + 2 * MIN });
    expect(report.totals.turns).toBe(0);
    expect(report.rates).toEqual({ fallback: 0, clarification: 0, handoff: 0 });
    expect(report.feedback.helpfulRatio).toBeNull();
    expect(formatReport(report)).toContain('(no turns recorded)');
  });
});
