import { describe, expect, it } from 'vitest';
import { createDefaultEngine, type Reply } from '../../src/engine/index.ts';
import { loadKnowledgeBase, type Lang } from '../../src/kb/index.ts';
import { MemorySessionStore } from '../../src/store/memory-session-store.ts';

const kb = loadKnowledgeBase();
const store = new MemorySessionStore({ ttlSeconds: 1800 });
const HANDOFF_URL = 'https://help.example.com/agent';
const engine = createDefaultEngine({ kb, store, handoff: { url: HANDOFF_URL } });
let sessions = 0;

function conversation() {
  const session = `dialog-${++sessions}`;
  const say = (text: string, lang?: Lang): Promise<Reply> => engine.handle({ channel: 'cli', session, text, lang });
  return Object.assign(say, { session });
}
const once = (text: string, lang?: Lang) => conversation()(text, lang);
const title = (id: string, lang: Lang) => kb.intents.get(id)!.title[lang];

describe('context follow-ups', () => {
  it('answers "那要等多久" after msg.verify-record-not-found with the 30~120 minute sync time', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:该条验证库里找不到记录或已完成验证。');
    const reply = await say('那要等多久');
    expect(reply.intent).toBe('msg.verify-record-not-found');
    expect(reply.text).toContain('30~120');
  });

  it('answers "how long" after msg.resend-no-pending with the 30~60 minute sync time', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:您暂无待短信核验的备案申请,无需重发短信。');
    const reply = await say('how long');
    expect(reply.intent).toBe('msg.resend-no-pending');
    expect(reply.lang).toBe('en');
    expect(reply.text).toContain('30~60');
    expect(reply.text).not.toContain('120');
  });

  it.each([
    ['然后呢', 'zh'],
    ['what next', 'en'],
  ] as const)('answers "%s" with the next step of the last prompt', async (text, lang) => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信核验完成,请等待其他核验人进行短信核验。');
    const reply = await say(text);
    expect(reply.intent).toBe('msg.verify-wait-others');
    expect(reply.text).toBe(kb.intents.get('msg.verify-wait-others')!.next![lang].trim().replace(/\*\*(.+?)\*\*/g, '$1'));
  });

  it('does not treat "how long" as a follow-up in a fresh conversation', async () => {
    const reply = await once('how long');
    expect(reply.intent.startsWith('msg.')).toBe(false);
    expect(reply.markdown).not.toContain('30~60');
  });
});

describe('clarification', () => {
  // A wide margin makes any two ranked intents "close", so the test does not hang on calibration.
  const wide = createDefaultEngine({ kb: { ...kb, router: { ...kb.router, clarify_margin: 1 } } });
  const idOf = (label: string) => [...kb.intents.values()].find((i) => i.title.zh === label)?.id;

  it('asks between the top two intents with two quick replies, and answers the one clicked', async () => {
    const say = (text: string) => wide.handle({ channel: 'cli', session: 'clarify', text });
    const first = await say('点了短信里的链接然后呢');
    expect(first.flags.clarify).toBe(true);
    expect(first.suggestions).toHaveLength(2);
    const [a, b] = first.suggestions.map((s) => idOf(s.label));
    expect(a).toBe(first.intent);
    expect(b).toBeDefined();
    expect(b).not.toBe(a);
    expect(first.text).toContain(title(a!, 'zh'));
    expect(first.text).toContain(title(b!, 'zh'));

    const second = await say(first.suggestions[1]!.value);
    expect(second.intent).toBe(b);
    expect(second.flags.clarify).toBe(false);
    expect(second.markdown).toContain(kb.intents.get(b!)!.answer.zh.split('\n')[0]!);
  });

  it('does not clarify a stated situation, a pasted prompt or small talk', async () => {
    for (const text of ['已经失败4次了', '您的短信核验失败,请您重新验证', '你好']) {
      expect((await wide.handle({ channel: 'cli', session: `nc-${text}`, text })).flags.clarify).toBe(false);
    }
  });
});

describe('several prompts in one message', () => {
  it('answers both prompts, in the order they were pasted', async () => {
    const reply = await once('先是:您的短信验证码已重发成功,请查看手机并尽快完成短信核验。后来提交又显示:您的短信核验失败,请您重新验证。');
    expect(reply.intent).toBe('msg.resend-success');
    const a = reply.text.indexOf(title('msg.resend-success', 'zh'));
    const b = reply.text.indexOf(title('msg.verify-failed', 'zh'));
    expect(a).toBeGreaterThanOrEqual(0);
    expect(b).toBeGreaterThan(a);
  });

  it('takes the twin told last, after the earlier one was resolved, as the topic', async () => {
    const reply = await once('昨天验证的时候提示过一次"找不到记录或已完成验证",那个后来好了。今天帮另一个备案点短信重发,提示"该条验证库里找不到记录。"');
    expect(reply.intent).toBe('msg.resend-record-not-found');
  });
});

describe('situation answers', () => {
  it.each([
    ['已经失败4次了', 'faq.failure-limit', ['4', '5', '失败']],
    ['I have failed four times already', 'faq.failure-limit', ['4', '5 consecutive failures']],
    ['重发两次了还没收到', 'faq.how-to-resend|faq.sms-not-received', ['重发2次', '不能再重发']],
    ['提交3小时了还没收到短信', 'faq.sms-not-received', ['3h', '垃圾短信']],
    ['过了24小时还没核验怎么办', 'faq.deadline', ['超过24小时', '退回', '重新提交']],
    ['it has been more than 24 hours and I still have not verified', 'faq.deadline', ['More than 24 hours', 'returns the filing order', 'resubmit']],
  ])('%s → %s mentioning %j', async (text, intent, phrases) => {
    const reply = await once(text);
    expect(intent.split('|')).toContain(reply.intent);
    for (const p of phrases) expect(reply.text).toContain(p);
  });

  it('puts the situation before the general answer', async () => {
    const reply = await once('已经失败4次了');
    const general = kb.intents.get('faq.failure-limit')!.answer.zh.split('\n')[0]!.replace(/\*\*/g, '');
    expect(reply.text.indexOf('4次')).toBeLessThan(reply.text.indexOf(general));
  });
});

describe('PII guard', () => {
  it.each([
    ['验证码482913填了还是失败', '482913'],
    ['我手机号13812345678收不到短信', '13812345678'],
    ['身份证110101199003071234后六位填哪个', '110101199003071234'],
    ['my phone is +86 138 1234 5678 and no sms came', '5678'],
  ])('warns first and never repeats the digits of %s', async (text, digits) => {
    const reply = await once(text);
    expect(reply.flags.pii).toBe(true);
    expect(reply.text.startsWith(kb.strings['pii-warning']![reply.lang])).toBe(true);
    expect(reply.markdown).not.toContain(digits);
    expect(JSON.stringify(reply)).not.toContain(digits);
  });

  it('does not warn about the sender number 12381', async () => {
    expect((await once('12381发来的短信是真的吗')).flags.pii).toBe(false);
  });
});

