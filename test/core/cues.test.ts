import { describe, expect, it } from 'vitest';
import { readQuestionCues, readSituationCues, readTermAsked } from '../../src/core/cues.ts';
import { normalizeText } from '../../src/core/normalize.ts';
import type { Evidence } from '../../src/core/types.ts';

/** The cues read in `text` (normalised; folded the same, as no lexicon is applied here). */
function situation(text: string, extra: { pasted?: boolean; inScope?: boolean; raw?: Record<string, number> } = {}) {
  const normalized = normalizeText(text);
  const raw = new Map(Object.entries(extra.raw ?? {}));
  const evidence: Evidence[] = [];
  readSituationCues(raw, evidence, { normalized, folded: normalized, pasted: extra.pasted ?? false, inScope: extra.inScope ?? true });
  return { raw, why: evidence.map((e) => e.detail) };
}

/** The question cues read in `text`, with no Table C slot or count. */
function questions(text: string) {
  const normalized = normalizeText(text);
  const raw = new Map<string, number>();
  const evidence: Evidence[] = [];
  readQuestionCues(raw, evidence, { normalized, folded: normalized }, {}, {});
  return { raw, why: evidence.map((e) => e.detail) };
}

describe('readSituationCues', () => {
  it('reads a resend that brought nothing as the SMS still missing', () => {
    const { raw, why } = situation('重发了两次还是没收到');
    expect(raw.get('faq.sms-not-received')).toBeCloseTo(0.35);
    expect(why).toContain('resent, still nothing');
  });

  it('reads resending asked about outright, and weakens the missing SMS beside it', () => {
    const { raw } = situation('短信一直没来,去哪里重发', { raw: { 'faq.sms-not-received': 1 } });
    expect(raw.get('faq.how-to-resend')).toBeCloseTo(0.3);
    expect(raw.get('faq.sms-not-received')).toBeLessThan(1);
  });

  it('reads a number gone as the unusable number, the missing SMS as its consequence, unless the number is lost for good', () => {
    const gone = situation('网站负责人的手机号早就停用了,收不到短信怎么办', { raw: { 'faq.sms-not-received': 1 } }).raw;
    expect(gone.get('faq.phone-unavailable')).toBeCloseTo(0.4);
    expect(gone.get('faq.sms-not-received')).toBeLessThan(1);
    expect(situation('那个手机号已经停用了,找不回来了', { raw: { 'faq.sms-not-received': 1 } }).raw.get('faq.sms-not-received')).toBe(1);
  });

  it('reads the all-done prompt told in other words, with the console behind it, as the sync delay', () => {
    const { why } = situation('MIIT page said my verification is all complete. Why does my provider console still show nothing??');
    expect(why).toContain('verified, status unchanged');
  });

  it('reads no SMS come, said in so many words, as the missing SMS, unless resending is asked', () => {
    expect(situation("It's been 3 hours since we submitted and no MIIT SMS has arrived.").raw.get('faq.sms-not-received')).toBeCloseTo(0.35);
    expect(situation("He still hasn't received anything after a few hours.").raw.get('faq.sms-not-received')).toBeCloseTo(0.35);
    expect(situation("she still hasn't got it, can she resend again? how many times total?").raw.has('faq.sms-not-received')).toBe(false);
  });

  it('reads "just submitted, what happens next with the texts?" as the SMS to expect', () => {
    expect(situation("OK then: we've just submitted our filing. What happens next with the texts?").raw.get('faq.what-sms-to-expect')).toBeCloseTo(0.35);
  });

  it('reads a request for a new SMS, asked how, as resending', () => {
    expect(situation('Please outline the procedure for requesting a new verification SMS through the MIIT portal.').why).toContain('sent again');
    expect(situation('Requesting a new SMS failed, something about the record not existing').why).not.toContain('sent again');
  });

  it('reads an SMS received and not acted on as the time limit', () => {
    expect(situation("it's been 26 hours since I got the verification SMS and I haven't done it yet").raw.get('faq.deadline')).toBeCloseTo(0.35);
    expect(situation('一直没收到短信,还没核验').raw.has('faq.deadline')).toBe(false);
  });

  it('reads the SMS awaited, said not asked, as the missing SMS', () => {
    expect(situation('我们两个人都在等短信,等了25分钟了').raw.get('faq.sms-not-received')).toBeCloseTo(0.3);
    expect(situation('still waiting on the MIIT code. What number does it come from?').raw.has('faq.sms-not-received')).toBe(false);
    expect(situation('still waiting for sms verification').raw.has('faq.sms-not-received')).toBe(false);
  });

  it('reads two SMS that came, asked if that is right, as the SMS to expect; wrong again and again as the failure limit', () => {
    expect(situation('我收到 2 条 SMS, 一条 Aliyun 的一条工信部的, normal 吗').raw.get('faq.what-sms-to-expect')).toBeCloseTo(0.35);
    expect(situation('收到两条短信,工信部那条要在多久内处理?').raw.has('faq.what-sms-to-expect')).toBe(false);
    expect(situation('同事 keep typing 错的证件后六位, 会不会导致备案直接 fail').raw.get('faq.failure-limit')).toBeCloseTo(0.35);
    expect(situation('12306 的验证码一直输错', { inScope: false }).raw.size).toBe(0);
  });

  it('reads where to follow the bureau review, asked, as progress; a prompt told that names the review is not asked', () => {
    expect(situation('怎样知道 管局 有没有 approve 了').raw.get('faq.progress')).toBeCloseTo(0.3);
    expect(situation('we were shown "SMS verification all completed, the request will be submitted to the Administration Bureau for review"').raw.has('faq.progress')).toBe(false);
  });

  it("reads the provider's notice taken for the verification SMS as the SMS to expect; with the MIIT SMS named, not", () => {
    expect(situation('收到阿里云发的"备案订单提交成功"短信,我以为这就是核验短信了,可里面没验证码怎么核验').raw.get('faq.what-sms-to-expect')).toBeCloseTo(0.35);
    expect(situation("I received the provider's confirmation message but no code yet. Is there supposed to be a second text?").raw.get('faq.what-sms-to-expect')).toBeCloseTo(0.35);
    expect(situation("got aliyun's confirmation text but nothing from MIIT, what should we check").raw.has('faq.what-sms-to-expect')).toBe(false);
  });

  it('reads the code typed into the console as how to verify, and failures said to reset as the failure limit', () => {
    expect(situation('Where in the Alibaba Cloud console do I enter the MIIT code?').raw.get('faq.how-to-verify')).toBeCloseTo(0.4);
    expect(situation('验证码我填到阿里云控制台的备案页面了,可找不到输入框').raw.get('faq.how-to-verify')).toBeCloseTo(0.4);
    expect(situation('重发短信后失败次数应该清零了吧?').raw.get('faq.failure-limit')).toBeCloseTo(0.5);
    expect(situation('连续失败的次数是不是每天零点清零', { inScope: false }).raw.size).toBe(0);
  });

  it('reads a number cancelled or cut off, and wrong tries again and again', () => {
    expect(situation('The website principal has since cancelled her Chinese mobile number').raw.get('faq.phone-unavailable')).toBeCloseTo(0.4);
    expect(situation("What if the other person's phone has been cut off?").raw.get('faq.phone-unavailable')).toBeCloseTo(0.4);
    expect(situation('If I keep fat-fingering the 6 digits, will the filing fail?').raw.get('faq.failure-limit')).toBeCloseTo(0.35);
    expect(situation('After too many botched tries, does the order get bounced back to us?').raw.get('faq.failure-limit')).toBeCloseTo(0.35);
    expect(situation('证件后六位填错好几回了 会不会直接判失败').raw.get('faq.failure-limit')).toBeCloseTo(0.35);
  });

  it('reads a person demanded at the end over the problem told before it, and what success looks like', () => {
    const { raw } = situation("Our principal's number is cancelled and I don't understand the options. Please transfer me to an agent.");
    expect(raw.get('chat.handoff')).toBeCloseTo(0.8);
    expect(questions('what message means it actually worked?').raw.get('faq.how-to-verify')).toBeCloseTo(0.4);
    expect(situation('the Alibaba Cloud notification arrived instantly but the MIIT code never did').raw.get('faq.sms-not-received')).toBeCloseTo(0.35);
  });

  it('leaves the resend cues to a pasted prompt, and everything to an out-of-scope message', () => {
    expect(situation('重发了两次还是没收到', { pasted: true }).raw.size).toBe(0);
    expect(situation('去哪里重发', { inScope: false }).raw.size).toBe(0);
  });

  it('reads the all-done prompt told as seen, with the console unchanged, as the sync delay', () => {
    expect(situation('短信核验显示全部完成了,但是阿里云控制台里还是待核验').why).toContain('verified, status unchanged');
  });

  it('reads the all-done prompt quoted, with the console unchanged, as the sync delay over that prompt', () => {
    expect(situation('工信部那边提示已全部完成了,阿里云控制台还是显示待核验').raw.get('faq.sync-delay')).toBeCloseTo(0.7);
    expect(situation('尊敬的ICP用户:您的短信核验已全部完成。但是阿里云控制台还是待核验', { pasted: true }).why).toContain('all done quoted, status unchanged');
    expect(situation('我核验完了,阿里云控制台还是待核验').raw.get('faq.sync-delay')).toBeCloseTo(0.35);
  });

  it('reads the MIIT side said to be done, and a console that has not moved, as the sync delay', () => {
    expect(situation('工信部那边弄完了,阿里云控制台一点动静都没有').why).toContain('verified, status unchanged');
    expect(situation("MIIT said success but our console hasn't updated").why).toContain('verified, status unchanged');
  });

  it('reads resends counted as the resend answer, which states the limit', () => {
    expect(situation('Retry policy for the OTP resend - max attempts?').raw.size).toBe(0);
    const { raw, why } = questions('Retry policy for the OTP resend - max attempts?');
    expect(raw.get('faq.how-to-resend')).toBeCloseTo(0.3);
    expect(why).toContain('resends counted');
    expect(questions('重发短信有次数限制吗').why).toContain('resends counted');
    expect(questions('输错验证码有次数限制吗').why).not.toContain('resends counted');
  });

  it('damps the handoff reading when an agent is only quoted', () => {
    expect(situation('客服说核验链接48小时有效,是这样吗?', { raw: { 'chat.handoff': 1 } }).raw.get('chat.handoff')).toBeCloseTo(0.3);
    expect(situation('An agent said I would have to wait 7 days. Is that accurate?', { raw: { 'chat.handoff': 1 } }).raw.get('chat.handoff')).toBeCloseTo(0.3);
    // (A person asked for, after what an agent said, is still asked for.)
    expect(situation('客服说要等,我要转人工', { raw: { 'chat.handoff': 1 } }).raw.get('chat.handoff')).toBeGreaterThan(1);
  });

  it('reads how to go through it, asked of an SMS or code in hand, as how to verify; not when resending is asked', () => {
    expect(situation('How do I actually do the SMS verification? I just got the text from 12381.').raw.get('faq.how-to-verify')).toBeCloseTo(0.4);
    expect(situation('I have the six-digit code. Walk me through the verification steps please.').why).toContain('how to go through it');
    expect(situation('收到12381的验证码了 how do I submit it?').why).toContain('how to go through it');
    expect(situation('Walk me through asking MIIT to send the verification text again.').why).not.toContain('how to go through it');
    // (Nothing in hand: the router reads the question alone.)
    expect(situation('the website principal\'s phone number was cancled, how do we do the sms verification').why).not.toContain('how to go through it');
  });

  it('reads the link in the SMS, to click or not, as how to verify; whether it is a scam is not', () => {
    expect(situation('短信里面有一个链接,我要点吗?').why).toContain('how to go through it');
    expect(situation('我妈收到一条短信带个链接 说是备案核验的 能点吗 是不是诈骗').why).not.toContain('how to go through it');
  });

  it('reads which tab to click in the MIIT system as how to verify, unless resending is named', () => {
    expect(situation('我打开链接了,是工信部的网站,我应该点哪一个tab?').raw.get('faq.how-to-verify')).toBeCloseTo(0.35);
    expect(situation('重发短信要点哪个按钮').why).not.toContain('which tab');
  });

  it('reads the SMS deleted as the missing SMS; a deletion feared is not', () => {
    expect(situation('我不小心删除了那个短信,里面有验证码的,怎么办呢').raw.get('faq.sms-not-received')).toBeCloseTo(0.4);
    expect(situation('I accidentally deleted the MIIT text').why).toContain('the sms deleted');
    expect(situation('怕把重要短信当广告删了,接下来会收到什么短信').why).not.toContain('the sms deleted');
  });

  it("reads no SMS from the sender's number as the missing SMS, unless resending is asked", () => {
    expect(situation('等了一晚上也没有12381的短信').why).toContain('no sms from the sender');
    expect(situation('等到现在也没有106开头的短信').why).toContain('no sms from the sender');
    expect(situation('我还没收到工信部的验证码,怎么重发?').why).not.toContain('no sms from the sender');
  });

  it('reads one SMS come but not the one with the code as the missing SMS', () => {
    expect(situation('I got the first one from the provider but not the one with the code.').raw.get('faq.sms-not-received')).toBeCloseTo(0.45);
    expect(situation('阿里云的短信收到了,但是没有收到工信部的那条').why).toContain('not the one with the code');
  });

  it('reads when the time starts, asked, as the time limit', () => {
    expect(situation('这个时间是从提交订单算还是从收到短信算?').raw.get('faq.deadline')).toBeCloseTo(0.35);
    expect(situation('Does the 24 hours count from when I submitted or when the SMS arrived?').why).toContain('when the time starts');
  });

  it('reads a verification said done in other words ("已完成信息核验"), with the system unchanged, as the sync delay', () => {
    expect(situation('本人已完成信息核验,然而服务商系统仍未显示相应结果').why).toContain('verified, status unchanged');
  });

  it('reads the inbox full, wait-or-resend asked, and no SMS said of a principal as the missing SMS', () => {
    expect(situation('短信收件箱满了,刚清完,之前那条核验短信是不是丢了').why).toContain('inbox full');
    expect(situation('手机信号一直只有一格,短信迟迟不到,是先等还是直接去重发').raw.get('faq.sms-not-received')).toBeCloseTo(0.5);
    expect(situation('The legal representative got the MIIT text, but the website principal hasn\'t received anything.').why).toContain('no sms has come');
    expect(situation('Roaming in Germany with my China Mobile SIM, no MIIT text so far.').why).toContain('no sms has come');
    expect(situation("I still can't find the MIIT verification text anywhere").why).toContain('no sms has come');
  });

  it('reads an SMS received a while ago, asked if still valid, as the time limit; one that never came is not', () => {
    expect(situation('短信是昨晚十点到的,今天下午再点链接核验还行吗').why).toContain('still valid after a while');
    expect(situation('The code came at 9pm yesterday. Is it still valid this morning?').why).toContain('still valid after a while');
    expect(situation('短信一直没收到,现在还来得及吗').why).not.toContain('still valid after a while');
  });

  it('reads a number that cannot be reissued as the unusable number', () => {
    expect(situation('法人的手机丢了,号码也补不回来').why).toContain('the number itself gone');
  });

  it('reads the form asked with the link or code in hand as how to verify, and typed-in-a-hurry missing SMS', () => {
    expect(situation('i have the link, what fields r there').why).toContain('the form, asked with the link in hand');
    expect(situation('whats the process after i get the 6 diget code').why).toContain('the form, asked with the link in hand');
    expect(situation('wife deleted the msg b4 i used it lol can i get it again').why).toContain('the sms deleted');
    expect(situation('The verification code text just isn\'t coming.').why).toContain('no sms has come');
    expect(situation('the verification SMS never reached his phone at all').why).toContain('no sms has come');
    expect(situation('submited filing like 2 hrs ago still no msg from 工信部 ??').why).toContain('no sms has come');
    expect(situation('just submited, waiting for smth?? what comes next by sms').why).toContain('just submitted, sms next');
    expect(situation('连续填错证件后六位会不会导致备案失败?').why).toContain('wrong again and again');
  });

  it('reads commands and hedges: a new text asked to be sent, "I don\'t think I got", a mistaken notice, "never got … gone for good"', () => {
    expect(situation('重新给我手机发条核验短信').why).toContain('sent again');
    expect(situation('Walk me through requesting a new verification text from MIIT.').why).toContain('sent again');
    expect(situation('Walk me through what comes after verification until approval.').why).not.toContain('how to go through it');
    expect(situation("I don't think I got the verification text. Should I keep waiting?").why).toContain('no sms has come');
    expect(situation('没带验证码的那条短信是谁发的啊?我还以为是核验短信').why).toContain("the provider's notice");
    const lost = situation('I never got the verification text and my old number is gone for good');
    expect(lost.why).toContain('never came, number lost for good');
    expect(lost.why).not.toContain('the number itself gone');
  });

  it('reads both principals must, what a role is for, fields filled together, the next failure, and resend-or-wait in English', () => {
    expect(situation('公司法人和网站负责人都要收短信吗').why).toContain('both principals, must both?');
    expect(situation('网站负责人这个角色具体是干嘛的?').why).toContain('what the role is for');
    expect(situation('客户A:验证码收到了,手机号和身份证后六位也要一起填吗').why).toContain('fields filled together');
    expect(situation('客户 typo 了两次证件后六位,再错会不会直接 fail?').why).toContain('the next failure');
    expect(situation('the MIIT code still hasn\'t shown up on the legal rep\'s phone. Should they resend now or keep waiting?').why).toEqual(expect.arrayContaining(['no sms has come', 'wait or resend?']));
  });

  it('damps the handoff reading when staff introduce themselves', () => {
    const { raw } = situation('我是代理商这边的客服,帮客户处理一下', { raw: { 'chat.handoff': 1 } });
    expect(raw.get('chat.handoff')).toBeCloseTo(0.3);
  });
});

