import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/normalize.ts';
import { ASKS_CONSEQUENCE, FIELDS_ASKED, PROMPT_LOCATED, QUESTION, RESENT_STILL_NOTHING, TASK_FOR_BOT, dropKnownClause, PUT_OFF as PUT_OFF_, RESEND_AGAIN, ASKS_HOW_TO_RESEND, CAME_WHAT_NOW, HEADCOUNT_ASKED, HELP_ONLY, TOPIC_ONLY, PUT_OFF, SELF_STAFF, VERIFIER_TO_DO, HOW_MANY, OTHER_STEPS_MEANWHILE, RECEIVED, STATUS_UNCHANGED, WHERE_TO_SEE, WHO_DOES, dropNegatedClause, isClosingThanks, isGreetingWithContext, isThanksWithContext, reportedSentences, RESEND_NONE_PENDING, RESEND_OK, stripOpeners, STILL_NOT_RECEIVED, VERIFIED, VERIFIERS, WANTS_PERSON, WHO_CUE, WHO_IS_ROLE } from '../../src/core/signals.ts';

describe('dropNegatedClause', () => {
  it('drops the denied half of a 不是…,(而)是… contrast', () => {
    expect(dropNegatedClause('不是没收到短信,是收到了不知道怎么填')).toBe('收到了不知道怎么填');
    expect(dropNegatedClause('并不是验证码错了,而是没收到')).toBe('没收到');
    expect(dropNegatedClause('等下 不是app 是网站')).toBe('等下 网站');
  });

  it('drops a denial that follows what the message is about', () => {
    expect(dropNegatedClause('不好意思,注销的是主体,不是app')).toBe('不好意思,注销的是主体');
    expect(dropNegatedClause('sorry, i meant the subject, not the app.')).toBe('sorry, i meant the subject.');
  });

  it('leaves text without a contrast alone', () => {
    for (const text of ['是不是要等24小时', '不是我本人的手机号', '核验失败不是我的错吧', 'sms not received']) {
      expect(dropNegatedClause(text)).toBe(text);
    }
  });

  it('drops "we\'re not X," before what the message is about', () => {
    expect(dropNegatedClause("we're not cancelling the filing, this is a first filing")).toBe('this is a first filing');
    expect(dropNegatedClause("it isn't a new site, it's a change")).toBe("it's a change");
  });

  it('keeps a negation that is the message itself', () => {
    expect(dropNegatedClause("got the aliyun one but not the miit one yet, it's been 3 hours")).toBe("got the aliyun one but not the miit one yet, it's been 3 hours");
    expect(dropNegatedClause("the principal does not own that number anymore, we're cancelling the site")).toBe("the principal does not own that number anymore, we're cancelling the site");
  });

  it('drops "not asking about X," / "not the X -" / "并非 X,而是"', () => {
    expect(dropNegatedClause('not asking about sync, asking what happens after verification')).toBe('asking what happens after verification');
    expect(dropNegatedClause("not the sender number - i'm asking how many messages arrive")).toBe("i'm asking how many messages arrive");
    expect(dropNegatedClause('并非没收到短信,而是不知道验证码在哪里填')).toBe('不知道验证码在哪里填');
  });

  it('keeps a message that merely starts with "not"', () => {
    expect(dropNegatedClause('not received yet, what should i do')).toBe('not received yet, what should i do');
  });
});

describe('stripOpeners', () => {
  it('drops polite openers only when enough is left to be about something', () => {
    expect(stripOpeners('您好,请问在哪里查看核验人员')).toBe('在哪里查看核验人员');
    expect(stripOpeners('你好')).toBe('你好');
  });

  it('drops an opening acknowledgement the same way', () => {
    expect(stripOpeners('ok got it, what do i do with the code now?')).toBe('what do i do with the code now?');
    expect(stripOpeners('好的')).toBe('好的');
  });

  it('drops a rephrasing\'s preamble ("that\'s not what I asked, I mean …")', () => {
    expect(stripOpeners("that's not what i asked, i mean how many times can i resend")).toBe('how many times can i resend');
    expect(stripOpeners('不是这个意思,我是问验证码几位数')).toBe('验证码几位数');
  });
});