describe('handoff', () => {
  it.each([
    ['转人工', 'zh'],
    ['talk to a person', 'en'],
  ] as const)('%s hands off, links HANDOFF_URL and marks the session', async (text, lang) => {
    const say = conversation();
    const reply = await say(text);
    expect(reply.intent).toBe('chat.handoff');
    expect(reply.flags.handoff).toBe(true);
    expect(reply.lang).toBe(lang);
    expect(reply.links).toEqual([{ label: kb.strings['handoff-link-label']![lang], url: HANDOFF_URL }]);
    const state = await store.transact(`cli:${say.session}`, async (s) => ({ next: s ?? null, result: s }));
    expect(state?.handedOff).toBe(true);
  });

  it('uses HANDOFF_TEXT instead of the default phrase when given', async () => {
    const custom = createDefaultEngine({ kb, handoff: { text: '请拨打 400-000-0000' } });
    const reply = await custom.handle({ channel: 'cli', session: 'h', text: '人工客服' });
    expect(reply.text).toBe('请拨打 400-000-0000');
    expect(reply.links).toEqual([]);
  });
});

describe('greeting and thanks', () => {
  it.each([
    ['你好', 'chat.greeting', 'zh'],
    ['hello', 'chat.greeting', 'en'],
    ['好的谢谢', 'chat.thanks', 'zh'],
    ['thanks!', 'chat.thanks', 'en'],
  ] as const)('%s gets a short %s reply', async (text, intent, lang) => {
    const reply = await once(text);
    expect(reply.intent).toBe(intent);
    expect(reply.lang).toBe(lang);
    expect(reply.text.length).toBeLessThan(200);
    if (intent === 'chat.greeting') expect(reply.suggestions.length).toBeGreaterThanOrEqual(3);
  });
});

describe('reply language', () => {
  it('answers an English question in English', async () => {
    const reply = await once('How do I resend the SMS?');
    expect(reply.lang).toBe('en');
    expect(reply.intent).toBe('faq.how-to-resend');
    expect(reply.text.startsWith(kb.intents.get('faq.how-to-resend')!.answer.en.split('\n')[0]!.replace(/\*\*/g, '').slice(0, 40))).toBe(true);
  });

  it('answers a Traditional Chinese question in Chinese', async () => {
    const reply = await once('簡訊核驗失敗怎麼辦');
    expect(reply.intent).toBe('msg.verify-failed');
    expect(reply.lang).toBe('zh');
    expect(reply.text).toContain(kb.intents.get('msg.verify-failed')!.answer.zh.split('\n')[0]!.replace(/\*\*/g, ''));
  });

  it.each([
    ['没收到短信', 'en'],
    ['I did not get the SMS', 'zh'],
  ] as const)('follows the lang override for %s', async (text, lang) => {
    const reply = await once(text, lang);
    expect(reply.intent).toBe('faq.sms-not-received');
    expect(reply.lang).toBe(lang);
    expect(reply.markdown).toContain(kb.intents.get('faq.sms-not-received')!.answer[lang].split('\n')[0]!);
  });
});

describe('fallback', () => {
  it.each(['今天天气怎么样', '网站服务', '帮我订一张去上海的机票'])('offers distinct topics and a person once for %s', async (text) => {
    const reply = await once(text, 'zh');
    expect(reply.intent).toBe('fallback');
    expect(reply.flags.fallback).toBe(true);
    const labels = reply.suggestions.map((s) => s.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.at(-1)).toBe(title('chat.handoff', 'zh'));
    expect(labels.filter((l) => l === title('chat.handoff', 'zh'))).toHaveLength(1);
  });
});

describe('context follow-ups after some words of the user', () => {
  it('answers "信息我都核对过没错,那要等多久" after msg.verify-record-not-found with the sync time', async () => {
    const say = conversation();
    await say('该条验证库里找不到记录或已完成验证');
    const reply = await say('信息我都核对过没错,那要等多久?');
    expect(reply.intent).toBe('msg.verify-record-not-found');
    expect(reply.text).toContain('30~120');
  });

  it('answers "我已经提交备案了,那要等多久" after msg.resend-no-pending with its own wait', async () => {
    const say = conversation();
    await say('重发短信的时候显示 您暂无待短信核验的备案申请,无需重发短信');
    const reply = await say('我已经提交备案了,那要等多久?');
    expect(reply.intent).toBe('msg.resend-no-pending');
    expect(reply.text).toContain('30~60');
  });

  it('answers "the details are all correct" with the last answer\'s own branch for correct details', async () => {
    const say = conversation();
    await say('点了短信重发,提示 尊敬的ICP用户:该条验证库里找不到记录。');
    const reply = await say('手机号、验证码、证件后六位我都确认是对的');
    expect(reply.intent).toBe('msg.resend-record-not-found');
    expect(reply.text).toContain('管局');
  });

  it('answers "那我还要做什么" with the next step of the last prompt', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信核验完成,请等待其他核验人进行短信核验。');
    expect((await say('那我还要做什么?')).intent).toBe('msg.verify-wait-others');
  });

  it('a confident new topic with its own words still wins over a trailing "how long"', async () => {
    const say = conversation();
    await say('该条验证库里找不到记录或已完成验证');
    expect((await say('核验短信发送号码是什么,要等多久')).intent).not.toBe('msg.verify-record-not-found');
  });
});

describe('reply language of bare Latin words', () => {
  it('keeps a Chinese conversation in Chinese when the user types "App"', async () => {
    const say = conversation();
    await say('首次备案谁来核验短信?');
    const reply = await say('App');
    expect(reply.lang).toBe('zh');
    expect(reply.intent).toBe('faq.who-verifies');
  });

  it('still answers a first message of English words in English', async () => {
    expect((await once('sms?')).lang).toBe('en');
  });
});

describe('the situation of the last answer', () => {
  it('answers the last topic again when the user only adds the filing scenario', async () => {
    const say = conversation();
    await say('网站负责人的手机号注销了,没法核验怎么办?');
    const reply = await say('我们是在注销备案的时候遇到的');
    expect(reply.intent).toBe('faq.phone-unavailable');
    expect(reply.text).toContain('变更备案');
  });

  it('a scenario alone in a fresh conversation is not given a stale topic', async () => {
    expect((await once('我们是在注销备案的时候遇到的')).intent).not.toBe('faq.phone-unavailable');
  });
});

describe('more follow-ups in context', () => {
  it('a stated wait after a prompt is the wait that prompt asked for', async () => {
    const say = conversation();
    await say('提交后显示:尊敬的ICP用户:该条验证库里找不到记录或已完成验证。');
    const reply = await say('已经等了2个小时了还是没有');
    expect(reply.intent).toBe('msg.verify-record-not-found');
    expect(reply.text).toContain('30~120');
  });

  it('"I did submit the filing" after the no-pending prompt answers its submitted branch', async () => {
    const say = conversation();
    await say('the resend says I have no pending filing to verify, what does that mean?');
    const reply = await say('I did submit the filing yesterday');
    expect(reply.intent).toBe('msg.resend-no-pending');
    expect(reply.lang).toBe('en');
  });

  it('"要核对哪些信息" after a prompt asks for its next step', async () => {
    const say = conversation();
    await say('重发后提示“该条验证库里找不到记录。”');
    expect((await say('要核对哪些信息')).intent).toBe('msg.resend-record-not-found');
  });

  it('a stated wait after a question without a wait part is that question\'s situation', async () => {
    const say = conversation();
    await say("I finished the SMS verification but the provider's filing console still shows nothing");
    expect((await say("I've waited 40 minutes")).intent).toBe('faq.sync-delay');
  });
});

