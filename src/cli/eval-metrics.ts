/**
 * Accuracy metrics over labelled lines: overall and per-intent precision,
 * recall and F1, confusion pairs, fallback precision/recall and near-twin
 * confusions. Pure.
 *
 * @example
 *   scoreEval([{ gold: 'faq.deadline', accept: [], predicted: 'faq.deadline' }]).accuracy  // 1
 */

export interface EvalCase {
  gold: string;
  accept: readonly string[];
  predicted: string;
  text?: string;
}

export interface IntentScore {
  intent: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  total: number;
  correct: number;
  accuracy: number;
  promptAccuracy: number;
  perIntent: IntentScore[];
  confusions: Array<{ gold: string; predicted: string; count: number }>;
  fallback: { precision: number; recall: number };
  nearTwinConfusions: number;
  errors: Array<{ text: string; gold: string; predicted: string }>;
}

/** Prompts that must never be mistaken for one another. */
export const NEAR_TWINS: ReadonlyArray<readonly string[]> = [
  ['msg.verify-record-not-found', 'msg.resend-record-not-found'],
  ['msg.verify-all-done', 'msg.verify-already-done', 'msg.verify-wait-others'],
];

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

export function scoreEval(cases: readonly EvalCase[]): EvalReport {
  const effective = cases.map((c) => {
    const ok = c.predicted === c.gold || c.accept.includes(c.predicted);
    return { ...c, ok, as: ok ? c.gold : c.predicted };
  });
  const labels = [...new Set(effective.flatMap((c) => [c.gold, c.as]))].sort();
  const perIntent = labels.map((intent) => {
    const tp = effective.filter((c) => c.gold === intent && c.as === intent).length;
    const predicted = effective.filter((c) => c.as === intent).length;
    const support = effective.filter((c) => c.gold === intent).length;
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    const f1 = precision + recall === 0 ? 0 : Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000;
    return { intent, support, precision, recall, f1 };
  });
  const pairs = new Map<string, number>();
  for (const c of effective) if (!c.ok) pairs.set(`${c.gold}\u0000${c.as}`, (pairs.get(`${c.gold}\u0000${c.as}`) ?? 0) + 1);
  const confusions = [...pairs.entries()]
    .map(([k, count]) => {
      const [gold, predicted] = k.split('\u0000') as [string, string];
      return { gold, predicted, count };
    })
    .sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold));
  const fb = perIntent.find((p) => p.intent === 'fallback');
  const prompts = effective.filter((c) => c.gold.startsWith('msg.'));
  const correct = effective.filter((c) => c.ok).length;
  return {
    total: cases.length,
    correct,
    accuracy: ratio(correct, cases.length),
    promptAccuracy: ratio(prompts.filter((c) => c.ok).length, prompts.length),
    perIntent,
    confusions,
    fallback: { precision: fb?.precision ?? 1, recall: fb?.recall ?? 1 },
    nearTwinConfusions: effective.filter((c) => !c.ok && NEAR_TWINS.some((g) => g.includes(c.gold) && g.includes(c.as))).length,
    errors: effective.filter((c) => !c.ok).map((c) => ({ text: c.text ?? '', gold: c.gold, predicted: c.predicted })),
  };
}

/** The report for a person. */
export function formatEval(r: EvalReport, showErrors: boolean): string {
  const lines = [
    `accuracy ${r.accuracy} (${r.correct}/${r.total})   msg.* ${r.promptAccuracy}   fallback P ${r.fallback.precision} R ${r.fallback.recall}   near-twin confusions ${r.nearTwinConfusions}`,
    '',
    'intent                          n     P      R      F1',
    ...r.perIntent.map((p) => `${p.intent.padEnd(30)} ${String(p.support).padStart(3)}  ${p.precision.toFixed(3)}  ${p.recall.toFixed(3)}  ${p.f1.toFixed(3)}`),
  ];
  if (r.confusions.length) {
    lines.push('', 'confusions (gold → predicted):');
    for (const c of r.confusions.slice(0, 20)) lines.push(`  ${c.count}× ${c.gold} → ${c.predicted}`);
  }
  if (showErrors && r.errors.length) {
    lines.push('', 'errors:');
    for (const e of r.errors) lines.push(`  [${e.gold} → ${e.predicted}] ${e.text}`);
  }
  return `${lines.join('\n')}\n`;
}
