import { describe, expect, it } from 'vitest';
import { langFromLocale, readOptions, safeColor, safeEndpoint, safeZIndex } from '../../src/widget/options.ts';

const SRC = 'https://bot.example.com/widget.js';
const PAGE = 'https://shop.example/help';

describe('readOptions', () => {
  it('defaults to the script origin, the browser language, the right side and a high z-index', () => {
    const o = readOptions({}, SRC, PAGE, 'zh-TW');
    expect(o).toMatchObject({ endpoint: 'https://bot.example.com', lang: 'zh', langForced: false, position: 'right' });
    expect(o.zIndex).toBeGreaterThan(1000);
  });

  it('takes valid attributes as given', () => {
    const o = readOptions({ endpoint: 'https://api.example/bot/', lang: 'en', title: '  备案   助手 ', color: 'rgb(10, 20, 30)', position: 'left', zIndex: '42' }, SRC, PAGE);
    expect(o).toMatchObject({ endpoint: 'https://api.example/bot', lang: 'en', langForced: true, title: '备案 助手', color: 'rgb(10, 20, 30)', position: 'left', zIndex: 42 });
  });

  it('ignores values that could inject CSS or script', () => {
    const o = readOptions({ color: 'red;background:url(//evil)', zIndex: '1;display:none', endpoint: 'javascript:alert(1)', position: 'top' }, SRC, PAGE);
    expect(o.color).toBe('#1765d8');
    expect(o.zIndex).toBe(2147483000);
    expect(o.endpoint).toBe('https://bot.example.com');
    expect(o.position).toBe('right');
  });
});

describe('field validators', () => {
  it('accept hex and rgb colours only', () => {
    expect(safeColor('#0a6cff')).toBe('#0a6cff');
    expect(safeColor('#fff')).toBe('#fff');
    expect(safeColor('rgba(0,0,0,.5)')).toBe('rgba(0,0,0,.5)');
    expect(safeColor('expression(alert(1))')).toBeUndefined();
    expect(safeColor('#12345')).toBeUndefined();
  });

  it('accept integer z-indexes in range only', () => {
    expect(safeZIndex('-1')).toBe(-1);
    expect(safeZIndex('1.5')).toBeUndefined();
    expect(safeZIndex('99999999999')).toBeUndefined();
  });

  it('resolve relative endpoints and strip /api and /api/chat', () => {
    expect(safeEndpoint('/', PAGE)).toBe('https://shop.example');
    expect(safeEndpoint('https://bot.example.com/api/chat', PAGE)).toBe('https://bot.example.com');
    expect(safeEndpoint('ftp://x', PAGE)).toBeUndefined();
  });

  it('read any Chinese locale as zh and everything else as en', () => {
    expect(langFromLocale('zh-Hans-CN')).toBe('zh');
    expect(langFromLocale('en-GB')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });
});