describe('who verifies: roles asked about in context', () => {
  it('"那另一个负责人呢,主体负责人要核验吗?" re-answers the same Table C row', async () => {
    const say = conversation();
    await say('变更备案,只改服务信息,谁来核验?');
    const reply = await say('那另一个负责人呢,主体负责人要核验吗?');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('网站负责人');
  });

  it('a whole row named with verification is a who-verifies question, not the roles\' meaning', async () => {
    const reply = await once('我是首次备案,网站服务,是不是要双人验证');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('备案主体负责人');
    expect(reply.text).toContain('网站负责人');
  });

  it('still explains what the roles mean when asked that', async () => {
    const say = conversation();
    await say('首次备案网站服务谁核验');
    expect((await say('双人验证是什么意思')).intent).toBe('faq.verifier-roles');
  });
});

describe('follow-ups about the user\'s own case', () => {
  it('"I double-checked … All correct." (a long list) answers the branch for correct details', async () => {
    const say = conversation();
    await say('After submitting I got: 尊敬的ICP用户:该条验证库里找不到记录或已完成验证。 Did it fail?');
    const reply = await say('I double-checked the code, the phone number and the last six ID digits. All correct.');
    expect(reply.intent).toBe('msg.verify-record-not-found');
  });

  it('"我其实还没提交备案" answers the branch for a filing not submitted', async () => {
    const say = conversation();
    await say('我点短信重发之后,弹出来 该条验证库里找不到记录。');
    expect((await say('我其实还没提交备案,想先试一下')).intent).toBe('msg.resend-record-not-found');
  });

  it('"那现在订单会怎样?我要做什么" after an answer without a next part gives that answer again', async () => {
    const say = conversation();
    await say('核验短信是前天收到的,今天才想起来,现在还能核验吗');
    expect((await say('那现在订单会怎样?我要做什么')).intent).toBe('faq.deadline');
  });

  it('thanks after a remark closes the conversation politely', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信核验失败,请您重新验证。');
    expect((await say('好的,我先检查下备案资料,谢谢')).intent).toBe('chat.thanks');
  });
});

describe('short answers about the user\'s own case', () => {
  it('a bare count after a question about wrong entries is that question\'s situation', async () => {
    const say = conversation();
    await say('I typed the wrong code a few times, what happens?');
    expect((await say('3 times so far')).intent).toBe('faq.failure-limit');
  });

  it('"号码确认没错" after a missing SMS stays on the missing SMS', async () => {
    const say = conversation();
    await say('提交备案一个多小时了,工信部的短信一直没收到');
    expect((await say('号码确认没错')).intent).toBe('faq.sms-not-received');
  });

  it('"是首次备案,不是注销" after a lost number is the situation of that answer, not a who-verifies question', async () => {
    const say = conversation();
    await say('网站负责人离职了联系不上,短信核验怎么办');
    expect((await say('是首次备案,不是注销')).intent).toBe('faq.phone-unavailable');
  });
});

describe('resubmitting after a failure', () => {
  it.each([
    ['Do I have to resubmit the whole filing?', 'en'],
    ['那要重新提交备案吗?', 'zh'],
  ] as const)('"%s" after a failed verification asks for that prompt\'s next step', async (text, lang) => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信核验失败,请您重新验证。');
    const reply = await say(text);
    expect(reply.intent).toBe('msg.verify-failed');
    expect(reply.lang).toBe(lang);
  });
});

describe('vague follow-ups that only make sense after the last answer', () => {
  it('"还是不行" after a failed verification is more about that failure', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信核验失败,请您重新验证。');
    expect((await say('改了资料重新交了,还是不行')).intent).toBe('msg.verify-failed');
  });

  it('"那超过了怎么办" after the failure limit is the limit again, with its 24 hours', async () => {
    const say = conversation();
    await say('验证码最多能输错几次?');
    const reply = await say('那超过了怎么办');
    expect(reply.intent).toBe('faq.failure-limit');
    expect(reply.text).toContain('24');
  });

  it('an English "what if" with a scenario after a number that changed is that answer\'s branch', async () => {
    const say = conversation();
    await say("The website principal's number was cancelled, so he can't get the text. What now?");
    const reply = await say("what if we're deregistering the filing though?");
    expect(reply.intent).toBe('faq.phone-unavailable');
    expect(reply.lang).toBe('en');
  });

  it('an English wait that says nothing else is the last answer\'s situation', async () => {
    const say = conversation();
    await say('Verified an hour ago and the Alibaba Cloud console still shows the old status');
    expect((await say("it's been 4 hours now and still nothing")).intent).toBe('faq.sync-delay');
  });

  it('an out-of-scope follow-up stays out of scope', async () => {
    const say = conversation();
    await say('验证码最多能输错几次?');
    expect((await say('那备案被管局驳回了怎么办')).intent).toBe('fallback');
  });
});

describe('who verifies asked as "which kind"', () => {
  it('a Table C row asked as "是哪种" after the roles is the row, not the roles again', async () => {
    const say = conversation();
    await say('双人验证是什么意思');
    const reply = await say('那我们首次备案,只有网站,是哪种');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('网站负责人');
  });

  it('where to see the other verifiers is where to see them, not the prompt again', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信核验完成,请等待其他核验人进行短信核验。');
    expect((await say('其他核验人在哪里可以查到')).intent).toBe('faq.check-verifiers');
  });
});

describe('a scenario named earlier in the conversation', () => {
  it('answers a later who-verifies question for that scenario', async () => {
    const say = conversation();
    await say('核验人的手机号换了,收不到短信');
    await say('我们是首次备案');
    const reply = await say('那重新提交以后谁来核验?只有网站');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('首次备案');
    expect(reply.text).toContain('网站负责人');
  });

  it('a correction with "不是" switches the scope it denies', async () => {
    const say = conversation();
    await say('注销App谁来核验');
    const reply = await say('说错了,注销的是主体,不是App');
    expect(reply.text).toContain('备案主体负责人');
    expect(reply.text).not.toContain('注销App');
  });
});

describe('support staff asking for a customer', () => {
  it('"给我一段回客户的话术" answers the last topic again', async () => {
    const say = conversation();
    await say('客户那边显示:尊敬的ICP用户:您的短信核验失败,请您重新验证。');
    expect((await say('给我一段能直接回客户的话术')).intent).toBe('msg.verify-failed');
  });

  it('"what should I tell him" in English too', async () => {
    const say = conversation();
    await say('customer says the resend page told him there is no filing pending SMS verification');
    const reply = await say('ok what should I tell him?');
    expect(reply.intent).toBe('msg.resend-no-pending');
  });

  it('"他核对过…都对" is the details-are-right branch of the last prompt', async () => {
    const say = conversation();
    await say('客户贴的:尊敬的ICP用户:该条验证库里找不到记录或已完成验证。');
    const reply = await say('他核对过验证码、手机号和证件后六位,都对');
    expect(reply.intent).toBe('msg.verify-record-not-found');
    expect(reply.text).toContain('120');
    expect(reply.text).not.toMatch(/13700001111|120033|558812/);
  });
});

