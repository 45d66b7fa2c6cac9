import { describe, expect, it } from 'vitest';
import { WebhookDelivery, webhookRefusal } from '../../../src/channels/dingtalk/delivery.ts';
import { memoryLog } from '../fixtures/engine.ts';

const HOSTS = ['oapi.dingtalk.com', '127.0.0.1:8099'];

describe('webhookRefusal', () => {
  it('allows https to an allowed host before expiry', () => {
    expect(webhookRefusal('https://oapi.dingtalk.com/robot/sendBySession?session=x', HOSTS, 2000, 1000)).toBeNull();
  });

  it('allows plain http only to an allowed loopback host:port', () => {
    expect(webhookRefusal('http://127.0.0.1:8099/hook', HOSTS, undefined, 0)).toBeNull();
    expect(webhookRefusal('http://127.0.0.1:8100/hook', HOSTS, undefined, 0)).toMatch(/not allowed/);
    expect(webhookRefusal('http://oapi.dingtalk.com/robot', HOSTS, undefined, 0)).toBe('not https');
  });

  it('refuses other hosts, look-alikes, credentials and expired webhooks', () => {
    expect(webhookRefusal('https://evil.example/x', HOSTS, undefined, 0)).toMatch(/not allowed/);
    expect(webhookRefusal('https://oapi.dingtalk.com.evil.example/x', HOSTS, undefined, 0)).toMatch(/not allowed/);
    expect(webhookRefusal('https://a:b@oapi.dingtalk.com/x', HOSTS, undefined, 0)).toBe('credentials in URL');
    expect(webhookRefusal('https://oapi.dingtalk.com/x', HOSTS, 1000, 1000)).toBe('webhook expired');
    expect(webhookRefusal('not a url', HOSTS, undefined, 0)).toBe('not a URL');
  });
});

describe('WebhookDelivery', () => {
  const url = 'https://oapi.dingtalk.com/robot/sendBySession?session=secret-token';

  it('retries a failing webhook three times in all and logs only the host', async () => {
    let calls = 0;
    const log = memoryLog();
    const fetchFail: typeof fetch = async () => {
      calls += 1;
      return new Response('busy', { status: 503 });
    };
    const delivery = new WebhookDelivery({ allowedHosts: HOSTS, log, fetch: fetchFail, backoffMs: [1, 2] });
    expect(delivery.enqueue(url, { msgtype: 'text', text: { content: '手机 13812345678' } })).toBe(true);
    await delivery.idle();
    expect(calls).toBe(3);
    const logged = JSON.stringify(log.lines);
    expect(logged).toContain('oapi.dingtalk.com');
    expect(logged).not.toContain('secret-token');
    expect(logged).not.toContain('13812345678');
  });

  it('succeeds on a later try after a network error', async () => {
    let calls = 0;
    const flaky: typeof fetch = async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('fetch failed');
      return new Response('{"errcode":0}', { status: 200 });
    };
    const log = memoryLog();
    const delivery = new WebhookDelivery({ allowedHosts: HOSTS, log, fetch: flaky, backoffMs: [1, 2] });
    delivery.enqueue(url, {});
    await delivery.idle();
    expect(calls).toBe(2);
    expect(log.lines.filter((l) => l.msg === 'dingtalk reply failed')).toHaveLength(0);
  });

  it('does not retry a DingTalk error code and never throws', async () => {
    let calls = 0;
    const rejected: typeof fetch = async () => {
      calls += 1;
      return new Response('{"errcode":300001,"errmsg":"session expired"}', { status: 200 });
    };
    const log = memoryLog();
    const delivery = new WebhookDelivery({ allowedHosts: HOSTS, log, fetch: rejected, backoffMs: [1, 2] });
    delivery.enqueue(url, {});
    await delivery.idle();
    expect(calls).toBe(1);
    expect(log.lines.some((l) => JSON.stringify(l.obj).includes('300001'))).toBe(true);
  });

  it('drops and logs deliveries beyond the pending limit', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: typeof fetch = async () => {
      await gate;
      return new Response('{}', { status: 200 });
    };
    const log = memoryLog();
    const delivery = new WebhookDelivery({ allowedHosts: HOSTS, log, fetch: slow, maxPending: 2 });
    expect([delivery.enqueue(url, {}), delivery.enqueue(url, {}), delivery.enqueue(url, {})]).toEqual([true, true, false]);
    expect(log.lines.some((l) => l.msg?.includes('too many pending'))).toBe(true);
    release();
    await delivery.idle();
    expect(delivery.inFlight).toBe(0);
  });

  it('gives up on a try that outlasts its timeout', async () => {
    const hang: typeof fetch = (_url, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    const log = memoryLog();
    const delivery = new WebhookDelivery({ allowedHosts: HOSTS, log, fetch: hang, backoffMs: [1], timeoutMs: 20 });
    delivery.enqueue(url, {});
    await delivery.idle();
    expect(log.lines.map((l) => (l.obj as { reason?: string }).reason)).toEqual([
      expect.stringMatching(/TimeoutError/),
      expect.stringMatching(/TimeoutError/),
    ]);
  });
});
