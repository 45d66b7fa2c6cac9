/**
 * Tampered and replayed platform requests: every flipped bit of a DingTalk
 * sign or WeCom msg_signature, stale and future timestamps, flipped or
 * truncated ciphertext, another corp's receiveid, and generated garbage for
 * every channel parser. All are refused with a channel error (4xx), never
 * an unexpected exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DINGTALK_MAX_SKEW_MS, signDingTalk, verifyDingTalkSignature } from '../../src/channels/dingtalk/sign.ts';
import { parseRobotMessage } from '../../src/channels/dingtalk/payload.ts';
import { parseStreamData } from '../../src/channels/dingtalk/stream.ts';
import { Deduper } from '../../src/channels/dedupe.ts';
import { WeComCrypto, wecomSignature } from '../../src/channels/wecom/crypto.ts';
import { parseSignedQuery } from '../../src/channels/wecom/query.ts';
import { parseWeComXml } from '../../src/channels/wecom/xml.ts';
import { ChannelAuthError, ChannelPayloadError } from '../../src/errors.ts';
import { AES_KEY, B, CORP_ID, TOKEN } from '../channels/fixtures/wecom-vectors.ts';

const SECRET = 'this is a secret';
const NOW = 1577262236757;
const crypto = new WeComCrypto(TOKEN, AES_KEY, CORP_ID);

/** Runs `fn` and returns the class name of what it threw ('none' when it returned). */
function thrown(fn: () => unknown): string {
  try {
    fn();
    return 'none';
  } catch (err) {
    return (err as Error).constructor.name;
  }
}
const CHANNEL_ERRORS = [ChannelAuthError.name, ChannelPayloadError.name];

/** Every single-bit flip of a base64 or hex string's bytes, re-encoded. */
function bitFlips(value: string, encoding: 'base64' | 'hex'): string[] {
  const bytes = Buffer.from(value, encoding);
  const out: string[] = [];
  for (let i = 0; i < bytes.length * 8; i += 1) {
    const copy = Buffer.from(bytes);
    copy[i >> 3]! ^= 1 << (i & 7);
    out.push(copy.toString(encoding));
  }
  return out;
}

describe('DingTalk signatures', () => {
  const ts = String(NOW);
  const good = signDingTalk(ts, SECRET);

  it('accepts the genuine signature and refuses every one of its 256 flipped-bit variants', () => {
    expect(thrown(() => verifyDingTalkSignature({ timestamp: ts, sign: good }, SECRET, NOW))).toBe('none');
    const flips = bitFlips(good, 'base64');
    expect(flips).toHaveLength(256);
    for (const sign of flips) expect(thrown(() => verifyDingTalkSignature({ timestamp: ts, sign }, SECRET, NOW))).toBe('ChannelAuthError');
  });

  it('refuses a correctly signed but replayed timestamp older or newer than an hour', () => {
    for (const skew of [DINGTALK_MAX_SKEW_MS + 1, -DINGTALK_MAX_SKEW_MS - 1, 30 * 86_400_000]) {
      const old = String(NOW - skew);
      expect(thrown(() => verifyDingTalkSignature({ timestamp: old, sign: signDingTalk(old, SECRET) }, SECRET, NOW))).toBe('ChannelAuthError');
    }
  });

  it('refuses generated headers (truncated, padded, other secrets, arrays) without an unexpected error', () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.string(), fc.constant(good.slice(0, -1)), fc.constant(`${good}=`), fc.constant(signDingTalk(ts, 'this is secret'))), (t, sign) => {
        expect(thrown(() => verifyDingTalkSignature({ timestamp: t === '' ? ts : t, sign }, SECRET, NOW))).toBe('ChannelAuthError');
        expect(thrown(() => verifyDingTalkSignature({ timestamp: [ts, ts], sign: [sign] }, SECRET, NOW))).toBe('ChannelAuthError');
      }),
      { numRuns: 300 },
    );
  });

  it('answers a replayed msgId only once within the dedupe window', () => {
    const dedupe = new Deduper();
    expect([dedupe.seen('msg-1'), dedupe.seen('msg-1'), dedupe.seen('msg-1')]).toEqual([false, true, true]);
  });
});

