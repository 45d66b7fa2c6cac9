import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/normalize.ts';
import { endsAtPromptHead, isCutOff, replyAfterQuote } from '../../src/engine/pieces.ts';

const n = normalizeText;

describe('isCutOff', () => {
  it.each(['the verify page says', 'after submitting it says', 'who has to do the', '重发短信的时候提示', '点短信重发 它提示', '提交后显示 尊敬的ICP用户:', '我的问题是:', '我刚才', '双人验证是', '提交备案后', 'where can i see', 'got this'])(
    'reads %s as cut off before its point',
    (text) => expect(isCutOff(n(text))).toBe(true),
  );

  it.each(['好的', '是', '不是', '还有', 'then', '后六位填谁的', '核验完了阿里云还没显示', '号码是对的', '不是重发,是输入验证码提交核验的时候', 'Thanks, I\'ll tell her.', 'yo the code never showed', 'what does the MIIT code look like', '验证码是6位还是4位的', '能不能找个真人帮我看下这个提示', "and there's a time limit? from when"])(
    'reads %s as whole',
    (text) => expect(isCutOff(n(text))).toBe(false),
  );
});

describe('endsAtPromptHead', () => {
  it.each(['提交核验后弹出来 尊敬的ICP用户：您的短信核验', '您的短信核验:', 'it says: Dear ICP user: your SMS verification'])('reads %s as a prompt pasted up to its shared opening', (text) =>
    expect(endsAtPromptHead(n(text))).toBe(true),
  );

  it.each(['尊敬的ICP用户:您的短信核验失败,请您重新验证。', '怎么做短信核验', 'dear ICP user, your SMS verification failed'])('reads %s as more than the opening', (text) =>
    expect(endsAtPromptHead(n(text))).toBe(false),
  );
});

describe('replyAfterQuote', () => {
  it('finds the words after a quoted line of the last answer', () => {
    expect(replyAfterQuote('> 核验短信仅支持重发2次\n是总共只能重发2次吗')).toBe('是总共只能重发2次吗');
    expect(replyAfterQuote('> 短信核验页签 — where is that tab?')).toBe('where is that tab?');
  });

  it('leaves a colleague\'s quoted question, a quote alone and an ordinary message whole', () => {
    expect(replyAfterQuote('> 张三: 核验人员名单在哪个页面\n回复: @备案助手 同问')).toBeUndefined();
    expect(replyAfterQuote('> 核验短信仅支持重发2次')).toBeUndefined();
    expect(replyAfterQuote('重发最多几次')).toBeUndefined();
  });
});