describe('stripOpeners: a recap of an earlier chat', () => {
  it('drops "asked you about X yesterday" and "me again", keeping what follows', () => {
    expect(stripOpeners('昨天问过你没收到短信的事,今天收到了,但是发件号码是106开头的一长串,这是真的工信部短信吗?')).toBe('今天收到了,但是发件号码是106开头的一长串,这是真的工信部短信吗?');
    expect(stripOpeners('me again. i tried the resend you mentioned and it said: 该条验证库里找不到记录.')).toBe('i tried the resend you mentioned and it said: 该条验证库里找不到记录.');
    expect(stripOpeners('i asked you yesterday about the missing sms. it came today, is 1069 the real sender?')).toBe('it came today, is 1069 the real sender?');
  });

  it('keeps a recap that is the message itself, or a topic without 的事', () => {
    expect(stripOpeners('昨天问过你没收到短信的事')).toBe('昨天问过你没收到短信的事');
    expect(stripOpeners('上次你教我重发短信,我已经重发过两次了')).toBe('上次你教我重发短信,我已经重发过两次了');
  });
});

describe('isGreetingWithContext / isThanksWithContext', () => {
  it('a greeting followed by context but no question', () => {
    expect(isGreetingWithContext('good afternoon. i am responsible for our company\'s icp filing and would like some assistance.')).toBe(true);
    expect(isGreetingWithContext('您好,我单位现就网站备案短信核验事宜进行咨询.')).toBe(true);
    expect(isGreetingWithContext('您好,请问怎么申请icp许可证')).toBe(false);
    expect(isGreetingWithContext('我想咨询一下')).toBe(false);
  });

  it('thanks closing a remark, not a question, and not a word ending in "ty"', () => {
    expect(isThanksWithContext('好的,我先检查下备案资料,谢谢')).toBe(true);
    expect(isThanksWithContext('ok, will check, thanks!')).toBe(true);
    expect(isThanksWithContext('收到短信以后怎么核验?谢谢')).toBe(false);
    expect(isThanksWithContext('qwerty')).toBe(false);
  });
});

describe('reportedSentences', () => {
  it('finds the sentences that retell what the system showed', () => {
    expect(reportedSentences('resend said success. our director is busy. anything else to do?')).toEqual(['resend said success']);
    expect(reportedSentences('我点了重发,它说没有待核验的申请.可我没收到短信')).toEqual(['我点了重发,它说没有待核验的申请']);
  });

  it('is empty when nothing is retold', () => {
    expect(reportedSentences('验证码没收到怎么办')).toEqual([]);
    expect(reportedSentences('how long do i have')).toEqual([]);
  });
});

describe('isClosingThanks', () => {
  it("the user's own next step (好 那我等等, ok I'll wait a bit then) closes the conversation; asked, it does not", () => {
    expect(isClosingThanks('好 那我等等')).toBe(true);
    expect(isClosingThanks('行 我再试试')).toBe(true);
    expect(isClosingThanks("ok, i'll wait a bit then")).toBe(true);
    expect(isClosingThanks('我再等等?')).toBe(false);
    expect(isClosingThanks('等等')).toBe(false);
    expect(isClosingThanks("i'll wait for the sms")).toBe(false);
  });
  it('passing the answer on (我跟老板说一声, 那我让他们…, will let him know) closes it; a report of what was done does not', () => {
    expect(isClosingThanks('行,我跟老板说一声,谢了')).toBe(true);
    expect(isClosingThanks('好的,那我先让他们更新手机号')).toBe(true);
    expect(isClosingThanks('好的 我转告客户')).toBe(true);
    expect(isClosingThanks('ok, will let him know')).toBe(true);
    expect(isClosingThanks('ok i will pass it on')).toBe(true);
    expect(isClosingThanks('我让他重发了')).toBe(false);
    expect(isClosingThanks('我跟他说了还是不行')).toBe(false);
    expect(isClosingThanks('那我让他们怎么操作')).toBe(false);
  });
  it('an acknowledged answer with thanks, or thanks with "that explains it", closes the conversation', () => {
    expect(isClosingThanks('行 谢了')).toBe(true);
    expect(isClosingThanks("ok got it, i'll tell the director to look for the 12381 text. much appreciated.")).toBe(true);
    expect(isClosingThanks('thanks, that explains why my boss never got it.')).toBe(true);
    expect(isClosingThanks('明白了,原来是被拦截了,谢谢')).toBe(true);
    expect(isClosingThanks('Many thanks for the quick help, issue resolved.')).toBe(true);
  });

  it('not when something is still wrong or a question is asked', () => {
    expect(isClosingThanks('ok, but the code still has not come, thanks')).toBe(false);
    expect(isClosingThanks('好的,那要等多久,谢谢')).toBe(false);
    expect(isClosingThanks('thanks. what about the resend limit?')).toBe(false);
    expect(isClosingThanks('ok, will check')).toBe(false);
  });
});

