/**
 * WeCom intelligent robot (智能机器人) mode: encrypted JSON callbacks (receiveid
 * ""), answered with an encrypted JSON stream message. A fast answer goes out
 * with `finish:true`; a slow one starts with `finish:false` and is delivered
 * on WeCom's refresh callbacks for the same stream id. Deduped by msgid.
 *
 * @example
 *   const bot = new WeComAibot(deps, crypto);
 *   await bot.receive(query, '{"encrypt":"…"}') // '{"encrypt":…,"msgsignature":…}' or null
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ChannelPayloadError } from '../../errors.ts';
import type { ChannelDeps } from '../channel.ts';
import { TtlMap } from '../dedupe.ts';
import { APOLOGY, stripMention, TEXT_ONLY_NOTICE, truncateUtf8, withBudget } from '../text.ts';
import type { WeComCrypto } from './crypto.ts';
import type { SignedQuery } from './query.ts';

/** Largest stream content WeCom shows. */
export const WECOM_STREAM_MAX_BYTES = 20480;

const envelopeSchema = z.object({ encrypt: z.string().min(1) });
const messageSchema = z.looseObject({
  msgid: z.string().optional(),
  msgtype: z.string(),
  chattype: z.enum(['single', 'group']).optional(),
  chatid: z.string().optional(),
  from: z.object({ userid: z.string() }).optional(),
  text: z.object({ content: z.string() }).optional(),
  stream: z.object({ id: z.string() }).optional(),
});

/** A validated robot callback (plaintext). */
export type AibotMessage = z.infer<typeof messageSchema>;

function parseJson<T>(raw: string, schema: z.ZodType<T>, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ChannelPayloadError('wecom', `${what} is not JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ChannelPayloadError('wecom', `${what} is invalid at ${parsed.error.issues[0]!.path.join('.')}`);
  return parsed.data;
}

/** In groups each asker has a conversation of their own. */
export function aibotSession(msg: AibotMessage): string {
  const user = msg.from?.userid ?? 'unknown';
  return msg.chattype === 'group' && msg.chatid ? `${msg.chatid}:${user}` : user;
}

interface StreamState {
  content: Promise<string>;
  done?: string;
}

/** Answers intelligent-robot callbacks. */
export class WeComAibot {
  private readonly streams = new TtlMap<StreamState>({ ttlMs: 10 * 60 * 1000 });
  private readonly byMsgId = new TtlMap<string>();

  constructor(
    private readonly deps: ChannelDeps,
    private readonly crypto: WeComCrypto,
    private readonly budgetMs = 4500,
  ) {}

  /** Verifies and decrypts one POST; returns the encrypted JSON reply, or null for an empty 200. */
  async receive(query: SignedQuery, rawBody: string): Promise<string | null> {
    const { encrypt } = parseJson(rawBody, envelopeSchema, 'body');
    this.crypto.verify(query.msg_signature, query.timestamp, query.nonce, encrypt);
    const msg = parseJson(this.crypto.decrypt(encrypt), messageSchema, 'message');
    let streamId: string;
    if (msg.msgtype === 'stream') {
      streamId = msg.stream?.id ?? '';
    } else if (msg.msgtype === 'event') {
      return null;
    } else {
      streamId = this.start(msg);
    }
    const content = await this.progress(streamId);
    const plain = JSON.stringify({
      msgtype: 'stream',
      stream: { id: streamId, finish: content !== undefined, content: content ?? '' },
    });
    const timestamp = Math.floor((this.deps.now ?? Date.now)() / 1000);
    const sealed = this.crypto.seal(plain, String(timestamp), query.nonce);
    return JSON.stringify({ encrypt: sealed.encrypt, msgsignature: sealed.signature, timestamp, nonce: query.nonce });
  }

  /** Starts (once per msgid) the answer to a message and returns its stream id. */
  private start(msg: AibotMessage): string {
    const known = msg.msgid ? this.byMsgId.get(msg.msgid) : undefined;
    if (known) {
      this.deps.log.info({ channel: 'wecom' }, 'wecom robot retry: same stream');
      return known;
    }
    const id = randomBytes(12).toString('hex');
    const state: StreamState = { content: this.answer(msg) };
    void state.content.then((text) => (state.done = text));
    this.streams.set(id, state);
    if (msg.msgid) this.byMsgId.set(msg.msgid, id);
    return id;
  }

  /** The finished content of a stream within the budget, or undefined while it still runs. */
  private async progress(streamId: string): Promise<string | undefined> {
    const state = this.streams.get(streamId);
    if (!state) return ''; // unknown or expired: finish it so WeCom stops refreshing
    if (state.done !== undefined) return state.done;
    return withBudget(state.content, this.budgetMs, undefined);
  }

  private async answer(msg: AibotMessage): Promise<string> {
    if (msg.msgtype !== 'text' || !msg.text) return TEXT_ONLY_NOTICE;
    try {
      const reply = await this.deps.engine.handle({ channel: 'wecom', session: aibotSession(msg), text: stripMention(msg.text.content) });
      return truncateUtf8(reply.markdown, WECOM_STREAM_MAX_BYTES);
    } catch (err) {
      this.deps.log.error({ channel: 'wecom', err: err instanceof Error ? err.name : 'unknown' }, 'engine failed on a wecom robot message');
      return APOLOGY;
    }
  }
}
