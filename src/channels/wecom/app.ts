/**
 * WeCom self-built application mode: encrypted XML callbacks answered with an
 * encrypted passive XML reply inside WeCom's 5-second window. Text goes to
 * the engine (plain text, ≤ 2048 bytes); pictures, voice and other messages
 * get a polite notice; events are acknowledged with an empty 200.
 * When the engine is slower than the budget the answer is dropped (logged):
 * the active message/send API is not implemented.
 *
 * @example
 *   const app = new WeComApp(deps, crypto, 'ww1436e0e65a779aee');
 *   await app.receive({ msg_signature, timestamp, nonce }, body) // '<xml><Encrypt>…' or null
 */
import { randomBytes } from 'node:crypto';
import { ChannelPayloadError } from '../../errors.ts';
import type { ChannelDeps } from '../channel.ts';
import { APOLOGY, stripMention, TEXT_ONLY_NOTICE, truncateUtf8 } from '../text.ts';
import type { WeComCrypto } from './crypto.ts';
import { AnswerOnce } from './once.ts';
import { envelopeXml, parseWeComXml, textReplyXml } from './xml.ts';
import type { SignedQuery } from './query.ts';

/** Largest passive text reply WeCom accepts. */
export const WECOM_TEXT_MAX_BYTES = 2048;

/** Answers application-mode callbacks. */
export class WeComApp {
  private readonly once: AnswerOnce<string>;

  constructor(
    private readonly deps: ChannelDeps,
    private readonly crypto: WeComCrypto,
    private readonly corpId: string,
    budgetMs = 4500,
  ) {
    this.once = new AnswerOnce(budgetMs);
  }

  /** Verifies and decrypts one POST; returns the encrypted reply XML, or null for an empty 200. */
  async receive(query: SignedQuery, rawBody: string): Promise<string | null> {
    const encrypt = parseWeComXml(rawBody)['Encrypt'];
    if (!encrypt) throw new ChannelPayloadError('wecom', 'body has no <Encrypt>');
    this.crypto.verify(query.msg_signature, query.timestamp, query.nonce, encrypt);
    const msg = parseWeComXml(this.crypto.decrypt(encrypt));
    const user = msg['FromUserName'];
    const type = msg['MsgType'];
    if (!user || !type) throw new ChannelPayloadError('wecom', 'message lacks FromUserName or MsgType');
    if (type === 'event') return null;
    const key = msg['MsgId'] ?? `${user}:${msg['CreateTime'] ?? ''}`;
    const out = await this.once.answer(key, () => this.answerText(type, user, msg['Content']));
    if (out.status === 'duplicate') {
      this.deps.log.info({ channel: 'wecom' }, 'wecom retry of an answered message: empty 200');
      return null;
    }
    if (out.status === 'late') {
      this.deps.log.warn({ channel: 'wecom' }, 'wecom answer not ready within the 5 s window: empty 200 (active send not implemented)');
      return null;
    }
    const timestamp = String(Math.floor((this.deps.now ?? Date.now)() / 1000));
    const plain = textReplyXml(user, this.corpId, Number(timestamp), truncateUtf8(out.value, WECOM_TEXT_MAX_BYTES));
    const nonce = randomBytes(8).toString('hex');
    const { encrypt: sealed, signature } = this.crypto.seal(plain, timestamp, nonce);
    return envelopeXml(sealed, signature, timestamp, nonce);
  }

  private async answerText(type: string, user: string, content: string | undefined): Promise<string> {
    if (type !== 'text' || content === undefined) return TEXT_ONLY_NOTICE;
    try {
      const reply = await this.deps.engine.handle({ channel: 'wecom', session: user, text: stripMention(content) });
      return reply.text;
    } catch (err) {
      this.deps.log.error({ channel: 'wecom', err: err instanceof Error ? err.name : 'unknown' }, 'engine failed on a wecom message');
      return APOLOGY;
    }
  }
}
