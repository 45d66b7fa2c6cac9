/**
 * HTTP throughput of `POST /api/chat` (autocannon, 50 connections, 10 s,
 * rotating realistic texts and sessions, rate limiting off) beside a bare
 * `node:http` JSON echo and a no-work fastify route measured in the same run,
 * and the same chat load with sessions in a real Redis. Servers run in child
 * processes so the load generator does not share their event loop; they are
 * measured back to back in rounds and the median round is printed. Part of
 * `npm run bench`.
 *
 * @example
 *   npx tsx bench/http.ts   # prints the figures; bench/run.ts merges run()'s result
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { freePort, spawnServer } from '../test/faults/child-server.ts';
import { startRedis } from '../test/helpers/redis-server.ts';

/** One request autocannon sends; `setupRequest` may rewrite it per send. */
export interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: CannonRequest, context: Record<string, unknown>) => CannonRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}

/** The part of autocannon's options and result this project uses. */
export interface CannonOptions {
  url: string;
  connections: number;
  duration: number;
  overallRate?: number;
  timeout?: number;
  requests?: CannonRequest[];
}
interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
export interface CannonResult {
  requests: Histogram & { total: number };
  latency: Histogram & { max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}

const require = createRequire(import.meta.url);
/** autocannon (CommonJS, untyped) behind the small typed surface above. */
export const autocannon = require('autocannon') as (options: CannonOptions) => Promise<CannonResult>;

/** Questions people really ask, in both languages, some pasted from the MIIT SMS. */
export const CHAT_TEXTS = [
  '验证码收不到怎么办',
  '尊敬的ICP用户：您的短信核验失败，请您重新验证。',
  '首次备案谁核验',
  '网站',
  '核验链接过期了',
  '短信核验需要在多长时间内完成',
  'I did not receive the verification SMS',
  'who has to do the SMS verification?',
  '人脸核验和短信核验有什么区别',
  '转人工',
];

/** A chat request that rotates texts and sessions (64 conversations per connection slot). */
export function chatRequest(): CannonRequest {
  let n = 0;
  return {
    method: 'POST',
    path: '/api/chat',
    headers: { 'content-type': 'application/json' },
    setupRequest(req) {
      n += 1;
      const text = CHAT_TEXTS[n % CHAT_TEXTS.length]!;
      return { ...req, body: JSON.stringify({ session: `bench-${n % 640}`, text }) };
    },
  };
}

/** The figures kept for one run. */
export function summary(r: CannonResult): { rps: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number } {
  return { rps: Math.round(r.requests.average), p50Ms: r.latency.p50, p99Ms: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

/** Runs `code` (CommonJS, given the port as `PORT`) in a child process; resolves once it prints. */
async function startChild(code: string): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', `const PORT=${port};${code}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout!.once('data', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => void child.kill('SIGKILL') };
}

/** A bare node:http server answering every POST with its JSON body parsed and re-sent. */
function startBareEcho(): Promise<{ url: string; stop(): void }> {
  return startChild(
    `require('node:http').createServer((q,s)=>{let b='';q.on('data',c=>b+=c);q.on('end',()=>{const j=JSON.parse(b||'{}');s.writeHead(200,{'content-type':'application/json'});s.end(JSON.stringify({session:j.session,text:j.text}))})}).listen(PORT,'127.0.0.1',()=>console.log('up'))`,
  );
}

/**
 * The framework's floor: a default fastify route that returns one real answer of
 * the bot (same size and shape) without doing any work. What /api/chat costs
 * above this is the bot's own per-answer work.
 */
function startFastifyFloor(answer: unknown): Promise<{ url: string; stop(): void }> {
  return startChild(
    `const A=${JSON.stringify(answer)};const app=require(${JSON.stringify(require.resolve('fastify'))})();app.post('/api/chat',async(q)=>({...A,session:q.body.session}));app.listen({port:PORT,host:'127.0.0.1'}).then(()=>console.log('up'))`,
  );
}

async function chatLoad(url: string, duration = 10): Promise<CannonResult> {
  // A short warm-up so the JIT and caches are settled before measuring.
  await autocannon({ url, connections: 10, duration: 2, requests: [chatRequest()] });
  return autocannon({ url, connections: 50, duration, requests: [chatRequest()] });
}

/** One real answer of the bot, for the framework floor to send back. */
async function sampleAnswer(url: string): Promise<unknown> {
  const res = await fetch(`${url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ session: 'bench-sample', text: CHAT_TEXTS[0] }),
  });
  return res.json();
}

/** Runs the measurements one after another and prints them. */
type Figures = ReturnType<typeof summary>;
interface Round {
  bare: Figures;
  floor: Figures;
  memory: Figures;
  redis: Figures;
}

/** Rounds of back-to-back runs: on a shared host speed drifts, so each ratio compares neighbours in time. */
const ROUNDS = 3;
const percent = (a: Figures, b: Figures) => Math.round((a.rps / b.rps) * 100);
const line = (label: string, f: Figures, tail = '') =>
  `  ${label.padEnd(20)} ${f.rps.toLocaleString()} req/s   p50 ${f.p50Ms} ms   p99 ${f.p99Ms} ms${tail}`;

/** Runs every server at once (idle while another is measured), measures them in rounds and prints the median round. */
export async function run(): Promise<Record<string, unknown>> {
  const env = { RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' };
  const redisServerProcess = await startRedis();
  const echo = await startBareEcho();
  const memoryServer = await spawnServer({ entry: 'launch', env });
  const redisServer = await spawnServer({ entry: 'launch', env: { ...env, REDIS_URL: redisServerProcess.url } });
  const floorServer = await startFastifyFloor(await sampleAnswer(memoryServer.url));
  const rounds: Round[] = [];
  try {
    for (let r = 0; r < ROUNDS; r += 1) {
      const bare = summary(await chatLoad(echo.url));
      const floor = summary(await chatLoad(floorServer.url));
      const memory = summary(await chatLoad(memoryServer.url));
      const redis = summary(await chatLoad(redisServer.url));
      rounds.push({ bare, floor, memory, redis });
    }
  } finally {
    echo.stop();
    floorServer.stop();
    await Promise.all([memoryServer.stop(), redisServer.stop()]);
    await redisServerProcess.stop();
  }

  const byRatio = [...rounds].sort((a, b) => percent(a.memory, a.bare) - percent(b.memory, b.bare));
  const { bare, floor, memory, redis } = byRatio[Math.floor(byRatio.length / 2)]!;
  const ofBare = percent(memory, bare);
  const redisOfMemory = percent(redis, memory);
  const all = rounds.flatMap((r) => [r.bare, r.floor, r.memory, r.redis]);
  console.log(`http (autocannon, 50 connections, 10 s each, /api/chat, rate limit off; median of ${ROUNDS} rounds)`);
  console.log(line('bare node:http echo', bare));
  console.log(line('fastify, no work', floor, `   → ${percent(floor, bare)}% of bare (the framework's floor, same answer)`));
  console.log(line('/api/chat (memory)', memory, `   → ${ofBare}% of bare (target ≥ 50%, p99 ≤ 10 ms)`));
  console.log(line('/api/chat (redis)', redis, `   → ${redisOfMemory}% of memory (target ≥ 70%)`));
  console.log(`  every round, % of bare: ${rounds.map((r) => percent(r.memory, r.bare)).join(', ')}`);
  console.log(`  errors ${all.reduce((n, f) => n + f.errors, 0)}, non-2xx ${all.reduce((n, f) => n + f.non2xx, 0)}`);
  return { http: { bare, fastifyFloor: floor, memory, redis, percentOfBare: ofBare, redisPercentOfMemory: redisOfMemory, rounds } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