describe('users who do not answer the way the bot asked', () => {
  it('"I don\'t know" to the scenario question asks again with the options', async () => {
    const say = conversation();
    await say('who has to do the SMS verification for our filing?');
    const reply = await say('no idea');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.suggestions.length).toBeGreaterThan(3);
  });

  it('a detour, then back to the Table C question with a scenario', async () => {
    const say = conversation();
    await say('短信核验要谁来做?');
    expect((await say('顺便问下,核验短信是哪个号码发过来的')).intent).toBe('faq.sms-sender');
    const reply = await say('回到刚才,我们是接入备案');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('接入备案');
  });

  it('a pasted prompt with "also, …" answers the question, then "that error" answers the prompt', async () => {
    const say = conversation();
    const first = await say("After I resent it, it showed 'record not found in the verification database'. Also, how long do I have to verify?");
    expect(first.intent).toBe('faq.deadline');
    expect(first.suggestions[0]?.value).toBe(title('msg.resend-record-not-found', 'en'));
    expect((await say('ok, and what about that resend error?')).intent).toBe('msg.resend-record-not-found');
  });

  it('"另外一个人" is the other person, not "besides"', async () => {
    const reply = await once('它说请等待其他核验人进行短信核验,那另外一个人得多久内弄完');
    expect(reply.intent).toBe('msg.verify-wait-others');
  });

  it('a close call between the topic under way and another stays with the topic', async () => {
    const say = conversation();
    await say('一直收不到工信部的核验短信');
    const reply = await say('号码停机了,找不回来了');
    expect(reply.intent).toBe('faq.sms-not-received');
    expect(reply.flags.clarify).toBe(false);
  });

  it('"he\'s sure everything he entered is right" is the details-are-right branch', async () => {
    const say = conversation();
    await say("resend says the record can't be found in the verification database");
    expect((await say("he's sure everything he entered is right")).intent).toBe('msg.resend-record-not-found');
  });
});

describe('the last answer asked for again', () => {
  it('"can you explain in English?" gives the same topic in English', async () => {
    const say = conversation();
    await say('提示:您的短信核验失败,请您重新验证。怎么办');
    const reply = await say('Sorry, could you explain that in English? What do I check before retrying?');
    expect(reply.intent).toBe('msg.verify-failed');
    expect(reply.lang).toBe('en');
  });

  it('a scenario asked about with verification named is a who-verifies question, not the last topic\'s situation', async () => {
    const say = conversation();
    await say('What does dual verification mean?');
    expect((await say('Does cancelling access need verification?')).intent).toBe('faq.who-verifies');
  });
});

describe('a stated wait that is a question of its own', () => {
  it('after the all-done prompt, "still pending in the console after half an hour" is the sync delay', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信核验已全部完成,该请求将提交管局审核。');
    const reply = await say('阿里云那边怎么还显示待核验?都过半小时了');
    expect(reply.intent).toBe('faq.sync-delay');
    expect(reply.text).toContain('120');
  });

  it('"也要搞这一套?" with a scenario after the roles asks who verifies there', async () => {
    const say = conversation();
    await say('双人验证是什么意思');
    expect((await say('我这是取消接入,也要搞这一套?')).intent).toBe('faq.who-verifies');
  });
});

describe('short questions of their own after an answer', () => {
  it('"收到后多长时间内要核验" after the resend prompt is the deadline, not more of the resend', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信验证码已重发成功,请查看手机并尽快完成短信核验。');
    const reply = await say('收到后多长时间内要核验');
    expect(reply.intent).toBe('faq.deadline');
    expect(reply.text).toContain('24');
  });

  it('a bare "那要等多久" after the same prompt is still more of it', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:该条验证库里找不到记录或已完成验证。');
    expect((await say('那还要等多久啊')).intent).toBe('msg.verify-record-not-found');
  });

  it('"那我现在该干啥" after the wait-for-others prompt is its next step', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信核验完成,请等待其他核验人进行短信核验。');
    expect((await say('那我现在该干啥')).intent).toBe('msg.verify-wait-others');
  });
});

describe('who verifies: the scenario asked about with "两个人"', () => {
  it('"接入备案也得两个人验吗" after the roles answer is a Table C question', async () => {
    const say = conversation();
    await say('双人验证是什么意思');
    const reply = await say('接入备案也得两个人验吗');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('网站负责人');
  });

  it('"就是只要主体负责人一个人验对吧" after a Table C answer re-answers that row', async () => {
    const say = conversation();
    await say('首次备案只有App谁核验');
    const reply = await say('所以只要主体负责人一个人验对吗');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('备案主体负责人');
  });
});

describe('the situation of the last answer, with a denied half', () => {
  it('"we are cancelling the filing, not filing a new one" after a changed number is that answer\'s situation', async () => {
    const say = conversation();
    await say("the site owner's phone number was cancelled and he can't get the SMS");
    const reply = await say("it's a cancellation of the filing actually, not a new one");
    expect(reply.intent).toBe('faq.phone-unavailable');
    expect(reply.lang).toBe('en');
  });
});

