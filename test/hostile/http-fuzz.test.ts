/**
 * Generated hostile bodies (fast-check) against every HTTP route of the real
 * app on loopback, with DingTalk and WeCom on: wrong types, huge numbers,
 * deep nesting, 1 MB strings, invalid UTF-8, prototype-pollution keys, XML
 * entity bombs inside correctly encrypted WeCom messages. Every answer is a
 * normal one or a 4xx JSON error, never a 5xx; the prototype stays clean and
 * memory stays bounded.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDingTalk } from '../../src/channels/dingtalk/sign.ts';
import { sealedPost } from '../channels/fixtures/wecom-client.ts';
import { AES_KEY, CORP_ID, TOKEN } from '../channels/fixtures/wecom-vectors.ts';
import { startHarness, type Harness } from '../server/harness.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const SECRET = 'fuzz-secret';
const RUNS = 60;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    env: { DINGTALK_APP_SECRET: SECRET, WECOM_TOKEN: TOKEN, WECOM_ENCODING_AES_KEY: AES_KEY, WECOM_CORP_ID: CORP_ID, RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
  });
});
afterAll(async () => h?.close());

const MB = 'ä'.repeat(512 * 1024);
const pollution = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'text', 'session', 'msgId', 'toString');
const leaf = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(MB, '\u0000', '\ud800', '<script>alert(1)</script>', '{{7*7}}', '${7*7}', '../../etc/passwd'),
  fc.constantFrom(1e308, -1e308, 2 ** 64, -0, 0.1, Number.MAX_SAFE_INTEGER + 2),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(pollution, tie('node'), { maxKeys: 4 })),
})).node;

/** A JSON-ish body as raw bytes: generated JSON, deep nesting, broken JSON or invalid UTF-8. */
const rawBody = fc.oneof(
  value.map((v) => Buffer.from(JSON.stringify(v) ?? 'null')),
  fc.dictionary(pollution, value, { maxKeys: 5 }).map((o) => Buffer.from(JSON.stringify(o).replaceAll('"polluted"', '"__proto__"'))),
  fc.integer({ min: 100, max: 40_000 }).map((n) => Buffer.from(`${'['.repeat(n)}${']'.repeat(n)}`)),
  fc.integer({ min: 100, max: 20_000 }).map((n) => Buffer.from(`{"text":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`)),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.concat([Buffer.from('{"text":"'), Buffer.from(b), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from('"}')])),
  fc.string({ maxLength: 200 }).map((s) => Buffer.from(s)),
);

const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'text/xml', 'application/x-www-form-urlencoded', '');

/** Sends one request and checks the contract: below 500, errors as JSON. */
async function send(method: string, path: string, body: Buffer | undefined, headers: Record<string, string>): Promise<number> {
  const res = await fetch(`${h.base}${path}`, { method, body: body === undefined ? undefined : new Uint8Array(body), headers });
  const text = await res.text();
  expect(res.status, `${method} ${path} -> ${res.status} ${text.slice(0, 200)}`).toBeLessThan(500);
  if (res.status >= 400) expect((JSON.parse(text) as { error: { code: unknown } }).error.code).toEqual(expect.any(String));
  return res.status;
}

function dingtalkHeaders(): Record<string, string> {
  const timestamp = String(Date.now());
  return { timestamp, sign: signDingTalk(timestamp, SECRET) };
}

/** Hostile plaintexts sealed correctly (a valid signature and ciphertext): the parser behind the crypto sees them. */
const wecomPlain = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><xml><FromUserName>u</FromUserName><MsgType>text</MsgType><Content>&lol3;</Content></xml>',
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><FromUserName>u</FromUserName><MsgType>text</MsgType><Content>&xxe;</Content></xml>',
    '<xml><FromUserName>u</FromUserName><MsgType>text</MsgType><Content>&xxe;&lol9;</Content><MsgId>1</MsgId></xml>',
    `<xml>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</xml>`,
    '<xml><FromUserName><![CDATA[u]]></FromUserName><MsgType>text</MsgType><Content><![CDATA[]]]]><![CDATA[>]]></Content></xml>',
    '<xml><__proto__><polluted>yes</polluted></__proto__><FromUserName>u</FromUserName><MsgType>event</MsgType></xml>',
  ),
  fc.tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 200 })).map(
    ([user, text]) => `<xml><FromUserName><![CDATA[${user}]]></FromUserName><MsgType>text</MsgType><Content><![CDATA[${text}]]></Content><MsgId>${Math.random()}</MsgId></xml>`,
  ),
);

describe('hostile input on every route', () => {
  it('answers /api/chat and /api/feedback with an answer or a 4xx JSON error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/chat', '/api/feedback'), rawBody, contentType, async (path, body, type) => {
        await send('POST', path, body, type ? { 'content-type': type } : {});
      }),
      { numRuns: RUNS * 2 },
    );
  }, 60_000);

  it('answers signed and unsigned DingTalk callbacks with {} or a 4xx JSON error', async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, fc.boolean(), async (body, signed) => {
        await send('POST', '/dingtalk', body, { 'content-type': 'application/json', ...(signed ? dingtalkHeaders() : { sign: 'x', timestamp: '1e3' }) });
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('answers WeCom callbacks with hostile outer bodies, queries and sealed plaintexts without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, fc.string({ maxLength: 80 }), async (body, query) => {
        await send('POST', `/wecom?${encodeURI(query)}`, body, { 'content-type': 'text/xml' });
        await send('GET', `/wecom?msg_signature=${'a'.repeat(40)}&timestamp=1&nonce=n&echostr=${encodeURIComponent(query)}`, undefined, {});
      }),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(wecomPlain, async (plain) => {
        const sealed = sealedPost(plain, 'app', 'n', String(Math.floor(Date.now() / 1000)));
        const started = Date.now();
        await send('POST', sealed.url, Buffer.from(sealed.payload), sealed.headers);
        expect(Date.now() - started).toBeLessThan(2000);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('answers GET routes with hostile paths, queries and headers without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/', '/widget.js', '/healthz', '/metrics', '/admin/stats', '/api/chat', '/nope'), fc.string({ maxLength: 100 }), async (path, junk) => {
        await send('GET', `${path}?q=${encodeURIComponent(junk)}`, undefined, { 'if-none-match': junk.replace(/[^\x20-\x7e]/g, ''), authorization: `Bearer ${junk.replace(/[^\x20-\x7e]/g, '')}` });
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('leaves Object.prototype clean and memory bounded after all of it', async () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20; i += 1) {
      await send('POST', '/api/chat', Buffer.from(`{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"text":"${MB.slice(0, 1000)}"}`), { 'content-type': 'application/json' });
      await send('POST', '/dingtalk', Buffer.from(`{"__proto__":{"polluted":"yes"},"msgtype":"text"}`), { 'content-type': 'application/json', ...dingtalkHeaders() });
      await send('POST', '/api/chat', Buffer.from(JSON.stringify({ text: MB })), { 'content-type': 'application/json' });
    }
    gc();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(30 * 1024 * 1024);
  }, 60_000);
});
