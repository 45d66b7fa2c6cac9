import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/normalize.ts';
import { createRouter } from '../../src/core/route.ts';
import { buildAliasFinder, caseLabelOf, extractCases, extractCounts, extractTableSlots, parseNumber } from '../../src/core/slots.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

const counts = (text: string) => extractCounts(normalizeText(text));
const router = createRouter(loadKnowledgeBase());
const table = (text: string) => {
  const { scenario, scope } = router.classify(text).slots;
  return { scenario, scope };
};

describe('parseNumber', () => {
  it.each([
    ['4', 4], ['四', 4], ['两', 2], ['俩', 2], ['十', 10], ['十二', 12], ['二十四', 24], ['半', 0.5],
    ['twice', 2], ['four', 4], ['twelve', 12], ['1.5', 1.5],
  ])('reads %s as %d', (token, n) => {
    expect(parseNumber(token)).toBe(n);
  });

  it('returns undefined for words that are not numbers', () => {
    expect(parseNumber('次')).toBeUndefined();
    expect(parseNumber('hello')).toBeUndefined();
  });
});

describe('extractCounts: failures', () => {
  it.each([
    ['已经失败4次了', 4],
    ['失败了四次', 4],
    ['输错两次验证码', 2],
    ['两次都失败了', 2],
    ['连续三次不通过', 3],
    ['I have failed four times', 4],
    ['failed 3 times already', 3],
    ['entered the wrong code twice', undefined],
    ['if we fail 5 consecutive times', 5],
    ['after 5 consecutive failures', 5],
  ])('%s → failures %s', (text, n) => {
    expect(counts(text).failures).toBe(n);
  });

  it('does not count resends as failures', () => {
    expect(counts('重发两次了还没收到').failures).toBeUndefined();
  });

  it('does not count the ID\'s last six digits as failures', () => {
    expect(counts('maybe i filled id last 6 wrong').failures).toBeUndefined();
  });
});

describe('extractCounts: resends', () => {
  it.each([
    ['重发两次了还没收到', 2],
    ['重发了两次', 2],
    ['已经重发了2次', 2],
    ['I resent it twice', 2],
    ['resent the code 2 times', 2],
  ])('%s → resends %d', (text, n) => {
    expect(counts(text).resends).toBe(n);
  });
});

describe('extractCounts: time waited', () => {
  it.each([
    ['提交3小时了还没收到短信', 180],
    ['等了3个小时', 180],
    ['等了半小时', 30],
    ['已经等了十二个小时', 720],
    ['等了四十分钟', 40],
    ['过了24小时', 1440],
    ['等了两天', 2880],
    ['waited 3 hours', 180],
    ['it has been 24 hours', 1440],
    ['waited 30 minutes', 30],
    ['waiting since yesterday', 1440],
  ])('%s → %d minutes', (text, minutes) => {
    expect(counts(text).waitedMinutes).toBe(minutes);
  });

  it.each(['24小时内要完成吗', '要等多久', 'must I verify within 24 hours?', '短信核验有效期是多长时间', '是不是只能等24小时', 'must we wait the full 24 hours?'])(
    'does not read the rule or a wait to come in %s as a wait',
    (text) => {
      expect(counts(text).waitedMinutes).toBeUndefined();
    },
  );

  it('reads several facts from one message', () => {
    expect(counts('已经失败4次了,重发两次也没收到,等了3个小时')).toEqual({ failures: 4, resends: 2, waitedMinutes: 180 });
  });
});

