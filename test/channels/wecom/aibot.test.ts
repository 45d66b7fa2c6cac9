import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.ts';
import { registerWeCom } from '../../../src/channels/wecom/plugin.ts';
import { FIXED_REPLY, memoryLog, recordingEngine } from '../fixtures/engine.ts';
import { openAibotReply, sealedPost } from '../fixtures/wecom-client.ts';
import { AES_KEY, TOKEN } from '../fixtures/wecom-vectors.ts';

const config = parseConfig({ WECOM_TOKEN: TOKEN, WECOM_ENCODING_AES_KEY: AES_KEY, WECOM_MODE: 'aibot' });

const groupText = (msgid: string, content = '@备案助手 短信核验失败怎么办') =>
  JSON.stringify({
    msgid,
    aibotid: 'aib-1',
    chatid: 'chat-9',
    chattype: 'group',
    from: { userid: 'zhangsan' },
    response_url: 'https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=REDACTED',
    msgtype: 'text',
    text: { content },
  });
const refresh = (id: string) => JSON.stringify({ msgid: `r-${id}`, aibotid: 'aib-1', chattype: 'single', from: { userid: 'zhangsan' }, msgtype: 'stream', stream: { id } });

describe('registerWeCom in aibot (intelligent robot) mode', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  async function build(engine = recordingEngine(), budgetMs?: number) {
    const app = Fastify();
    registerWeCom(app, { engine, config, log: memoryLog() }, { budgetMs });
    await app.ready();
    close = () => app.close();
    return { app, engine };
  }

  it('answers a group text with a finished encrypted stream of the markdown, echoing the nonce', async () => {
    const { app, engine } = await build();
    const res = await app.inject(sealedPost(groupText('m-1'), 'aibot', 'nonce-42'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(res.body)).toMatchObject({ nonce: 'nonce-42', timestamp: expect.any(Number) });
    const plain = openAibotReply(res.body);
    expect(plain).toEqual({ msgtype: 'stream', stream: { id: expect.any(String), finish: true, content: FIXED_REPLY.markdown } });
    expect(engine.calls).toEqual([{ channel: 'wecom', session: 'chat-9:zhangsan', text: '短信核验失败怎么办' }]);
  });

  it('answers a refresh of a finished stream with finish:true again', async () => {
    const { app } = await build();
    const first = openAibotReply((await app.inject(sealedPost(groupText('m-2'), 'aibot'))).body);
    const again = openAibotReply((await app.inject(sealedPost(refresh(first.stream.id), 'aibot'))).body);
    expect(again.stream).toEqual({ id: first.stream.id, finish: true, content: FIXED_REPLY.markdown });
  });

  it('starts an unfinished stream when the engine is slow and finishes it on a refresh', async () => {
    const { app } = await build(recordingEngine(FIXED_REPLY, 100), 20);
    const first = openAibotReply((await app.inject(sealedPost(groupText('m-3'), 'aibot'))).body);
    expect(first.stream).toMatchObject({ finish: false, content: '' });
    await new Promise((resolve) => setTimeout(resolve, 120));
    const later = openAibotReply((await app.inject(sealedPost(refresh(first.stream.id), 'aibot'))).body);
    expect(later.stream).toEqual({ id: first.stream.id, finish: true, content: FIXED_REPLY.markdown });
  });

  it('dedupes a retried msgid onto the same stream with one engine call', async () => {
    const { app, engine } = await build();
    const a = openAibotReply((await app.inject(sealedPost(groupText('m-4'), 'aibot'))).body);
    const b = openAibotReply((await app.inject(sealedPost(groupText('m-4'), 'aibot'))).body);
    expect(b.stream.id).toBe(a.stream.id);
    expect(engine.calls).toHaveLength(1);
  });

  it('finishes an unknown stream id with empty content so WeCom stops refreshing', async () => {
    const { app } = await build();
    const res = openAibotReply((await app.inject(sealedPost(refresh('nope'), 'aibot'))).body);
    expect(res.stream).toEqual({ id: 'nope', finish: true, content: '' });
  });

  it('refuses a body that is not the JSON envelope with a 400, and a bad signature with a 401', async () => {
    const { app } = await build();
    const ok = sealedPost(groupText('m-5'), 'aibot');
    expect((await app.inject({ ...ok, payload: '{"encrypt":' })).statusCode).toBe(400);
    expect((await app.inject({ ...ok, payload: '{"other":1}' })).statusCode).toBe(400);
    expect((await app.inject({ ...ok, url: ok.url.replace(/msg_signature=\w+/, `msg_signature=${'a'.repeat(40)}`) })).statusCode).toBe(401);
  });
});
