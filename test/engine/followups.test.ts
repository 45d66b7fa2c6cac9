import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/normalize.ts';
import { asksAnswerAgain, asksHeadcount, comparesPrompts, saysDetailsWrong, asksAfterCase, contextualFollowUp, doubtsLastAnswer, followUpKind, languageAsked, namesOtherCase, isBareReaction, isVagueFollowUp, questionAfterAlso, questionAfterCase, namesOtherVerifier, ordinalOf, returnsToPrompt, saysOthersDone } from '../../src/engine/followups.ts';

const n = normalizeText;

describe('contextualFollowUp', () => {
  it('reads a filing said to be submitted as the user confirming their case', () => {
    expect(contextualFollowUp(n('we submitted it yesterday'))).toEqual({ kind: 'wait', confirmed: true });
    expect(contextualFollowUp(n('备案已经提交了'))?.confirmed).toBe(true);
  });

  it('does not read a code submitted in the MIIT form as the filing submitted', () => {
    expect(contextualFollowUp(n("I submitted the code and got: 'Your SMS verification failed, please verify again.'"))?.confirmed).not.toBe(true);
  });
});

describe('asksAfterCase', () => {
  it('finds a question the confirmed case leads on to', () => {
    expect(asksAfterCase(n('手机号和证件后六位都核对过了没错,那审核进度在哪里看?'))).toBe(true);
    expect(asksAfterCase(n('I checked every digit, so where do I follow the review?'))).toBe(true);
  });

  it('is false for a case stated and nothing asked after it', () => {
    expect(asksAfterCase(n('手机号和证件后六位都核对过了没错'))).toBe(false);
    expect(asksAfterCase(n('都填对了,那就等着是吧'))).toBe(false);
  });
});

describe('followUpKind', () => {
  it('reads "how long" as asking about the wait', () => {
    expect(followUpKind(n('那要等多久'))).toBe('wait');
    expect(followUpKind(n('how long until it shows up?'))).toBe('wait');
  });

  it('does not read the time allowed ("how long do I have") as a wait', () => {
    expect(followUpKind(n('收到了,要在多长时间内弄完'))).toBeUndefined();
    expect(followUpKind(n('how long does she have once it arrives?'))).toBeUndefined();
    expect(contextualFollowUp(n('ok. how long do we have before it expires?'))).toBeUndefined();
    expect(followUpKind(n('how long is the code valid?'))).toBeUndefined();
    expect(followUpKind(n('how long do both of them have to finish?'))).toBeUndefined();
  });
});

describe('followUpKind: next step, others', () => {
  it('reads "so what exactly should they do?" as asking for the next step', () => {
    expect(followUpKind(n('So what exactly should they do?'))).toBe('next');
  });

  it('hears "the others" as the other verifiers', () => {
    expect(namesOtherVerifier(n('how long do the others have?'))).toBe(true);
  });
});

describe('doubtsLastAnswer / languageAsked', () => {
  it('hears the last answer doubted', () => {
    expect(doubtsLastAnswer(n('你确定是5次吗?我听说是3次'))).toBe(true);
    expect(doubtsLastAnswer(n('Are you sure it is 2? I thought it was 5.'))).toBe(true);
    expect(doubtsLastAnswer(n('重发最多几次'))).toBe(false);
  });

  it('finds the language asked for', () => {
    expect(languageAsked(n('Can you say that in Chinese?'))).toBe('zh');
    expect(languageAsked(n('用英文再说一遍'))).toBe('en');
    expect(languageAsked(n('how many times can I resend?'))).toBeUndefined();
  });
});

describe('ordinalOf / namesOtherCase', () => {
  it.each([
    ['1', 1], ['第二个', 2], ['the second one', 2], ['前面那个', 1], ['选3', 3], ['最后一个', -1], ['the last one', -1],
  ])('reads %s as choice %d', (text, n) => {
    expect(ordinalOf(text)).toBe(n);
  });

  it('is undefined for anything else', () => {
    expect(ordinalOf('12381')).toBeUndefined();
    expect(ordinalOf('首次备案')).toBeUndefined();
  });

  it('hears a second filing named', () => {
    expect(namesOtherCase(n('B客户是App备案,谁核验?'))).toBe(true);
    expect(namesOtherCase(n('for the other company it is an app'))).toBe(true);
    expect(namesOtherCase(n('我们公司是App备案'))).toBe(false);
  });
});