describe('VERIFIERS / CAME_WHAT_NOW', () => {
  it('names the verifiers however "who goes to verify" is said', () => {
    expect(VERIFIERS.test('还要谁去验')).toBe(true);
    expect(VERIFIERS.test('谁来核验')).toBe(true);
    expect(VERIFIERS.test('谁去吃饭')).toBe(false);
  });

  it('asks how to use a code that came, whoever will enter it', () => {
    expect(CAME_WHAT_NOW.test('she got the code. how exactly does she verify?')).toBe(true);
    expect(CAME_WHAT_NOW.test('the code came, where do they enter it?')).toBe(true);
    expect(CAME_WHAT_NOW.test('how long does the code stay valid?')).toBe(false);
  });
});

describe('RESEND_OK', () => {
  it('reads the resend success prompt retold, whatever comes between 重发 and 提示', () => {
    for (const t of ['重发成功了', '重发提示成功了', '重发那里提示成功了', '重发之后显示成功', 'the resend was successful', '重发 success 了', '它说已重发,请尽快完成', '页面说验证码又发出去了', 'requested it again and got a success message']) expect(RESEND_OK.test(t)).toBe(true);
  });

  it('not a resend that failed', () => {
    for (const t of ['重发不成功', '重发提示不成功', '重发失败', '我已重发了两次还没收到']) expect(RESEND_OK.test(t)).toBe(false);
  });
});

describe('WANTS_PERSON', () => {
  it('reads a person asked for indirectly', () => {
    for (const t of ['is there a person i can ask?', 'is there anyone we could talk to', '有人工吗', '有没有人工客服', '有没有人可以问一下', '帮我叫个工作人员']) expect(WANTS_PERSON.test(t)).toBe(true);
  });

  it('reads being put through or transferred to someone', () => {
    for (const t of ['put me through to a person please', 'transfer me to an agent', 'connect me to customer service', '转个人工吧,他要加急']) expect(WANTS_PERSON.test(t)).toBe(true);
  });

  it('not a question about people in the filing', () => {
    for (const t of ['is there a person who must verify?', '有人核验吗']) expect(WANTS_PERSON.test(t)).toBe(false);
  });
});

describe('ASKS_CONSEQUENCE / VERIFIED', () => {
  it('reads what follows, asked', () => {
    for (const t of ['失败5次会怎样', 'what happens after 5 failures', '有什么后果']) expect(ASKS_CONSEQUENCE.test(t)).toBe(true);
    expect(ASKS_CONSEQUENCE.test('失败5次了')).toBe(false);
  });

  it('reads 核验过了 as verified', () => {
    expect(VERIFIED.test('短信核验过了')).toBe(true);
    expect(VERIFIED.test('核验过期了')).toBe(false);
  });
});

describe('RESEND_NONE_PENDING', () => {
  it('reads the no-pending prompt retold, with or without the resend named', () => {
    for (const t of ['点重发说没东西要核验', '系统说没有需要核验的备案申请', 'there is no application pending an sms check']) expect(RESEND_NONE_PENDING.test(t)).toBe(true);
  });

  it('not "is there anywhere to see who needs to verify" (有没有…需要核验)', () => {
    expect(RESEND_NONE_PENDING.test('有没有地方能直接查需要核验的人员')).toBe(false);
  });
});

describe('WHO_CUE / WHO_IS_ROLE', () => {
  it('reads "不用X负责人吗" as a question about who verifies', () => {
    expect(WHO_CUE.test('不用网站负责人吗')).toBe(true);
    expect(WHO_CUE.test('不需要主体负责人吗')).toBe(true);
  });

  it('reads a quoted role asked about ("“主体负责人”到底指谁") as what the role is', () => {
    expect(WHO_IS_ROLE.test('主体负责人 到底指谁')).toBe(true);
    expect(WHO_IS_ROLE.test('网站负责人这个角色具体是干嘛的')).toBe(true);
  });

  it('reads "what is a website principal?" as what the role is, not what the principal must do', () => {
    expect(WHO_IS_ROLE.test('what is a "website principal" exactly? is it our tech guy?')).toBe(true);
    expect(WHO_IS_ROLE.test("what does 'person in charge' refer to")).toBe(true);
    expect(WHO_IS_ROLE.test('what does the principal need to do')).toBe(false);
    expect(WHO_IS_ROLE.test("what is the principal's phone number for")).toBe(false);
  });

  it('reads one role or the other ("法人验还是网站负责人验") as who verifies, asked outright', () => {
    expect(WHO_DOES.test('到底是法人验还是网站负责人验')).toBe(true);
    expect(WHO_DOES.test('我要核验,但不知道该谁来')).toBe(true);
    expect(WHO_DOES.test('我们要同时备案五个网站,核验人会有多少个?')).toBe(true);
    expect(WHO_DOES.test('which person gets the verification sms?')).toBe(true);
    expect(WHO_DOES.test('individual filing for a personal blog — who does the verification?')).toBe(true);
    expect(WHO_DOES.test("i'm both principals. do i just verify by myself?")).toBe(true);
    expect(WHO_DOES.test('是法人还是网站负责人核验')).toBe(true);
    expect(WHO_DOES.test('证件号是法人的还是网站负责人的')).toBe(false);
    expect(WHO_DOES.test('法人还是网站负责人验证码')).toBe(false);
  });
});

