/**
 * Router and engine throughput on the labelled dev set, beside plain fuse.js
 * over the same examples in the same run, and the CLI's `ask` start-up time.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { createRouter } from '../src/core/route.ts';
import { createEngine } from '../src/engine/index.ts';
import { loadKnowledgeBase, resolveIntentsDir } from '../src/kb/index.ts';
import { MemorySessionStore } from '../src/store/memory-session-store.ts';

export interface RouterBench {
  messages: number;
  routerPerSecond: number;
  fusePerSecond: number;
  speedup: number;
  enginePerSecond: number;
  engineCostVsRouter: number;
  askStartupMs: number;
}

/** Alternating router/engine rounds, and how long each lasts. */
const ROUNDS = 5;
const ROUND_MS = 1000;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeLoop(minMs: number, body: () => void): number {
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    body();
    runs++;
  }
  return runs / ((performance.now() - start) / 1000);
}

export async function benchRouter(): Promise<RouterBench> {
  const texts = readFileSync('test/eval/dev.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const kb = loadKnowledgeBase(resolveIntentsDir());
  const router = createRouter(kb, { memoSize: 0 });

  const examples = [...kb.intents.values()].flatMap((i) => [...i.examples.zh, ...i.examples.en].map((text) => ({ text, intent: i.id })));
  const fuse = new Fuse(examples, { keys: ['text'], includeScore: true, threshold: 0.6 });

  const store = new MemorySessionStore({ ttlSeconds: 1800 });
  // The engine's own router is measured cold too, so the two figures compare like for like.
  const engine = createEngine({ kb, store, router: createRouter(kb, { memoSize: 0 }) });
  let n = 0;
  const engineRate = async (ms: number): Promise<number> => {
    let handled = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      for (const t of texts) await engine.handle({ channel: 'cli', session: `b${n++ % 500}`, text: t });
      handled += texts.length;
    }
    return handled / ((performance.now() - start) / 1000);
  };

  for (const t of texts) router.classify(t); // warm-up
  await engineRate(300);
  // Router and engine rounds alternate, so a machine that speeds up or slows down mid-run
  // (shared CPUs do) changes both sides of the ratio alike; the medians are reported.
  const routerRates: number[] = [];
  const engineRates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    routerRates.push(timeLoop(ROUND_MS, () => {
      for (const t of texts) router.classify(t);
    }) * texts.length);
    engineRates.push(await engineRate(ROUND_MS));
  }
  const routerPerSecond = median(routerRates);
  const enginePerSecond = median(engineRates);
  const costRatio = median(routerRates.map((r, i) => r / engineRates[i]!));
  const fuseSample = texts.slice(0, 60);
  const fusePerSecond = timeLoop(3000, () => {
    for (const t of fuseSample) fuse.search(t, { limit: 1 });
  }) * fuseSample.length;
  await store.close();

  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    execFileSync('npm', ['run', '--silent', 'cli', '--', 'ask', '没收到短信'], { stdio: 'pipe' });
    runs.push(performance.now() - t0);
  }
  return {
    messages: texts.length,
    routerPerSecond: Math.round(routerPerSecond),
    fusePerSecond: Math.round(fusePerSecond),
    speedup: Math.round(routerPerSecond / fusePerSecond),
    enginePerSecond: Math.round(enginePerSecond),
    engineCostVsRouter: Math.round(costRatio * 100) / 100,
    askStartupMs: Math.round(Math.min(...runs)),
  };
}
