import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.ts';
import { registerDingTalk } from '../../../src/channels/dingtalk/plugin.ts';
import { signDingTalk } from '../../../src/channels/dingtalk/sign.ts';
import { memoryLog, recordingEngine } from '../fixtures/engine.ts';
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

  it('delivers the answer to a signed callback to the sessionWebhook', async () => {
    webhook = await startFakeWebhook();
    const config = parseConfig({ DINGTALK_APP_SECRET: SECRET, DINGTALK_WEBHOOK_ALLOWED_HOSTS: webhook.host });
    const app = Fastify();
    const engine = recordingEngine();
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
    expect(webhook.received[0]!.body).toMatchObject({
      msgtype: 'actionCard',
      actionCard: { text: expect.stringContaining('@manager4711 **短信核验**') },
      at: { atUserIds: ['manager4711'] },
    });
    expect(engine.calls).toEqual([{ channel: 'dingtalk', session: `${fixture.conversationId}:manager4711`, text: '短信核验失败怎么办' }]);
  });
});
