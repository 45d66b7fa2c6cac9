import { describe, expect, it } from 'vitest';
import { parseRobotMessage, sessionOf, toIncoming } from '../../../src/channels/dingtalk/payload.ts';
import { sendMessageLink, titleOf, toDingTalkReply } from '../../../src/channels/dingtalk/render.ts';
import { ChannelPayloadError } from '../../../src/errors.ts';
import { FIXED_REPLY } from '../fixtures/engine.ts';
import fixture from '../fixtures/dingtalk-group-text.json' with { type: 'json' };

describe('parseRobotMessage', () => {
  it('turns the group fixture into a per-asker session with the mention stripped', () => {
    const msg = parseRobotMessage({ ...fixture, text: { content: '@备案助手 短信核验失败怎么办 ' } });
    expect(toIncoming(msg)).toEqual({
      channel: 'dingtalk',
      session: 'cidPmxIMg3BqJn1Yl5iRbb3rw==:manager4711',
      text: '短信核验失败怎么办',
    });
  });

  it('uses the conversation alone as the session of a one-to-one chat', () => {
    expect(sessionOf(parseRobotMessage({ ...fixture, conversationType: '1' }))).toBe('cidPmxIMg3BqJn1Yl5iRbb3rw==');
  });

  it('names the missing field of an invalid body', () => {
    const { msgId: _, ...noId } = fixture;
    expect(() => parseRobotMessage(noId)).toThrow(ChannelPayloadError);
    expect(() => parseRobotMessage(noId)).toThrow(/msgId/);
  });

  it('has no engine message for non-text msgtypes', () => {
    expect(toIncoming(parseRobotMessage({ ...fixture, msgtype: 'picture' }))).toBeNull();
  });
});

describe('toDingTalkReply', () => {
  const plain = { ...FIXED_REPLY, suggestions: [] };

  it('renders markdown that @-mentions the asker in a group', () => {
    expect(toDingTalkReply(plain, { group: true, staffId: 'u1' })).toEqual({
      msgtype: 'markdown',
      markdown: { title: FIXED_REPLY.text, text: `@u1 ${FIXED_REPLY.markdown}` },
      at: { atUserIds: ['u1'] },
    });
  });

  it('does not mention anyone in a one-to-one chat', () => {
    const out = toDingTalkReply(plain, { group: false, staffId: 'u1' });
    expect(out).toEqual({ msgtype: 'markdown', markdown: { title: FIXED_REPLY.text, text: FIXED_REPLY.markdown } });
  });

  it('renders quick replies as actionCard buttons that send their value', () => {
    const out = toDingTalkReply(FIXED_REPLY, { group: false });
    expect(out).toEqual({
      msgtype: 'actionCard',
      actionCard: {
        title: FIXED_REPLY.text,
        text: FIXED_REPLY.markdown,
        btnOrientation: '0',
        btns: [{ title: '收不到短信', actionURL: sendMessageLink('收不到核验短信怎么办') }],
      },
    });
    expect(sendMessageLink('a b&c')).toBe('dtmd://dingtalkclient/sendMessage?content=a%20b%26c');
  });

  it('keeps titles short', () => {
    expect([...titleOf('很'.repeat(50))]).toHaveLength(30);
    expect(titleOf('\n\n第一行\n第二行')).toBe('第一行');
  });
});
