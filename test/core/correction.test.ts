import { describe, expect, it } from 'vitest';
import { applyCorrection, correctionOf } from '../../src/core/correction.ts';

describe('correctionOf', () => {
  it('reads a starred word as a correction', () => {
    expect(correctionOf('*验证码')).toBe('验证码');
    expect(correctionOf('entered*')).toBe('entered');
    expect(correctionOf('* number ')).toBe('number');
  });

  it('is undefined for anything else', () => {
    expect(correctionOf('验证码')).toBeUndefined();
    expect(correctionOf('*')).toBeUndefined();
    expect(correctionOf('**bold** text')).toBeUndefined();
    expect(correctionOf('*这是一条很长很长的消息,不是在改一个错别字,而是在说别的事情*')).toBeUndefined();
  });
});

describe('applyCorrection', () => {
  it.each([
    ['验正码输错了好几次', '验证码', '验证码输错了好几次'],
    ['新增服物谁来核验', '服务', '新增服务谁来核验'],
    ['i entred the code wrong', 'entered', 'i entered the code wrong'],
    ['whose ID nubmer', 'number', 'whose ID number'],
    ['网站和ap', 'app', '网站和app'],
    ['重发短信最多能发几ci', '次', '重发短信最多能发几次'],
  ])('%s + *%s → %s', (previous, fix, corrected) => {
    expect(applyCorrection(previous, fix)).toBe(corrected);
  });

  it('appends a correction that matches nothing', () => {
    expect(applyCorrection('首次备案谁核验', '网站')).toBe('首次备案谁核验 网站');
  });
});