describe('HOW_MANY', () => {
  it('reads "how many failed tries" as a count asked, a word between or not', () => {
    expect(HOW_MANY.test('after how many failed tries do i have to resubmit')).toBe(true);
    expect(HOW_MANY.test('how many attempts')).toBe(true);
    expect(HOW_MANY.test('how many digits')).toBe(false);
  });
});

describe('RECEIVED / STATUS_UNCHANGED / WHERE_TO_SEE (blind round 78–79)', () => {
  it('reads "短信来了" and "it finally came" as the SMS arrived, "还没来" not', () => {
    expect(RECEIVED.test('等了一个小时短信来了')).toBe(true);
    expect(RECEIVED.test('waited another hour and it finally came.')).toBe(true);
    expect(RECEIVED.test('短信还没来')).toBe(false);
  });
  it('reads "阿里云那边还是没显示" as the status at the provider unchanged', () => {
    expect(STATUS_UNCHANGED.test('老板核验好了两个小时了 阿里云那边还是没显示')).toBe(true);
    expect(STATUS_UNCHANGED.test('控制台还是没更新')).toBe(true);
    expect(STATUS_UNCHANGED.test('短信还是没显示号码')).toBe(false);
  });
  it('reads "where to check" as where to see', () => {
    expect(WHERE_TO_SEE.test('other verifier是谁 where to check')).toBe(true);
  });
});

describe('HELP_ONLY / OTHER_STEPS_MEANWHILE', () => {
  it('hears help asked for with nothing said about what', () => {
    for (const t of ['help', 'help!', 'help me pls', 'need help!!', 'please help']) expect(HELP_ONLY.test(t), t).toBe(true);
    for (const t of ['help, no sms', 'help me resend the code', 'thanks for the help']) expect(HELP_ONLY.test(t), t).toBe(false);
  });

  it('hears other steps asked about while the SMS is awaited, also as "这期间…先做什么"', () => {
    expect(OTHER_STEPS_MEANWHILE.test('刚提交订单 这期间我要先做什么操作吗')).toBe(true);
    expect(OTHER_STEPS_MEANWHILE.test('验证码没到之前能先做别的操作吗')).toBe(true);
    expect(OTHER_STEPS_MEANWHILE.test('提交之前要准备什么材料')).toBe(false);
  });
});

describe('WHO_IS_ROLE / VERIFIER_TO_DO', () => {
  it('hears what a role is, or how the verifiers are decided', () => {
    expect(WHO_IS_ROLE.test('核验说明里的"备案主体负责人"具体指什么人?')).toBe(true);
    expect(WHO_IS_ROLE.test('短信核验人员怎么确定')).toBe(true);
    expect(WHO_IS_ROLE.test('can we choose who does the verification ourselves')).toBe(true);
    expect(WHO_IS_ROLE.test('主体负责人要核验吗')).toBe(false);
  });

  it('hears what a verifier has to do, not who the role is', () => {
    expect(VERIFIER_TO_DO.test('那网站负责人要做什么')).toBe(true);
    expect(VERIFIER_TO_DO.test('what does the website principal need to do?')).toBe(true);
    expect(VERIFIER_TO_DO.test('网站负责人是什么人')).toBe(false);
  });

  it('hears how the other verifier does their part, not how one verifies who lost the phone', () => {
    expect(VERIFIER_TO_DO.test('how does he do his part')).toBe(true);
    expect(VERIFIER_TO_DO.test('主体负责人核验的时候要填什么')).toBe(true);
    expect(VERIFIER_TO_DO.test('what does each of them need to type in?')).toBe(true);
    expect(VERIFIER_TO_DO.test('the website principal lost their phone number, how can they do the verification?')).toBe(false);
  });
});

describe('WHO_DOES: dual verification asked', () => {
  it('hears "要不要双人" as who verifies', () => {
    expect(WHO_DOES.test('那我们要不要双人')).toBe(true);
    expect(WHO_DOES.test('双人验证是什么意思')).toBe(false);
  });
});

