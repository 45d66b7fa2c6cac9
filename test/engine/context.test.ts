import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/normalize.ts';
import { createRouter } from '../../src/core/route.ts';
import { followLast } from '../../src/engine/context.ts';
import type { DialogContext } from '../../src/engine/drafts.ts';
import type { SessionState } from '../../src/engine/types.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

const kb = loadKnowledgeBase();
const router = createRouter(kb);
const titles = new Map<string, string>();
for (const intent of kb.intents.values()) {
  titles.set(normalizeText(intent.title.zh), intent.id);
  titles.set(normalizeText(intent.title.en), intent.id);
}
const ctx: DialogContext = { kb, router, defaultLang: 'zh', handoff: {}, titles };

/** followLast for `text` right after `lastId` was answered; the state it leaves is returned beside the draft. */
function after(lastId: string | undefined, text: string, prev: Partial<SessionState> = {}) {
  const before: SessionState = { turns: 1, lastIntent: lastId, ...prev };
  const state: SessionState = { turns: 2, lastIntent: lastId };
  const c = router.classify(text);
  const last = lastId ? kb.intents.get(lastId) : undefined;
  const hasTableSlot = Boolean(c.slots.scenario || c.slots.scope);
  return { draft: followLast(ctx, before, state, c, 'zh', last, undefined, hasTableSlot), state };
}

describe('followLast', () => {
  it('reads "不是" alone after an answer that branches on the scenario, and a figure of the last answer referred back, as that answer', () => {
    expect(after('faq.phone-unavailable', '不是').draft?.intent).toBe('faq.phone-unavailable');
    expect(after('faq.failure-limit', 'what happens after the 24 hours then?').draft?.intent).toBe('faq.failure-limit');
  });

  it('reads two options of the last answer weighed as that answer, and what a word of it means as the word\'s topic', () => {
    expect(after('faq.failure-limit', '5次是累计的还是连续的?').draft?.intent).toBe('faq.failure-limit');
    const wv = { scenario: 'change', scope: 'subject-service' };
    expect(after('faq.who-verifies', '双人验证是说两个人都要各自核验吗?', { whoVerifies: wv }).draft?.intent).not.toBe('faq.who-verifies');
  });

  it("reads the provider's console lagging after a done prompt as the sync delay; where to follow the review is not", () => {
    expect(after('msg.verify-all-done', '阿里云控制台还没变,还要等多久?').draft?.intent).toBe('faq.sync-delay');
    expect(after('msg.verify-already-done', '多久能在阿里云那边看到?').draft?.intent).toBe('faq.sync-delay');
    expect(after('msg.verify-all-done', '阿里云那边在哪看进度').draft?.intent).not.toBe('faq.sync-delay');
  });

  it('reads "how many times?" after how to resend as the limit that answer states', () => {
    expect(after('faq.how-to-resend', 'Is there a limit on how many times?').draft?.intent).toBe('faq.how-to-resend');
  });

  it('reads the other verifier with failures counted, after wait-for-others, as no more of that prompt', () => {
    expect(after('msg.verify-wait-others', '下午他证件号填错了两次,还能接着填吗?').draft?.intent).not.toBe('msg.verify-wait-others');
  });

  it('reads the other verifier with no SMS yet, after wait-for-others, as the missing SMS', () => {
    expect(after('msg.verify-wait-others', 'the 网站负责人 says no SMS yet, what should he check?').draft?.intent).toBe('faq.sms-not-received');
  });

  it('reads still nothing right after an answer that awaits the SMS as the missing SMS, with the wait it states', () => {
    const zh = after('msg.resend-success', '可是手机上还是什么都没有,已经十分钟了').draft;
    expect(zh?.intent).toBe('faq.sms-not-received');
    expect(after('msg.resend-success', 'still nothing after 10 min').draft?.intent).toBe('faq.sms-not-received');
    // ("then what?" is still that prompt's own next step.)
    expect(after('msg.resend-success', 'then what?').draft?.intent).toBe('msg.resend-success');
  });

  it('gives the last prompt its "wait" part for "那要等多久"', () => {
    const { draft } = after('msg.resend-success', '那要等多久');
    expect(draft?.intent).toBe('msg.resend-success');
    expect(draft?.parts.join('\n')).toContain(kb.intents.get('msg.resend-success')!.wait!.zh);
  });

  it('answers a bare reaction with the topic under way, whatever the router reads in it', () => {
    expect(after('faq.sms-sender', '真的吗').draft?.intent).toBe('faq.sms-sender');
    expect(after('faq.failure-limit', '?').draft?.intent).toBe('faq.failure-limit');
  });

  it('answers a Table C follow-up from the last who-verifies row and keeps that row', () => {
    const { draft, state } = after('faq.who-verifies', '那如果是App呢', { whoVerifies: { scenario: 'first-filing', scope: 'website' } });
    expect(draft?.intent).toBe('faq.who-verifies');
    expect(state.whoVerifies).toEqual({ scenario: 'first-filing', scope: 'app' });
  });

  it('leaves a message that stands on its own to the router', () => {
    expect(after('faq.sms-sender', '验证码几位数').draft).toBeUndefined();
    expect(after(undefined, '然后呢').draft).toBeUndefined();
  });

  it('reads the question after a confirmed case on its own: the ID digits named as checked are not asked about', () => {
    const { draft } = after('msg.verify-record-not-found', '验证码、手机号、身份证后六位都核对过了没错,那阿里云那边多久能同步过来?');
    expect(draft?.intent).toBe('msg.verify-record-not-found');
    expect(draft?.parts.join('\n')).toContain('30~120');
  });

  it('takes the last answer put back in a dozen English words as more of it', () => {
    expect(after('faq.phone-unavailable', 'So we cancel the current filing and fill it in again?').draft?.intent).toBe('faq.phone-unavailable');
  });

  it('leaves a person asked for, and thanks that close, to the router', () => {
    expect(after('msg.verify-record-not-found', '信息都核对过没错,那我转人工问问吧').draft).toBeUndefined();
    expect(after('faq.phone-unavailable', '行吧,那只能重新填了,谢谢').draft).toBeUndefined();
  });

  it('does not take "that\'s not what I asked" for a doubt about the last answer', () => {
    expect(after('faq.progress', "that's not what I asked").draft).toBeUndefined();
    expect(after('faq.progress', 'are you sure?').draft?.intent).toBe('faq.progress');
  });
});

