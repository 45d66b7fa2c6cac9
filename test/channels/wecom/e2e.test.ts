import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.ts';
import { registerWeCom } from '../../../src/channels/wecom/plugin.ts';
import { FIXED_REPLY, memoryLog, recordingEngine } from '../fixtures/engine.ts';
import { openAppReply } from '../fixtures/wecom-client.ts';
import { AES_KEY, B, CORP_ID, outerXml, TOKEN } from '../fixtures/wecom-vectors.ts';

describe('wecom over real HTTP on loopback', () => {
  it('answers the encrypted vector B with an encrypted passive reply that @wecom/crypto opens', async () => {
    const config = parseConfig({ WECOM_TOKEN: TOKEN, WECOM_ENCODING_AES_KEY: AES_KEY, WECOM_CORP_ID: CORP_ID });
    const app = Fastify();
    const engine = recordingEngine();
    registerWeCom(app, { engine, config, log: memoryLog() });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const res = await fetch(`${address}/wecom?msg_signature=${B.signature}&timestamp=${B.timestamp}&nonce=${B.nonce}`, {
        method: 'POST',
        headers: { 'content-type': 'text/xml' },
        body: outerXml(B.encrypt),
      });
      expect(res.status).toBe(200);
      const inner = openAppReply(await res.text());
      expect(inner).toMatchObject({ ToUserName: 'ChenJiaShun', FromUserName: CORP_ID, MsgType: 'text', Content: FIXED_REPLY.text });
      expect(engine.calls).toEqual([{ channel: 'wecom', session: 'ChenJiaShun', text: '你好' }]);
    } finally {
      await app.close();
    }
  });
});
