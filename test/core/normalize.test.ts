import { describe, expect, it } from 'vitest';
import {
  MAX_INPUT_CHARS,
  collapseWhitespace,
  compact,
  foldWidth,
  normalizeText,
  sanitize,
  spellTimes,
  stripDecoration,
  stripLetter,
  joinSpacedHan,
  stripMentions,
  stripSalutation,
  toSimplified,
} from '../../src/core/normalize.ts';

describe('foldWidth', () => {
  it('turns full-width letters, digits and punctuation into half-width', () => {
    expect(foldWidth('ＩＣＰ１２３８１：，')).toBe('ICP12381:,');
  });

  it('leaves Chinese characters alone', () => {
    expect(foldWidth('短信核验')).toBe('短信核验');
  });
});

describe('toSimplified', () => {
  it.each([
    ['簡訊', '简讯'],
    ['驗證碼', '验证码'],
    ['驗證庫裡找不到記錄', '验证库里找不到记录'],
    ['備案變更', '备案变更'],
    ['註銷', '注销'],
    ['請您重新驗證', '请您重新验证'],
  ])('converts %s to %s', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it('keeps text that is already Simplified unchanged', () => {
    expect(toSimplified('该条验证库里找不到记录')).toBe('该条验证库里找不到记录');
  });
});

describe('stripDecoration', () => {
  it('replaces emoji, stars and arrows with spaces', () => {
    expect(collapseWhitespace(stripDecoration('😭短信★核验🎉→失败👍🏻'))).toBe('短信 核验 失败');
  });

  it('removes flag and keycap sequences', () => {
    expect(collapseWhitespace(stripDecoration('🇨🇳 1️⃣ 短信'))).toBe('1 短信');
  });
});

describe('stripSalutation', () => {
  it('drops the 尊敬的ICP用户 prefix in any spacing', () => {
    expect(stripSalutation('尊敬的icp用户:您的短信核验失败').trim()).toBe('您的短信核验失败');
    expect(stripSalutation('尊敬的 icp 用户 , 您的短信核验失败').trim()).toBe('您的短信核验失败');
  });

  it('drops the English salutation too', () => {
    expect(stripSalutation('dear icp user: your sms failed').trim()).toBe('your sms failed');
  });
});

describe('sanitize', () => {
  it('removes lone surrogates but keeps proper pairs', () => {
    const out = sanitize('a\uD800b\uDC00c😀');
    expect(out).toBe('abc😀');
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('turns control and zero-width characters into spaces', () => {
    expect(sanitize('短\u0000信\u0007核\u200B验\uFEFF')).toBe('短 信 核 验 ');
  });

  it(`cuts input longer than ${MAX_INPUT_CHARS} characters`, () => {
    expect(sanitize('x'.repeat(MAX_INPUT_CHARS * 3))).toHaveLength(MAX_INPUT_CHARS);
  });
});

describe('normalizeText', () => {
  it('reduces a decorated Traditional full-width paste to the plain prompt', () => {
    expect(normalizeText('「尊敬的ＩＣＰ用戶：您的簡訊核驗失敗」😭')).toBe('您的简讯核验失败');
  });

  it('lower-cases and unifies Chinese punctuation', () => {
    expect(normalizeText('SMS验证码：１２３。')).toBe('sms验证码:123.');
    expect(normalizeText('30～120分钟')).toBe('30~120分钟');
  });

  it('collapses line breaks, tabs and runs of spaces into one space', () => {
    expect(normalizeText('  短信\r\n\n核验\t\t失败   了  ')).toBe('短信 核验 失败 了');
  });

  it('removes control characters and lone surrogates entirely from the result', () => {
    const out = normalizeText('a\uD800b\u0000c\u001Fd\uDFFF');
    expect(out).toBe('ab c d');
    expect(out).not.toMatch(/[\u0000-\u001F\u007F]/);
  });

  it('returns an empty string for empty or whitespace-only input', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText(' \n\t 😀 ')).toBe('');
  });

  it('cuts a 1 MB paste fast', () => {
    const started = performance.now();
    const out = normalizeText('短信核验失败'.repeat(180_000));
    expect(performance.now() - started).toBeLessThan(200);
    expect(out.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
  });
});

describe('compact', () => {
  it('keeps only letters and digits', () => {
    expect(compact('该条验证库里找不到记录. (or done) 30~120')).toBe('该条验证库里找不到记录ordone30120');
  });
});

describe('stripLetter', () => {
  it('drops an e-mail\'s greeting line and sign-off, keeping the question', () => {
    expect(normalizeText('Dear Support Team,\nWe verified 40 minutes ago. How long until the console updates?\nRegards,\nSanjay')).toBe(
      'we verified 40 minutes ago. how long until the console updates?',
    );
    expect(stripLetter('dear sir, please send the invoice. thanks & regards, vikram (finance)')).toBe('please send the invoice.');
  });

  it('leaves messages that do not open like a letter alone', () => {
    expect(stripLetter('ok got it. many thanks, tom')).toBe('ok got it. many thanks, tom');
    expect(stripLetter('what is the best way to verify')).toBe('what is the best way to verify');
  });

  it('keeps a letter with too little left, and the MIIT prompt\'s own salutation is handled elsewhere', () => {
    expect(stripLetter('dear team, thanks')).toBe('dear team, thanks');
    expect(normalizeText('Dear ICP user: your SMS verification failed, please verify again.')).toBe('your sms verification failed, please verify again.');
  });
});

describe('stripMentions', () => {
  it('drops the mentions a group-chat message opens with, a bot name with a space included', () => {
    expect(normalizeText('@ICP Bot you there?')).toBe('you there?');
    expect(stripMentions('@备案助手 @张三, 短信收到了吗')).toBe('短信收到了吗');
    expect(stripMentions('@icp bot: 验证码是哪个号码发的')).toBe('验证码是哪个号码发的');
  });

  it('keeps a lone mention, a mention later in the message, and an e-mail address', () => {
    expect(stripMentions('@备案助手')).toBe('@备案助手');
    expect(stripMentions('请 @张三 核验一下')).toBe('请 @张三 核验一下');
    expect(stripMentions('bob@example.com 收不到')).toBe('bob@example.com 收不到');
  });

  it('drops the support account mentioned later in the message: who is addressed, not a person asked for', () => {
    expect(stripMentions('点短信里的链接进了工信部系统,然后呢 @客服 深圳市某某科技有限公司')).toBe('点短信里的链接进了工信部系统,然后呢 深圳市某某科技有限公司');
    expect(stripMentions('thanks @support-bot')).toBe('thanks');
    expect(stripMentions('核验完了 @备案助手')).toBe('核验完了');
  });
});

describe('spellTimes', () => {
  it('spells a count written with an x', () => {
    expect(spellTimes('if i fail 5x in a row')).toBe('if i fail 5 times in a row');
    expect(spellTimes('resent 2x.')).toBe('resent 2 times.');
  });

  it('leaves ID digits ending in X, hex and sizes alone', () => {
    expect(spellTimes('11010519491231002x')).toBe('11010519491231002x');
    expect(spellTimes('后六位12345x')).toBe('后六位12345x');
    expect(spellTimes('0x1f and 1x1')).toBe('0x1f and 1x1');
  });
});

describe('joinSpacedHan', () => {
  it('puts Chinese typed with a space after every character back together, and leaves words with spaces between them', () => {
    expect(joinSpacedHan('没 收 到 短 信 怎 么 办')).toBe('没收到短信怎么办');
    expect(joinSpacedHan('双 人 验 证 ？？ 是啥')).toBe('双人验证 ？？ 是啥');
    expect(joinSpacedHan('已经等了3小时 还是没收到')).toBe('已经等了3小时 还是没收到');
    expect(joinSpacedHan('我 没收到 短信')).toBe('我 没收到 短信');
  });
});