describe('isClosingThanks: something now done', () => {
  it('closes on thanks for a step that now went through, not on one still wrong', () => {
    expect(isClosingThanks('按你说的等了40分钟,阿里云那边同步了,谢谢!')).toBe(true);
    expect(isClosingThanks('resent it, code came in 2 minutes, verified. thanks a lot!')).toBe(true);
    expect(isClosingThanks('verified but the console still shows pending, thanks')).toBe(false);
    expect(isClosingThanks('收到了 谢谢 下一步呢')).toBe(false);
  });
});

describe('RESEND_OK: a resend retold', () => {
  it('hears the resend done in more words', () => {
    expect(RESEND_OK.test('重发短信成功了,下一步是什么')).toBe(true);
    expect(RESEND_OK.test('the verification code was resent. what next?')).toBe(true);
    expect(RESEND_OK.test('重发没成功')).toBe(false);
  });
});

describe('WANTS_PERSON / ASKS_HOW_TO_RESEND / closings: more ways to say it', () => {
  it('hears a person asked for as a phone number or someone to look', () => {
    expect(WANTS_PERSON.test('有没有电话能直接打给你们的')).toBe(true);
    expect(WANTS_PERSON.test('你们能不能找个人帮我看看')).toBe(true);
    expect(WANTS_PERSON.test("what's your support phone number?")).toBe(true);
    expect(WANTS_PERSON.test('短信是哪个电话号码发的')).toBe(false);
  });

  it('hears "那重发呢" as resending asked about', () => {
    expect(ASKS_HOW_TO_RESEND.test('找过了没有,那重发呢')).toBe(true);
  });

  it('closes on thanks followed by what the user will do, or thanks for the answer', () => {
    expect(isClosingThanks('谢谢,我去看看是不是被拦截了')).toBe(true);
    expect(isClosingThanks("thanks, i'll check the spam folder")).toBe(true);
    expect(isThanksWithContext('原来我理解的是对的,谢谢确认')).toBe(true);
    expect(isClosingThanks('谢谢,我去看了还是没有')).toBe(false);
  });

  it('hears "until the code comes, nothing else" as steps meanwhile', () => {
    expect(OTHER_STEPS_MEANWHILE.test("until the code comes i shouldn't touch anything else, right?")).toBe(true);
  });
});

describe('learner English and word order', () => {
  it('hears "X is what meaning?" as a role asked about, and 重发在哪里操作 as resending asked about', () => {
    expect(WHO_IS_ROLE.test('subject principal is what meaning?')).toBe(true);
    expect(ASKS_HOW_TO_RESEND.test('昨天问过你没收到短信,今天还是没有。你说的重发在哪里操作?')).toBe(true);
  });
});

describe('isClosingThanks: that cleared it up', () => {
  it('closes on thanks for an answer that cleared things up', () => {
    expect(isClosingThanks('thanks, that cleared up the order of steps')).toBe(true);
  });
});

describe('HEADCOUNT_ASKED / PUT_OFF / WHO_IS_ROLE / SELF_STAFF (blind round 83–84)', () => {
  it('hears one person or two asked', () => {
    expect(HEADCOUNT_ASKED.test('我们是接入备案,是双人吗')).toBe(true);
    expect(HEADCOUNT_ASKED.test('is it dual verification for an access filing?')).toBe(true);
    expect(HEADCOUNT_ASKED.test('双人验证是什么意思')).toBe(false);
  });

  it('hears verifying put off to a later day', () => {
    expect(PUT_OFF.test('老板周五晚上收到的短信,周一再弄行吗')).toBe(true);
    expect(PUT_OFF.test('boss got the sms friday night, can he do it monday?')).toBe(true);
    expect(PUT_OFF.test('could we do the verification next week')).toBe(true);
    expect(PUT_OFF.test('can he do it himself?')).toBe(false);
  });

  it('hears "is the X principal A or B?" as what the role is, not who verifies', () => {
    expect(WHO_IS_ROLE.test('is the website principal the legal rep or the guy running the site')).toBe(true);
    expect(WHO_IS_ROLE.test('is the website principal the one who verifies or the entity principal?')).toBe(false);
  });

  it('hears an agent or reseller introducing themselves, not one asked for', () => {
    expect(SELF_STAFF.test('hello, i am an agent handling icp filings for clients')).toBe(true);
    expect(SELF_STAFF.test("i'm a reseller doing filings")).toBe(true);
    expect(SELF_STAFF.test('i am an agent here')).toBe(false);
    expect(SELF_STAFF.test('i want an agent')).toBe(false);
  });

  it('hears a console that still shows nothing as the status unchanged', () => {
    expect(STATUS_UNCHANGED.test('why does my provider console still show nothing??')).toBe(true);
  });

  it('drops a denial in brackets', () => {
    expect(dropNegatedClause('the 2fa code for my console never arrives (not the filing one).')).not.toContain('filing');
    expect(dropNegatedClause('登录验证码一直不来(不是备案的)')).not.toContain('备案');
  });
});