describe('returnsToPrompt', () => {
  const read = (text: string) => returnsToPrompt(normalizeText(text));
  it('reads going back, or pointing back at the error, as a return to the prompt', () => {
    expect(read('回到刚才那个提示,要等多久')).toEqual({ kind: 'wait' });
    expect(read('那刚才那个报错怎么办')).toBeDefined();
    expect(read('I checked everything and still get the same error on resend')).toEqual({});
  });
  it('leaves a question that points at nothing before it', () => {
    expect(read('验证码是哪个号码发的')).toBeUndefined();
    expect(read('how long do I have to verify?')).toBeUndefined();
  });
});

describe('isBareReaction', () => {
  const bare = (text: string) => isBareReaction(normalizeText(text));
  it('reads a reaction with nothing of its own as one', () => {
    for (const t of ['?', '？？', '啥意思', '没看懂', '具体点', '真的吗', '然后呢', '多久', 'huh?', 'really?', 'and?', 'meaning?', 'how long']) expect(bare(t), t).toBe(true);
  });
  it('leaves a message that says something, or nothing at all', () => {
    for (const t of ['真的吗 短信是12381发的?', '多久能收到短信', 'really? the code is 6 digits?', '', '😭😭', '验证码没收到']) expect(bare(t), t).toBe(false);
  });
});

describe('contextualFollowUp: details said to be right', () => {
  it('reads "我确定填的都对" as the details confirmed, "是不是都对" as a question', () => {
    expect(contextualFollowUp(n('我确定填的都对'))).toEqual({ kind: 'wait', confirmed: true });
    expect(contextualFollowUp(n('核对过了 验证码手机号后六位都对 那要等多久'))).toEqual({ kind: 'wait', confirmed: true });
    expect(contextualFollowUp(n('是不是都对 要等多久'))?.confirmed).toBe(false);
  });
});

describe('isVagueFollowUp: the same thing again', () => {
  it('hears "keeps getting the same error" as more of the last answer, in up to ten English words', () => {
    expect(isVagueFollowUp('he says he keeps getting the same failure message')).toBe(true);
    expect(isVagueFollowUp('客户说一直提示这个')).toBe(true);
    expect(isVagueFollowUp('he keeps getting the same failure message every single time after he types in the code')).toBe(false);
  });
});

describe('questionAfterAlso / contextualFollowUp: more ways to say it', () => {
  it('hears 对了 opening a clause as "also", not 核对了', () => {
    expect(questionAfterAlso(n('首次备案 只有网站。对了验证码有效期多久?'))).toBe('验证码有效期多久?');
    expect(questionAfterAlso(n('手机号我核对了三遍,证件后六位也没问题,还能怎么办?'))).toBeUndefined();
  });

  it('hears "not sure we ever hit submit" as a filing perhaps not submitted', () => {
    expect(contextualFollowUp(n("hmm, actually i'm not sure i ever clicked submit on the filing"))?.kind).toBe('next');
  });
});

describe('questionAfterCase', () => {
  it('finds the question a confirmed case leads on to', () => {
    expect(questionAfterCase(n('验证码、手机号、身份证后六位都核对过了没错,那阿里云那边多久能同步过来?'))).toBe('那阿里云那边多久能同步过来?');
    expect(questionAfterCase(n('都核对过了没错'))).toBeUndefined();
  });
});

describe('more of the last answer: going over the limit, a filing submitted', () => {
  it('hears "and if I go over that?" as vague, and "we did submit a filing" as the case confirmed', () => {
    expect(isVagueFollowUp('and what if we exceed that?')).toBe(true);
    expect(isVagueFollowUp('and if i go over that?')).toBe(true);
    expect(contextualFollowUp(n('we did submit a filing this morning though'))?.confirmed).toBe(true);
  });
});

