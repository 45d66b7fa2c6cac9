import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/normalize.ts';
import { dropNegatedClause } from '../../src/core/signals.ts';
import { comparedFragments, comparedPromptOwn, resolveTwinScores, twinOfStep } from '../../src/core/twins.ts';

const said = (text: string) => dropNegatedClause(normalizeText(text));

describe('twinOfStep', () => {
  it('names the twin of the step the message names, the denied one dropped', () => {
    expect(twinOfStep(said('是提交核验的时候出现的,不是重发'))).toBe('msg.verify-record-not-found');
    expect(twinOfStep(said('it happened when I resent the SMS'))).toBe('msg.resend-record-not-found');
  });

  it('is undefined when no step, or both, are named', () => {
    expect(twinOfStep(said('还是找不到记录'))).toBeUndefined();
    expect(twinOfStep(said('提交验证码和重发都试过了'))).toBeUndefined();
  });
});

describe('resolveTwinScores: both twins told', () => {
  const ranked: Array<[string, number]> = [['msg.verify-record-not-found', 1.2], ['msg.resend-record-not-found', 1.1]];

  it('puts the resend twin first when it is told last, after a resend', () => {
    const text = said('昨天验证的时候提示过一次"找不到记录或已完成验证",那个后来好了。今天帮另一个备案点短信重发,提示"该条验证库里找不到记录。"');
    expect(resolveTwinScores(ranked, text)[0]![0]).toBe('msg.resend-record-not-found');
  });

  it('keeps the verify twin when its marker is the last thing told', () => {
    const text = said('重发的时候没问题,提交核验时提示该条验证库里找不到记录或已完成验证');
    expect(resolveTwinScores(ranked, text)[0]![0]).toBe('msg.verify-record-not-found');
  });
});

describe('resolveTwinScores: "record not found" in more words', () => {
  const ranked: Array<[string, number]> = [['faq.how-to-resend', 1.2], ['msg.verify-record-not-found', 1.0], ['msg.resend-record-not-found', 0.9]];

  it('reads 没这条记录 after a resend as the resend twin', () => {
    expect(resolveTwinScores(ranked, said('重发没成功,说验证库里没这条记录'))[0]![0]).toBe('msg.resend-record-not-found');
  });

  it('reads "no matching record or already verified" as the verify twin (the marker is not denied)', () => {
    expect(resolveTwinScores(ranked, said('after submitting the verification form it said no matching record or already verified'))[0]![0]).toBe('msg.verify-record-not-found');
  });
});

describe('comparedPromptOwn / comparedFragments: two prompts set side by side', () => {
  const quoted = [
    { intent: 'msg.resend-no-pending', quote: '无需重发短信' },
    { intent: 'msg.resend-record-not-found', quote: '找不到记录' },
  ];

  it('takes the one the user says they have', () => {
    expect(comparedPromptOwn([], quoted, '无需重发短信 这个提示和 找不到记录 有什么不同?我遇到的是找不到记录那个', '无需重发短信 这个提示和 找不到记录 有什么不同?我遇到的是找不到记录那个')).toBe('msg.resend-record-not-found');
  });

  it('takes the one the user names by its place', () => {
    expect(comparedPromptOwn([], quoted, '无需重发短信 这个和 找不到记录 有区别吗,我这边是后面这个', '无需重发短信 这个和 找不到记录 有区别吗,我这边是后面这个')).toBe('msg.resend-record-not-found');
    expect(comparedPromptOwn([], quoted, '无需重发短信 这个和 找不到记录 有区别吗,我这边是前面这个', '无需重发短信 这个和 找不到记录 有区别吗,我这边是前面这个')).toBe('msg.resend-no-pending');
    expect(comparedPromptOwn([], quoted, 'no pending sms vs record not found - mine is the latter', 'no pending sms vs record not found - mine is the latter')).toBe('msg.resend-record-not-found');
  });

  it('takes the first quoted when the user names none', () => {
    expect(comparedPromptOwn([], quoted, '无需重发短信 和 找不到记录 有什么区别', '无需重发短信 和 找不到记录 有什么区别')).toBe('msg.resend-no-pending');
  });

  it('takes none when nothing is compared, or only one prompt is quoted', () => {
    expect(comparedPromptOwn([], quoted, '先是 无需重发短信 后来又 找不到记录', '先是 无需重发短信 后来又 找不到记录')).toBeUndefined();
    expect(comparedPromptOwn([], quoted.slice(0, 1), '无需重发短信 和什么有什么区别', '无需重发短信 和什么有什么区别')).toBeUndefined();
  });

  it('reads short quoted fragments only in a comparison', () => {
    expect(comparedFragments('“无需重发短信”这个提示和“找不到记录”有什么不同?', '无需重发短信 这个提示和 找不到记录 有什么不同?')).toEqual(['无需重发短信', '找不到记录']);
    expect(comparedFragments('提示“找不到记录”怎么办', '提示 找不到记录 怎么办')).toEqual([]);
  });
});

describe('twins: blind round 170–173', () => {
  it('names the verify twin from "submitted the verification"', () => {
    expect(twinOfStep(said('I submitted the verification and got record not found'))).toBe('msg.verify-record-not-found');
  });

  it('reads the resend prompt first when the verify marker is only brought in to compare', () => {
    const ranked: Array<[string, number]> = [['msg.verify-record-not-found', 1], ['msg.resend-record-not-found', 0.9]];
    const text = said('重发的时候显示该条验证库里找不到记录，跟核验时那个“或已完成验证”是一回事吗？我这是重发');
    expect(resolveTwinScores(ranked, text)[0]![0]).toBe('msg.resend-record-not-found');
    const pasted = said('重发时弹出该条验证库里找不到记录或已完成验证');
    expect(resolveTwinScores(ranked, pasted)[0]![0]).toBe('msg.verify-record-not-found');
  });
});