describe('staff and impatient users', () => {
  it('a wait stated after the sync-delay answer says it is past the usual sync time, not "the SMS never came"', async () => {
    const say = conversation();
    await say('验证都做完了,阿里云那边订单一直没变化');
    const reply = await say('都过去4个多小时了');
    expect(reply.intent).toBe('faq.sync-delay');
    expect(reply.text).toContain('30~120');
    expect(reply.text).not.toContain('欠费');
  });

  it('"等了半天" is a long wait, not a figure the user never gave', async () => {
    const reply = await once('提交备案等了半天了核验短信还是没来');
    expect(reply.intent).toBe('faq.sms-not-received');
    expect(reply.text).not.toMatch(/12h|4h/);
  });

  it('"号码绝对没错" after a missing SMS stays with it', async () => {
    const say = conversation();
    await say('工信部的短信一直都没来');
    expect((await say('号码绝对没错')).intent).toBe('faq.sms-not-received');
  });

  it('"then?" and "要我干嘛" ask the last prompt\'s next step', async () => {
    const say = conversation();
    await say('it said 您的短信核验失败,请您重新验证');
    expect((await say('then?')).intent).toBe('msg.verify-failed');
    expect((await say('那你到底要我干啥')).intent).toBe('msg.verify-failed');
  });

  it('"就俩人?" after a Table C answer re-answers that row', async () => {
    const say = conversation();
    await say('接入备案谁来核验');
    const reply = await say('就俩人?');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('网站负责人');
  });

  it('an out-of-scope question naming a website is not the last answer\'s situation', async () => {
    const say = conversation();
    await say('短信重发在哪里点');
    expect((await say('备案号要挂在网站哪里')).intent).toBe('fallback');
  });

  it('"只改网站" answers the change scenario\'s scope question', async () => {
    const say = conversation();
    await say('变更备案要谁核验');
    const reply = await say('只改网站');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('网站负责人');
  });

  it('"这算成功了吗" after the wait-for-others prompt is that prompt again, not "all done"', async () => {
    const say = conversation();
    await say('系统说:您的短信核验完成,请等待其他核验人进行短信核验');
    const reply = await say('这算成功了吗');
    expect(reply.intent).toBe('msg.verify-wait-others');
    expect(reply.text).toContain('其他');
    expect((await say('is that good?')).intent).toBe('msg.verify-wait-others');
  });

  it('"did it work?" after the already-done prompt stays with it', async () => {
    const say = conversation();
    await say('it shows 您的短信核验已完成,无需重复提交');
    expect((await say('did it work?')).intent).toBe('msg.verify-already-done');
    expect((await say('啥意思')).intent).toBe('msg.verify-already-done');
  });

  it('"I\'m positive the number and ID are right" is the user\'s own case, "not sure" is not', async () => {
    const say = conversation();
    await say('resend says 该条验证库里找不到记录。');
    expect((await say("I'm positive the phone number and the ID digits I typed are correct")).intent).toBe('msg.resend-record-not-found');
    const other = conversation();
    await other('resend says 该条验证库里找不到记录。');
    expect((await other("I'm not sure the ID digits are correct, which ID is it?")).intent).toBe('faq.id-number');
  });

  it('"what do I do first?" after the no-pending prompt takes its next step', async () => {
    const say = conversation();
    await say('点重发显示 您暂无待短信核验的备案申请,无需重发短信');
    expect((await say('what do I do first?')).intent).toBe('msg.resend-no-pending');
    expect((await say('那我该先干啥')).intent).toBe('msg.resend-no-pending');
  });

  it('"只改了公司的信息" answers the change scenario with the entity row', async () => {
    const say = conversation();
    await say('变更备案由谁核验');
    const reply = await say('只改了公司的信息');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('备案主体负责人');
  });

  it('the next step after a resend names the 24-hour window', async () => {
    const say = conversation();
    await say('重发后提示 您的短信验证码已重发成功,请查看手机并尽快完成短信核验');
    const reply = await say('然后呢');
    expect(reply.intent).toBe('msg.resend-success');
    expect(reply.text).toContain('24');
  });

  it('"就公司官网" answers the scope question with the website row', async () => {
    const say = conversation();
    await say('首次备案,短信核验找谁');
    const reply = await say('就公司官网');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('网站负责人');
  });

  it('a correction after a Table C answer switches the scenario ("不对,…这回是加一个App")', async () => {
    const say = conversation();
    await say('首次备案网站谁核验');
    const reply = await say('不对,我们早就备过案了,这回是加一个App');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('新增服务');
    expect(reply.text).not.toContain('网站负责人');
  });

  it('"主体也要改呢" after the service-change row is the both-changed row', async () => {
    const say = conversation();
    await say('变更备案,只改服务信息,谁核验');
    const reply = await say('那主体也要改呢');
    expect(reply.text).toContain('备案主体负责人');
    expect(reply.text).toContain('网站负责人');
  });

  it('going back to a prompt after a detour answers that prompt\'s wait', async () => {
    const say = conversation();
    await say('提交后显示 该条验证库里找不到记录或已完成验证');
    await say('另外我想问下核验短信是哪个号码发的');
    const reply = await say('说回刚才那个提示,信息我都核对过没问题,大概要等多久');
    expect(reply.intent).toBe('msg.verify-record-not-found');
    expect(reply.text).toContain('120');
    const en = conversation();
    await en('the resend page told me 您暂无待短信核验的备案申请,无需重发短信');
    await en('which ID document do the six digits come from?');
    const back = await en('ok, going back to the resend message: we submitted our filing half an hour ago, how long now?');
    expect(back.intent).toBe('msg.resend-no-pending');
    expect(back.text).toContain('60');
  });

  it('"how long" about another product is not about the last answer', async () => {
    const say = conversation();
    await say('短信核验怎么弄');
    expect((await say('那域名实名认证一般多久')).intent).toBe('fallback');
  });

  it('a bare "ok" / "嗯嗯" after an answer is an acknowledgement', async () => {
    const say = conversation();
    await say('it says 该条验证库里找不到记录或已完成验证');
    expect((await say('ok')).intent).toBe('chat.thanks');
    expect((await say('嗯嗯')).intent).toBe('chat.thanks');
  });

  it('"就一个网站,没有App" answers the scope question with the website row, not the app', async () => {
    const say = conversation();
    await say('首次备案谁来核验');
    const reply = await say('就一个网站,没有App');
    expect(reply.text).toContain('网站负责人');
  });

  it('"那之后要重新提交备案吗" after the failure limit stays with it', async () => {
    const say = conversation();
    await say('连续输错5次验证码怎么办');
    expect((await say('那之后还要重新提交备案吗')).intent).toBe('faq.failure-limit');
  });

  it('a scenario named after the roles answer asks who verifies in it', async () => {
    const say = conversation();
    await say('主体负责人和网站负责人有什么区别');
    const reply = await say('我们是注销备案,只注销网站');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('网站负责人');
  });

  it('"他要是一直不弄呢" and "so I just wait?" stay with the prompt under way', async () => {
    const say = conversation();
    await say('显示 您的短信核验完成,请等待其他核验人进行短信核验');
    expect((await say('对方要是一直不弄呢')).intent).toBe('msg.verify-wait-others');
    const en = conversation();
    await en('the resend page said 该条验证库里找不到记录。');
    expect((await en('so I just wait?')).intent).toBe('msg.resend-record-not-found');
  });

  it('"and if everything I typed is right?" is the details-are-right branch', async () => {
    const say = conversation();
    await say('it says 该条验证库里找不到记录或已完成验证');
    const reply = await say('and if what I typed is all correct?');
    expect(reply.intent).toBe('msg.verify-record-not-found');
    expect(reply.text).toContain('120');
    expect(reply.text).not.toMatch(/13700001111|120033|558812/);
  });
});

describe('follow-ups blind round 14 found', () => {
  it('answers a question out of scope while the filing type is awaited, and still takes the type after it', async () => {
    const say = conversation();
    await say('首次备案要谁来核验');
    expect((await say('顺便问下备案收费吗')).intent).toBe('fallback');
    const reply = await say('只有一个网站');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('网站负责人');
  });

  it('comes back to the filing type after a detour, in words of the case ("公司名称变更")', async () => {
    const say = conversation();
    await say('变更备案要谁核验');
    await say('核验短信是哪个号码发的');
    const reply = await say('回到刚才的问题,我们是公司名称变更');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('备案主体负责人');
    expect(reply.text).not.toContain('网站负责人');
  });

  it('answers "那网站负责人不用吗" right after who verifies with the same row', async () => {
    const say = conversation();
    await say('注销备案,注销主体,要谁核验');
    const reply = await say('那网站负责人不用吗?');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('备案主体负责人');
  });

  it('reads an English follow-up of a dozen words about the user\'s own case', async () => {
    const say = conversation();
    await say('您暂无待短信核验的备案申请,无需重发短信', 'en');
    const reply = await say('but I did submit the filing two hours ago, is your system broken?', 'en');
    expect(reply.intent).toBe('msg.resend-no-pending');
    expect(reply.text).toContain('60');
  });

  it('keeps the last topic for a bare "anything I need to do?" the router can only guess at', async () => {
    const say = conversation();
    await say('I passed the SMS verification but the console still shows pending verification', 'en');
    expect((await say('is there anything I need to do?', 'en')).intent).toBe('faq.sync-delay');
  });
});

