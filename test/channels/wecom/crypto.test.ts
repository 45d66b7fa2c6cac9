import { createRequire } from 'node:module';
import * as wecomCrypto from '@wecom/crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pkcs7Pad, pkcs7Unpad, WeComCrypto, wecomSignature } from '../../../src/channels/wecom/crypto.ts';
import { ChannelAuthError, ChannelPayloadError } from '../../../src/errors.ts';
import { A, AES_KEY, B, CORP_ID, TOKEN } from '../fixtures/wecom-vectors.ts';

type Legacy = new (token: string, key: string, id: string) => {
  decrypt(text: string): { message: string; id: string };
  getSignature(timestamp: string, nonce: string, encrypt: string): string;
};
const WXBizMsgCrypt = createRequire(import.meta.url)('wechat-crypto') as Legacy;

const crypto = new WeComCrypto(TOKEN, AES_KEY, CORP_ID);

describe('wecomSignature', () => {
  it('matches the msg_signature of vectors A and B', () => {
    expect(wecomSignature(TOKEN, A.timestamp, A.nonce, A.echostr)).toBe(A.signature);
    expect(wecomSignature(TOKEN, B.timestamp, B.nonce, B.encrypt)).toBe(B.signature);
  });
});

describe('WeComCrypto', () => {
  it('decrypts vector A and re-encrypts it byte for byte with its random', () => {
    expect(() => crypto.verify(A.signature, A.timestamp, A.nonce, A.echostr)).not.toThrow();
    expect(crypto.decrypt(A.echostr)).toBe(A.plaintext);
    expect(crypto.encrypt(A.plaintext, Buffer.from(A.random))).toBe(A.echostr);
  });

  it('decrypts vector B and re-encrypts it byte for byte with its random', () => {
    expect(() => crypto.verify(B.signature, B.timestamp, B.nonce, B.encrypt)).not.toThrow();
    expect(crypto.decrypt(B.encrypt)).toBe(B.plaintext);
    expect(crypto.encrypt(B.plaintext, Buffer.from(B.random))).toBe(B.encrypt);
  });

  it('refuses a wrong signature, a wrong receiveid and broken ciphertext', () => {
    expect(() => crypto.verify(A.signature, B.timestamp, B.nonce, B.encrypt)).toThrow(ChannelAuthError);
    expect(() => new WeComCrypto(TOKEN, AES_KEY, 'ww-other').decrypt(B.encrypt)).toThrow(/receiveid/);
    expect(() => crypto.decrypt('not base64!')).toThrow(ChannelPayloadError);
    expect(() => crypto.decrypt(B.encrypt.slice(0, 24))).toThrow(ChannelPayloadError);
    const flipped = Buffer.from(B.encrypt, 'base64');
    flipped[flipped.length - 1]! ^= 0xff;
    expect(() => crypto.decrypt(flipped.toString('base64'))).toThrow(ChannelPayloadError);
  });

  it('agrees with @wecom/crypto and wechat-crypto in both directions', () => {
    const legacy = new WXBizMsgCrypt(TOKEN, AES_KEY, CORP_ID);
    expect(legacy.getSignature(B.timestamp, B.nonce, B.encrypt)).toBe(B.signature);
    expect(wecomCrypto.getSignature(TOKEN, B.timestamp, B.nonce, B.encrypt)).toBe(B.signature);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.uint8Array({ minLength: 16, maxLength: 16 }), (message, random) => {
        const ours = crypto.encrypt(message, Buffer.from(random));
        expect(ours).toBe(wecomCrypto.encrypt(AES_KEY, message, CORP_ID, Buffer.from(random)));
        expect(legacy.decrypt(ours)).toEqual({ message, id: CORP_ID });
        expect(crypto.decrypt(wecomCrypto.encrypt(AES_KEY, message, CORP_ID))).toBe(message);
      }),
      { numRuns: 100 },
    );
  });

  it('works with the empty receiveid of the intelligent robot', () => {
    const robot = new WeComCrypto(TOKEN, AES_KEY, '');
    const sealed = robot.encrypt('{"msgtype":"text"}');
    expect(wecomCrypto.decrypt(AES_KEY, sealed)).toMatchObject({ message: '{"msgtype":"text"}', id: '' });
    expect(robot.decrypt(sealed)).toBe('{"msgtype":"text"}');
  });
});

describe('pkcs7 with 32-byte blocks', () => {
  it('pads to a multiple of 32 and strips it again', () => {
    expect(pkcs7Pad(Buffer.alloc(32)).length).toBe(64);
    expect(pkcs7Pad(Buffer.alloc(31)).at(-1)).toBe(1);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 100 }), (data) => {
      const padded = pkcs7Pad(Buffer.from(data));
      expect(padded.length % 32).toBe(0);
      expect(pkcs7Unpad(padded)).toEqual(Buffer.from(data));
    }));
  });

  it('refuses padding bytes that disagree or exceed 32', () => {
    expect(() => pkcs7Unpad(Buffer.from([1, 2, 3, 2]))).toThrow(ChannelPayloadError);
    expect(() => pkcs7Unpad(Buffer.concat([Buffer.alloc(40, 33)]))).toThrow(ChannelPayloadError);
    expect(() => pkcs7Unpad(Buffer.from([5, 0]))).toThrow(ChannelPayloadError);
  });
});
