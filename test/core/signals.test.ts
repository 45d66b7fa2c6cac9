import { describe, expect, it } from 'vitest';
import { dropNegatedClause, isGreetingWithContext, isThanksWithContext, stripOpeners } from '../../src/core/signals.ts';

describe('dropNegatedClause', () => {
  it('drops the denied half of a 不是…,(而)是… contrast', () => {
    expect(dropNegatedClause('不是没收到短信,是收到了不知道怎么填')).toBe('收到了不知道怎么填');
    expect(dropNegatedClause('并不是验证码错了,而是没收到')).toBe('没收到');
  });

  it('leaves text without a contrast alone', () => {
    for (const text of ['是不是要等24小时', '不是我本人的手机号', '核验失败不是我的错吧', 'sms not received']) {
      expect(dropNegatedClause(text)).toBe(text);
    }
  });
});

describe('stripOpeners', () => {
  it('drops polite openers only when enough is left to be about something', () => {
    expect(stripOpeners('您好,请问在哪里查看核验人员')).toBe('在哪里查看核验人员');
    expect(stripOpeners('你好')).toBe('你好');
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
