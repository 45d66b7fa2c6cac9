import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.ts';
import { registerWeCom } from '../../../src/channels/wecom/plugin.ts';
import { createDefaultEngine } from '../../../src/engine/index.ts';
import type { IncomingMessage } from '../../../src/engine/types.ts';
import { memoryLog } from '../fixtures/engine.ts';
import { openAppReply } from '../fixtures/wecom-client.ts';
import { AES_KEY, B, CORP_ID, outerXml, TOKEN } from '../fixtures/wecom-vectors.ts';

describe('wecom over real HTTP on loopback', () => {
  it("answers the encrypted vector B with the real engine's answer as an encrypted passive reply that @wecom/crypto opens", async () => {
    const config = parseConfig({ WECOM_TOKEN: TOKEN, WECOM_ENCODING_AES_KEY: AES_KEY, WECOM_CORP_ID: CORP_ID });
    const app = Fastify();
    const real = createDefaultEngine();
    const calls: IncomingMessage[] = [];
    const engine = { handle: (m: IncomingMessage) => (calls.push(m), real.handle(m)) };
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
      const question: IncomingMessage = { channel: 'wecom', session: 'ChenJiaShun', text: '你好' };
      expect(calls).toEqual([question]);
      const expected = await createDefaultEngine().handle(question);
      expect(expected.intent).toBe('chat.greeting');
      expect(inner).toMatchObject({ ToUserName: 'ChenJiaShun', FromUserName: CORP_ID, MsgType: 'text', Content: expected.text });
    } finally {
      await app.close();
    }
  });
});
