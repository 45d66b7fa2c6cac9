/**
 * The analytics report as plain text for a person at a terminal.
 *
 * @example
 *   process.stdout.write(formatReport(buildReport(db, { since }), { suggest: true }));
 */
import type { Report } from './report.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const day = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
const quote = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
const num = (n: number) => String(n).padStart(6);

/** Renders `report`; the suggested phrases only when `suggest` is set. */
export function formatReport(report: Report, options: { suggest?: boolean } = {}): string {
  const { totals, rates, feedback } = report;
  const lines = [
    `Analytics from ${day(report.since)} to ${day(report.until)}`,
    '',
    `Turns:          ${totals.turns} in ${totals.sessions} conversation${totals.sessions === 1 ? '' : 's'}`,
    `Unanswered:     ${totals.fallbacks} (${pct(rates.fallback)})`,
    `Clarifications: ${totals.clarifications} (${pct(rates.clarification)})`,
    `Handoffs:       ${totals.handoffs} (${pct(rates.handoff)})`,
    `Feedback:       ${feedback.helpful} helpful, ${feedback.notHelpful} not helpful` +
      (feedback.helpfulRatio === null ? '' : ` (${pct(feedback.helpfulRatio)} helpful)`),
  ];
  if (report.latencyMs) lines.push(`Latency:        p50 ${report.latencyMs.p50} ms, p95 ${report.latencyMs.p95} ms`);

  lines.push('', 'Intents by volume');
  if (report.intents.length === 0) lines.push('  (no turns recorded)');
  for (const i of report.intents) lines.push(`${num(i.count)}  ${i.intent} (${pct(i.share)})`);

  lines.push('', 'Unanswered questions, grouped by similarity');
  if (report.unanswered.length === 0) lines.push('  (none)');
  for (const u of report.unanswered) {
    const more = u.variants > 1 ? `  (+${u.variants - 1} similar)` : '';
    lines.push(`${num(u.count)}  ${quote(u.example)}${more}`);
  }

  if (options.suggest) {
    lines.push('', 'Suggested example phrases (fallbacks later resolved by a clicked suggestion)');
    if (report.suggest.length === 0) lines.push('  (none yet)');
    for (const s of report.suggest) {
      lines.push(`  ${s.intent}`);
      for (const p of s.phrases) lines.push(`    - ${quote(p.text)}${p.count > 1 ? ` (${p.count}x)` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
