import Fastify from 'fastify';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { parseConfig } from '../../../src/config.ts';
import { registerDingTalk } from '../../../src/channels/dingtalk/plugin.ts';
import { startDingTalkStream, type DingTalkStream } from '../../../src/channels/dingtalk/stream.ts';
import { memoryLog, recordingEngine } from '../fixtures/engine.ts';
import { startFakeWebhook, type FakeWebhook } from '../fixtures/webhook-server.ts';
import fixture from '../fixtures/dingtalk-group-text.json' with { type: 'json' };

/** Next JSON frame the fake gateway receives from the client. */
function nextFrame(socket: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString('utf8')) as Record<string, unknown>)));
}

function callbackFrame(messageId: string, data: unknown) {
  return JSON.stringify({
    specVersion: '1.0',
    type: 'CALLBACK',
    headers: { topic: '/v1.0/im/bot/messages/get', messageId, contentType: 'application/json', time: String(Date.now()) },
    data: JSON.stringify(data),
  });
}

describe('startDingTalkStream', () => {
  let wss: WebSocketServer | undefined;
  let webhook: FakeWebhook | undefined;
  let stream: DingTalkStream | undefined;
  afterEach(async () => {
    stream?.stop();
    await new Promise((resolve) => wss?.close(resolve));
    await webhook?.close();
    nock.cleanAll();
  });

  it('opens a ticketed socket, echoes pings, acks robot messages and answers once via the sessionWebhook', async () => {
    webhook = await startFakeWebhook();
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((resolve) => wss!.once('listening', resolve));
    const wsPort = (wss.address() as AddressInfo).port;
    const connected = new Promise<{ socket: WebSocket; url: string }>((resolve) =>
      wss!.once('connection', (socket, req) => resolve({ socket, url: req.url ?? '' })),
    );
    let opened: { clientId?: string; subscriptions?: unknown[] } = {};
    nock('https://api.dingtalk.com')
      .post('/v1.0/gateway/connections/open', (body: typeof opened) => ((opened = body), true))
      .reply(200, { endpoint: `ws://127.0.0.1:${wsPort}/connect`, ticket: 'T-1' });

    const config = parseConfig({
      DINGTALK_MODE: 'stream',
      DINGTALK_CLIENT_ID: 'ding-client',
      DINGTALK_CLIENT_SECRET: 'client-secret',
      DINGTALK_WEBHOOK_ALLOWED_HOSTS: webhook.host,
    });
    const engine = recordingEngine();
    stream = await startDingTalkStream({ engine, config, log: memoryLog() });

    const { socket, url } = await connected;
    expect(url).toBe('/connect?ticket=T-1');
    expect(opened.clientId).toBe('ding-client');
    expect(opened.subscriptions).toContainEqual({ type: 'CALLBACK', topic: '/v1.0/im/bot/messages/get' });

    const ping = { specVersion: '1.0', type: 'SYSTEM', headers: { topic: 'ping', messageId: 'p1', contentType: 'application/json' }, data: '{"opaque":"x"}' };
    const pong = nextFrame(socket);
    socket.send(JSON.stringify(ping));
    expect(await pong).toEqual({ code: 200, headers: ping.headers, message: 'OK', data: ping.data });

    const message = { ...fixture, sessionWebhook: webhook.url };
    const ack = nextFrame(socket);
    socket.send(callbackFrame('m1', message));
    expect(await ack).toEqual({
      code: 200,
      headers: { contentType: 'application/json', messageId: 'm1' },
      message: 'OK',
      data: '{"response":{"ok":true}}',
    });
    await webhook.waitFor(1);

    const reAck = nextFrame(socket);
    socket.send(callbackFrame('m2', message)); // DingTalk re-pushing the same msgId
    expect((await reAck).headers).toEqual({ contentType: 'application/json', messageId: 'm2' });
    await stream.handler.idle();
    expect(webhook.received).toHaveLength(1);
    expect(engine.calls).toHaveLength(1);
    expect(webhook.received[0]!.body).toMatchObject({ msgtype: 'actionCard', at: { atUserIds: ['manager4711'] } });
  });

  it('is started by registerDingTalk when the app is ready and closed with it, with no /dingtalk route', async () => {
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((resolve) => wss!.once('listening', resolve));
    const connected = new Promise<WebSocket>((resolve) => wss!.once('connection', resolve));
    nock('https://api.dingtalk.com')
      .post('/v1.0/gateway/connections/open')
      .reply(200, { endpoint: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, ticket: 'T-2' });
    const config = parseConfig({ DINGTALK_MODE: 'stream', DINGTALK_CLIENT_ID: 'id', DINGTALK_CLIENT_SECRET: 'secret' });
    const app = Fastify();
    const log = memoryLog();
    expect(registerDingTalk(app, { engine: recordingEngine(), config, log })).not.toBeNull();
    await app.ready();
    const socket = await connected;
    expect((await app.inject({ method: 'POST', url: '/dingtalk', payload: {} })).statusCode).toBe(404);
    const closedByClient = new Promise((resolve) => socket.once('close', resolve));
    await app.close();
    await closedByClient;
    expect(log.lines.map((l) => l.msg)).toContain('dingtalk channel on: stream mode (no /dingtalk route)');
  });
});