describe('follow-ups blind round 15 found', () => {
  it('answers "what if it were a cancellation?" after a number that stopped working with the same answer', async () => {
    const say = conversation();
    await say('first filing, and the website principal changed his phone number', 'en');
    expect((await say('what if it were a cancellation instead?', 'en')).intent).toBe('faq.phone-unavailable');
  });

  it('keeps the Table C row when the user puts it in their own words ("也就是说…谁都…")', async () => {
    const say = conversation();
    await say('取消接入需要短信核验吗');
    expect((await say('也就是说谁都不会收到短信?')).intent).toBe('faq.who-verifies');
  });

  it('answers "那我重新填一次" / "type the same one in again?" with the prompt the user is redoing', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信核验失败,请您重新验证。');
    expect((await say('那我重新填一次')).intent).toBe('msg.verify-failed');
    const en = conversation();
    await en('尊敬的ICP用户:您的短信核验失败,请您重新验证。', 'en');
    expect((await en('so I just type the same one in again?', 'en')).intent).toBe('msg.verify-failed');
  });

  it('reads "那要等多久才能…" as the wait of the last answer, whatever follows it', async () => {
    const say = conversation();
    await say('该条验证库里找不到记录或已完成验证');
    const reply = await say('那要等多久才能在控制台看到结果?');
    expect(reply.intent).toBe('msg.verify-record-not-found');
    expect(reply.text).toContain('30~120');
  });

  it('answers "not sure we ever submitted it" with the branch for a filing not submitted', async () => {
    const say = conversation();
    await say('您暂无待短信核验的备案申请,无需重发短信', 'en');
    expect((await say("I'm not sure we ever submitted it", 'en')).intent).toBe('msg.resend-no-pending');
  });
});

describe('follow-ups blind round 16 found', () => {
  it('says it is an automated assistant when asked, and offers a person', async () => {
    const reply = await once('你是真人吗?');
    expect(reply.intent).toBe('fallback');
    expect(reply.text).toContain('不是真人');
    expect(reply.suggestions.map((s) => s.label)).toContain(title('chat.handoff', 'zh'));
  });

  it('moves on to how to verify after "然后呢" following the sender number (the intent\'s `then`)', async () => {
    const say = conversation();
    await say('验证码短信是什么号码发的');
    expect((await say('好的,然后呢')).intent).toBe('faq.how-to-verify');
  });

  it('reads a scenario named after the unavailable-number answer as its situation, not Table C', async () => {
    const say = conversation();
    await say('首次备案谁来核验');
    await say('网站');
    await say('网站负责人的手机号停机了怎么办');
    expect((await say('我们不是注销,是变更备案')).intent).toBe('faq.phone-unavailable');
  });

  it('answers "我发现证件号填错了一位" with the pasted prompt\'s branch for wrong details, but not a question about more failures', async () => {
    const say = conversation();
    await say('核验时提示该条验证库里找不到记录或已完成验证');
    expect((await say('我发现证件号后六位填错了一位')).intent).toBe('msg.verify-record-not-found');
    expect((await say('再填错是不是就失败了?')).intent).toBe('faq.failure-limit');
  });

  it('answers "主体负责人指的是谁" after a who-verifies answer as what the role is', async () => {
    const say = conversation();
    await say('首次备案,只有网站,谁来核验');
    expect((await say('那主体负责人指的是谁?')).intent).toBe('faq.verifier-roles');
  });

  it('never repeats an answer the user says missed the point', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信核验失败,请您重新验证。');
    expect((await say('不是这个意思,我是问验证码输错几次会被判失败')).intent).toBe('faq.failure-limit');
  });

  it('answers an English "so does that mean …" about a pasted prompt with that prompt', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:该条验证库里找不到记录。', 'en');
    expect((await say('so does that mean the filing is already with the bureau?', 'en')).intent).toBe('msg.resend-record-not-found');
  });
});

describe('follow-ups blind round 17 found', () => {
  it('answers the first of two questions, offers the second, and answers it on "第二个问题呢"', async () => {
    const say = conversation();
    const first = await say('验证码是哪个号码发的?另外证件号后六位填谁的?');
    expect(first.intent).toBe('faq.sms-sender');
    expect(first.suggestions[0]?.label).toBe(title('faq.id-number', 'zh'));
    expect((await say('那第二个问题呢')).intent).toBe('faq.id-number');
  });

  it('does not split a lead-in question from the real one ("…先可以核验?我等了好久都没收到")', async () => {
    expect((await once('是不是要等工信部的短信才能核验?我等了好久都没收到')).intent).toBe('faq.sms-not-received');
  });

  it('answers "how long until it syncs?" after the no-pending prompt with its own wait', async () => {
    const say = conversation();
    await say('您暂无待短信核验的备案申请,无需重发短信', 'en');
    await say('we did submit it yesterday', 'en');
    const reply = await say('how long until it syncs?', 'en');
    expect(reply.intent).toBe('msg.resend-no-pending');
  });

  it('answers "where do I see that?" right after who verifies with where the verifiers are listed', async () => {
    const say = conversation();
    await say('who has to verify for a first filing with only a website?', 'en');
    expect((await say('where can I see that in the system?', 'en')).intent).toBe('faq.check-verifiers');
  });

  it('keeps the prompt under way for "他还没弄" and "so I just do nothing?"', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信核验完成,请等待其他核验人进行短信核验。');
    expect((await say('另一个人还没弄呢')).intent).toBe('msg.verify-wait-others');
    const en = conversation();
    await en('no SMS ever came and the number on the filing is one I lost', 'en');
    expect((await en('so we just do nothing?', 'en')).intent).toBe('faq.sms-not-received');
  });

  it('reads a who question after thanks ("谢谢,最后问一下…两个人都验证吗") as the question', async () => {
    const say = conversation();
    await say('验证码没收到');
    expect((await say('谢谢,最后问一下,首次备案只有网站的话要两个人都验证吗?')).intent).toBe('faq.who-verifies');
  });
});

describe('follow-ups blind round 19 found', () => {
  it('answers "那我现在干嘛" after a pasted prompt with its next step', async () => {
    const say = conversation();
    await say('提示该条验证库里找不到记录或已完成验证');
    expect((await say('那我现在干嘛')).intent).toBe('msg.verify-record-not-found');
  });

  it('answers "那就是等着?" with the wait of the prompt under way', async () => {
    const say = conversation();
    await say('重发短信提示该条验证库里找不到记录。');
    expect((await say('那就是等着?')).intent).toBe('msg.resend-record-not-found');
  });

  it('answers a failure count asked about right after the failure prompt with the failure limit', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信核验失败,请您重新验证。');
    const reply = await say('再错两次会怎么样');
    expect(reply.intent).toBe('faq.failure-limit');
    expect(reply.text).toContain('5');
  });

  it('answers "what happens exactly" the router can only guess at with what follows in the last answer', async () => {
    const say = conversation();
    await say('I typed the code wrong three times already', 'en');
    expect((await say('and after five what happens exactly', 'en')).intent).toBe('faq.failure-limit');
  });

  it('answers the last answer put back in the user\'s words ("so change the number first and then verify?")', async () => {
    const say = conversation();
    await say("we're cancelling the filing and the principal's number no longer works", 'en');
    expect((await say('so change the number first and then verify?', 'en')).intent).toBe('faq.phone-unavailable');
  });
});

