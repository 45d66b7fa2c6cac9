import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/normalize.ts';
import { createRouter } from '../../src/core/route.ts';
import { promptPointedAt, promptsSeen, promptsTold, rememberPrompts } from '../../src/engine/prompt-history.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

const kb = loadKnowledgeBase();
const router = createRouter(kb);
const n = normalizeText;

describe('rememberPrompts', () => {
  it('keeps the prompts oldest first, moves one told again to the end, and keeps the last four', () => {
    let seen = rememberPrompts([], ['msg.verify-failed', 'msg.verify-record-not-found'], undefined);
    seen = rememberPrompts(seen, ['msg.verify-failed'], undefined);
    expect(seen.map((p) => p.id)).toEqual(['msg.verify-record-not-found', 'msg.verify-failed']);
    seen = rememberPrompts(seen, ['msg.resend-success', 'msg.resend-no-pending', 'msg.verify-all-done'], undefined);
    expect(seen.map((p) => p.id)).toEqual(['msg.verify-failed', 'msg.resend-success', 'msg.resend-no-pending', 'msg.verify-all-done']);
  });

  it('keeps the same prompt apart for two filings', () => {
    const seen = rememberPrompts(rememberPrompts([], ['msg.verify-failed'], '客户1'), ['msg.verify-failed'], '客户2');
    expect(seen).toEqual([{ id: 'msg.verify-failed', label: '客户1' }, { id: 'msg.verify-failed', label: '客户2' }]);
  });

  it('reads a session stored before there was a history as its last prompt', () => {
    expect(promptsSeen({ turns: 3, prompt: 'msg.resend-success' })).toEqual([{ id: 'msg.resend-success' }]);
    expect(promptsSeen(undefined)).toEqual([]);
  });
});

describe('promptsTold', () => {
  it('lists the prompts a message retells in order, the one answered last', () => {
    const c = router.classify("First attempt: 'Your SMS verification failed, please verify again'. Second attempt: 'this record cannot be found in the verification database or has already been verified'.");
    expect(promptsTold(c, 'msg.verify-record-not-found')).toEqual(['msg.verify-failed', 'msg.verify-record-not-found']);
  });

  it('lists nothing for a message that tells no prompt and is answered with a topic', () => {
    expect(promptsTold(router.classify('验证码几位'), 'faq.sms-sender')).toEqual([]);
  });
});

describe('promptPointedAt', () => {
  const two = rememberPrompts([], ['msg.verify-failed', 'msg.verify-record-not-found'], undefined);

  it('finds the earlier prompt called by name or by its place', () => {
    expect(promptPointedAt(kb, two, 'msg.verify-record-not-found', n('and the first one, the failed one — what was i supposed to do there'))?.id).toBe('msg.verify-failed');
    expect(promptPointedAt(kb, two, 'msg.verify-record-not-found', n('回到前面那个失败的提示,要怎么办'))?.id).toBe('msg.verify-failed');
    expect(promptPointedAt(kb, two, 'msg.verify-record-not-found', n('第一个提示是什么意思'))?.id).toBe('msg.verify-failed');
  });

  it('finds the filing named, whatever prompt came after it', () => {
    const seen = rememberPrompts(rememberPrompts([], ['msg.resend-record-not-found'], '客户1'), ['msg.verify-already-done'], '客户2');
    expect(promptPointedAt(kb, seen, 'msg.verify-already-done', n('回到客户1 他说没提交过备案 只是想先试试'))).toEqual({ id: 'msg.resend-record-not-found', byLabel: true });
    // (The filing just answered, named again, stays where it is: "Client B's details are definitely correct, still the same message".)
    expect(promptPointedAt(kb, seen, 'msg.verify-already-done', n('客户2 信息都对,还是这个提示'), true)).toBeUndefined();
  });

  it('points nowhere without a pointer back, or with nothing earlier than the last answer', () => {
    expect(promptPointedAt(kb, two, 'msg.verify-record-not-found', n('这次失败了怎么办'))).toBeUndefined();
    expect(promptPointedAt(kb, two, 'msg.verify-record-not-found', n('the other one never got the SMS'))).toBeUndefined();
    expect(promptPointedAt(kb, [{ id: 'msg.verify-failed' }], 'msg.verify-failed', n('回到刚才那个提示'))).toBeUndefined();
  });

  it('takes the most recent prompt after a detour when the caller has read a pointer back and no name', () => {
    expect(promptPointedAt(kb, two, 'faq.sms-sender', n('那刚才那个报错怎么办'), true)?.id).toBe('msg.verify-record-not-found');
    expect(promptPointedAt(kb, two, 'msg.verify-record-not-found', n('still the same message'), true)).toBeUndefined();
  });
});
