/**
 * Renders an engine `Reply` as a DingTalk robot message body: markdown, or an
 * actionCard whose buttons send the quick reply back as the user's own text.
 * In groups the asker is @-mentioned (DingTalk needs `@staffId` in the text too).
 *
 * @example
 *   toDingTalkReply(reply, { group: true, staffId: 'u1' })
 *   // { msgtype: 'markdown', markdown: { title, text: '@u1 …' }, at: { atUserIds: ['u1'] } }
 */
import type { Reply } from '../../engine/types.ts';

/** Who the reply goes to. */
export interface DingTalkAudience {
  group: boolean;
  staffId?: string;
}

/** Outgoing message bodies this channel sends. */
export type DingTalkOutgoing =
  | { msgtype: 'text'; text: { content: string }; at?: { atUserIds: string[] } }
  | { msgtype: 'markdown'; markdown: { title: string; text: string }; at?: { atUserIds: string[] } }
  | {
      msgtype: 'actionCard';
      actionCard: { title: string; text: string; btnOrientation: '0' | '1'; btns: Array<{ title: string; actionURL: string }> };
      at?: { atUserIds: string[] };
    };

/** DingTalk's client link that sends `content` as if the user typed it. */
export function sendMessageLink(content: string): string {
  return `dtmd://dingtalkclient/sendMessage?content=${encodeURIComponent(content)}`;
}

/** The notification title: the first non-empty line of the plain text, at most 30 characters. */
export function titleOf(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  const chars = [...line];
  return chars.length > 30 ? `${chars.slice(0, 29).join('')}…` : line || '回复';
}

function mention(audience: DingTalkAudience): { prefix: string; at?: { atUserIds: string[] } } {
  if (!audience.group || !audience.staffId) return { prefix: '' };
  return { prefix: `@${audience.staffId} `, at: { atUserIds: [audience.staffId] } };
}

/** Markdown, or an actionCard when the reply offers quick replies. */
export function toDingTalkReply(reply: Reply, audience: DingTalkAudience): DingTalkOutgoing {
  const { prefix, at } = mention(audience);
  const title = titleOf(reply.text);
  const text = `${prefix}${reply.markdown}`;
  const extra = at ? { at } : {};
  if (reply.suggestions.length > 0) {
    const btns = reply.suggestions.map((s) => ({ title: s.label, actionURL: sendMessageLink(s.value) }));
    return { msgtype: 'actionCard', actionCard: { title, text, btnOrientation: '0', btns }, ...extra };
  }
  return { msgtype: 'markdown', markdown: { title, text }, ...extra };
}

/** A plain-text message (used for the text-only notice and apologies). */
export function toDingTalkText(content: string, audience: DingTalkAudience): DingTalkOutgoing {
  const { prefix, at } = mention(audience);
  return { msgtype: 'text', text: { content: `${prefix}${content}` }, ...(at ? { at } : {}) };
}