describe('Table C scenario and scope', () => {
  it.each([
    ['首次备案谁核验', 'first-filing', undefined],
    ['首次备案网站服务谁核验', 'first-filing', 'website'],
    ['新增服务,只有App', 'new-service', 'app'],
    ['接入备案需要谁核验', 'access', undefined],
    ['变更备案,主体和服务都变更', 'change', 'subject-service'],
    ['变更服务信息', 'change', 'service'],
    ['只改了服务信息', undefined, 'service'],
    ['注销网站需要谁核验', 'cancel-filing', 'website'],
    ['注销备案 注销主体', 'cancel-filing', 'subject'],
    ['取消接入要核验吗', 'cancel-access', undefined],
    ['首次備案', 'first-filing', undefined],
    ['who verifies a first filing for a website and app', 'first-filing', 'website-app'],
    ['filing change, both entity and service information', 'change', 'subject-service'],
    ['cancel access', 'cancel-access', undefined],
    ['那换主体负责人呢', undefined, 'subject'],
    ['we changed the entity principal', undefined, 'subject'],
    ['那只变更网站服务信息的话是哪个来验证', 'change', 'service'],
    // ("both people" are the verifiers, not both services.)
    ['do I need both people to verify?', undefined, undefined],
  ])('%s → %s / %s', (text, scenario, scope) => {
    expect(table(text)).toEqual({ scenario, scope });
  });

  it.each(['网站负责人是谁', '备案主体负责人需要核验吗', '主体负责人和网站负责人有什么区别', 'who is the website principal', '主体负责人换了手机号'])(
    'does not take the role word in %s as a scope',
    (text) => {
      expect(table(text).scope).toBeUndefined();
    },
  );

  it.each(['页面说核验全部完成要提交管局了', '您的短信核验已全部完成', 'it says verification is all completed'])(
    'does not take "all done" in %s as the all-services scope',
    (text) => {
      expect(table(text).scope).toBeUndefined();
    },
  );

  it.each([['就一个网站,没有App', 'website'], ['a website only, no app', 'website'], ['只有App,不做网站', 'app']])(
    'does not take the scope said to be absent in %s',
    (text, scope) => {
      expect(table(text).scope).toBe(scope);
    },
  );

  it.each([
    ['只换了网站的域名,公司信息没变', 'service'],
    ['只改公司名,不动网站', 'subject'],
    ['we changed the domain, the company information stays the same', 'service'],
  ])('does not take the scope said to be unchanged in %s', (text, scope) => {
    expect(table(text).scope).toBe(scope);
  });

  it('reads a cancelled phone number as no filing cancellation', () => {
    expect(table('他手机号换了,旧号已经注销了').scenario).toBeUndefined();
    expect(table('注销备案时负责人的号码已经注销了').scenario).toBe('cancel-filing');
  });

  it('still finds the scope next to a role word', () => {
    expect(table('注销网站要网站负责人核验吗')).toEqual({ scenario: 'cancel-filing', scope: 'website' });
    expect(table('cancelling a website, does the subject principal need to verify?').scope).toBe('website');
  });

  it('prefers the longest alias when aliases overlap', () => {
    const scopes = [
      { id: 'website', aliases: ['网站'] },
      { id: 'website-app', aliases: ['网站和app'] },
    ];
    expect(extractTableSlots('网站和app都有', buildAliasFinder([]), buildAliasFinder(scopes))).toEqual({ scope: 'website-app' });
  });

  it('ignores an English alias inside a longer word', () => {
    expect(extractTableSlots('happy', buildAliasFinder([]), buildAliasFinder([{ id: 'app', aliases: ['app'] }]))).toEqual({});
  });
});

describe('Table C slots in users\' own words', () => {
  it.each([
    ['公司搬了地址,网站负责人也换了个人,备案两样都要改', { scenario: 'change', scope: 'subject-service' }],
    ['我们只是把这个小程序下掉,公司和网站都还要', { scenario: 'cancel-filing', scope: 'app' }],
    ['注销那个APP,网站保留', { scenario: 'cancel-filing', scope: 'app' }],
    ['第一次备案,只做了官网,暂时没有小程序和App', { scenario: 'first-filing', scope: 'website' }],
    ['App还没做,只有网站', { scenario: undefined, scope: 'website' }],
    ["we're leaving alibaba cloud and just want to remove the access here", { scenario: 'cancel-access', scope: undefined }],
    ['I only want to rename the website. Does the legal representative have to verify?', { scenario: 'change', scope: 'service' }],
    ['Which role verifies when removing an app from our filing?', { scenario: 'cancel-filing', scope: 'app' }],
    ['For a first website filing, does that mean only he verifies?', { scenario: 'first-filing', scope: 'website' }],
    ['网站负责人手机13822221111已经注销了', { scenario: undefined, scope: undefined }],
    ['The 主体负责人 change his phone number last month but the filing still have the old one.', { scenario: undefined, scope: undefined }],
    ['我们公司之前从来没有备过案,App备案', { scenario: 'first-filing', scope: 'app' }],
    ['其实官网去年就备过了,这次是把App加进去', { scenario: 'new-service', scope: 'website-app' }],
  ])('%s → %o', (text, want) => {
    expect(table(text)).toEqual(want);
  });

  it('combines two scopes only when they are named together and the scenario has the combination', () => {
    const scopes = [{ id: 'subject', aliases: ['主体'] }, { id: 'service', aliases: ['服务信息'] }];
    const combine = (found: string[]) => (found.includes('subject') && found.includes('service') ? 'subject-service' : undefined);
    expect(extractTableSlots('主体和服务信息', buildAliasFinder([]), buildAliasFinder(scopes), combine)).toEqual({ scope: 'subject-service' });
    expect(extractTableSlots('主体信息', buildAliasFinder([]), buildAliasFinder(scopes), combine)).toEqual({ scope: 'subject' });
  });
});

