import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import type { Analytics, ChannelName, TurnRecord } from '../../src/engine/index.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';
import { MemorySessionStore } from '../../src/store/memory-session-store.ts';

const kb = loadKnowledgeBase();

/** An analytics sink that keeps what it is given, to inspect it. */
function recorder(): Analytics & { turns: TurnRecord[] } {
  const turns: TurnRecord[] = [];
  return { turns, recordTurn: (t) => void turns.push(t), recordFeedback: () => {}, close: async () => {} };
}

function setup(ttlSeconds = 1800) {
  let clock = 1_700_000_000_000;
  const store = new MemorySessionStore({ ttlSeconds, now: () => clock });
  const analytics = recorder();
  const engine = createEngine({ kb, store, analytics, now: () => clock });
  const say = (channel: ChannelName, session: string, text: string) => engine.handle({ channel, session, text });
  return { engine, analytics, say, store, advance: (ms: number) => void (clock += ms) };
}

describe('createEngine: sessions', () => {
  it('continues a Table C dialog within one channel and session', async () => {
    const { say } = setup();
    await say('web', 'abc', '首次备案谁核验');
    const reply = await say('web', 'abc', '网站服务');
    expect(reply.slots).toMatchObject({ scenario: 'first-filing', scope: 'website' });
  });

  it('keeps the same session id on two channels apart', async () => {
    const { say } = setup();
    await say('web', 'abc', '首次备案谁核验');
    const other = await say('dingtalk', 'abc', '网站服务');
    expect(other.slots.scenario).toBeUndefined();
    expect(other.text).not.toContain('首次备案');
  });

  it('keeps two sessions of one channel apart', async () => {
    const { say } = setup();
    await say('web', 'one', '变更备案谁核验');
    const reply = await say('web', 'two', '变更服务信息');
    const fresh = await setup().say('web', 'x', '变更服务信息');
    expect(reply.text).toBe(fresh.text);
  });

  it('answers concurrent turns of one session one after the other', async () => {
    const { say, store } = setup();
    await Promise.all([say('web', 'c', '你好'), say('web', 'c', '你好'), say('web', 'c', '你好')]);
    const state = await store.transact('web:c', async (s) => ({ next: s ?? null, result: s }));
    expect(state?.turns).toBe(3);
  });
});

describe('createEngine: session TTL', () => {
  it('remembers a pending question within the TTL', async () => {
    const { say, advance } = setup(60);
    await say('web', 's', '注销备案谁核验');
    advance(59_000);
    expect((await say('web', 's', '注销网站')).slots).toMatchObject({ scenario: 'cancel-filing', scope: 'website' });
  });

  it('forgets the conversation once it has been idle longer than the TTL', async () => {
    const { say, advance, store } = setup(60);
    await say('web', 's', '尊敬的ICP用户:该条验证库里找不到记录或已完成验证。');
    advance(61_000);
    expect(await store.transact('web:s', async (s) => ({ next: s ?? null, result: s }))).toBeUndefined();
    const reply = await say('web', 's', '那要等多久');
    expect(reply.intent).not.toBe('msg.verify-record-not-found');
  });
});

describe('createEngine: analytics', () => {
  it('records each turn with the channel-prefixed session, intent and flags', async () => {
    const { say, analytics } = setup();
    await say('wecom', 'u1', '转人工');
    expect(analytics.turns).toHaveLength(1);
    expect(analytics.turns[0]).toMatchObject({ channel: 'wecom', session: 'wecom:u1', intent: 'chat.handoff', handoff: true, fallback: false, text: '转人工' });
    expect(analytics.turns[0]!.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('receives redacted text, never the phone number, code or ID', async () => {
    const { say, analytics } = setup();
    await say('web', 'p', '验证码482913,手机13812345678,身份证110101199003071234,都填了还是失败');
    const [turn] = analytics.turns;
    expect(turn!.text).not.toMatch(/\d{5,}/);
    expect(turn!.text).toContain('[code]');
    expect(turn!.text).toContain('[phone]');
    expect(turn!.text).toContain('[id]');
  });

  it('records a fallback turn as one', async () => {
    const { say, analytics } = setup();
    await say('web', 'f', '今天天气怎么样');
    expect(analytics.turns[0]).toMatchObject({ intent: 'fallback', fallback: true });
  });
});

describe('createEngine: input limits', () => {
  it('answers a non-string text and a huge text without throwing', async () => {
    const { engine } = setup();
    const odd = await engine.handle({ channel: 'web', session: 'n', text: 42 as unknown as string });
    expect(odd.intent).toBe('fallback');
    const huge = await engine.handle({ channel: 'web', session: 'h', text: `您的短信核验失败,请您重新验证。${'啊'.repeat(1_000_000)}` });
    expect(huge.intent).toBe('msg.verify-failed');
  });

  it('exposes the source section of an intent', () => {
    expect(setup().engine.sourceOf('faq.deadline')).toBe(kb.intents.get('faq.deadline')!.source);
    expect(setup().engine.sourceOf('nope')).toBeUndefined();
  });
});
