import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { registerBotFramework } from '../../src/channels/botframework.ts';
import { createDefaultEngine } from '../../src/engine/index.ts';
import { memoryLog } from './fixtures/engine.ts';
import { membersAddedActivity, messageActivity, startFakeConnector, type FakeConnector } from './botframework-fixtures.ts';

describe('bot framework over real HTTP on loopback', () => {
  let app: FastifyInstance | undefined;
  let connector: FakeConnector | undefined;
  afterEach(async () => {
    await app?.close();
    await connector?.close();
  });

  async function start(): Promise<{ send: (activity: Record<string, unknown>) => Promise<Response>; serviceUrl: string; connector: FakeConnector }> {
    connector = await startFakeConnector();
    app = Fastify();
    await registerBotFramework(app, { engine: createDefaultEngine(), config: parseConfig({}), log: memoryLog() });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const send = (activity: Record<string, unknown>) =>
      fetch(`${address}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    return { send, serviceUrl: connector.serviceUrl, connector };
  }

  it('runs the Table C dialog: 首次备案谁核验 → 网站 names both people to verify', async () => {
    const { send, serviceUrl, connector: c } = await start();
    const conversation = { id: `e2e-${Date.now()}` };

    const first = messageActivity(serviceUrl, '首次备案谁核验', { conversation });
    expect((await send(first)).status).toBe(200);
    await c.waitFor(1);
    const ask = c.received[0]!;
    expect(ask.path).toBe(`/v3/conversations/${conversation.id}/activities/${first.id as string}`);
    expect(ask.body).toMatchObject({ type: 'message', textFormat: 'markdown', locale: 'zh-CN', replyToId: first.id });
    const actions = (ask.body.suggestedActions as { actions: Array<{ type: string; title: string; value: string }> }).actions;
    expect(actions.map((a) => a.title)).toContain('网站服务');
    expect(actions.every((a) => a.type === 'imBack')).toBe(true);

    const second = messageActivity(serviceUrl, '网站', { conversation });
    expect((await send(second)).status).toBe(200);
    await c.waitFor(2);
    const answer = c.received[1]!;
    expect(answer.body.replyToId).toBe(second.id);
    expect(answer.body.text).toContain('备案主体负责人');
    expect(answer.body.text).toContain('网站负责人');
    expect(answer.body.text).not.toContain('App负责人');
  });

  it('greets a user added to the conversation in English when the locale is en-US', async () => {
    const { send, serviceUrl, connector: c } = await start();
    expect((await send(membersAddedActivity(serviceUrl, ['bot-1', 'user-1'], { locale: 'en-US' }))).status).toBe(200);
    await c.waitFor(1);
    expect(c.received[0]!.body).toMatchObject({ type: 'message', locale: 'en-US', text: expect.stringMatching(/^Hello/) });
  });

  it('refuses a non-loopback serviceUrl with a 403 JSON error and posts nowhere', async () => {
    const { send, connector: c } = await start();
    const res = await send(messageActivity('https://smba.trafficmanager.net/apac/', '短信核验失败怎么办'));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'forbidden', message: expect.stringContaining('loopback serviceUrl') } });
    expect(c.received).toHaveLength(0);
  });
});