describe('follow-ups blind round 20 found', () => {
  it('answers a question the router is sure of while the filing type is awaited', async () => {
    const say = conversation();
    await say('who has to verify our filing?', 'en');
    expect((await say('both of them are foreigners, which ID do they use for the last six digits?', 'en')).intent).toBe('faq.id-number');
  });

  it('reads "先把手机号改成新的" as the phone number, not a filing change, while the filing type is awaited', async () => {
    const say = conversation();
    await say('who verifies our filing?', 'en');
    await say("the website principal's number was cancelled, what now?", 'en');
    expect((await say('那是先把手机号改成新的,再做核验吗?')).intent).toBe('faq.phone-unavailable');
  });

  it('answers "what should he check?" after a pasted prompt with its next step', async () => {
    const say = conversation();
    await say('该条验证库里找不到记录或已完成验证', 'en');
    expect((await say('what should he check?', 'en')).intent).toBe('msg.verify-record-not-found');
  });
});

describe('follow-ups blind round 21 found', () => {
  it('keeps questions about the other verifier with the wait-for-others prompt, but not who verifies', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:您的短信核验完成,请等待其他核验人进行短信核验。');
    const late = await say('对方过了24小时还没弄会怎样');
    expect(late.intent).toBe('msg.verify-wait-others');
    expect(late.text).toContain('24');
    expect((await say('其他核验人是谁?首次备案,只有网站')).intent).toBe('faq.who-verifies');
  });

  it('answers "那我这边算完事了吗" and Cantonese "幾耐" after a pasted prompt with that prompt', async () => {
    const say = conversation();
    await say('您的短信核验完成,请等待其他核验人进行短信核验');
    expect((await say('那我这边算完事了吗')).intent).toBe('msg.verify-wait-others');
    expect((await say('佢哋要幾耐內做完?')).intent).toBe('msg.verify-wait-others');
  });
});

describe('follow-ups blind round 22 found', () => {
  it('answers "is my filing stuck?" after a pasted prompt with what that prompt means', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:该条验证库里找不到记录。', 'en');
    expect((await say('is the filing stuck then?', 'en')).intent).toBe('msg.resend-record-not-found');
  });
});

describe('follow-ups blind rounds 24 and 25 found', () => {
  it('answers "what else do I fill in?" with the form just described, and a form the user names with its own', async () => {
    const say = conversation();
    await say('怎么申请重发核验短信');
    expect((await say('除了手机号还得填什么?')).intent).toBe('faq.how-to-resend');
    expect((await say('那核验页面除了验证码还要填什么?')).intent).toBe('faq.how-to-verify');
    const en = conversation();
    await en('how do I do the SMS verification?');
    expect((await en('what else do I enter apart from the phone number?')).intent).toBe('faq.how-to-verify');
  });

  it('keeps the unavailable-number answer when the scenario is denied and another given', async () => {
    const say = conversation();
    await say("the legal rep's number has been cancelled, what do we do?");
    expect((await say("we're not cancelling the filing, it's a new website")).intent).toBe('faq.phone-unavailable');
  });

  it('answers a retold "record not found … or already verified" without asking which prompt', async () => {
    const reply = await once("typed phone 13700001111, ID ending 120033 and code 558812 — it says the record can't be found in the verification database or verification is already done");
    expect(reply.intent).toBe('msg.verify-record-not-found');
    expect(reply.text).toContain('120');
    expect(reply.text).not.toMatch(/13700001111|120033|558812/);
  });
});

describe('follow-ups blind rounds 28 and 29 found', () => {
  it('answers pushback nothing else was read in with the topic under way, and an opening "Fine." says nothing', async () => {
    const say = conversation();
    await say('what happens after 5 wrong codes?');
    expect((await say("that seems harsh, why can't you just reset the counter?")).intent).toBe('faq.failure-limit');
    expect((await say("Fine. So once it's returned we have to resubmit the whole filing?")).intent).toBe('faq.failure-limit');
    expect((await say("forget it. I'm done with this.")).intent).toBe('fallback');
  });

  it('takes thanks that mention a wait as thanks, not as the wait', async () => {
    const say = conversation();
    await say('尊敬的ICP用户:该条验证库里找不到记录或已完成验证。');
    expect((await say('好的,那我等一个小时再看看,谢谢')).intent).toBe('chat.thanks');
  });
});

describe('follow-ups blind rounds 30 and 31 found', () => {
  it('takes "that\'s all, thx" after a Table C answer as thanks, not the "all services" scope', async () => {
    const say = conversation();
    await say('who verifies for an access filing (接入备案)?');
    expect((await say("that's all, thx")).intent).toBe('chat.thanks');
  });

  it('reads "also" inside a sentence as no second question', async () => {
    expect((await once('the 网站负责人 also need verify? this is a 首次备案 for a website')).intent).toBe('faq.who-verifies');
  });
});

describe('Table C in users\' own words (blind round 33)', () => {
  it.each([
    ['我们要给原来的网站换一个域名,谁来做短信核验?', '变更备案', ['网站负责人'], ['备案主体负责人']],
    ['只是把小程序下线,公司和网站都保留,谁要验?', '注销App', ['网站负责人'], ['备案主体负责人']],
    ['公司名字改了,网站也换了负责人,谁核验?', '主体、服务信息均变更', ['备案主体负责人', '网站负责人'], []],
    ['公司改名了,备案要跟着改,谁验证?', '变更主体信息', ['备案主体负责人'], ['网站负责人']],
    ['我们第一次备案,只做了官网,暂时没有小程序和App,要哪几位验?', '首次备案', ['备案主体负责人', '网站负责人'], []],
  ])('%s → %s', async (text, row, has, hasNot) => {
    const reply = await once(text);
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain(row);
    for (const role of has) expect(reply.text).toContain(role);
    const verdict = reply.text.split('\n')[0]!;
    for (const role of hasNot) expect(verdict).not.toContain(role);
  });

  it('answers "那法人不用验吗?" / "不是主体负责人来验吗?" with the same row', async () => {
    const say = conversation();
    await say('我们要给原来的网站换一个域名,谁来做短信核验?');
    const again = await say('那法人不用验吗?');
    expect(again.intent).toBe('faq.who-verifies');
    expect(again.text).toContain('变更服务信息');
  });
});

describe('an answer to the pending Table C question that also asks something else', () => {
  it('answers the Table C row and then the other question ("网站和app都有 验证码几位数啊")', async () => {
    const say = conversation();
    expect((await say('新增服务谁来核验')).slots).toEqual({ scenario: 'new-service' });
    const reply = await say('网站和app都有 验证码几位数啊');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('主体负责人');
    expect(reply.text).toContain('12381');
    expect(reply.text.indexOf('主体负责人')).toBeLessThan(reply.text.indexOf('12381'));
  });

  it('offers the other question as a topic while the Table C question still needs more', async () => {
    const say = conversation();
    await say('谁来做短信核验?');
    const reply = await say('首次备案。另外验证码几位数?');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).not.toContain('12381');
    expect(reply.suggestions.map((s) => s.label)).toContain(title('faq.sms-sender', 'zh'));
  });

  it('still answers its own question when it gives something other than what was asked', async () => {
    const say = conversation();
    await say('who has to verify our filing?', 'en');
    expect((await say('both of them are foreigners, which ID do they use for the last six digits?', 'en')).intent).toBe('faq.id-number');
  });
});