describe('learner English after a prompt', () => {
  it('hears "I need submit the filing again??" as the next step, and "typed the ID last 6 wrong" as details wrong', () => {
    expect(followUpKind(n('i need submit the filing again??'))).toBe('next');
    expect(saysDetailsWrong(n('maybe i typed the id last 6 wrong'))).toBe(true);
  });
});

describe('contextualFollowUp: a filing perhaps never submitted, said of the filing', () => {
  it('hears "not sure the filing was ever submitted"', () => {
    expect(contextualFollowUp(n("actually i'm not sure the filing was ever submitted"))?.kind).toBe('next');
  });
});

describe('doubtsLastAnswer: the answer questioned', () => {
  it('reads a short why, a where-does-it-say and a plainer-please as about the last answer', () => {
    for (const text of ['为什么要先等?', 'why only 2?', 'where does it say that?', '什么意思,能说简单点吗', "that doesn't make sense, I typed everything correctly"]) {
      expect(doubtsLastAnswer(n(text)), text).toBe(true);
    }
  });

  it('does not read a long why-question of its own that way', () => {
    expect(doubtsLastAnswer(n('why does the website principal have to verify when we are only cancelling the app and nothing else changes at all'))).toBe(false);
  });
});

describe('languageAsked / contextualFollowUp: words that only look like it', () => {
  it('does not read an English interface mentioned as English asked for', () => {
    expect(languageAsked(n('客户用英文版界面,念的是这个'))).toBeUndefined();
    expect(languageAsked(n('能用英文回答吗'))).toBe('en');
  });

  it('reads details triple-checked as the user confirming their case', () => {
    expect(contextualFollowUp(n('she triple-checked the phone number and ID digits'))?.confirmed).toBe(true);
  });
});

describe('asksHeadcount / isBareReaction: more short forms', () => {
  it('reads "only me?" as the headcount asked again', () => {
    expect(asksHeadcount(n('So only me, the company boss?'))).toBe(true);
    expect(asksHeadcount(n('就我一个人吗'))).toBe(true);
  });

  it('reads a guessed wait ("得一两个小时?") as a reaction to the last answer', () => {
    expect(isBareReaction(n('得一两个小时?'))).toBe(true);
    expect(isBareReaction(n('24小时内要完成核验吗'))).toBe(false);
  });
});

describe('comparesPrompts / questionAfterAlso', () => {
  it('hears two prompts compared', () => {
    for (const t of ['我们俩提示不一样,现在以哪个为准', '和上一次差在哪', 'so which applies now?', 'Is that the same message as the resend one earlier?']) expect(comparesPrompts(n(t)), t).toBe(true);
    expect(comparesPrompts(n('重发最多几次'))).toBe(false);
  });

  it('reads no second question in a statement after 另外, nor in "另外1个人"', () => {
    expect(questionAfterAlso(n('请等待其他核验人进行短信核验。另外1个人是网站负责人,他在出差'))).toBeUndefined();
    expect(questionAfterAlso(n('请等待其他核验人进行短信核验。另外验证码一般是哪个号码发的?'))).toBe('验证码一般是哪个号码发的?');
  });
});

describe('saysOthersDone / after that / 如果…呢 (blind round 85–86)', () => {
  it('hears the other verifier through, with what follows asked', () => {
    expect(saysOthersDone(n('等他也核验完之后呢'))).toBe(true);
    expect(saysOthersDone(n('what about after that? once my colleague is done'))).toBe(true);
    expect(saysOthersDone(n("he's done now, what next?"))).toBe(true);
    expect(saysOthersDone(n('OK my co-founder did his part too. What happens next and where can I track it?'))).toBe(true);
    expect(saysOthersDone(n('他已经核验完了,但是我这边还显示等待其他核验人'))).toBe(false);
    expect(saysOthersDone(n('然后呢'))).toBe(false);
  });

  it('reads "after that?" as what follows, but not a question of its own after it', () => {
    expect(followUpKind(n('and after that?'))).toBe('next');
    expect(followUpKind(n('What happens after that?'))).toBe('next');
    expect(followUpKind(n('And after that, where do we track the bureau review?'))).toBeUndefined();
  });

  it('reads "那如果超过了呢" as vague, more of the last answer', () => {
    expect(isVagueFollowUp(n('那如果超过了呢'))).toBe(true);
    expect(isVagueFollowUp(n('假如一直不来呢'))).toBe(true);
  });
});