describe('readQuestionCues', () => {
  it('reads what a verifier has to do as the verification steps', () => {
    expect(ask('那网站负责人要做什么').get('faq.how-to-verify')).toBeCloseTo(0.3);
  });

  const ask = (text: string, table = {}, counts = {}) => {
    const normalized = normalizeText(text);
    const raw = new Map<string, number>();
    readQuestionCues(raw, [], { normalized, folded: normalized }, table, counts);
    return raw;
  };

  it('reads which number was filed, asked where to see, as where to see the verifiers; which role applies for a filing type as who verifies', () => {
    expect(ask('手机是双卡的,不记得备案时填的是哪张卡的号码,去哪看').get('faq.check-verifiers')).toBeCloseTo(0.4);
    expect(ask("We're doing an access filing. Which applies then?", { scenario: 'access' }).get('faq.who-verifies')).toBeCloseTo(0.35);
    expect(ask('Which applies then?').has('faq.who-verifies')).toBe(false);
  });

  it('reads the people needed for a filing type named as who verifies, and what success looks like', () => {
    expect(ask('把注销网站需要核验的人列出来', { scenario: 'cancel-filing' }).get('faq.who-verifies')).toBeCloseTo(0.5);
    expect(ask('把需要核验的人列出来').has('faq.who-verifies')).toBe(false);
    expect(ask('提交后显示什么才算成功?').get('faq.how-to-verify')).toBeCloseTo(0.4);
  });

  it('reads the people listed, and whether all of them must verify, as where to see the verifiers', () => {
    expect(ask('阿里云的系统里面显示了两个人,是两个人都要做吗?').get('faq.check-verifiers')).toBeCloseTo(0.4);
    expect(ask('The system shows two people, do both of them need to verify?').get('faq.check-verifiers')).toBeCloseTo(0.4);
    expect(ask('首次备案是不是两个人都要核验').has('faq.check-verifiers')).toBe(false);
  });

  it('reads one person or two asked for a filing type as who verifies', () => {
    expect(ask('接入备案是双人验证吗', { scenario: 'access' }).get('faq.who-verifies')).toBeGreaterThanOrEqual(0.35);
    expect(ask('双人验证是什么意思').has('faq.who-verifies')).toBe(false);
  });

  it('reads verifying put off to Monday as the time limit', () => {
    expect(ask('boss got the SMS friday night, can he do it monday?').get('faq.deadline')).toBeCloseTo(0.3);
  });

  it('reads a whole Table C row with verification named as who verifies', () => {
    expect(ask('首次备案网站服务要谁来验证', { scenario: 'first-filing', scope: 'website' }).get('faq.who-verifies')).toBeGreaterThan(0.35);
  });

  it('reads counted failures as the failure limit, more so when the consequence is asked', () => {
    expect(ask('输错了3次', {}, { failures: 3 }).get('faq.failure-limit')).toBeCloseTo(0.35);
    expect(ask('输错了5次会怎样', {}, { failures: 5 }).get('faq.failure-limit')).toBeCloseTo(0.5);
    expect(ask('输错了3次怎么申请重发', {}, { failures: 3 }).size).toBe(0);
    expect(ask('验证码输错了4次,我想重发一条新的,重发最多能发几次?', {}, { failures: 4 }).has('faq.failure-limit')).toBe(false);
  });
});

