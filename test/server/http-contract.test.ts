/**
 * Every HTTP line of interfaces.md, over real HTTP on loopback, against the
 * real engine and knowledge base.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSession, openAnalyticsReader, readSalt } from '../../src/analytics/db.ts';
import { post, startHarness, type Harness } from './harness.ts';

type Json = Record<string, unknown>;
const SMS_FAILED = '尊敬的ICP用户:您的短信核验失败,请您重新验证。';

function expectErrorShape(body: unknown, code: string): void {
  const error = (body as { error?: { code?: unknown; message?: unknown } }).error;
  expect(error?.code).toBe(code);
  expect(typeof error?.message).toBe('string');
  expect(String(error?.message).length).toBeGreaterThan(0);
}

describe('HTTP contract (default configuration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  describe('GET /', () => {
    it('serves the demo help page in Chinese with the widget embedded and a strict CSP', async () => {
      const res = await fetch(`${h.base}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      const html = await res.text();
      expect(html).toContain('<script src="/widget.js"');
      for (const heading of ['操作前须知', '开始短信核验', '重发核验短信', '相关参考', '常见问题']) expect(html).toContain(heading);
    });
  });

  describe('GET /widget.js', () => {
    it('serves the bundle gzipped with an ETag, and 304 when it is unchanged', async () => {
      const res = await fetch(`${h.base}/widget.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/javascript/);
      expect(res.headers.get('content-encoding')).toBe('gzip');
      const etag = res.headers.get('etag');
      expect(etag).toMatch(/^".+"$/);
      expect((await res.text()).length).toBeGreaterThan(1000);
      const again = await fetch(`${h.base}/widget.js`, { headers: { 'if-none-match': etag! } });
      expect(again.status).toBe(304);
    });

    it('sends plain JavaScript to a client that does not accept gzip', async () => {
      const res = await fetch(`${h.base}/widget.js`, { headers: { 'accept-encoding': 'identity' } });
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(await res.text()).toMatch(/^\(\(\)=>\{|^"use strict";|^\(function/);
    });
  });

  describe('POST /api/chat', () => {
    it('answers a pasted MIIT prompt and issues a new session when none is sent', async () => {
      const res = await post(h.base, '/api/chat', { text: SMS_FAILED });
      expect(res.status).toBe(200);
      const body = (await res.json()) as Json;
      expect(body.session).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.intent).toBe('msg.verify-failed');
      expect(body.confidence).toBeGreaterThan(0);
      expect(body.confidence).toBeLessThanOrEqual(1);
      expect(typeof body.text).toBe('string');
      expect(Array.isArray(body.suggestions)).toBe(true);
      expect((body.suggestions as unknown[]).every((s) => typeof s === 'string')).toBe(true);
      expect(typeof body.slots).toBe('object');
    });

    it('keeps the conversation of a session across two turns (Table C dialog)', async () => {
      const session = `contract-${Date.now()}`;
      const first = (await (await post(h.base, '/api/chat', { session, text: '首次备案谁需要核验' })).json()) as Json;
      expect(first.session).toBe(session);
      expect(first.intent).toBe('faq.who-verifies');
      const second = (await (await post(h.base, '/api/chat', { session, text: '网站服务' })).json()) as Json;
      expect(second.session).toBe(session);
      expect(second.intent).toBe('faq.who-verifies');
      expect(second.text).toMatch(/备案主体负责人[\s\S]*网站负责人/);
      const fresh = (await (await post(h.base, '/api/chat', { text: '网站服务' })).json()) as Json;
      expect(fresh.text).not.toBe(second.text);
    });

    it.each([
      ['malformed JSON', '{"text": ', 'invalid_json'],
      ['a missing text', { session: 'abc' }, 'invalid_request'],
      ['a blank text', { text: '   ' }, 'invalid_request'],
      ['a number as text', { text: 42 }, 'invalid_request'],
      ['a session with forbidden characters', { text: '你好', session: 'a b<c>' }, 'invalid_request'],
      ['a session longer than 128 characters', { text: '你好', session: 'x'.repeat(129) }, 'invalid_request'],
      ['an unknown language', { text: 'hi', lang: 'fr' }, 'invalid_request'],
    ])('refuses %s with 400 and the error shape', async (_what, body, code) => {
      const res = await post(h.base, '/api/chat', body);
      expect(res.status).toBe(400);
      expectErrorShape(await res.json(), code);
    });

    it('refuses a body over 16 KB with 413', async () => {
      const res = await post(h.base, '/api/chat', { text: '短'.repeat(6000) });
      expect(res.status).toBe(413);
      expectErrorShape(await res.json(), 'payload_too_large');
    });

    it('refuses a non-JSON content type with 415', async () => {
      const res = await post(h.base, '/api/chat', 'text=hi', { 'content-type': 'text/plain' });
      expect(res.status).toBe(415);
      expectErrorShape(await res.json(), 'unsupported_media_type');
      const form = await post(h.base, '/api/chat', 'text=hi', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(form.status).toBe(415);
    });

    it('answers a CORS preflight so the widget works on other sites', async () => {
      const res = await fetch(`${h.base}/api/chat`, {
        method: 'OPTIONS',
        headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-headers')).toContain('content-type');
    });
  });

  describe('POST /api/feedback', () => {
    it('records feedback under the same session as the turns it rates', async () => {
      const session = `fb-${Date.now()}`;
      await post(h.base, '/api/chat', { session, text: SMS_FAILED });
      const res = await post(h.base, '/api/feedback', { session, helpful: false, comment: '打 13812345678 也没人接' });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true });
      h.analytics.flush();
      const db = openAnalyticsReader(h.dataDir);
      try {
        const hashed = hashSession(readSalt(db), `web:${session}`);
        const feedback = db.prepare('SELECT helpful, comment FROM feedback WHERE session = ?').all(hashed) as Json[];
        expect(feedback).toEqual([{ helpful: 0, comment: '打 [phone] 也没人接' }]);
        const turns = db.prepare('SELECT COUNT(*) AS n FROM turns WHERE session = ?').get(hashed) as { n: number };
        expect(turns.n).toBe(1);
      } finally {
        db.close();
      }
    });

    it.each([
      ['helpful as a string', { session: 'abc', helpful: 'yes' }],
      ['no session', { helpful: true }],
      ['no verdict', { session: 'abc' }],
    ])('refuses %s with 400', async (_what, body) => {
      const res = await post(h.base, '/api/feedback', body);
      expect(res.status).toBe(400);
      expectErrorShape(await res.json(), 'invalid_request');
    });
  });

  describe('GET /healthz and GET /metrics', () => {
    it('reports liveness and readiness', async () => {
      const res = await fetch(`${h.base}/healthz`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Json;
      expect(body.status).toBe('ok');
      expect(typeof body.uptime).toBe('number');
      expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    });

    it('exports requests, latency, intents, fallbacks and handoffs in Prometheus text', async () => {
      await post(h.base, '/api/chat', { text: '今天天气怎么样，推荐一部电影' });
      await post(h.base, '/api/chat', { text: '转人工' });
      const res = await fetch(`${h.base}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await res.text();
      expect(text).toMatch(/icp_bot_http_requests_total\{method="POST",route="\/api\/chat",status="200"\} \d+/);
      expect(text).toMatch(/icp_bot_http_request_duration_seconds_bucket\{le="0.5",method="POST",route="\/api\/chat",status="200"\} \d+/);
      expect(text).toMatch(/icp_bot_intents_total\{intent="msg.verify-failed",channel="web"\} \d+/);
      expect(text).toMatch(/icp_bot_fallbacks_total\{channel="web"\} [1-9]/);
      expect(text).toMatch(/icp_bot_handoffs_total\{channel="web"\} [1-9]/);
      expect(text).toMatch(/icp_bot_clarifications_total/);
    });
  });

  describe('routes that are off or unknown', () => {
    it.each([
      ['POST', '/dingtalk'],
      ['GET', '/wecom'],
      ['POST', '/wecom'],
      ['POST', '/api/messages'],
      ['GET', '/admin/stats'],
      ['GET', '/no-such-page'],
    ])('%s %s answers 404 with the error shape while its channel is off', async (method, path) => {
      const res = await fetch(`${h.base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
      expect(res.status).toBe(404);
      expectErrorShape(await res.json(), 'not_found');
    });
  });

  describe('logs', () => {
    it('never contain raw phone numbers, ID digits or SMS codes', async () => {
      await post(h.base, '/api/chat', { text: '手机13812345678，验证码482913，身份证后六位12345X' });
      await fetch(`${h.base}/nothing?phone=13912345678&code=556677`);
      await post(h.base, '/api/chat', '{"text":"13712345678', {});
      const all = h.logs.join('\n');
      expect(h.logs.length).toBeGreaterThan(3);
      for (const secret of ['13812345678', '482913', '12345X', '13912345678', '556677', '13712345678']) expect(all).not.toContain(secret);
      expect(all).toContain('[phone]');
    });
  });
});

describe('HTTP contract (channels on)', () => {
  it('mounts POST /api/messages when Bot Framework is on, and refuses a malformed activity with the error shape', async () => {
    const h = await startHarness({ env: { BOTFRAMEWORK_ENABLED: 'true' } });
    try {
      const res = await post(h.base, '/api/messages', { nonsense: true });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).not.toBe(404);
      expect(res.status).toBeLessThan(500);
      expect(typeof ((await res.json()) as { error?: { code?: unknown } }).error?.code).toBe('string');
    } finally {
      await h.close();
    }
  });
});

describe('HTTP contract (rate limits)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
  });
  afterAll(async () => h.close());

  it('limits one session even when it comes from several addresses, with 429 and Retry-After', async () => {
    const session = 'limited-session';
    const send = (ip: string) => post(h.base, '/api/chat', { session, text: '你好' }, { 'x-forwarded-for': ip });
    expect((await send('10.0.0.1')).status).toBe(200);
    expect((await send('10.0.0.2')).status).toBe(200);
    const refused = await send('10.0.0.3');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expectErrorShape(await refused.json(), 'rate_limited');
  });

  it('limits one address across new sessions', async () => {
    const send = () => post(h.base, '/api/chat', { text: '你好' }, { 'x-forwarded-for': '10.9.9.9' });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('HTTP contract (RATE_LIMIT_PER_MINUTE=0)', () => {
  it('turns limiting off', async () => {
    const h = await startHarness({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 35; i += 1) statuses.push((await post(h.base, '/api/chat', { session: 'unlimited', text: '你好' })).status);
      expect(new Set(statuses)).toEqual(new Set([200]));
    } finally {
      await h.close();
    }
  });
});

describe('HTTP contract (shutdown)', () => {
  it('answers 503 on /api/* and /healthz once shutdown began', async () => {
    const h = await startHarness();
    try {
      h.app.beginShutdown();
      const chat = await post(h.base, '/api/chat', { text: '你好' });
      expect(chat.status).toBe(503);
      expectErrorShape(await chat.json(), 'shutting_down');
      const health = await fetch(`${h.base}/healthz`);
      expect(health.status).toBe(503);
      expectErrorShape(await health.json(), 'shutting_down');
    } finally {
      await h.close();
    }
  });

  it('finishes a request in flight before close() resolves, and then accepts no more connections', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const h = await startHarness({
      wrap: (engine) => ({ handle: async (m) => (await gate, engine.handle(m)) }),
    });
    const inFlight = post(h.base, '/api/chat', { text: SMS_FAILED });
    await new Promise((r) => setTimeout(r, 100));
    let closed = false;
    const closing = h.app.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false);
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).intent).toBe('msg.verify-failed');
    await closing;
    await expect(fetch(`${h.base}/healthz`)).rejects.toThrow();
    await h.close().catch(() => undefined);
  });
});
