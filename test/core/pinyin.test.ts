import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPinyinReader, splitSyllables } from '../../src/core/pinyin.ts';
import { readingsOf } from '../../src/kb/readings.ts';

const CORPUS = ['短信核验失败了', '转人工', '你好', '重发短信', '核验人员名单在哪里看', '首次备案谁来核验'];
const READINGS = readingsOf(CORPUS);
const read = buildPinyinReader(CORPUS, new Set(['he', 'can', 'you', 'change']), (ch) => READINGS[ch]);

describe('splitSyllables', () => {
  it('splits words typed without an input method', () => {
    expect(splitSyllables('duanxin')).toEqual(['duan', 'xin']);
    expect(splitSyllables('heyan')).toEqual(['he', 'yan']);
    expect(splitSyllables('zhuanrengong')).toEqual(['zhuan', 'ren', 'gong']);
  });

  it('refuses words that are not pinyin, bare vowels and overlong words', () => {
    expect(splitSyllables('sms')).toBeUndefined();
    expect(splitSyllables('received')).toBeUndefined();
    expect(splitSyllables('api')).toBeUndefined(); // a + pi: bare vowels are not syllables here
    expect(splitSyllables('ma'.repeat(40))).toBeUndefined();
    expect(splitSyllables('')).toBeUndefined();
  });
});

describe('buildPinyinReader', () => {
  it("reads pinyin back into the corpus's characters, heteronyms included", () => {
    expect(read('duanxin heyan shibai le')).toBe('短信核验失败了');
    expect(read('zhuan rengong')).toBe('转人工');
    expect(read('nihao')).toBe('你好');
    expect(read('chongfa duanxin')).toBe('重发短信'); // 重 read chong, not zhong
    expect(read('shouci beian shui lai heyan')).toBe('首次备案谁来核验');
  });

  it('reads only the pinyin part of mixed text and keeps the rest as typed', () => {
    expect(read('sms heyan shibai')).toBe('sms 核验失败');
    expect(read('sms not received, zhuan rengong please')).toBe('sms not received, 转人工 please');
    expect(read('短信heyan失败')).toBe('短信核验失败');
  });

  it('leaves English, acronyms and single syllables alone', () => {
    for (const text of ["didn't get it", 'he can', 'can you change it', 'via the sms api', 'la', 'xi\'an', 'ok ma']) {
      expect(read(text)).toBe(text);
    }
  });

  it('leaves pinyin-looking runs alone when the corpus has no word for them', () => {
    // Every syllable is valid, but no two of the characters it would pick form a word of the corpus.
    expect(read('pang zou')).toBe('pang zou');
  });

  it('never throws and never lengthens text without Latin letters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const out = read(text);
        expect(typeof out).toBe('string');
        if (!/[a-z]{2}/.test(text)) expect(out).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on a huge run of syllables', () => {
    const started = performance.now();
    read(`${'duanxin heyan '.repeat(300)}`);
    read('ma'.repeat(2000));
    expect(performance.now() - started).toBeLessThan(200);
  });
});