describe('Table C slots: pieces said in passing', () => {
  it('reads a company renamed and a new website principal as both kinds of change', () => {
    expect(table('变更备案,既改了公司名也换了网站负责人')).toEqual({ scenario: 'change', scope: 'subject-service' });
    expect(table('两个都变')).toEqual({ scenario: undefined, scope: 'subject-service' });
  });

  it('drops the scope denied with 而不是 / instead of', () => {
    expect(table('如果加的是网站而不是App呢?').scope).toBe('website');
    expect(table('what if it is a website instead of the app?').scope).toBe('website');
  });

  it('does not read "both of them have to…" as the scope "both"', () => {
    expect(table('how long do both of them have to finish?').scope).toBeUndefined();
  });
});

describe('extractCounts: waits with a half', () => {
  it('reads the half with its number, not the number or the half alone', () => {
    expect(counts("and now it's been about two and a half hours").waitedMinutes).toBe(150);
    expect(counts('waited an hour and a half').waitedMinutes).toBe(90);
    expect(counts('only half an hour so far').waitedMinutes).toBe(30);
    expect(counts('等了两个半小时').waitedMinutes).toBe(150);
    expect(counts('等了一个半钟头了').waitedMinutes).toBe(90);
    expect(counts('waited an hour').waitedMinutes).toBe(60);
  });
});

describe('extractCases: several filings in one message', () => {
  const kb = loadKnowledgeBase();
  const sets = (rows: Array<{ id: string; aliases: { zh: string[]; en: string[] }; label: { zh: string; en: string } }>) =>
    rows.map((r) => ({ id: r.id, aliases: [...r.aliases.zh, ...r.aliases.en, r.label.zh, r.label.en].map(normalizeText) }));
  const scenarios = buildAliasFinder(sets(kb.whoVerifies.scenarios));
  const scopes = buildAliasFinder(sets(Object.entries(kb.whoVerifies.scopes).map(([id, s]) => ({ id, ...s }))));
  const cases = (text: string) => extractCases(normalizeText(text), (t) => extractTableSlots(t, scenarios, scopes));

  it('gives each client its own row', () => {
    expect(cases('客户A是首次备案网站,客户B是注销App,分别谁核验')).toEqual([
      { label: '客户A', scenario: 'first-filing', scope: 'website' },
      { label: '客户B', scenario: 'cancel-filing', scope: 'app' },
    ]);
  });

  it('shares a scenario said once before the clients, and labels "one of them" by its words', () => {
    expect(cases('帮两个客户做新增服务,一个加网站,一个加App')).toEqual([
      { label: '一个加网站', scenario: 'new-service', scope: 'website' },
      { label: '一个加app', scenario: 'new-service', scope: 'app' },
    ]);
  });

  it('reads English clients, and a first filing is no marker', () => {
    expect(cases('Client X is a first filing for a website, client Y is cancelling an app')?.map((c) => c.label)).toEqual(['client X', 'client Y']);
  });

  it('finds nothing in one filing, or in two that are the same', () => {
    expect(cases('我们是首次备案一个网站')).toBeUndefined();
    expect(cases('客户A和客户B都是首次备案网站')).toBeUndefined();
  });
});

describe('caseLabelOf', () => {
  it.each([
    ['客户1重发时提示:该条验证库里找不到记录。', '客户1'],
    ['回到客户 1 他说没提交过备案', '客户1'],
    ['client b got the failed message', 'clientb'],
    ['B客户是App备案', 'b客户'],
  ])('reads the filing %s names as %s', (text, label) => expect(caseLabelOf(normalizeText(text))).toBe(label));

  it.each(['另一个客户也是这个情况', 'the second one failed', '第二个网站', '首次备案谁核验'])('reads no label in %s', (text) =>
    expect(caseLabelOf(normalizeText(text))).toBeUndefined(),
  );
});