describe('followLast: blind round 170–173', () => {
  it('keeps a prompt when the user only says where it came up', () => {
    expect(after('msg.resend-record-not-found', '补充一下，是在短信重发页签点提交之后出来的，不是核验那里，刚才没说清').draft?.intent).toBe('msg.resend-record-not-found');
    expect(after('msg.resend-no-pending', 'sorry I meant the resend screen, not the verify one. filing was submitted about 20 min ago').draft?.intent).toBe('msg.resend-no-pending');
  });

  it('reads wrong details told with a request to enter them again as the prompt\'s case', () => {
    expect(after('msg.verify-record-not-found', 'They might have typed the phone number wrong, can they just re-enter it?').draft?.intent).toBe('msg.verify-record-not-found');
  });

  it('answers who verifies for a filing type named after the roles, when the router places nothing', () => {
    const { draft } = after('faq.verifier-roles', '我们这个是接入备案，换到你们这边来的');
    expect(draft?.intent).toBe('faq.who-verifies');
    expect(draft?.parts.join('\n')).toContain('备案主体负责人+网站负责人');
  });

  it('does not time the bureau\'s own review with the sync delay', () => {
    expect(after('faq.sync-delay', '那管局审核一般要几天啊').draft).toBeUndefined();
  });

  it('reads a question asked after the case confirmed, with no "那" before it', () => {
    expect(after('msg.verify-record-not-found', '驗證碼、手機號都對，證件後六位我填的是護照的，護照可以嗎').draft?.intent).toBe('faq.id-number');
    expect(after('msg.verify-record-not-found', '我核对过验证码、手机号、证件后六位都没错,要等多久?').draft?.intent).toBe('msg.verify-record-not-found');
  });

  it('reads the fields asked after how to resend as the resend form\'s', () => {
    expect(after('faq.how-to-resend', 'what exactly do i fill in on that page').draft?.intent).toBe('faq.how-to-resend');
  });
});

describe('followLast: blind round 176–179', () => {
  it('reads "具体怎么操作" bare after steps with nothing after them as those steps, and after a prompt as its next step', () => {
    expect(after('faq.phone-unavailable', '具体怎么操作').draft?.intent).toBe('faq.phone-unavailable');
    expect(after('msg.verify-failed', '具体怎么操作').draft?.intent).toBe('msg.verify-failed');
    expect(after('msg.verify-failed', 'what do I do now exactly').draft?.intent).toBe('msg.verify-failed');
  });

  it('leaves "具体怎么操作" after a single fact, and a subject named, to the router', () => {
    expect(after('faq.who-verifies', '具体怎么操作').draft?.intent).not.toBe('faq.who-verifies');
    expect(after('faq.phone-unavailable', '那重发具体怎么操作').draft?.intent).not.toBe('faq.phone-unavailable');
  });

  it('reads the figure of the last answer with what to do then as that answer', () => {
    expect(after('faq.sms-not-received', '那24小时退回后他要干啥').draft?.intent).toBe('faq.sms-not-received');
  });

  it('reads details typed as something else after "record not found" as its case', () => {
    expect(after('msg.verify-record-not-found', '他证件后六位好像输成身份证前六位了').draft?.intent).toBe('msg.verify-record-not-found');
  });
});

