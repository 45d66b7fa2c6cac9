import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/core/route.ts';
import { asksItsOwn, fewWords, followsNothing, hasSituation, nothingElse, outOfScope, situationSized, statesWait } from '../../src/engine/readings.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

const kb = loadKnowledgeBase();
const router = createRouter(kb);
const read = (text: string) => router.classify(text);

describe('readings of a message against the conversation', () => {
  it('tells a situation from a question by size, ignoring a denied half and a correction', () => {
    expect(situationSized(read('我们是在注销备案的时候遇到的'))).toBe(true);
    expect(situationSized(read('等下我搞错了,这次是新增一个App'))).toBe(true);
    expect(situationSized(read('哦等等,其实官网去年就备过了,这次是把App加进去'))).toBe(true);
    expect(situationSized(read("Correction, sorry — we're not doing a new filing, we're trying to cancel (注销) the website's filing."))).toBe(true);
    expect(situationSized(read('我们公司去年给官网备过案,现在开发了一个App也想加进去,请问这次短信核验到底需要哪几个人来做'))).toBe(false);
  });

  it('finds nothing in vague words, but sees what is out of scope', () => {
    expect(nothingElse(read('还是不行'))).toBe(true);
    expect(nothingElse(read('银行卡验证码收不到'))).toBe(false);
    expect(outOfScope(read('银行卡验证码收不到'))).toBe(true);
  });

  it('reads a stated filing scenario, wait or count as a situation', () => {
    expect(hasSituation(read('首次备案'))).toBe(true);
    expect(hasSituation(read('已经等了3个小时'))).toBe(true);
    expect(hasSituation(read('3次了'))).toBe(true);
    expect(hasSituation(read('还是不行'))).toBe(false);
  });

  it('reads a lived wait after a prompt as its wait, but not a missing SMS', () => {
    expect(statesWait(read('已经过了3个小时了'), 'msg.verify-record-not-found')).toBe(true);
    expect(statesWait(read('过了半小时还没收到'), 'msg.resend-success')).toBe(false);
    expect(statesWait(read('好吧,那我等两个小时再看,谢谢'), 'msg.verify-record-not-found')).toBe(false);
    expect(statesWait(read('已经过了3个小时了'), 'faq.sms-sender')).toBe(false);
    expect(statesWait(read('客户说阿里云那边还显示没核验,都过了半小时了'), 'faq.progress')).toBe(false);
    expect(statesWait(read('现在都3个小时了,客户很生气,转二线'), 'faq.sync-delay')).toBe(false);
  });

  it('lets a question with keywords of its own beat a short follow-up, unless the last wait part is about it', () => {
    expect(asksItsOwn(read('收到新短信后多久内要验证'), kb.intents.get('msg.resend-success'), 'wait')).toBe(true);
    expect(asksItsOwn(read('那要等多久'), kb.intents.get('msg.resend-success'), 'wait')).toBe(false);
    const sync = read('how long for the result to sync to the console?');
    const noPending = kb.intents.get('msg.resend-no-pending')!;
    expect(asksItsOwn(sync, noPending, 'wait')).toBe(false);
  });

  it('lets a question of where to look beat a short follow-up with less certainty', () => {
    const allDone = kb.intents.get('msg.verify-all-done');
    const where = read('那要等多久呢,去哪里看结果');
    expect(where.intent).toBe('faq.progress');
    expect(where.confidence).toBeLessThan(0.98);
    expect(asksItsOwn(where, allDone, 'wait')).toBe(true);
  });

  it('counts English in words', () => {
    expect(fewWords(read('so my colleague who is the website principal does not need to do anything?'), 14)).toBe(true);
    expect(fewWords(read('只有网站'), 14)).toBe(false);
  });
});

describe('followsNothing', () => {
  it('reads a bare follow-up with nothing before it as following nothing', () => {
    for (const t of ['然后呢', '啥意思', 'where?', 'what now', 'is this ok?', '怎么弄']) expect(followsNothing(read(t)), t).toBe(true);
  });
  it('not a question of its own, a greeting or a keyword the router found', () => {
    for (const t of ['没收到短信怎么办', '你好', '12381', '核验完了然后呢']) expect(followsNothing(read(t)), t).toBe(false);
  });
});
