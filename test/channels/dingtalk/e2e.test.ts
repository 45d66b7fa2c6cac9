import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.ts';
import { registerDingTalk } from '../../../src/channels/dingtalk/plugin.ts';
import { signDingTalk } from '../../../src/channels/dingtalk/sign.ts';
import { createDefaultEngine } from '../../../src/engine/index.ts';
import type { IncomingMessage } from '../../../src/engine/types.ts';
import { memoryLog } from '../fixtures/engine.ts';
import { startFakeWebhook, type FakeWebhook } from '../fixtures/webhook-server.ts';
import fixture from '../fixtures/dingtalk-group-text.json' with { type: 'json' };

const SECRET = 'this is a secret';

describe('dingtalk over real HTTP on loopback', () => {
  let webhook: FakeWebhook | undefined;
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    await webhook?.close();
  });

  it("delivers the real engine's answer to a signed callback to the sessionWebhook", async () => {
    webhook = await startFakeWebhook();
    const config = parseConfig({ DINGTALK_APP_SECRET: SECRET, DINGTALK_WEBHOOK_ALLOWED_HOSTS: webhook.host });
    const app = Fastify();
    const real = createDefaultEngine();
    const calls: IncomingMessage[] = [];
    const engine = { handle: (m: IncomingMessage) => (calls.push(m), real.handle(m)) };
    registerDingTalk(app, { engine, config, log: memoryLog() });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    close = () => app.close();

    const timestamp = String(Date.now());
    const res = await fetch(`${address}/dingtalk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', timestamp, sign: signDingTalk(timestamp, SECRET) },
      body: JSON.stringify({ ...fixture, sessionWebhook: webhook.url }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});

    await webhook.waitFor(1);
    expect(webhook.received[0]!.path).toBe('/robot/sendBySession?session=test');
    const question: IncomingMessage = { channel: 'dingtalk', session: `${fixture.conversationId}:manager4711`, text: '短信核验失败怎么办' };
    expect(calls).toEqual([question]);
    const expected = await createDefaultEngine().handle(question);
    expect(expected.intent).toBe('msg.verify-failed');
    expect(expected.suggestions.length).toBeGreaterThan(0);
    expect(webhook.received[0]!.body).toEqual({
      msgtype: 'actionCard',
      actionCard: {
        title: expect.any(String),
        text: `@manager4711 ${expected.markdown}`,
        btnOrientation: '0',
        btns: expected.suggestions.map((s) => ({
          title: s.label,
          actionURL: `dtmd://dingtalkclient/sendMessage?content=${encodeURIComponent(s.value)}`,
        })),
      },
      at: { atUserIds: ['manager4711'] },
    });
  });
});