describe('followLast: blind round 180–183', () => {
  it('reads the same prompt shown again as that prompt, unless something else is asked', () => {
    expect(after('msg.resend-no-pending', 'ok waited an hour, tried again. exact same message').draft?.intent).toBe('msg.resend-no-pending');
    expect(after('msg.verify-failed', '我又填了一遍 还是这个提示 已经第三次了 会不会被锁啊').draft?.intent).not.toBe('msg.verify-failed');
  });

  it('reads a filing type and its scope after the wait-for-others prompt as who the others are', () => {
    expect(after('msg.verify-wait-others', "it's a first-time filing, website only").draft?.intent).toBe('faq.who-verifies');
  });
});

describe('followLast: blind round 184–187', () => {
  it('reads the console still unchanged after a not-found prompt as the sync delay, and a bare wait as the prompt\'s own', () => {
    expect(after('msg.verify-record-not-found', '要等多久？阿里云控制台那边到现在还显示待短信核验').draft?.intent).toBe('faq.sync-delay');
    expect(after('msg.verify-record-not-found', '那要等多久才能在阿里云看到结果？').draft?.intent).toBe('msg.verify-record-not-found');
  });

  it('reads verifying again asked after the failure prompt as that prompt', () => {
    expect(after('msg.verify-failed', '重新验证？怎么重新验证 短信里的链接再点进去还是一样的').draft?.intent).toBe('msg.verify-failed');
    expect(after('msg.verify-failed', 'so do I click the link again or what? you keep saying the same thing').draft?.intent).toBe('msg.verify-failed');
  });

  it('leaves the bureau\'s review timed, and a complaint about the service, to the router', () => {
    expect(after('msg.verify-already-done', '管局一般审多久').draft).toBeUndefined();
    expect(after('faq.phone-unavailable', '那取消了重新填 管局要多久审完').draft).toBeUndefined();
    expect(after('faq.deadline', "why didn't anyone tell me this, terrible UX honestly").draft).toBeUndefined();
  });
});

describe('followLast: blind round 188–191', () => {
  it('reads "+1", "同问", "same here" as the last answer again', () => {
    expect(after('faq.failure-limit', '同问 我们已经失败了').draft?.intent).toBe('faq.failure-limit');
    expect(after('msg.verify-all-done', '我们这个也是这个提示 +1').draft?.intent).toBe('msg.verify-all-done');
    expect(after('faq.sms-not-received', 'same here +1').draft?.intent).toBe('faq.sms-not-received');
  });

  it('reads who got the SMS, told after who verifies, as that answer again', () => {
    expect(after('faq.who-verifies', '但是短信是发到主体负责人手机上的。。').draft?.intent).toBe('faq.who-verifies');
  });

  it('reads another prompt retold with where it came up as that prompt, and a count alone as the failure count', () => {
    expect(after('msg.verify-record-not-found', '另一个人当时提示的啥我不记得了，他说好像是 全部完成 将提交管局审核').draft?.intent).not.toBe('msg.verify-record-not-found');
    expect(after('faq.failure-limit', '我已经第四次了。。。').draft?.intent).toBe('faq.failure-limit');
  });

  it('reads a Chinese restatement of the last answer as that answer', () => {
    expect(after('msg.resend-record-not-found', '那是不是其實已經進管局審核了').draft?.intent).toBe('msg.resend-record-not-found');
  });
});

describe('followLast: blind round 192–195', () => {
  it('reads the answer asked for in another language, thanks and all, as that answer', () => {
    expect(after('faq.progress', '请用中文回答，谢谢，我英文不太好').draft?.intent).toBe('faq.progress');
    expect(after('faq.phone-unavailable', '中文再说一遍吧 给我老板看').draft?.intent).toBe('faq.phone-unavailable');
  });

  it('reads Cantonese "幾多次" after the failure prompt as the failures counted', () => {
    expect(after('msg.verify-failed', '打錯幾多次先會當失敗㗎').draft?.intent).not.toBe('msg.verify-failed');
  });
});

describe('followLast: blind round 200–202', () => {
  it('reads "english version pls", "再给个中文版", "英文发一下" as the last answer in the other language', () => {
    expect(after('faq.deadline', 'english version pls').draft?.intent).toBe('faq.deadline');
    expect(after('msg.verify-record-not-found', '再给个中文版,他同事看').draft?.intent).toBe('msg.verify-record-not-found');
    expect(after('faq.sync-delay', '英文发一下,客户是外籍').draft?.intent).toBe('faq.sync-delay');
  });
});
