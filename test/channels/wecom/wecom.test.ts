import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.ts';
import { registerWeCom } from '../../../src/channels/wecom/plugin.ts';
import { runChannelSuite } from '../common-suite.ts';
import { FIXED_REPLY, memoryLog, recordingEngine } from '../fixtures/engine.ts';
import { openAppReply, sealedPost } from '../fixtures/wecom-client.ts';
import { A, AES_KEY, B, CORP_ID, outerXml, TOKEN } from '../fixtures/wecom-vectors.ts';

const config = parseConfig({ WECOM_TOKEN: TOKEN, WECOM_ENCODING_AES_KEY: AES_KEY, WECOM_CORP_ID: CORP_ID });
const postB = (signature = B.signature, body = outerXml(B.encrypt)) => ({
  method: 'POST' as const,
  url: `/wecom?msg_signature=${signature}&timestamp=${B.timestamp}&nonce=${B.nonce}`,
  headers: { 'content-type': 'text/xml' },
  payload: body,
});

async function buildWeCom(engine = recordingEngine(), budgetMs?: number) {
  const app = Fastify();
  const log = memoryLog();
  registerWeCom(app, { engine, config, log }, { budgetMs });
  await app.ready();
  return { app, log, engine };
}

runChannelSuite({
  name: 'wecom (app mode)',
  async build(engine) {
    const { app } = await buildWeCom(engine);
    return {
      app,
      answers: async (responses) => responses.filter((r) => r.body !== '').map((r) => openAppReply(r.body)['Content']!),
    };
  },
  valid: () => postB(),
  badSignature: () => postB('0'.repeat(40)),
  malformed: () => postB(B.signature, '<xml><Encrypt>'),
  oversize: () => postB(B.signature, `<xml><Pad>${'x'.repeat(70 * 1024)}</Pad></xml>`),
  expected: { channel: 'wecom', session: 'ChenJiaShun', text: '你好' },
});

describe('registerWeCom in app mode', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('answers the URL check of vector A with the bare plaintext', async () => {
    const { app } = await buildWeCom();
    close = () => app.close();
    // WeCom does not always encode "+": it arrives as a space.
    const echostr = A.echostr.replaceAll('+', ' ').replaceAll('/', '%2F').replaceAll('=', '%3D');
    const res = await app.inject({ method: 'GET', url: `/wecom?msg_signature=${A.signature}&timestamp=${A.timestamp}&nonce=${A.nonce}&echostr=${echostr}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toBe(A.plaintext);
  });

  it('refuses a URL check with a wrong signature', async () => {
    const { app } = await buildWeCom();
    close = () => app.close();
    const res = await app.inject({ method: 'GET', url: `/wecom?msg_signature=${B.signature}&timestamp=${A.timestamp}&nonce=${A.nonce}&echostr=${encodeURIComponent(A.echostr)}` });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('replies to vector B as a passive text reply from the corp to the user, in plain text', async () => {
    const { app } = await buildWeCom();
    close = () => app.close();
    const res = await app.inject(postB());
    const inner = openAppReply(res.body);
    expect(inner).toMatchObject({ ToUserName: 'ChenJiaShun', FromUserName: CORP_ID, MsgType: 'text', Content: FIXED_REPLY.text });
  });

  it('truncates a long answer to 2048 bytes at a character boundary', async () => {
    const long = { ...FIXED_REPLY, text: '短信核验'.repeat(400) };
    const { app } = await buildWeCom({ ...recordingEngine(long) });
    close = () => app.close();
    const content = openAppReply((await app.inject(postB())).body)['Content']!;
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(2048);
    expect(content.startsWith('短信核验短信核验')).toBe(true);
    expect(content).not.toContain('\uFFFD');
  });

  it('answers an image politely and ignores events with an empty 200', async () => {
    const { app, engine } = await buildWeCom();
    close = () => app.close();
    const image = sealedPost(B.plaintext.replace('<MsgType>text</MsgType><Content>你好</Content>', '<MsgType>image</MsgType><PicUrl>http://x/y.png</PicUrl>'), 'app');
    expect(openAppReply((await app.inject(image)).body)['Content']).toContain('只能读取文字');
    const event = sealedPost('<xml><ToUserName>ww1436e0e65a779aee</ToUserName><FromUserName>ChenJiaShun</FromUserName><CreateTime>1476422800</CreateTime><MsgType>event</MsgType><Event>enter_agent</Event></xml>', 'app');
    const res = await app.inject(event);
    expect([res.statusCode, res.body]).toEqual([200, '']);
    expect(engine.calls).toHaveLength(0);
  });

  it('answers 200 with an empty body when the engine is slower than the budget, and gives the answer to the retry', async () => {
    const { app, log, engine } = await buildWeCom(recordingEngine(FIXED_REPLY, 120), 40);
    close = () => app.close();
    const first = await app.inject(postB());
    expect([first.statusCode, first.body]).toEqual([200, '']);
    expect(log.lines.some((l) => l.msg?.includes('not ready within'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const retry = await app.inject(postB());
    expect(openAppReply(retry.body)['Content']).toBe(FIXED_REPLY.text);
    expect(engine.calls).toHaveLength(1);
  });

  it('refuses a DOCTYPE body with a 400 before decrypting anything', async () => {
    const { app } = await buildWeCom();
    close = () => app.close();
    const res = await app.inject(postB(B.signature, `<!DOCTYPE x [<!ENTITY e "e">]>${outerXml(B.encrypt)}`));
    expect(res.statusCode).toBe(400);
  });

  it('refuses a message encrypted for another corp', async () => {
    const { app } = await buildWeCom();
    close = () => app.close();
    const other = sealedPost(B.plaintext, 'aibot'); // receiveid "" instead of the corp id
    const res = await app.inject({ ...other, headers: { 'content-type': 'text/xml' }, payload: outerXml(JSON.parse(other.payload).encrypt) });
    expect(res.statusCode).toBe(401);
  });

  it('mounts nothing when the token is unset', async () => {
    const app = Fastify();
    const log = memoryLog();
    expect(registerWeCom(app, { engine: recordingEngine(), config: parseConfig({}), log })).toBe(false);
    await app.ready();
    expect((await app.inject({ method: 'GET', url: '/wecom' })).statusCode).toBe(404);
    expect(log.lines.map((l) => l.msg)).toEqual(['wecom channel off: WECOM_TOKEN unset']);
  });
});
