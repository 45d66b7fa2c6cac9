/**
 * The DingTalk robot callback body (HTTP and Stream mode carry the same
 * JSON), validated with zod, and how it becomes an `IncomingMessage`.
 *
 * @example
 *   const msg = parseRobotMessage(JSON.parse(body));
 *   toIncoming(msg) // { channel: 'dingtalk', session: 'cid…:staff1', text: '你好' }
 */
import { z } from 'zod';
import type { IncomingMessage } from '../../engine/types.ts';
import { ChannelPayloadError } from '../../errors.ts';
import { stripMention } from '../text.ts';

const robotMessageSchema = z.looseObject({
  msgtype: z.string().min(1),
  msgId: z.string().min(1).max(200),
  createAt: z.number().optional(),
  text: z.object({ content: z.string() }).optional(),
  conversationType: z.string(),
  conversationId: z.string().min(1).max(200),
  conversationTitle: z.string().optional(),
  senderStaffId: z.string().optional(),
  senderId: z.string().optional(),
  senderNick: z.string().optional(),
  chatbotUserId: z.string().optional(),
  robotCode: z.string().optional(),
  isInAtList: z.boolean().optional(),
  sessionWebhook: z.string().min(1).max(2048),
  sessionWebhookExpiredTime: z.number().optional(),
});

/** A validated robot message. */
export type RobotMessage = z.infer<typeof robotMessageSchema>;

/** Validates a parsed JSON body; throws {@link ChannelPayloadError} (400) naming the bad field. */
export function parseRobotMessage(body: unknown): RobotMessage {
  const parsed = robotMessageSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ChannelPayloadError('dingtalk', `invalid callback body at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Group chats are conversationType "2". */
export function isGroup(msg: RobotMessage): boolean {
  return msg.conversationType === '2';
}

/** In groups each asker has a conversation of their own; in a 1:1 chat the conversation is the session. */
export function sessionOf(msg: RobotMessage): string {
  const who = msg.senderStaffId ?? msg.senderId;
  return isGroup(msg) && who ? `${msg.conversationId}:${who}` : msg.conversationId;
}

/** The engine's view of a text message, or `null` for other msgtypes. */
export function toIncoming(msg: RobotMessage): IncomingMessage | null {
  if (msg.msgtype !== 'text' || !msg.text) return null;
  return { channel: 'dingtalk', session: sessionOf(msg), text: stripMention(msg.text.content) };
}