describe('WANTS_PERSON / WHERE_TO_SEE / VERIFIERS / thanks in formal words (blind round 87–90)', () => {
  it('hears someone on the phone asked for', () => {
    expect(WANTS_PERSON.test('can i get someone on the phone to help us?')).toBe(true);
    expect(WANTS_PERSON.test('could someone call us?')).toBe(true);
    expect(WANTS_PERSON.test('someone called me about the filing')).toBe(false);
  });

  it('hears "where … we can view" and 怎么确认 as where to see', () => {
    expect(WHERE_TO_SEE.test('kindly advise where in your icp filing console we can view the list')).toBe(true);
    expect(WHERE_TO_SEE.test('怎么确认系统里登记的核验人手机号对不对')).toBe(true);
  });

  it('hears the people who verify asked as which of them', () => {
    expect(VERIFIERS.test("how do i know which of the client's people will get the verification sms?")).toBe(true);
    expect(VERIFIERS.test('我想先看一下要验证的是哪几位')).toBe(true);
  });

  it('hears "is the website principal just the person who maintains the site" as what the role is', () => {
    expect(WHO_IS_ROLE.test("is the 'website principal' just the person who maintains the site, like our developer?")).toBe(true);
  });

  it('closes on formal thanks', () => {
    expect(isThanksWithContext('承蒙协助,不胜感激.')).toBe(true);
    expect(isClosingThanks('please be informed that the issue is now resolved. we appreciate your support.')).toBe(true);
  });
});

describe('denials of the filing, cleared up, resend none pending (blind round 91–94)', () => {
  it('drops "unrelated to the filing" so the filing anchors nothing', () => {
    expect(dropNegatedClause('我想改账户登入用嘅电话号码,同备案无关')).not.toContain('备案');
    expect(dropNegatedClause("i want to change my login phone, it's nothing to do with the filing")).not.toContain('filing');
  });

  it('closes on thanks after something found or cleared up', () => {
    expect(isClosingThanks('found it in his spam folder, thanks!')).toBe(true);
    expect(isClosingThanks('原来是同步延迟,已经好了,感谢!')).toBe(true);
  });

  it('hears a resend said to find nothing pending, in learner English', () => {
    expect(RESEND_NONE_PENDING.test('resend also cannot, system tell me got no filing waiting for verify one')).toBe(true);
  });
});

describe('TOPIC_ONLY / staff who are agencies (blind round 95–98)', () => {
  it('hears a topic named and nothing asked', () => {
    for (const t of ['短信的事', '核验的问题', 'about the sms', 'regarding the verification']) expect(TOPIC_ONLY.test(t), t).toBe(true);
    for (const t of ['短信的事怎么办', '没收到短信', 'about the sms, it never came']) expect(TOPIC_ONLY.test(t), t).toBe(false);
  });

  it('hears agencies introducing themselves, handling several filings', () => {
    expect(isGreetingWithContext('你好,我是代理商,同时在跑几个备案')).toBe(true);
    expect(isGreetingWithContext('你好,我是代理商,首次备案要几个人核验')).toBe(false);
  });
});

describe('British thanks and role names compared (blind round 99–102)', () => {
  it('closes on "brilliant, ta" and "much obliged, we\'re all set"', () => {
    expect(isThanksWithContext('brilliant, ta')).toBe(true);
    expect(isClosingThanks("much obliged, we're all set.")).toBe(true);
    expect(isClosingThanks('谢啦,我一直以为要等24小时才能重发,原来不用')).toBe(true);
  });

  it('hears "the same thing as 网站负责人" as what the role is', () => {
    expect(WHO_IS_ROLE.test("is the 'site owner' in the english ui the same thing as 网站负责人?")).toBe(true);
  });
});

describe('a console that says waiting, a text that came in, no bots (blind round 103–106)', () => {
  it('hears the console saying waiting as the status unchanged, and "just came in" as received', () => {
    expect(STATUS_UNCHANGED.test('miit says done, your console says waiting for sms verification')).toBe(true);
    expect(RECEIVED.test('the 12381 text just came in')).toBe(true);
  });

  it('hears "not a bot please" as a person asked for', () => {
    expect(WANTS_PERSON.test('not a bot please - i need someone who can check my filing order directly.')).toBe(true);
  });
});

