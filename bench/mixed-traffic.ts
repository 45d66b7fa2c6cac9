/**
 * The mixed traffic of `npm run bench:load`: widget chats (multi-turn, a
 * bounded pool of conversations), signed DingTalk callbacks (each a fresh
 * msgId, answered through a local sessionWebhook) and encrypted WeCom
 * app-mode messages. Every answer is checked, so a lost reply is counted.
 *
 * @example
 *   const traffic = await startMixedTraffic();
 *   await autocannon({ url, connections: 50, duration: 60, requests: traffic.requests() });
 *   traffic.counts() // { chat: {...}, dingtalk: {...}, wecom: {...} }
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signDingTalk } from '../src/channels/dingtalk/sign.ts';
import { sealedPost } from '../test/channels/fixtures/wecom-client.ts';
import { AES_KEY, CORP_ID, TOKEN } from '../test/channels/fixtures/wecom-vectors.ts';
import fixture from '../test/channels/fixtures/dingtalk-group-text.json' with { type: 'json' };
import { CHAT_TEXTS, type CannonRequest } from './http.ts';

export const DINGTALK_SECRET = 'bench-load-secret';
const WECOM_TEXTS = ['验证码收不到', '短信核验失败怎么办', '核验有效期多久', 'who must verify?'];

/** Answers checked so far, per kind: sent, answered well, answered badly (lost). */
export interface Counts {
  chat: { ok: number; bad: number };
  /** `lost`: acked callbacks whose reply never reached the sessionWebhook. */
  dingtalk: { acked: number; bad: number; delivered: number; lost: number };
  wecom: { ok: number; bad: number };
}

/** The server env that turns both platform channels on and points DingTalk at the local webhook. */
export interface MixedTraffic {
  env: Record<string, string>;
  requests(): CannonRequest[];
  counts(): Counts;
  /** Waits until every acked DingTalk callback was delivered, or `ms` passed. */
  drained(ms: number): Promise<void>;
  close(): Promise<void>;
}

function appXml(user: string, text: string, msgId: string): string {
  const now = Math.floor(Date.now() / 1000);
  return `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><FromUserName><![CDATA[${user}]]></FromUserName><CreateTime>${now}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${text}]]></Content><MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;
}

/** Starts the sessionWebhook stand-in and returns the request generators. */
export async function startMixedTraffic(): Promise<MixedTraffic> {
  const counts: Counts = { chat: { ok: 0, bad: 0 }, dingtalk: { acked: 0, bad: 0, delivered: 0, lost: 0 }, wecom: { ok: 0, bad: 0 } };
  // Acked callbacks by sequence number until their reply arrives at the webhook.
  const awaiting = new Set<number>();
  const early = new Set<number>();
  const webhook = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      counts.dingtalk.delivered += 1;
      const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('session'));
      if (!awaiting.delete(n)) early.add(n);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(webhook.address() as AddressInfo).port}`;
  let seq = 0;
  const next = () => (seq += 1);

  const chat: CannonRequest = {
    method: 'POST',
    path: '/api/chat',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req) => {
      const n = next();
      return { ...req, body: JSON.stringify({ session: `load-${n % 2000}`, text: CHAT_TEXTS[n % CHAT_TEXTS.length] }) };
    },
    onResponse: (status, body) => {
      const good = status === 200 && /"text":"[^"]/.test(body) && /"intent":"/.test(body);
      counts.chat[good ? 'ok' : 'bad'] += 1;
    },
  };
  const dingtalk: CannonRequest = {
    method: 'POST',
    path: '/dingtalk',
    setupRequest: (req, context) => {
      const n = next();
      context.n = n;
      const timestamp = String(Date.now());
      const body = {
        ...fixture,
        msgId: `load-msg-${process.pid}-${n}`,
        senderStaffId: `staff${n % 500}`,
        text: { content: ` ${CHAT_TEXTS[n % CHAT_TEXTS.length]}` },
        sessionWebhook: `http://${host}/robot/sendBySession?session=${n}`,
      };
      const headers = { 'content-type': 'application/json', timestamp, sign: signDingTalk(timestamp, DINGTALK_SECRET) };
      return { ...req, headers, body: JSON.stringify(body) };
    },
    onResponse: (status, body, context) => {
      if (status !== 200 || body !== '{}') return void (counts.dingtalk.bad += 1);
      counts.dingtalk.acked += 1;
      const n = context.n as number;
      // The reply may reach the webhook before the ack reaches autocannon.
      if (!early.delete(n)) awaiting.add(n);
    },
  };
  const wecom: CannonRequest = {
    method: 'POST',
    setupRequest: (req) => {
      const n = next();
      const sealed = sealedPost(appXml(`user${n % 500}`, WECOM_TEXTS[n % WECOM_TEXTS.length]!, String(1e12 + n)), 'app', `nonce${n}`, String(Math.floor(Date.now() / 1000)));
      return { ...req, path: sealed.url, headers: sealed.headers, body: sealed.payload };
    },
    onResponse: (status, body) => {
      const good = status === 200 && body.includes('<Encrypt>') && body.includes('<MsgSignature>');
      counts.wecom[good ? 'ok' : 'bad'] += 1;
    },
  };

  return {
    env: {
      DINGTALK_APP_SECRET: DINGTALK_SECRET,
      DINGTALK_WEBHOOK_ALLOWED_HOSTS: host,
      WECOM_TOKEN: TOKEN,
      WECOM_ENCODING_AES_KEY: AES_KEY,
      WECOM_CORP_ID: CORP_ID,
    },
    requests: () => [chat, dingtalk, wecom],
    counts: () => structuredClone({ ...counts, dingtalk: { ...counts.dingtalk, lost: awaiting.size } }),
    async drained(ms) {
      const deadline = Date.now() + ms;
      while (awaiting.size > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => new Promise((resolve) => webhook.close(() => resolve())),
  };
}