describe('namesOtherCase: any later client', () => {
  it('hears clients B, C, D and client Y as another filing, not client A', () => {
    for (const t of ['客户C是App服务', 'D客户也是首次备案', 'and client y?', '第三个客户呢']) expect(namesOtherCase(n(t)), t).toBe(true);
    expect(namesOtherCase(n('客户A是首次备案'))).toBe(false);
  });
});

describe('asksAnswerAgain', () => {
  it('hears the last answer asked for again in another form', () => {
    for (const t of ['shorter please', 'can you list that as bullet points?', 'repeat that please', 'in simpler words?', '再说一遍', '说简短一点', '分步骤列一下', '列一下步骤', '填证件号是第几步来着?']) expect(asksAnswerAgain(n(t)), t).toBe(true);
  });
  it('not a new question that happens to share a word', () => {
    for (const t of ['list of verifiers', 'where is the list of people who must verify?', '再说一下重发怎么弄', 'repeat submission error']) expect(asksAnswerAgain(n(t)), t).toBe(false);
  });
});

describe('languageAsked: switching', () => {
  it('hears 换成英文 and "switch to Chinese"', () => {
    expect(languageAsked(n('换成英文'))).toBe('en');
    expect(languageAsked(n('can you switch to chinese?'))).toBe('zh');
  });
});

describe('contextualFollowUp: nothing mistyped', () => {
  it("reads \"I definitely haven't mistyped anything\" as the user's case confirmed", () => {
    expect(contextualFollowUp(n("I definitely haven't mistyped anything"))?.confirmed).toBe(true);
  });
});

describe('questions after a pasted prompt, figures referred back, ordinals (blind round 161–163)', () => {
  it('finds the question after "就想问", "想问", "Separate question:" and "But first,"', () => {
    expect(questionAfterAlso(n('这个提示我懂,就想问在哪能看到还有哪些人要核验'))).toBe('在哪能看到还有哪些人要核验');
    expect(questionAfterAlso(n('重发成功了,想问新短信会是哪个号码发过来'))).toBe('新短信会是哪个号码发过来');
    expect(questionAfterAlso(n('OK, I get what that one means. Separate question: is there a cap on how many times I can get it wrong?'))).toBe('is there a cap on how many times i can get it wrong?');
    expect(questionAfterAlso(n("I'll re-check everything. But first, for the ID field, is it the principal's ID or mine?"))).toBe("for the id field, is it the principal's id or mine?");
  });

  it('reads "后者" / "the latter" alone as a bare reaction', () => {
    expect(isBareReaction(n('后者'))).toBe(true);
    expect(isBareReaction(n('the latter'))).toBe(true);
  });
});


describe('followUpKind / questionAfterCase: blind round 170–173', () => {
  it('does not count a leading "那" or a closing "吗" against a short follow-up', () => {
    expect(followUpKind(n('那接下来我们还需要做什么吗'))).toBe('next');
  });

  it('finds the question after the case without a connective, less a clause that still confirms it', () => {
    expect(questionAfterCase(n('验证码,手机号都对,证件后六位我填的是护照的,护照可以吗'))).toBe('证件后六位我填的是护照的,护照可以吗');
    expect(questionAfterCase(n('我核对过验证码,手机号,证件后六位都没错,要等多久?'))).toBe('要等多久?');
  });
});

describe('followups: blind round 176–179', () => {
  it('reads "具体怎么操作" and "what do I do now exactly" bare as what comes next; with a subject, no', () => {
    expect(followUpKind(normalizeText('具体怎么操作'))).toBe('next');
    expect(followUpKind(normalizeText('what do I do now exactly'))).toBe('next');
    expect(followUpKind(normalizeText('那重发具体怎么操作'))).not.toBe('next');
  });

  it('reads details typed as something else as wrong details, and "填成功" not', () => {
    expect(saysDetailsWrong(normalizeText('他证件后六位好像输成身份证前六位了'))).toBe(true);
    expect(saysDetailsWrong(normalizeText('填成功了吗'))).toBe(false);
  });
});
