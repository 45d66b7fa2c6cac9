/**
 * Redis killed and restarted while the real server (`startServer` with
 * REDIS_URL) is answering a steady stream of chats: every chat is still
 * answered, and once Redis is back conversations keep their state again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/server/logger.ts';
import { startServer, type RunningServer } from '../../src/server/main.ts';
import { startRedis, type TestRedis } from '../helpers/redis-server.ts';
import { post } from '../server/harness.ts';

interface Chat {
  intent: string;
  text: string;
}

let redis: TestRedis;
let server: RunningServer;
let dataDir: string;
const logs: string[] = [];

beforeAll(async () => {
  redis = await startRedis();
  dataDir = mkdtempSync(join(tmpdir(), 'icp-bot-redis-fault-'));
  const config = parseConfig({ PORT: '0', REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '0', DATA_DIR: dataDir, BOTFRAMEWORK_ENABLED: 'false', LOG_LEVEL: 'warn' });
  const sink = new Writable({ write: (chunk: Buffer, _e, done) => (logs.push(chunk.toString('utf8')), done()) });
  server = await startServer(config, createLogger('warn', sink));
});
afterAll(async () => {
  await server?.close();
  await redis?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function chat(session: string, text: string): Promise<Chat> {
  const res = await post(server.url, '/api/chat', { session, text });
  expect(res.status).toBe(200);
  return (await res.json()) as Chat;
}

/** A two-turn conversation whose second answer depends on the first turn's saved state. */
async function statefulDialog(session: string): Promise<string> {
  await chat(session, '首次备案谁核验');
  return (await chat(session, '网站')).intent;
}

describe('Redis killed and restarted under load', () => {
  it('answers every chat through the outage and resumes conversation state once Redis is back', async () => {
    expect(await statefulDialog('before-outage')).toBe('faq.who-verifies');

    let stop = false;
    const outcomes = { ok: 0, failed: 0, slowest: 0 };
    const load = (async () => {
      for (let i = 0; !stop; i += 1) {
        const started = Date.now();
        const res = await post(server.url, '/api/chat', { session: `load-${i % 20}`, text: '验证码收不到怎么办' });
        const body = (await res.json()) as Partial<Chat>;
        if (res.status === 200 && body.text) outcomes.ok += 1;
        else outcomes.failed += 1;
        outcomes.slowest = Math.max(outcomes.slowest, Date.now() - started);
      }
    })();

    await new Promise((resolve) => setTimeout(resolve, 300));
    await redis.kill();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const duringOutage = outcomes.ok;
    // While Redis is down a conversation cannot carry state, but it is answered.
    expect((await chat('during-outage', '验证码收不到怎么办')).text.length).toBeGreaterThan(0);
    await redis.restart();

    // The client reconnects within about a second; then state is kept again.
    let resumed = '';
    for (let attempt = 0; attempt < 30 && resumed !== 'faq.who-verifies'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      resumed = await statefulDialog(`after-outage-${attempt}`);
    }
    stop = true;
    await load;

    expect(resumed).toBe('faq.who-verifies');
    expect(outcomes.failed).toBe(0);
    expect(outcomes.ok).toBeGreaterThan(duringOutage);
    expect(outcomes.slowest).toBeLessThan(2000);
    const all = logs.join('');
    expect(all).toMatch(/Redis unavailable/);
    expect(all).toMatch(/Redis is back/);
  }, 30_000);
});