describe('who gets the SMS, asked in other words (blind round 107–110)', () => {
  it('hears who receives the SMS as who verifies, not a weekly report sent to someone', () => {
    for (const t of ['核验短信发给谁啊', '新法人收短信吗', '核验谁来?', "whose phone number will miit text?", 'who gets the sms?', 'is it both the entity head and the site manager for a new website filing?']) expect(WHO_DOES.test(t) || WHO_CUE.test(t), t).toBe(true);
    expect(WHO_DOES.test('我们项目负责人换人了,周报该发给谁')).toBe(false);
  });

  it('hears 帮我看看 alone as help asked with nothing said', () => {
    expect(HELP_ONLY.test('帮我看看')).toBe(true);
    expect(HELP_ONLY.test('帮我看看这个提示是什么意思')).toBe(false);
  });
});

describe('machine-translated words, learners and chat noise (blind round 155–157)', () => {
  it('reads a verification said done as "已完成…核验", and "怎么找到" as where to see', () => {
    expect(VERIFIED.test('本人已完成信息核验')).toBe(true);
    expect(VERIFIED.test('已经完成短信验证')).toBe(true);
    expect(WHERE_TO_SEE.test('在icp代备案系统怎么找到谁会收到短信')).toBe(true);
  });

  it('reads "how are you" after a hello as the greeting, not a question', () => {
    expect(isGreetingWithContext('hi 你好, how are you today')).toBe(true);
    // (What follows it is read as after any other greeting.)
    expect(isGreetingWithContext('hello, how are you? where do I see the verifiers')).toBe(false);
    expect(isGreetingWithContext('how are you supposed to verify the sms')).toBe(false);
  });

  it('reads "that fixed it" as thanks that close, and "还是什么都没有" as still nothing', () => {
    expect(isClosingThanks('thanks, that fixed it. www.abc123.com.cn is in bureau review now.')).toBe(true);
    expect(STILL_NOT_RECEIVED.test('可是手机上还是什么都没有,已经十分钟了')).toBe(true);
  });
});

describe('the phone, formatting and a whole day (blind round 158–160)', () => {
  it('reads doing something else while waiting, a poem asked for, and "no SMS yet"', () => {
    expect(OTHER_STEPS_MEANWHILE.test('等的这段时间我能先去改一下备案资料吗?')).toBe(true);
    expect(TASK_FOR_BOT.test('写一首关于短信的诗 😂')).toBe(true);
    expect(TASK_FOR_BOT.test('can you write me a poem about the sms')).toBe(true);
    expect(STILL_NOT_RECEIVED.test('the 网站负责人 says no sms yet, what should he check?')).toBe(true);
  });
});

describe('what the user already knows, and hurried English (blind round 161–163)', () => {
  it('sets aside what the user says they know when a question is left, and keeps "I don\'t know"', () => {
    expect(dropKnownClause(normalizeText('我知道验证码从12381来。核验人员一共可能是哪几种身份?'))).toBe('核验人员一共可能是哪几种身份?');
    expect(dropKnownClause("i know the filing goes to the bureau after verification. how long does the result take to show up?")).toBe('how long does the result take to show up?');
    expect(dropKnownClause(normalizeText('验证码收到了, 24h 之内要做完我知道, but where exactly do I enter it?'))).toBe('验证码收到了,but where exactly do i enter it?');
    expect(dropKnownClause('i know it should come from 12381 but nothing came, what now?')).toBe('but nothing came, what now?');
    expect(dropKnownClause('我不知道验证码是哪个号码发的')).toBe('我不知道验证码是哪个号码发的');
    expect(dropKnownClause('我懂了,谢谢')).toBe('我懂了,谢谢');
  });

  it('sets aside "not the X." before what is asked', () => {
    expect(dropNegatedClause("not the failure limit. i'm asking what happens if nobody verifies within the time window.")).toBe("i'm asking what happens if nobody verifies within the time window.");
  });

  it('reads hurried English: tysm, "that worked", a 3rd resend, "still no msg", "done with verify", "in 2 days"', () => {
    expect(isClosingThanks('tysm that worked!!')).toBe(true);
    expect(RESEND_AGAIN.test('already resent twice still nothing can i do a 3rd')).toBe(true);
    expect(STILL_NOT_RECEIVED.test('submited filing like 2 hrs ago still no msg from 工信部 ??')).toBe(true);
    expect(VERIFIED.test('done with verify now where do i see status')).toBe(true);
    expect(PUT_OFF_.test('my boss is traveling can he do it in 2 days')).toBe(true);
  });

  it('reads "is the website principal me or …?" as what the role is, and a long greeting that wants to know something as no greeting', () => {
    expect(WHO_IS_ROLE.test('is the website principal me or the company owner?? im confused')).toBe(true);
    expect(isGreetingWithContext('hi so my company is making an app and also a website and we want to know how long the whole icp process takes from start to end bc our launch is next month')).toBe(false);
  });

  it('reads the verifier whose turn it is, asked how, and resend steps asked', () => {
    expect(VERIFIER_TO_DO.test('主体负责人已经核验过了,现在轮到网站负责人,他应该怎么操作?')).toBe(true);
    expect(ASKS_HOW_TO_RESEND.test('我想申请重发,重发的具体步骤是什么?')).toBe(true);
  });
});

