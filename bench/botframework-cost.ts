/**
 * What the Bot Framework channel (Botkit + botbuilder) costs the server:
 * start-up time until /healthz answers and resident memory, with
 * BOTFRAMEWORK_ENABLED=true and =false, plus the bare import of botkit.
 * Each run is a fresh `node dist/server.mjs` (what `npm start` runs) on a free port;
 * runs alternate on/off and the medians are reported.
 *
 * @example
 *   npx tsx bench/botframework-cost.ts            # 3 runs each
 *   BENCH_RUNS=5 npx tsx bench/botframework-cost.ts
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One server start. */
interface Sample {
  startupMs: number;
  rssMb: number;
  /** Whether POST /api/messages was mounted (404 means the channel is not wired or off). */
  routeMounted: boolean;
}

const ROOT = resolve(import.meta.dirname, '..');

/** Starts the server once and measures it; `root` lets a patched checkout be measured. */
async function sample(enabled: boolean, root: string): Promise<Sample> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bf-cost-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: dataDir, BOTFRAMEWORK_ENABLED: String(enabled) };
  for (const key of ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID', 'REDIS_URL']) delete env[key];
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/server.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await listeningUrl(child.stdout!, 30_000);
    while (!(await fetch(`${url}/healthz`).then((r) => r.ok, () => false))) await new Promise((r) => setTimeout(r, 10));
    const startupMs = Math.round(performance.now() - started);
    await new Promise((r) => setTimeout(r, 500)); // let start-up garbage settle
    const rssMb = vmRssMb(child.pid!);
    const probe = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    return { startupMs, rssMb, routeMounted: probe.status !== 404 };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Resolves with the URL of the `listening on …` log line. */
function listeningUrl(stdout: NodeJS.ReadableStream, timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error('server did not start')), timeoutMs);
    stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = /listening on (http:\/\/[^"\s]+)/.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    });
  });
}

function vmRssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Math.round(Number(kb) / 102.4) / 10 : Number.NaN;
}

/** Time and RSS growth of `import('botkit')` alone in a fresh node process. */
async function importCost(root: string): Promise<{ importMs: number; importRssMb: number }> {
  const script =
    "const r0=process.memoryUsage().rss;const t0=performance.now();await import('botkit');" +
    'console.log(JSON.stringify({ms:performance.now()-t0,rss:process.memoryUsage().rss-r0}))';
  const out = await new Promise<string>((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (c: Buffer) => (text += c.toString('utf8')));
    child.on('exit', (code) => (code === 0 ? resolvePromise(text) : reject(new Error(`import probe exited ${code}`))));
  });
  const { ms, rss } = JSON.parse(out) as { ms: number; rss: number };
  return { importMs: Math.round(ms), importRssMb: Math.round(rss / 104857.6) / 10 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the measurement; returns `{ botframework: {...} }` for artifacts/bench.json. */
export async function run(options: { runs?: number; root?: string } = {}): Promise<Record<string, unknown>> {
  const runs = options.runs ?? Number(process.env.BENCH_RUNS ?? 3);
  const root = options.root ?? process.env.BENCH_ROOT ?? ROOT;
  const on: Sample[] = [];
  const off: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    on.push(await sample(true, root));
    off.push(await sample(false, root));
  }
  const summary = (xs: Sample[]) => ({ startupMs: median(xs.map((s) => s.startupMs)), rssMb: median(xs.map((s) => s.rssMb)), routeMounted: xs.every((s) => s.routeMounted) });
  const enabled = summary(on);
  const disabled = summary(off);
  const result = {
    runs,
    enabled,
    disabled,
    costStartupMs: enabled.startupMs - disabled.startupMs,
    costRssMb: Math.round((enabled.rssMb - disabled.rssMb) * 10) / 10,
    ...(await importCost(root)),
  };
  console.log(`botframework channel (median of ${runs} starts each)`);
  console.log(`  enabled   start ${enabled.startupMs} ms, RSS ${enabled.rssMb} MB${enabled.routeMounted ? '' : '  (POST /api/messages NOT mounted: channel not wired?)'}`);
  console.log(`  disabled  start ${disabled.startupMs} ms, RSS ${disabled.rssMb} MB`);
  console.log(`  cost      +${result.costStartupMs} ms, +${result.costRssMb} MB; import('botkit') alone ${result.importMs} ms, +${result.importRssMb} MB`);
  return { botframework: result };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await run();