describe('WeCom signatures and ciphertext', () => {
  it('accepts vector B and refuses every one of its 160 flipped-bit signatures', () => {
    expect(thrown(() => crypto.verify(B.signature, B.timestamp, B.nonce, B.encrypt))).toBe('none');
    for (const sig of bitFlips(B.signature, 'hex')) expect(thrown(() => crypto.verify(sig, B.timestamp, B.nonce, B.encrypt))).toBe('ChannelAuthError');
  });

  it('refuses a replayed signature with another timestamp or nonce', () => {
    expect(thrown(() => crypto.verify(B.signature, String(Number(B.timestamp) + 1), B.nonce, B.encrypt))).toBe('ChannelAuthError');
    expect(thrown(() => crypto.verify(B.signature, B.timestamp, `${B.nonce}0`, B.encrypt))).toBe('ChannelAuthError');
  });

  it('refuses every flipped bit in the ciphertext, even when the attacker re-signs it, or never decrypts it to the original', () => {
    const flips = bitFlips(B.encrypt, 'base64');
    for (const encrypt of flips) {
      expect(thrown(() => crypto.verify(B.signature, B.timestamp, B.nonce, encrypt))).toBe('ChannelAuthError');
      let plain: string | undefined;
      const kind = thrown(() => (plain = crypto.decrypt(encrypt)));
      if (kind === 'none') expect(plain).not.toBe(B.plaintext);
      else expect(CHANNEL_ERRORS).toContain(kind);
    }
  });

  it('refuses truncated ciphertext and a message sealed for another receiveid', () => {
    for (const cut of [1, 4, 16, 24, 32, 44, B.encrypt.length - 4]) {
      expect(CHANNEL_ERRORS).toContain(thrown(() => crypto.decrypt(B.encrypt.slice(0, cut))));
    }
    const other = new WeComCrypto(TOKEN, AES_KEY, 'ww0000000000000000');
    const sealed = other.encrypt(B.plaintext);
    expect(thrown(() => crypto.decrypt(sealed))).toBe('ChannelAuthError');
    expect(thrown(() => new WeComCrypto(TOKEN, AES_KEY, '').decrypt(crypto.encrypt('x')))).toBe('ChannelAuthError');
    expect(wecomSignature(TOKEN, B.timestamp, B.nonce, sealed)).not.toBe(B.signature);
  });

  it('refuses generated ciphertext, queries and XML with a channel error only', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String(), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('base64'))), (s) => {
        expect([...CHANNEL_ERRORS, 'none']).toContain(thrown(() => crypto.decrypt(s)));
        expect([...CHANNEL_ERRORS, 'none']).toContain(thrown(() => parseWeComXml(s)));
        expect([...CHANNEL_ERRORS, 'none']).toContain(thrown(() => parseSignedQuery({ msg_signature: s, timestamp: s, nonce: s, echostr: s })));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses XML entity declarations quickly and never expands entities', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "${'x'.repeat(100)}">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]><xml><Content>&j;</Content></xml>`;
    const started = Date.now();
    expect(thrown(() => parseWeComXml(bomb))).toBe('ChannelPayloadError');
    expect(thrown(() => parseWeComXml('<!doctype x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><C>&e;</C></xml>'))).toBe('ChannelPayloadError');
    expect(Date.now() - started).toBeLessThan(100);
    expect(parseWeComXml('<xml><C>&e;&amp;lt;</C></xml>')).toEqual({ C: '&e;&lt;' });
  });
});

describe('DingTalk payload parsers', () => {
  it('accept or refuse generated bodies and stream frames with a channel error only', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (json, raw) => {
        expect([ChannelPayloadError.name, 'none']).toContain(thrown(() => parseRobotMessage(json)));
        expect([ChannelPayloadError.name, 'none']).toContain(thrown(() => parseStreamData(raw)));
        expect([ChannelPayloadError.name, 'none']).toContain(thrown(() => parseStreamData(JSON.stringify(json))));
      }),
      { numRuns: 500 },
    );
  });
});