describe('commands and hedges (blind round 164–166)', () => {
  it('reads "how do I double-check", "接下来要干嘛" after receiving, and "她…大概要怎么操作"', () => {
    expect(WHERE_TO_SEE.test("how do i double-check the verifiers' phone numbers before the sms goes out?")).toBe(true);
    expect(CAME_WHAT_NOW.test('收到了看不懂,接下来要干嘛')).toBe(true);
    expect(VERIFIER_TO_DO.test('我妈是主体负责人,她不太会弄,大概要怎么操作?')).toBe(true);
  });
});

describe('group chats and a realistic day (blind round 167–169)', () => {
  it('reads a colleague asked to take over as a person asked for, and "can\'t get to it today" as put off', () => {
    expect(WANTS_PERSON.test('这个机器人答不了,@张三 帮忙接一下这单')).toBe(true);
    expect(PUT_OFF_.test("what if my colleague can't get to it today?")).toBe(true);
  });
});

describe('signals: blind round 170–173', () => {
  it('PROMPT_LOCATED: where a prompt came up, told', () => {
    for (const t of ['补充一下，是在短信重发页签点提交之后出来的，不是核验那里', 'sorry I meant the resend screen, not the verify one', 'it popped up on the verification page']) expect(PROMPT_LOCATED.test(normalizeText(t)), t).toBe(true);
    for (const t of ['短信重发在哪里操作', 'how do I resend?']) expect(PROMPT_LOCATED.test(normalizeText(t)), t).toBe(false);
  });

  it('stripOpeners / isGreetingWithContext: "喂" opens, "手上几个客户" asks nothing', () => {
    expect(stripOpeners(normalizeText('喂你好我想问一下短信核验在哪'))).toBe('短信核验在哪');
    expect(isGreetingWithContext(normalizeText('你好，我这边是代理公司的，手上几个客户同时在做备案'))).toBe(true);
    expect(isGreetingWithContext(normalizeText('你好，手上几个客户要核验，谁来验?'))).toBe(false);
  });

  it('STATUS_UNCHANGED / OTHER_STEPS_MEANWHILE / FIELDS_ASKED / RESENT_STILL_NOTHING in more words', () => {
    expect(STATUS_UNCHANGED.test('但阿里云后台状态一点没变')).toBe(true);
    expect(OTHER_STEPS_MEANWHILE.test('没收到之前能不能先去改一下备案信息?')).toBe(true);
    expect(FIELDS_ASKED.test('what exactly do i fill in on that page')).toBe(true);
    expect(RESENT_STILL_NOTHING.test('也重发过一次了,还是啥都没有')).toBe(true);
    expect(QUESTION.test('是在短信重发页签点提交之后出来的')).toBe(false);
  });
});

describe('signals: blind round 176–179', () => {
  it('reads leave asked to ask a question as a greeting\'s context, not a question', () => {
    expect(isGreetingWithContext(normalizeText('你好 请问能问个备案的问题吗'))).toBe(true);
    expect(isGreetingWithContext(normalizeText('hi, can I ask a question?'))).toBe(true);
    expect(isGreetingWithContext(normalizeText('你好 能问下短信多久到吗'))).toBe(false);
  });

  it('reads someone asked to look at it as a person asked for, and "还能再发吗" as resending again', () => {
    expect(WANTS_PERSON.test(normalizeText('能找人看下吗'))).toBe(true);
    expect(WANTS_PERSON.test(normalizeText('can someone take a look?'))).toBe(true);
    expect(RESEND_AGAIN.test(normalizeText('已经重发了两次还没收到,还能再发吗'))).toBe(true);
  });

  it('reads who will get the SMS as the verifiers', () => {
    expect(VERIFIERS.test(normalizeText('怎么知道哪几个人会收到短信'))).toBe(true);
    expect(VERIFIERS.test(normalizeText('短信会发到哪个号码'))).toBe(false);
  });
});
