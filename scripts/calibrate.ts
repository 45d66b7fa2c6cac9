/**
 * Fits the router's confidence calibration on the labelled dev set and
 * writes it to intents/router.yaml: a logistic model of "the top intent is
 * right" from the raw top score and its margin over the runner-up, then the
 * fallback threshold that maximises accuracy. Run: npx tsx scripts/calibrate.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify, parse } from 'yaml';
import { createRouter } from '../src/core/route.ts';
import { loadKnowledgeBase, resolveIntentsDir } from '../src/kb/index.ts';

const file = process.argv[2] ?? 'test/eval/dev.jsonl';
const kb = loadKnowledgeBase(resolveIntentsDir());
const router = createRouter(kb);
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; intent: string; accept?: string[] });

const points = rows.map((r) => {
  const { ranked, domain } = router.rank(r.text);
  const [top, second] = [ranked[0], ranked[1]];
  const s = top?.[1] ?? 0;
  const m = s - (second?.[1] ?? 0);
  const ok = (id: string | undefined) => id === r.intent || (r.accept ?? []).includes(id ?? '');
  return { s, m, d: domain, topId: top?.[0], ok: ok(top?.[0]), goldFallback: r.intent === 'fallback', okFallback: ok('fallback') };
});

// Logistic regression by gradient descent on points whose top is an in-scope intent.
const train = points.filter((p) => p.topId && p.topId !== 'fallback');
let [a, b, c, d] = [1, 1, 0, 0];
for (let it = 0; it < 20000; it++) {
  let [ga, gb, gc, gd] = [0, 0, 0, 0];
  for (const p of train) {
    const z = 1 / (1 + Math.exp(-(a * p.s + b * p.m + c + d * p.d)));
    const err = z - (p.ok ? 1 : 0);
    ga += err * p.s;
    gb += err * p.m;
    gc += err;
    gd += err * p.d;
  }
  const lr = 2 / train.length;
  a -= lr * ga;
  b -= lr * gb;
  c -= lr * gc;
  d -= lr * gd;
}

const conf = (p: (typeof points)[number]) => 1 / (1 + Math.exp(-(a * p.s + b * p.m + c + d * p.d)));
let best = { t: 0.5, acc: 0 };
for (let t = 0.05; t <= 0.95; t += 0.01) {
  const correct = points.filter((p) => {
    const fallback = !p.topId || p.topId === 'fallback' || conf(p) < t;
    return fallback ? p.okFallback : p.ok;
  }).length;
  if (correct / points.length > best.acc + 1e-9) best = { t: Math.round(t * 100) / 100, acc: correct / points.length };
}

// Reliability: mean confidence vs. accuracy by bin, to show the numbers mean something.
const bins = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.01];
for (let i = 0; i + 1 < bins.length; i++) {
  const inBin = train.filter((p) => conf(p) >= bins[i]! && conf(p) < bins[i + 1]!);
  if (!inBin.length) continue;
  const acc = inBin.filter((p) => p.ok).length / inBin.length;
  const mean = inBin.reduce((x, p) => x + conf(p), 0) / inBin.length;
  console.log(`confidence ${bins[i]!.toFixed(1)}–${Math.min(1, bins[i + 1]!).toFixed(1)}: n=${inBin.length} mean=${mean.toFixed(2)} accuracy=${acc.toFixed(2)}`);
}

const path = join(resolveIntentsDir(), 'router.yaml');
const current = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const round = (x: number) => Math.round(x * 1000) / 1000;
const next = { ...current, fallback_threshold: best.t, calibration: { a: round(a), b: round(b), c: round(c), d: round(d) } };
const header = readFileSync(path, 'utf8').split('\n').filter((l) => l.startsWith('#')).join('\n');
writeFileSync(path, `${header ? `${header}\n` : ''}${stringify(next)}`);
console.log(`calibration a=${round(a)} b=${round(b)} c=${round(c)} d=${round(d)}; fallback_threshold=${best.t} (accuracy ${best.acc.toFixed(3)} on ${file})`);
