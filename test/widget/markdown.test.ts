import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from '../../src/widget/markdown.ts';

describe('parseInline', () => {
  it('reads bold, code and http(s) links', () => {
    expect(parseInline('先**等待**再点`短信重发`，见[帮助](https://example.com/a)')).toEqual([
      { t: 'text', v: '先' },
      { t: 'strong', c: [{ t: 'text', v: '等待' }] },
      { t: 'text', v: '再点' },
      { t: 'code', v: '短信重发' },
      { t: 'text', v: '，见' },
      { t: 'link', href: 'https://example.com/a', c: [{ t: 'text', v: '帮助' }] },
    ]);
  });

  it('keeps a link with a javascript: or data: target as plain text', () => {
    expect(parseInline('[点我](javascript:alert(1))')).toEqual([{ t: 'text', v: '[点我](javascript:alert(1))' }]);
    expect(parseInline('[x](data:text/html,hi)')).toEqual([{ t: 'text', v: '[x](data:text/html,hi)' }]);
  });

  it('links a bare URL without the punctuation after it', () => {
    const nodes = parseInline('请访问 https://beian.miit.gov.cn/。');
    expect(nodes[1]).toEqual({ t: 'link', href: 'https://beian.miit.gov.cn/', c: [{ t: 'text', v: 'https://beian.miit.gov.cn/' }] });
    expect(nodes[2]).toEqual({ t: 'text', v: '。' });
  });

  it('leaves HTML as text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ t: 'text', v: '<img src=x onerror=alert(1)>' }]);
  });
});

describe('safeHref', () => {
  it('accepts http and https only', () => {
    expect(safeHref('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHref('http://a.example')).toBe('http://a.example/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('//evil.example')).toBeUndefined();
  });
});

describe('parseMarkdown', () => {
  it('builds paragraphs, numbered and bulleted lists and quotes', () => {
    const blocks = parseMarkdown('**这表示核验失败。**\n1. 检查资料\n2. 重新提交\n\n- 注意一\n- 注意二\n\n> 尊敬的ICP用户\n> 第二行');
    expect(blocks.map((b) => b.t)).toEqual(['p', 'ol', 'ul', 'quote']);
    expect(blocks[1]).toMatchObject({ t: 'ol', start: 1 });
    expect((blocks[1] as { items: unknown[] }).items).toHaveLength(2);
    expect((blocks[3] as { lines: unknown[] }).lines).toHaveLength(2);
  });

  it('joins consecutive lines of a paragraph and splits on blank lines', () => {
    const blocks = parseMarkdown('第一行\n第二行\n\n新段落');
    expect(blocks).toHaveLength(2);
    expect((blocks[0] as { lines: unknown[] }).lines).toHaveLength(2);
  });

  it('keeps the start number of a list that does not begin at 1', () => {
    expect(parseMarkdown('3. 第三步')[0]).toMatchObject({ t: 'ol', start: 3 });
  });
});
