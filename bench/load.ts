/**
 * `npm run bench:load`: the server (as `npm start` runs it, in a child
 * process) under mixed traffic on loopback. First a capacity curve
 * (requests/s and p99 at 1, 10, 50, 200 connections), then a fixed rate of
 * 70% of the measured capacity for 60 s, checking 0 errors, 0 lost replies
 * and RSS growth ≤ 10% from the end of a 10 s warm-up to 10 s after the load
 * (when V8 has given back memory held by garbage). Writes artifacts/bench-load.json.
 *
 * @example
 *   npm run bench:load                 # the full run (about 90 s)
 *   npx tsx bench/load.ts --seconds 20 # a shorter fixed-rate phase
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnServer } from '../test/faults/child-server.ts';
import { autocannon, summary } from './http.ts';
import { startMixedTraffic } from './mixed-traffic.ts';

const CURVE_CONNECTIONS = [1, 10, 50, 200];
const CURVE_SECONDS = 5;
const WARMUP_SECONDS = 10;
const SETTLE_SECONDS = 10;
const secondsArg = process.argv.indexOf('--seconds');
const LOAD_SECONDS = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 60;

/** Resident set size of a process in bytes, from /proc. */
function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) * 1024;
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const pct = (from: number, to: number) => (from > 0 ? Math.round(((to - from) / from) * 1000) / 10 : 0);

/** The server's own view of its V8 heap in use (prom-client default metric), in bytes. */
async function heapUsed(url: string): Promise<number> {
  const text = await fetch(`${url}/metrics`).then((r) => r.text(), () => '');
  return Number(/^icp_bot_nodejs_heap_size_used_bytes (\d+)/m.exec(text)?.[1] ?? 0);
}

const traffic = await startMixedTraffic();
const server = await spawnServer({ entry: 'launch', env: { RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn', ...traffic.env } });
const pid = server.child.pid!;

try {
  console.log('capacity curve (mixed: /api/chat, signed /dingtalk, encrypted /wecom)');
  const curve: Array<{ connections: number } & ReturnType<typeof summary>> = [];
  for (const connections of CURVE_CONNECTIONS) {
    const r = summary(await autocannon({ url: server.url, connections, duration: CURVE_SECONDS, requests: traffic.requests() }));
    curve.push({ connections, ...r });
    console.log(`  ${String(connections).padStart(3)} conn   ${r.rps.toLocaleString().padStart(6)} req/s   p50 ${r.p50Ms} ms   p99 ${r.p99Ms} ms   errors ${r.errors}`);
  }
  const capacity = Math.max(...curve.map((c) => c.rps));
  const rate = Math.round(capacity * 0.7);
  await traffic.drained(10_000);
  const before = traffic.counts();

  console.log(`fixed rate: ${rate} req/s (70% of ${capacity}) for ${LOAD_SECONDS} s`);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssOf(pid)), 1000);
  let warmHeap = 0;
  const warmHeapTimer = setTimeout(() => void heapUsed(server.url).then((b) => (warmHeap = b)), WARMUP_SECONDS * 1000);
  const result = await autocannon({ url: server.url, connections: 50, duration: LOAD_SECONDS, overallRate: rate, timeout: 10, requests: traffic.requests() });
  clearInterval(sampler);
  clearTimeout(warmHeapTimer);
  await traffic.drained(15_000);
  // V8 returns garbage-held memory once allocation stops: sample again after a short idle.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
  const settled = rssOf(pid);
  const settledHeap = await heapUsed(server.url);
  const after = traffic.counts();

  const run = summary(result);
  const chat = { ok: after.chat.ok - before.chat.ok, bad: after.chat.bad - before.chat.bad };
  const acked = after.dingtalk.acked - before.dingtalk.acked;
  const delivered = after.dingtalk.delivered - before.dingtalk.delivered;
  const wecom = { ok: after.wecom.ok - before.wecom.ok, bad: after.wecom.bad - before.wecom.bad };
  const lost = chat.bad + (after.dingtalk.bad - before.dingtalk.bad) + after.dingtalk.lost + wecom.bad;
  const warm = samples[Math.min(WARMUP_SECONDS, samples.length - 1)] ?? 0;
  const end = samples.at(-1) ?? 0;
  const growth = pct(warm, settled);

  console.log(`  ${result.requests.total.toLocaleString()} requests   ${run.rps} req/s   p50 ${run.p50Ms} ms   p99 ${run.p99Ms} ms`);
  console.log(`  chat ${chat.ok} ok   dingtalk ${acked} acked, ${delivered} delivered, ${after.dingtalk.lost} never delivered   wecom ${wecom.ok} encrypted replies`);
  console.log(`  errors ${run.errors}   non-2xx ${run.non2xx}   lost replies ${lost}`);
  console.log(`  RSS ${mb(samples[0] ?? 0)} MB at start, ${mb(warm)} MB after ${WARMUP_SECONDS} s warm-up, ${mb(end)} MB at the end of load (${pct(warm, end)}%)`);
  console.log(`  RSS ${mb(settled)} MB ${SETTLE_SECONDS} s after the load → ${growth}% over the run (target ≤ 10%); V8 heap used, garbage included, ${mb(warmHeap)} → ${mb(settledHeap)} MB`);
  const pass = run.errors === 0 && run.non2xx === 0 && lost === 0 && growth <= 10;
  console.log(pass ? '  PASS' : '  FAIL');

  mkdirSync('artifacts', { recursive: true });
  const report = { curve, capacity, rate, seconds: LOAD_SECONDS, run, chat, dingtalk: { acked, delivered }, wecom, lost,
    rssMb: { start: mb(samples[0] ?? 0), afterWarmup: mb(warm), endOfLoad: mb(end), settled: mb(settled), growthPercent: growth, everySecond: samples.map(mb) },
    heapMb: { afterWarmup: mb(warmHeap), settled: mb(settledHeap) }, pass };
  writeFileSync('artifacts/bench-load.json', `${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = pass ? 0 : 1;
} finally {
  await server.stop();
  await traffic.close();
}
