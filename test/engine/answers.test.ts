import { describe, expect, it } from 'vitest';
import { situations } from '../../src/engine/answers.ts';

describe('situations: a stated wait is read against what the answer awaits', () => {
  it('compares a wait for the SMS with its delay, and 24 hours with the returned order', () => {
    expect(situations({ id: 'faq.sms-not-received', awaits: 'sms' }, { waitedMinutes: 20 })).toEqual(['waited-short']);
    expect(situations({ id: 'msg.resend-success', awaits: 'sms' }, { waitedMinutes: 90 })).toEqual(['waited-long']);
    expect(situations({ id: 'faq.sms-not-received', awaits: 'sms' }, { waitedMinutes: 26 * 60 })).toEqual(['past-deadline']);
  });

  it('compares a wait for the sync with 120 minutes, however long it was', () => {
    expect(situations({ id: 'msg.verify-record-not-found', awaits: 'sync' }, { waitedMinutes: 90 })).toEqual([]);
    expect(situations({ id: 'msg.verify-record-not-found', awaits: 'sync' }, { waitedMinutes: 180 })).toEqual(['sync-overdue']);
    expect(situations({ id: 'faq.sync-delay', awaits: 'sync' }, { waitedMinutes: 48 * 60 })).toEqual(['sync-overdue']);
  });

  it('compares a wait for the user’s own verification with the 24 hours only', () => {
    expect(situations({ id: 'msg.verify-wait-others', awaits: 'verification' }, { waitedMinutes: 25 * 60 })).toEqual(['past-deadline']);
    expect(situations({ id: 'msg.verify-wait-others', awaits: 'verification' }, { waitedMinutes: 60 })).toEqual([]);
  });

  it('adds nothing for a wait after the verification is complete (the review has no figure)', () => {
    expect(situations({ id: 'msg.verify-all-done', awaits: undefined }, { waitedMinutes: 2 * 24 * 60 })).toEqual([]);
    expect(situations({ id: 'msg.verify-already-done', awaits: undefined }, { waitedMinutes: 24 * 60 })).toEqual([]);
  });

  it('still reads counted failures and used-up resends', () => {
    expect(situations({ id: 'faq.failure-limit', awaits: undefined }, { failures: 4 })).toEqual(['near-limit']);
    expect(situations({ id: 'faq.how-to-resend', awaits: undefined }, { resends: 2 })).toEqual(['resends-used-up']);
  });
});

describe('answerIntent: a note that sends the user to a person offers one', () => {
  it('offers a person after a wait past the sync time, not after a wait inside it', async () => {
    const { createDefaultEngine } = await import('../../src/engine/index.ts');
    const engine = createDefaultEngine();
    const late = await engine.handle({ channel: 'cli', session: 'late', text: '核验完3个小时了,阿里云还没同步' });
    expect(late.intent).toBe('faq.sync-delay');
    expect(late.suggestions.map((s) => s.value)).toContain('转人工客服');
    const early = await engine.handle({ channel: 'cli', session: 'early', text: '核验完40分钟了,阿里云还没同步' });
    expect(early.suggestions.map((s) => s.value)).not.toContain('转人工客服');
  });
});
