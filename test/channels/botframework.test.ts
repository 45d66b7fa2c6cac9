import Fastify, { type FastifyInstance } from 'fastify';
import { Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import {
  isLoopbackAddress,
  isLoopbackServiceUrl,
  langOfLocale,
  registerBotFramework,
  stripAtMentions,
} from '../../src/channels/botframework.ts';
import type { Engine } from '../../src/engine/types.ts';
import { FIXED_REPLY, memoryLog, recordingEngine } from './fixtures/engine.ts';
import { membersAddedActivity, messageActivity, startFakeConnector, type FakeConnector } from './botframework-fixtures.ts';

let app: FastifyInstance | undefined;
let connector: FakeConnector | undefined;
afterEach(async () => {
  await app?.close();
  await connector?.close();
  app = connector = undefined;
});

async function setup(env: Record<string, string> = {}, engine: Engine = recordingEngine()) {
  connector = await startFakeConnector();
  app = Fastify();
  const log = memoryLog();
  const channel = await registerBotFramework(app, { engine, config: parseConfig(env), log });
  await app.ready();
  const post = (body: unknown, extra: { remoteAddress?: string; headers?: Record<string, string> } = {}) =>
    app!.inject({ method: 'POST', url: '/api/messages', payload: body as object, ...extra });
  return { app, connector, log, channel, post, serviceUrl: connector.serviceUrl };
}

function expectJsonError(res: { statusCode: number; json(): unknown }, status: number, code: string): void {
  expect(res.statusCode).toBe(status);
  expect(res.json()).toEqual({ error: { code, message: expect.stringMatching(/.+/) } });
}

describe('isLoopbackAddress', () => {
  it('accepts 127.0.0.0/8, ::1 and IPv4-mapped loopback only', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['10.0.0.1', '::ffff:10.0.0.1', '128.0.0.1', '127.0.0.1.evil.com', '', undefined]) expect(isLoopbackAddress(a)).toBe(false);
  });
});

describe('isLoopbackServiceUrl', () => {
  it('accepts http(s) URLs on localhost, 127.x and [::1]', () => {
    for (const u of ['http://localhost:3978', 'https://127.0.0.1:9/x', 'http://[::1]:8080/']) expect(isLoopbackServiceUrl(u)).toBe(true);
  });
  it('refuses other hosts, schemes, credentials and lookalikes', () => {
    for (const u of ['https://smba.trafficmanager.net/emea/', 'http://127.0.0.1.nip.io/', 'http://localhost.evil.com', 'file:///etc/passwd', 'http://u:p@127.0.0.1/', 'nonsense', 42]) {
      expect(isLoopbackServiceUrl(u)).toBe(false);
    }
  });
});

describe('langOfLocale and stripAtMentions', () => {
  it('maps en-* to en, zh-* to zh and leaves other locales to the engine', () => {
    expect([langOfLocale('en-US'), langOfLocale('zh-CN'), langOfLocale('ZH-tw'), langOfLocale('fr-FR'), langOfLocale(undefined)]).toEqual(['en', 'zh', 'zh', undefined, undefined]);
  });
  it('removes Teams <at> mentions', () => {
    expect(stripAtMentions('<at>备案助手</at> 短信核验失败怎么办')).toBe('短信核验失败怎么办');
  });
});

