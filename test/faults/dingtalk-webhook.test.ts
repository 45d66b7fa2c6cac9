/**
 * A DingTalk sessionWebhook that answers 500 or never answers, over real
 * HTTP on loopback: the signed callback is still acked with 200 at once,
 * retries are bounded, pending deliveries are capped, and shutdown does not
 * wait forever for a hung webhook.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebhookDelivery } from '../../src/channels/dingtalk/delivery.ts';
import { signDingTalk } from '../../src/channels/dingtalk/sign.ts';
import fixture from '../channels/fixtures/dingtalk-group-text.json' with { type: 'json' };
import { memoryLog } from '../channels/fixtures/engine.ts';
import { post, startHarness, type Harness } from '../server/harness.ts';

const SECRET = 'fault-secret';

interface BadWebhook {
  host: string;
  hits: number;
  open: number;
  maxOpen: number;
  close(): Promise<void>;
}

/** A webhook that answers 500 (`fail`) or holds every request open (`hang`). */
async function badWebhook(mode: 'fail' | 'hang'): Promise<BadWebhook> {
  const held: ServerResponse[] = [];
  const state = { hits: 0, open: 0, maxOpen: 0 };
  const server: Server = createServer((req: IncomingMessage, res) => {
    state.hits += 1;
    state.open += 1;
    state.maxOpen = Math.max(state.maxOpen, state.open);
    res.on('close', () => (state.open -= 1));
    req.resume();
    if (mode === 'fail') res.writeHead(500).end('{"errcode":500}');
    else held.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    get hits() { return state.hits; },
    get open() { return state.open; },
    get maxOpen() { return state.maxOpen; },
    close: () => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Sends one signed callback; returns its status and how long the ack took. */
async function callback(h: Harness, host: string, n: number): Promise<{ status: number; ms: number }> {
  const timestamp = String(Date.now());
  const started = Date.now();
  const res = await post(h.base, '/dingtalk', { ...fixture, msgId: `fault-${n}-${Math.random()}`, sessionWebhook: `http://${host}/robot/send?n=${n}` }, {
    timestamp,
    sign: signDingTalk(timestamp, SECRET),
  });
  await res.text();
  return { status: res.status, ms: Date.now() - started };
}

let h: Harness | undefined;
let hook: BadWebhook | undefined;
afterEach(async () => {
  await h?.close();
  await hook?.close();
  h = hook = undefined;
});

describe('dingtalk sessionWebhook faults', () => {
  it('acks at once and tries a webhook that answers 500 exactly three times per message', async () => {
    hook = await badWebhook('fail');
    h = await startHarness({ env: { DINGTALK_APP_SECRET: SECRET, DINGTALK_WEBHOOK_ALLOWED_HOSTS: hook.host, RATE_LIMIT_PER_MINUTE: '0' } });
    const acks = await Promise.all(Array.from({ length: 10 }, (_, n) => callback(h!, hook!.host, n)));
    for (const ack of acks) {
      expect(ack.status).toBe(200);
      expect(ack.ms).toBeLessThan(1000);
    }
    // Backoff 0.5 s then 1 s: all tries are done after about 1.5 s.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(hook.hits).toBe(30);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(hook.hits).toBe(30);
    expect(h.logs.filter((l) => l.includes('dingtalk reply failed"')).length).toBe(10);
  }, 20_000);

  it('acks at once while the webhook hangs, holds one request per message, and still shuts down within the drain bound', async () => {
    hook = await badWebhook('hang');
    h = await startHarness({ env: { DINGTALK_APP_SECRET: SECRET, DINGTALK_WEBHOOK_ALLOWED_HOSTS: hook.host, RATE_LIMIT_PER_MINUTE: '0' } });
    const acks = await Promise.all(Array.from({ length: 20 }, (_, n) => callback(h!, hook!.host, n)));
    expect(acks.every((a) => a.status === 200 && a.ms < 1000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(hook.maxOpen).toBeLessThanOrEqual(20);
    expect(hook.hits).toBe(20);
    const started = Date.now();
    await h.close();
    h = undefined;
    expect(Date.now() - started).toBeLessThan(5000 + 1500);
  }, 20_000);

  it('gives up on a hung webhook after bounded tries and caps pending deliveries', async () => {
    hook = await badWebhook('hang');
    const log = memoryLog();
    const delivery = new WebhookDelivery({ allowedHosts: [hook.host], log, timeoutMs: 200, backoffMs: [50, 100], maxPending: 5 });
    const accepted = Array.from({ length: 8 }, (_, n) => delivery.enqueue(`http://${hook!.host}/robot/send?n=${n}`, { msgtype: 'text', text: { content: 'hi' } }));
    expect(accepted).toEqual([true, true, true, true, true, false, false, false]);
    expect(log.lines.filter((l) => l.msg?.includes('too many pending')).length).toBe(3);
    const started = Date.now();
    await delivery.idle();
    expect(Date.now() - started).toBeLessThan(3 * 200 + 150 + 1000);
    expect(delivery.inFlight).toBe(0);
    expect(hook.hits).toBe(15);
    expect(log.lines.filter((l) => l.msg === 'dingtalk reply failed').length).toBe(5);
  });
});
