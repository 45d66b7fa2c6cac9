import { describe, expect, it } from 'vitest';
import { detectPii, redactPii } from '../../src/core/pii.ts';

/** Every digit run of length ≥ 4 in `text`: what a redacted string must not contain. */
const digitRuns = (text: string) => text.match(/\d{4,}/g) ?? [];

describe('detectPii', () => {
  it.each([
    ['13812345678', 'phone'],
    ['手机 138 1234 5678', 'phone'],
    ['138-1234-5678', 'phone'],
    ['+86 13812345678', 'phone'],
    ['+86-138-1234-5678', 'phone'],
    ['８６１３８１２３４５６７８', 'phone'],
    ['110101199003071234', 'id-number'],
    ['11010119900307123X', 'id-number'],
    ['身份证 11010119900307123x', 'id-number'],
    ['验证码 482913 填了还是失败', 'sms-code'],
    ['my code is 482913', 'sms-code'],
    ['护照 E12345678', 'id-number'],
    ['passport G12345678', 'id-number'],
    ['回乡证 H1234567801', 'id-number'],
    ['后六位 12345X', 'id-fragment'],
    ['身份证后六位是071234', 'id-fragment'],
    ['邮箱 zhang.san+icp@example.com.cn', 'email'],
  ])('finds personal data in %s', (text, kind) => {
    expect(detectPii(text)).toContain(kind);
  });

  it('lists each kind once, sorted', () => {
    expect(detectPii('验证码 482913 手机 13812345678 13912345678 a@b.cn')).toEqual(['email', 'phone', 'sms-code']);
  });

  it.each([
    '短信来自12381',
    '106**********12381 发来的',
    '同步需要30~120分钟',
    '要等30-60分钟吗',
    '24小时内完成',
    '2024年3月提交的',
    '2023-12-01 提交',
    '失败了5次',
    '验证码是六位数字',
    'ICP备12345678号',
    'version 1.2.3',
  ])('reports nothing for %s', (text) => {
    expect(detectPii(text)).toEqual([]);
  });
});

describe('redactPii', () => {
  it.each([
    ['验证码 482913,手机 138 1234 5678', '验证码 [code],手机 [phone]'],
    ['+86-138-1234-5678', '[phone]'],
    ['110101199003071234', '[id]'],
    ['邮箱 a.b@example.com 谢谢', '邮箱 [email] 谢谢'],
  ])('masks %s as %s', (text, masked) => {
    expect(redactPii(text)).toBe(masked);
  });

  it.each([
    '手机 138 1234 5678 收不到',
    '+86 139-1234-5678',
    '身份证 11010119900307123X 后六位 07123X',
    '验证码482913提交失败',
    '护照E12345678,验证码 654321',
    '全角 １３８１２３４５６７８',
    '卡号 6222021234567890123',
  ])('leaves no digits of the personal data in %s', (text) => {
    const out = redactPii(text);
    expect(digitRuns(out)).toEqual([]);
    expect(detectPii(out)).toEqual([]);
  });

  it.each(['短信来自12381或106**********12381', '同步需要30~120分钟', '24小时后订单退回', '2024年提交', '等了3小时'])(
    'leaves harmless numbers in %s untouched',
    (text) => {
      expect(redactPii(text)).toBe(text);
    },
  );
});