describe('registerBotFramework in local mode', () => {
  it('replies through the connector with markdown, suggestedActions, locale and replyToId', async () => {
    const engine = recordingEngine();
    const { post, connector: c, serviceUrl } = await setup({}, engine);
    const activity = messageActivity(serviceUrl, '短信核验失败怎么办');
    const res = await post(activity);
    expect(res.statusCode).toBe(200);
    expect(engine.calls).toEqual([{ channel: 'botframework', session: 'conv-1', text: '短信核验失败怎么办', lang: 'zh' }]);
    expect(c.received).toHaveLength(1);
    const call = c.received[0]!;
    expect(call.method).toBe('POST');
    expect(call.path).toBe(`/v3/conversations/conv-1/activities/${activity.id as string}`);
    expect(call.headers.authorization).toBeUndefined();
    expect(call.body).toMatchObject({
      type: 'message',
      textFormat: 'markdown',
      text: FIXED_REPLY.markdown,
      locale: 'zh-CN',
      replyToId: activity.id,
      from: { id: 'bot-1' },
      recipient: { id: 'user-1' },
      conversation: { id: 'conv-1' },
      suggestedActions: { actions: [{ type: 'imBack', title: '收不到短信', value: '收不到核验短信怎么办' }] },
    });
  });

  it('keys group chats by conversation and sender, and drops the @mention', async () => {
    const engine = recordingEngine();
    const { post, serviceUrl } = await setup({}, engine);
    await post(messageActivity(serviceUrl, '<at>Bot</at> hello', { conversation: { id: 'team-1', isGroup: true }, locale: 'en-US' }));
    expect(engine.calls).toEqual([{ channel: 'botframework', session: 'team-1:user-1', text: 'hello', lang: 'en' }]);
  });

  it('greets a user who joins, in the locale of the activity, but not when only the bot joins', async () => {
    const engine = recordingEngine();
    const { post, connector: c, serviceUrl } = await setup({}, engine);
    expect((await post(membersAddedActivity(serviceUrl, ['bot-1']))).statusCode).toBe(200);
    expect(engine.calls).toHaveLength(0);
    expect((await post(membersAddedActivity(serviceUrl, ['bot-1', 'user-1'], { locale: 'en-US' }))).statusCode).toBe(200);
    expect(engine.calls).toEqual([{ channel: 'botframework', session: 'conv-1', text: 'hello', lang: 'en' }]);
    expect(c.received).toHaveLength(1);
    expect(c.received[0]!.body).toMatchObject({ type: 'message', text: FIXED_REPLY.markdown, locale: 'en-US' });
  });

  it('refuses a non-loopback serviceUrl with 403 and never POSTs there', async () => {
    const engine = recordingEngine();
    const { post } = await setup({}, engine);
    const res = await post(messageActivity('https://smba.trafficmanager.net/emea/', 'hi'));
    expectJsonError(res, 403, 'forbidden');
    expect(engine.calls).toHaveLength(0);
  });

  it('refuses a client that is not on loopback with 403', async () => {
    const engine = recordingEngine();
    const { post, connector: c, serviceUrl } = await setup({}, engine);
    expectJsonError(await post(messageActivity(serviceUrl, 'hi'), { remoteAddress: '203.0.113.7' }), 403, 'forbidden');
    expect(engine.calls).toHaveLength(0);
    expect(c.received).toHaveLength(0);
  });

  it('rejects a body that is not an activity with 400 and one over 64 KB with 413', async () => {
    const engine = recordingEngine();
    const { post, serviceUrl } = await setup({}, engine);
    expectJsonError(await post({ text: 'no type' }), 400, 'bad_request');
    expectJsonError(await post(messageActivity(serviceUrl, 'x'.repeat(70_000))), 413, 'payload_too_large');
    expect(engine.calls).toHaveLength(0);
  });

  it('answers a retried activity once', async () => {
    const engine = recordingEngine();
    const { post, connector: c, serviceUrl } = await setup({}, engine);
    const activity = messageActivity(serviceUrl, '短信核验失败怎么办');
    expect((await post(activity)).statusCode).toBe(200);
    expect((await post(activity)).statusCode).toBe(200);
    expect(engine.calls).toHaveLength(1);
    expect(c.received).toHaveLength(1);
  });

  it('answers 500 without a reply when the engine fails', async () => {
    const failing: Engine = { handle: () => Promise.reject(new Error('boom')) };
    const { post, connector: c, serviceUrl, log } = await setup({}, failing);
    expectJsonError(await post(messageActivity(serviceUrl, 'hi')), 500, 'internal');
    expect(c.received).toHaveLength(0);
    expect(log.lines.some((l) => l.msg === 'botframework turn failed')).toBe(true);
  });

  it('opens no listening socket of its own', async () => {
    const before = listeningServers();
    const { app: a, channel } = await setup();
    expect(channel?.controller.webserver).toBeUndefined();
    expect(channel?.controller.http).toBeUndefined();
    expect(listeningServers() - before).toBe(1); // the fake connector only
    await a.listen({ port: 0, host: '127.0.0.1' });
    expect(listeningServers() - before).toBe(2); // plus our own fastify server
  });
});

describe('registerBotFramework with credentials', () => {
  const env = { MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'not-a-real-secret' };

  it('rejects a request without a bearer token with 401 and does not ask the engine', async () => {
    const engine = recordingEngine();
    const { post, connector: c, serviceUrl, channel } = await setup(env, engine);
    expect(channel?.mode).toBe('credentials');
    expectJsonError(await post(messageActivity(serviceUrl, 'hi')), 401, 'unauthorized');
    expectJsonError(await post(messageActivity(serviceUrl, 'hi'), { headers: { authorization: 'Basic dXNlcjpwYXNz' } }), 401, 'unauthorized');
    expect(engine.calls).toHaveLength(0);
    expect(c.received).toHaveLength(0);
  });
});

describe('registerBotFramework when switched off', () => {
  it('mounts nothing and says so in one log line', async () => {
    const { app: a, log, channel } = await setup({ BOTFRAMEWORK_ENABLED: 'false' });
    expect(channel).toBeNull();
    expect((await a.inject({ method: 'POST', url: '/api/messages', payload: {} })).statusCode).toBe(404);
    expect(log.lines.map((l) => l.msg)).toEqual(['botframework channel off: BOTFRAMEWORK_ENABLED=false']);
  });
});

/** Listening net servers of this process. */
function listeningServers(): number {
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  return handles.filter((h) => h instanceof Server && h.listening).length;
}
