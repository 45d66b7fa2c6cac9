/**
 * SIGTERM to the real server process while chats and DingTalk callbacks are
 * pouring in: a request in flight (its body still arriving) completes, new
 * work is refused (503 or connection refused, never a broken answer), every
 * acknowledged callback is still delivered, and the process exits 0 within
 * the shutdown bound.
 */
import { createServer } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { signDingTalk } from '../../src/channels/dingtalk/sign.ts';
import { SHUTDOWN_TIMEOUT_MS } from '../../src/server/shutdown.ts';
import fixture from '../channels/fixtures/dingtalk-group-text.json' with { type: 'json' };
import { post } from '../server/harness.ts';
import { spawnServer, type ChildServer } from './child-server.ts';

const SECRET = 'sigterm-secret';
let server: ChildServer | undefined;
afterAll(async () => server?.stop(1000));

/** Starts a chat whose body arrives in two halves; resolves with the raw HTTP answer. */
function slowChat(port: number, gapMs: number): { sentHead: Promise<void>; answer: Promise<string> } {
  const body = JSON.stringify({ session: 'in-flight', text: '验证码收不到怎么办' });
  const bytes = Buffer.from(body);
  const socket = connect({ host: '127.0.0.1', port });
  let raw = '';
  const sentHead = new Promise<void>((resolve) =>
    socket.once('connect', () => {
      socket.write(`POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\n\r\n`);
      socket.write(bytes.subarray(0, 10), () => resolve());
      setTimeout(() => socket.write(bytes.subarray(10)), gapMs);
    }),
  );
  socket.on('data', (d: Buffer) => (raw += d.toString('utf8')));
  const answer = new Promise<string>((resolve) => {
    socket.on('error', () => undefined);
    socket.once('close', () => resolve(raw));
  });
  return { sentHead, answer };
}

describe('SIGTERM under load', () => {
  it('finishes work in flight, refuses new work, loses nothing acknowledged and exits 0 in time', async () => {
    const delivered = new Set<string>();
    const webhook = createServer((req, res) => {
      req.resume();
      // A slow webhook: deliveries are still pending when the signal arrives.
      setTimeout(() => {
        delivered.add(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? '');
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0}');
      }, 300);
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(webhook.address() as AddressInfo).port}`;
    server = await spawnServer({ env: { RATE_LIMIT_PER_MINUTE: '0', DINGTALK_APP_SECRET: SECRET, DINGTALK_WEBHOOK_ALLOWED_HOSTS: host } });
    const { url, port } = server;

    const acked = new Set<string>();
    const outcomes = { ok: 0, refused503: 0, notAccepted: 0, broken: 0 };
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i += 1) {
        const n = `${w}-${i}`;
        try {
          if (i % 2 === 0) {
            const res = await post(url, '/api/chat', { session: `w${w}`, text: '短信核验失败怎么办' }, { connection: 'close' });
            const body = (await res.json()) as { text?: string; error?: { code?: string } };
            if (res.status === 200 && body.text) outcomes.ok += 1;
            else if (res.status === 503 && body.error?.code === 'shutting_down') outcomes.refused503 += 1;
            else outcomes.broken += 1;
          } else {
            const timestamp = String(Date.now());
            const res = await post(url, '/dingtalk', { ...fixture, msgId: `term-${n}`, sessionWebhook: `http://${host}/send?n=${n}` }, {
              timestamp, sign: signDingTalk(timestamp, SECRET), connection: 'close',
            });
            const text = await res.text();
            if (res.status === 200 && text === '{}') acked.add(n);
            else if (res.status >= 500 && res.status !== 503) outcomes.broken += 1;
          }
        } catch {
          outcomes.notAccepted += 1;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
    await new Promise((resolve) => setTimeout(resolve, 800));

    const inFlight = slowChat(port, 500);
    await inFlight.sentHead;
    // Let the server read the headers: from then on the request is in flight.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const exit = await server.exited;
    const exitMs = Date.now() - signalled;
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop = true;
    await load;
    webhook.close();

    expect(exit.code).toBe(0);
    expect(exitMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    // Keep-alive sockets do not hold the exit for keepAliveTimeout (5 s).
    expect(exitMs).toBeLessThan(3000);
    const answer = await inFlight.answer;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toMatch(/"text":"[^"]/);
    expect(outcomes.broken).toBe(0);
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(outcomes.notAccepted).toBeGreaterThan(0);
    expect(acked.size).toBeGreaterThan(0);
    expect([...acked].filter((n) => !delivered.has(n))).toEqual([]);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  }, 45_000);
});
