import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.ts';
import { registerDingTalk } from '../../../src/channels/dingtalk/plugin.ts';
import { signDingTalk } from '../../../src/channels/dingtalk/sign.ts';
import type { DingTalkOutgoing } from '../../../src/channels/dingtalk/render.ts';
import { runChannelSuite } from '../common-suite.ts';
import { memoryLog, recordingEngine } from '../fixtures/engine.ts';
import fixture from '../fixtures/dingtalk-group-text.json' with { type: 'json' };

const SECRET = 'this is a secret';
const config = parseConfig({ DINGTALK_APP_SECRET: SECRET });

/** The text a user sees in one outgoing DingTalk message. */
export function shownText(body: DingTalkOutgoing): string {
  if (body.msgtype === 'markdown') return body.markdown.text;
  if (body.msgtype === 'actionCard') return body.actionCard.text;
  return body.text.content;
}

function signedHeaders(secret = SECRET) {
  const timestamp = String(Date.now());
  return { timestamp, sign: signDingTalk(timestamp, secret), 'content-type': 'application/json' };
}

async function buildDingTalk(engine: ReturnType<typeof recordingEngine>) {
  const sent: Array<{ url: string; body: DingTalkOutgoing }> = [];
  const fakeFetch: typeof fetch = async (url, init) => {
    sent.push({ url: String(url), body: JSON.parse(String(init?.body)) as DingTalkOutgoing });
    return new Response('{"errcode":0,"errmsg":"ok"}', { status: 200 });
  };
  const app = Fastify();
  const handler = registerDingTalk(app, { engine, config, log: memoryLog(), fetch: fakeFetch })!;
  await app.ready();
  return { app, sent, handler };
}

runChannelSuite({
  name: 'dingtalk',
  async build(engine) {
    const { app, sent, handler } = await buildDingTalk(engine);
    return {
      app,
      async answers() {
        await handler.idle();
        return sent.map((s) => shownText(s.body));
      },
    };
  },
  valid: () => ({ method: 'POST', url: '/dingtalk', headers: signedHeaders(), payload: fixture }),
  badSignature: () => ({ method: 'POST', url: '/dingtalk', headers: signedHeaders('wrong secret'), payload: fixture }),
  malformed: () => ({ method: 'POST', url: '/dingtalk', headers: signedHeaders(), payload: '{"msgtype":' }),
  oversize: () => ({
    method: 'POST',
    url: '/dingtalk',
    headers: signedHeaders(),
    payload: { ...fixture, text: { content: 'x'.repeat(70 * 1024) } },
  }),
  expected: { channel: 'dingtalk', session: `${fixture.conversationId}:manager4711`, text: '短信核验失败怎么办' },
});

describe('registerDingTalk', () => {
  it('acks the callback with 200 {} and delivers an actionCard with the quick reply to the sessionWebhook', async () => {
    const { app, sent, handler } = await buildDingTalk(recordingEngine());
    const res = await app.inject({ method: 'POST', url: '/dingtalk', headers: signedHeaders(), payload: fixture });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({});
    await handler.idle();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe(fixture.sessionWebhook);
    expect(sent[0]!.body).toMatchObject({
      msgtype: 'actionCard',
      actionCard: { btnOrientation: '0', btns: [{ title: '收不到短信' }] },
      at: { atUserIds: ['manager4711'] },
    });
    await app.close();
  });

  it('rejects a request whose timestamp is more than an hour old', async () => {
    const { app } = await buildDingTalk(recordingEngine());
    const timestamp = String(Date.now() - 3_600_001);
    const res = await app.inject({
      method: 'POST',
      url: '/dingtalk',
      headers: { timestamp, sign: signDingTalk(timestamp, SECRET), 'content-type': 'application/json' },
      payload: fixture,
    });
    expect(res.statusCode).toBe(401);
    await app.close();
  });

  it('answers a picture with the text-only notice without asking the engine', async () => {
    const engine = recordingEngine();
    const { app, sent, handler } = await buildDingTalk(engine);
    const picture = { ...fixture, msgId: 'pic-1', msgtype: 'picture', text: undefined, content: { downloadCode: 'x' } };
    await app.inject({ method: 'POST', url: '/dingtalk', headers: signedHeaders(), payload: picture });
    await handler.idle();
    expect(engine.calls).toHaveLength(0);
    expect(sent[0]!.body.msgtype).toBe('text');
    expect(shownText(sent[0]!.body)).toContain('只能读取文字');
    await app.close();
  });

  it('does not answer when the sessionWebhook points at a host that is not allowed', async () => {
    const engine = recordingEngine();
    const { app, sent, handler } = await buildDingTalk(engine);
    const evil = { ...fixture, msgId: 'evil-1', sessionWebhook: 'https://attacker.example/hook' };
    const res = await app.inject({ method: 'POST', url: '/dingtalk', headers: signedHeaders(), payload: evil });
    expect(res.statusCode).toBe(200);
    await handler.idle();
    expect(sent).toHaveLength(0);
    expect(engine.calls).toHaveLength(0);
    await app.close();
  });

  it('mounts nothing and says so in one log line when the secret is unset', async () => {
    const app = Fastify();
    const log = memoryLog();
    expect(registerDingTalk(app, { engine: recordingEngine(), config: parseConfig({}), log })).toBeNull();
    await app.ready();
    expect((await app.inject({ method: 'POST', url: '/dingtalk', payload: {} })).statusCode).toBe(404);
    expect(log.lines.map((l) => l.msg)).toEqual(['dingtalk channel off: DINGTALK_APP_SECRET unset']);
    await app.close();
  });
});