describe('messages sent in pieces', () => {
  it('asks for the rest of a message cut off, then reads the two together', async () => {
    const say = conversation();
    const first = await say('重发短信的时候提示');
    expect(first.intent).toBe('fallback');
    expect(first.flags.fallback).toBe(true);
    expect(first.text).toContain('还没说完');
    expect(first.suggestions.map((s) => s.label)).toEqual([title('chat.handoff', 'zh')]);
    expect((await say('该条验证库里找不到记录。')).intent).toBe('msg.resend-record-not-found');
  });

  it('joins an English question typed over two messages', async () => {
    const say = conversation();
    expect((await say('who has to do the')).intent).toBe('fallback');
    expect((await say('sms verification for a first filing')).intent).toBe('faq.who-verifies');
  });

  it('does not hold back a prompt pasted in part, or an answer to the Table C question', async () => {
    expect((await once('等待其他核验人 短信核验 提示')).intent).toBe('msg.verify-wait-others');
    const say = conversation();
    await say('谁来核验');
    expect((await say('首次备案的')).intent).toBe('faq.who-verifies');
  });
});

describe('the last answer questioned or retold', () => {
  it('answers a short why or where-does-it-say with the topic under way', async () => {
    const say = conversation();
    await say('提交备案后一直没收到工信部的验证码短信');
    expect((await say('为什么要先等?')).intent).toBe('faq.sms-not-received');
    const en = conversation();
    await en('How long do I have after getting the verification SMS?');
    expect((await en('where does it say that?')).intent).toBe('faq.deadline');
  });

  it('keeps a prompt for the user\'s own case told after it, but not for chat about something else', async () => {
    const say = conversation();
    await say('我想重发短信,它说:您暂无待短信核验的备案申请,无需重发短信');
    expect((await say('我提交过了啊,我儿子上礼拜就提交了')).intent).toBe('msg.resend-no-pending');
    const group = conversation();
    await group('看看这个 提交后显示:尊敬的ICP用户:该条验证库里找不到记录或已完成验证。');
    expect((await group('@小王 下午开会吗')).intent).toBe('fallback');
  });
});

describe('another client or case named after a who-verifies answer', () => {
  it('answers the new case\'s own row, asked as "same people?"', async () => {
    const say = conversation();
    await say('Who verifies an app filing?');
    await say("It's a first filing");
    const reply = await say('Another client is cancelling their app, same people?');
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.text).toContain('website principal');
  });

  it('does not read a request out of scope that names a website as more of the table', async () => {
    const say = conversation();
    await say('Client MM is a first filing for website and app, who verifies?');
    expect((await say('Can you also set up CDN acceleration for client MM\'s site?')).intent).toBe('fallback');
  });

  it('does not read a question brought in by the way as more of the last answer', async () => {
    const say = conversation();
    await say('提交备案后会收到哪些短信');
    expect((await say('顺便问下,备案期间网站可以先开放访问吗')).intent).toBe('fallback');
  });
});

describe('another prompt read weakly right after one', () => {
  it('is the same prompt\'s case when never pasted', async () => {
    const say = conversation();
    await say('她那边显示:您的短信核验失败,请您重新验证。');
    expect((await say('她问是不是重新输一遍验证码就行')).intent).toBe('msg.verify-failed');
  });
});

describe('quote-replies and reactions in chat apps', () => {
  it('answers the words after a quoted line, and a thumbs-up as thanks', async () => {
    const say = conversation();
    await say('工信部短信一直没收到');
    expect((await say('> 核验短信仅支持重发2次\n是总共只能重发2次吗')).intent).toBe('faq.how-to-resend');
    expect((await say('👍')).intent).toBe('chat.thanks');
  });

  it('reads a role said not to get the SMS, after a who-verifies answer, as that row again', async () => {
    const say = conversation();
    await say('who needs to do the SMS verification for a change filing?');
    await say('only the service info changes');
    expect((await say('> 网站负责人\nso the subject principal gets no SMS?')).intent).toBe('faq.who-verifies');
  });

  it('reads a pasted prompt quoted with a question after it as that prompt', async () => {
    expect((await once('> 尊敬的ICP用户:您的短信核验失败,请您重新验证。\n这是什么意思')).intent).toBe('msg.verify-failed');
  });
});

describe('two prompts compared', () => {
  it('takes the prompt seen last, in one message or over two', async () => {
    const one = await once('First I got 您的短信核验完成,请等待其他核验人进行短信核验. A day later my colleague verified and got 您的短信核验已全部完成,该请求将提交管局审核. So which applies now?');
    expect(one.intent).toBe('msg.verify-all-done');
    const say = conversation();
    await say('提交完显示 您的短信核验完成,请等待其他核验人进行短信核验。');
    await say('网站负责人那边显示:尊敬的ICP用户:您的短信核验已全部完成,该请求将提交管局审核。');
    expect((await say('我们俩提示不一样,现在以哪个为准')).intent).toBe('msg.verify-all-done');
  });
});

describe('earlier prompts pointed back to', () => {
  it('goes back to the prompt of the customer named, past another customer\'s', async () => {
    const say = conversation();
    expect((await say('客户1重发时提示：该条验证库里找不到记录。')).intent).toBe('msg.resend-record-not-found');
    expect((await say('客户2 提交核验后：您的短信核验已完成,无需重复提交')).intent).toBe('msg.verify-already-done');
    expect((await say('回到客户1 他说没提交过备案 只是想先试试')).intent).toBe('msg.resend-record-not-found');
  });

  it('goes back to the earlier of two prompts told together when it is called by name', async () => {
    const say = conversation();
    await say("First attempt: 'Your SMS verification failed, please verify again'. Second attempt an hour later: 'this record cannot be found in the verification database or has already been verified'. What changed??");
    expect((await say('and the first one, the failed one — what was i supposed to do there')).intent).toBe('msg.verify-failed');
  });

  it('answers a question of its own about a customer named', async () => {
    const say = conversation();
    await say('A公司核验完显示:尊敬的ICP用户:您的短信核验已全部完成,该请求将提交管局审核。');
    await say('B公司那边负责人又提交了一遍,显示 您的短信核验已完成,无需重复提交');
    expect((await say('A公司后面的审核进度在哪看?')).intent).toBe('faq.progress');
  });
});

describe('answers to the Table C question', () => {
  it('takes a number as the option of that place, after "both people" asked', async () => {
    const say = conversation();
    await say('do I need both people to verify?');
    expect((await say('5')).text).toContain('cancel');
  });

  it('asks again, with the options, when the user asks how the options differ', async () => {
    const say = conversation();
    await say('who verifies for a first time filing');
    const reply = await say("idk, what's the difference between those options");
    expect(reply.intent).toBe('faq.who-verifies');
    expect(reply.suggestions.length).toBeGreaterThan(1);
  });

  it('answers "only the company principal? not the web guy?" with the same row', async () => {
    const say = conversation();
    await say('who verifies a first filing with website and app?');
    expect((await say('ok so only the company principal? not the web guy?')).intent).toBe('faq.who-verifies');
  });
});
