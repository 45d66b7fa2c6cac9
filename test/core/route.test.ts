import { describe, expect, it } from 'vitest';
import { createRouter, FALLBACK } from '../../src/core/route.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

const kb = loadKnowledgeBase();
const router = createRouter(kb);

describe('router: pinyin typed without an input method', () => {
  it.each([
    ['zhuan rengong', 'chat.handoff'],
    ['duanxin heyan shibai le zenmeban', 'msg.verify-failed'],
    ['shouci beian shui lai heyan', 'faq.who-verifies'],
    ['mei shoudao duanxin', 'faq.sms-not-received'],
  ])('%s → %s', (text, intent) => {
    const c = router.classify(text);
    expect(c.intent).toBe(intent);
    expect(c.lang).toBe('zh');
  });

  it('shows what it read in the normalised text', () => {
    expect(router.classify('zhuan rengong').normalized).toBe('转人工');
  });
});
