/**
 * Signature checks compare in constant time: a wrong DingTalk sign, WeCom
 * msg_signature or receiveid is rejected through `crypto.timingSafeEqual`
 * (never `===`, whose early exit leaks how many leading bytes matched).
 */
import * as nodeCrypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { signDingTalk, verifyDingTalkSignature } from '../../src/channels/dingtalk/sign.ts';
import { WeComCrypto } from '../../src/channels/wecom/crypto.ts';
import { AES_KEY, B, CORP_ID, TOKEN } from '../channels/fixtures/wecom-vectors.ts';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});
const spy = vi.mocked(nodeCrypto.timingSafeEqual);

/** The byte strings passed to timingSafeEqual while `fn` ran. */
function comparedDuring(fn: () => void): string[][] {
  const from = spy.mock.calls.length;
  fn();
  return spy.mock.calls.slice(from).map((call) => call.map((b) => Buffer.from(b as Uint8Array).toString()));
}

describe('constant-time signature comparison', () => {
  it('compares a DingTalk sign that differs only in its last character with timingSafeEqual', () => {
    const ts = '1577262236757';
    const good = signDingTalk(ts, 'this is a secret');
    const bad = `${good.slice(0, -2)}${good.at(-2) === 'A' ? 'B' : 'A'}=`;
    const calls = comparedDuring(() => expect(() => verifyDingTalkSignature({ timestamp: ts, sign: bad }, 'this is a secret', 1577262236757)).toThrow());
    expect(calls).toEqual([[good, bad]]);
  });

  it('compares a WeCom msg_signature and a receiveid with timingSafeEqual', () => {
    const c = new WeComCrypto(TOKEN, AES_KEY, CORP_ID);
    const bad = `${B.signature.slice(0, -1)}${B.signature.endsWith('e') ? 'f' : 'e'}`;
    expect(comparedDuring(() => expect(() => c.verify(bad, B.timestamp, B.nonce, B.encrypt)).toThrow())).toEqual([[B.signature, bad]]);
    const other = new WeComCrypto(TOKEN, AES_KEY, 'ww1436e0e65a779aef');
    const calls = comparedDuring(() => expect(() => other.decrypt(B.encrypt)).toThrow(/receiveid/));
    expect(calls.at(-1)).toEqual([CORP_ID, 'ww1436e0e65a779aef']);
  });
});
