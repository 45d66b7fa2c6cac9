import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/core/route.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

const router = createRouter(loadKnowledgeBase());

/** Tables A and B of intents.md: id, canonical prompt, and the same prompt in Traditional characters. */
const PROMPTS: ReadonlyArray<[id: string, canonical: string, traditional: string]> = [
  ['msg.verify-all-done', '尊敬的ICP用户:您的短信核验已全部完成,该请求将提交管局审核。', '尊敬的ICP用戶:您的簡訊核驗已全部完成,該請求將提交管局審核。'],
  ['msg.verify-already-done', '尊敬的ICP用户:您的短信核验已完成,无需重复提交。', '尊敬的ICP用戶:您的簡訊核驗已完成,無需重複提交。'],
  ['msg.verify-wait-others', '尊敬的ICP用户:您的短信核验完成,请等待其他核验人进行短信核验。', '尊敬的ICP用戶:您的簡訊核驗完成,請等待其他核驗人進行簡訊核驗。'],
  ['msg.verify-failed', '尊敬的ICP用户:您的短信核验失败,请您重新验证。', '尊敬的ICP用戶:您的簡訊核驗失敗,請您重新驗證。'],
  ['msg.verify-record-not-found', '尊敬的ICP用户:该条验证库里找不到记录或已完成验证。', '尊敬的ICP用戶:該條驗證庫裡找不到記錄或已完成驗證。'],
  ['msg.resend-success', '尊敬的ICP用户:您的短信验证码已重发成功,请查看手机并尽快完成短信核验。', '尊敬的ICP用戶:您的簡訊驗證碼已重發成功,請查看手機並儘快完成簡訊核驗。'],
  ['msg.resend-no-pending', '尊敬的ICP用户:您暂无待短信核验的备案申请,无需重发短信。', '尊敬的ICP用戶:您暫無待簡訊核驗的備案申請,無需重發簡訊。'],
  ['msg.resend-record-not-found', '尊敬的ICP用户:该条验证库里找不到记录。', '尊敬的ICP用戶:該條驗證庫裡找不到記錄。'],
];

const body = (prompt: string) => prompt.replace(/^尊敬的ICP用户:/, '');

/** The damaged forms real pastes take, each derived from the canonical prompt. */
function variants(canonical: string, traditional: string): Array<[string, string]> {
  const b = body(canonical);
  const chars = [...b.replace(/。$/, '')];
  return [
    ['canonical', canonical],
    ['full-width punctuation', canonical.replace(/:/g, '\uFF1A').replace(/,/g, '\uFF0C').replace(/ICP/, '\uFF29\uFF23\uFF30')],
    ['missing prefix', b],
    ['words around it', `我提交后显示\u201C${b}\u201D这是什么意思\uFF0C怎么办啊`],
    ['line breaks', canonical.replace(/:/, ':\n').replace(/,/g, '\uFF0C\r\n')],
    ['extra spaces', ` ${chars.join(' ')} `],
    ['truncated', chars.slice(0, Math.ceil(chars.length * 0.75)).join('')],
    ['Traditional', traditional],
    ['decorated', `😭【${canonical}】!!!`],
  ];
}

describe('prompt matching through createRouter(kb).classify', () => {
  for (const [id, canonical, traditional] of PROMPTS) {
    describe(id, () => {
      it.each(variants(canonical, traditional))('recognises the %s form', (_kind, text) => {
        const c = router.classify(text);
        expect(c.intent).toBe(id);
        expect(c.slots.prompts?.[0]).toBe(id);
      });
    });
  }

  it('exposes the canonical prompts of the knowledge base unchanged from intents.md', () => {
    const kb = loadKnowledgeBase();
    for (const [id, canonical] of PROMPTS) expect(kb.intents.get(id)?.prompt).toBe(canonical);
  });
});

describe('near-twin record-not-found prompts', () => {
  it.each([
    ['尊敬的ICP用户:该条验证库里找不到记录或已完成验证。', 'msg.verify-record-not-found'],
    ['该条验证库里找不到记录或已完成验证', 'msg.verify-record-not-found'],
    ['提示 该条验证库里找不到记录 或已完成验证 怎么回事', 'msg.verify-record-not-found'],
    ['尊敬的ICP用户:该条验证库里找不到记录。', 'msg.resend-record-not-found'],
    ['该条验证库里找不到记录。', 'msg.resend-record-not-found'],
    ['点了重发短信,提示该条验证库里找不到记录', 'msg.resend-record-not-found'],
    ['该條驗證庫裡找不到記錄。', 'msg.resend-record-not-found'],
    // "representative" holds "resent": only a word that starts with it is a resend.
    ['our representative entered the code and the system said the record cannot be found or verification is already complete', 'msg.verify-record-not-found'],
  ])('%s → %s', (text, id) => {
    expect(router.classify(text).intent).toBe(id);
  });

  it('never offers the twin as the clarification alternative for a full paste', () => {
    const c = router.classify('该条验证库里找不到记录或已完成验证。');
    expect(c.slots.prompts).toEqual(['msg.verify-record-not-found']);
  });
});

describe('the three 完成 prompts', () => {
  const done: Array<[string, string]> = [
    ['msg.verify-all-done', '您的短信核验已全部完成,该请求将提交管局审核'],
    ['msg.verify-already-done', '您的短信核验已完成,无需重复提交'],
    ['msg.verify-wait-others', '您的短信核验完成,请等待其他核验人进行短信核验'],
  ];

  it.each(done)('%s is recognised and not confused with the others', (id, text) => {
    for (const form of [text, `系统显示:${text}。`, `${text}。下一步是什么?`]) {
      const c = router.classify(form);
      expect(c.intent).toBe(id);
      expect(c.slots.prompts).toEqual([id]);
    }
  });

  it.each([
    ['已全部完成,该请求将提交管局审核', 'msg.verify-all-done'],
    ['无需重复提交', 'msg.verify-already-done'],
    ['请等待其他核验人进行短信核验', 'msg.verify-wait-others'],
  ])('tells them apart by their distinctive tail %s', (text, id) => {
    expect(router.classify(text).intent).toBe(id);
  });
});

describe('several prompts in one message', () => {
  it('lists both prompts in the order they appear', () => {
    const c = router.classify('先显示您的短信验证码已重发成功,请查看手机并尽快完成短信核验。然后提交又显示您的短信核验失败,请您重新验证。');
    expect(c.slots.prompts).toEqual(['msg.resend-success', 'msg.verify-failed']);
    expect(c.intent).toBe('msg.resend-success');
  });

  it('keeps the order when it is reversed', () => {
    const c = router.classify('您的短信核验失败,请您重新验证。\n之后重发:您的短信验证码已重发成功,请查看手机并尽快完成短信核验。');
    expect(c.slots.prompts).toEqual(['msg.verify-failed', 'msg.resend-success']);
  });

  it('finds the two record-not-found twins as two prompts when both are pasted', () => {
    const c = router.classify('核验时:该条验证库里找不到记录或已完成验证。重发时:您暂无待短信核验的备案申请,无需重发短信。');
    expect(c.slots.prompts).toEqual(['msg.verify-record-not-found', 'msg.resend-no-pending']);
  });
});

describe('messages without a prompt', () => {
  it.each(['没收到短信怎么办', 'who has to verify for a first filing', '你好', ''])('reports no prompts for %j', (text) => {
    expect(router.classify(text).slots.prompts).toBeUndefined();
  });
});