describe('readTermAsked', () => {
  const terms = { 管局: 'faq.progress', 短信核验: 'faq.how-to-verify' };
  const read = (text: string) => {
    const raw = new Map<string, number>();
    readTermAsked(raw, [], normalizeText(text), terms);
    return raw;
  };

  it('reads what a word of the answers means as the topic that explains it', () => {
    for (const t of ['管局是什么意思', 'What does 管局 mean?', 'Who or what is the 管局?', 'Your answer mentions 管局 - what is that in English?']) expect(read(t).get('faq.progress'), t).toBeCloseTo(0.5);
    expect(read('And what is 短信核验 in English?').get('faq.how-to-verify')).toBeCloseTo(0.5);
  });

  it('not a question that only contains the word', () => {
    for (const t of ['短信核验完了接下来是什么流程', '管局审核要多久', '短信核验的deadline是什么时候']) expect(read(t).size, t).toBe(0);
  });
});

describe('cues: blind round 170–173', () => {
  it('reads a verification left undone, and what then, as the time limit', () => {
    expect(situation('他要是今天不弄会怎样').raw.get('faq.deadline')).toBeCloseTo(0.4);
    expect(situation("what if she doesn't do it today?").raw.get('faq.deadline')).toBeCloseTo(0.4);
    expect(situation('验证码输错了会怎样').raw.has('faq.deadline')).toBe(false);
  });

  it('reads the fifth failure asked about as the failure limit', () => {
    expect(situation('if the 5th one also fails can they just resend the SMS and try again?').why).toContain('the next failure');
    expect(situation('第五次也错了怎么办').why).toContain('the next failure');
  });

  it('reads "should I resend right away?" as wait or resend', () => {
    expect(situation('should I resend right away?').why).toContain('wait or resend?');
    expect(situation('要不要马上重发').why).toContain('wait or resend?');
    expect(situation('how do I resend?').why).not.toContain('wait or resend?');
  });

  it('reads resends counted without the word for resending', () => {
    expect(questions('一共能发几次').raw.get('faq.how-to-resend')).toBeCloseTo(0.3);
  });

  it('lets the console lag lead over the retold all-done prompt only when set against it', () => {
    const lead = situation('提示全部完成、提交管局审核了，但阿里云后台状态一点没变', { pasted: true, raw: { 'msg.verify-all-done': 2 } }).raw;
    expect(lead.get('faq.sync-delay')).toBeGreaterThan(2);
    const plain = situation('提示全部完成了 阿里云后台状态一点没变', { pasted: true, raw: { 'msg.verify-all-done': 2 } }).raw;
    expect(plain.get('faq.sync-delay')).toBeCloseTo(0.8);
  });
});
