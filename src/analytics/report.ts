/**
 * What the analytics say since a point in time: volume by intent, the
 * unanswered questions grouped by similarity, clarification and handoff
 * rates, feedback, and example phrases worth adding to intents (fallbacks a
 * person then resolved by clicking a suggestion). Read-only.
 *
 * @example
 *   const report = buildReport(openAnalyticsReader('./data'), { since: Date.now() - 7 * 86_400_000 });
 *   console.log(formatReport(report, { suggest: true }));
 */
import type { Db } from './db.ts';
import { clusterTexts, normalizeForSimilarity } from './similarity.ts';

export { formatReport } from './format-report.ts';

export interface Report {
  since: number;
  until: number;
  totals: { turns: number; sessions: number; fallbacks: number; clarifications: number; handoffs: number; feedback: number };
  /** Share of turns, 0 when there were none. */
  rates: { fallback: number; clarification: number; handoff: number };
  intents: Array<{ intent: string; count: number; share: number }>;
  /** Fallback turns grouped by similarity, largest group first. */
  unanswered: Array<{ count: number; example: string; variants: number }>;
  feedback: { helpful: number; notHelpful: number; helpfulRatio: number | null };
  latencyMs: { p50: number; p95: number } | null;
  /** Example phrases to add, per intent, most frequent first. */
  suggest: Array<{ intent: string; phrases: Array<{ text: string; count: number }> }>;
}

export interface ReportOptions {
  /** Epoch ms: only rows at or after it count. */
  since: number;
  now?: number;
  /** A click this soon after a fallback resolves it. Default 5 minutes. */
  resolveWithinMs?: number;
  /** Most unanswered groups listed. Default 50. */
  maxGroups?: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Builds the report from an analytics database (see `openAnalyticsReader`). */
export function buildReport(db: Db, options: ReportOptions): Report {
  const { since } = options;
  const t = db
    .prepare(
      `SELECT COUNT(*) AS turns, COUNT(DISTINCT session) AS sessions, COALESCE(SUM(fallback), 0) AS fallbacks,
              COALESCE(SUM(clarify), 0) AS clarifications, COALESCE(SUM(handoff), 0) AS handoffs
       FROM turns WHERE at >= ?`,
    )
    .get(since) as Omit<Report['totals'], 'feedback'>;
  const f = db
    .prepare('SELECT COUNT(*) AS total, COALESCE(SUM(helpful), 0) AS helpful FROM feedback WHERE at >= ?')
    .get(since) as { total: number; helpful: number };
  const intents = db
    .prepare('SELECT intent, COUNT(*) AS count FROM turns WHERE at >= ? GROUP BY intent ORDER BY count DESC, intent')
    .all(since) as Array<{ intent: string; count: number }>;
  const fallbackTexts = db
    .prepare('SELECT text, COUNT(*) AS count FROM turns WHERE at >= ? AND fallback = 1 GROUP BY text ORDER BY count DESC, text LIMIT 5000')
    .all(since) as Array<{ text: string; count: number }>;

  return {
    since,
    until: options.now ?? Date.now(),
    totals: { ...t, feedback: f.total },
    rates: {
      fallback: ratio(t.fallbacks, t.turns),
      clarification: ratio(t.clarifications, t.turns),
      handoff: ratio(t.handoffs, t.turns),
    },
    intents: intents.map((i) => ({ ...i, share: ratio(i.count, t.turns) })),
    unanswered: clusterTexts(fallbackTexts)
      .slice(0, options.maxGroups ?? 50)
      .map(({ count, example, variants }) => ({ count, example, variants })),
    feedback: { helpful: f.helpful, notHelpful: f.total - f.helpful, helpfulRatio: f.total ? f.helpful / f.total : null },
    latencyMs: latency(db, since, t.turns),
    suggest: suggestPhrases(db, since, options.resolveWithinMs ?? 5 * 60_000),
  };
}

function latency(db: Db, since: number, turns: number): Report['latencyMs'] {
  if (turns === 0) return null;
  const at = db.prepare('SELECT latency_ms AS ms FROM turns WHERE at >= ? ORDER BY latency_ms LIMIT 1 OFFSET ?');
  const pick = (q: number) => (at.get(since, Math.min(turns - 1, Math.floor(turns * q))) as { ms: number }).ms;
  return { p50: pick(0.5), p95: pick(0.95) };
}

interface TurnRow {
  session: string;
  at: number;
  text: string;
  intent: string;
  fallback: number;
  resolved_from: string | null;
}

/**
 * Fallback turns that the same session followed, within `withinMs`, by a
 * turn reached through a clicked suggestion: the fallback text is proposed as
 * an example phrase of the intent that answered it.
 */
function suggestPhrases(db: Db, since: number, withinMs: number): Report['suggest'] {
  const rows = db
    .prepare(
      `SELECT session, at, text, intent, fallback, resolved_from FROM turns
       WHERE at >= ? AND session IN (SELECT DISTINCT session FROM turns WHERE at >= ? AND resolved_from IS NOT NULL)
       ORDER BY session, at, id`,
    )
    .all(since, since) as TurnRow[];
  const byIntent = new Map<string, Map<string, { text: string; count: number }>>();
  let pending: TurnRow[] = [];
  let session = '';
  for (const row of rows) {
    if (row.session !== session) [session, pending] = [row.session, []];
    if (row.fallback) {
      pending.push(row);
      continue;
    }
    const intent = row.intent !== 'fallback' ? row.intent : row.resolved_from;
    if (row.resolved_from && intent) {
      for (const miss of pending.filter((p) => row.at - p.at <= withinMs)) addPhrase(byIntent, intent, miss.text);
    }
    pending = [];
  }
  return [...byIntent]
    .map(([intent, phrases]) => ({ intent, phrases: [...phrases.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)).slice(0, 10) }))
    .sort((a, b) => b.phrases.length - a.phrases.length || a.intent.localeCompare(b.intent));
}

function addPhrase(into: Map<string, Map<string, { text: string; count: number }>>, intent: string, text: string): void {
  const key = normalizeForSimilarity(text);
  if (key === '' || /^(\[\w+\])+$/.test(text.replace(/\s/g, ''))) return;
  const phrases = into.get(intent) ?? new Map<string, { text: string; count: number }>();
  into.set(intent, phrases);
  const seen = phrases.get(key);
  if (seen) seen.count += 1;
  else phrases.set(key, { text, count: 1 });
}
