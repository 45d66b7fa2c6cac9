/**
 * WeCom callback crypto (企业微信加解密方案): SHA-1 signatures and AES-256-CBC
 * with the key from EncodingAESKey, iv = key[0..16), PKCS#7 padding to 32
 * bytes, plaintext `random(16) | uint32 BE length | msg | receiveid`.
 * Comparisons are constant-time; the random prefix is injectable for tests.
 *
 * @example
 *   const c = new WeComCrypto(token, encodingAesKey, corpId);
 *   c.verify(signature, timestamp, nonce, encrypt); // throws ChannelAuthError
 *   const xml = c.decrypt(encrypt);
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ChannelAuthError, ChannelPayloadError } from '../../errors.ts';

const BLOCK = 32;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** `sha1hex(sort([token, timestamp, nonce, encrypt]).join(''))`. */
export function wecomSignature(token: string, timestamp: string, nonce: string, encrypt: string): string {
  return createHash('sha1').update([token, timestamp, nonce, encrypt].sort().join(''), 'utf8').digest('hex');
}

/** Constant-time equality of two byte strings of possibly different length. */
function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Pads to a multiple of 32 bytes; a full block of 32 when already aligned. */
export function pkcs7Pad(data: Buffer): Buffer {
  const n = BLOCK - (data.length % BLOCK);
  return Buffer.concat([data, Buffer.alloc(n, n)]);
}

/** Strips the padding; throws when it is not 1..32 equal bytes. */
export function pkcs7Unpad(data: Buffer): Buffer {
  const n = data.at(-1) ?? 0;
  if (n < 1 || n > BLOCK || n > data.length) throw new ChannelPayloadError('wecom', 'bad padding');
  const pad = data.subarray(data.length - n);
  if (!sameBytes(pad, Buffer.alloc(n, n))) throw new ChannelPayloadError('wecom', 'bad padding');
  return data.subarray(0, data.length - n);
}

/** One app's keys: verifies, decrypts and encrypts its callbacks. */
export class WeComCrypto {
  private readonly key: Buffer;
  private readonly iv: Buffer;

  constructor(
    private readonly token: string,
    encodingAesKey: string,
    private readonly receiveId: string,
  ) {
    if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) throw new ChannelPayloadError('wecom', 'EncodingAESKey must be 43 base64 characters');
    this.key = Buffer.from(`${encodingAesKey}=`, 'base64');
    this.iv = this.key.subarray(0, 16);
  }

  /** The signature of `encrypt` at `timestamp`/`nonce`. */
  sign(timestamp: string, nonce: string, encrypt: string): string {
    return wecomSignature(this.token, timestamp, nonce, encrypt);
  }

  /** Throws {@link ChannelAuthError} (401) unless `signature` signs `encrypt`. */
  verify(signature: string, timestamp: string, nonce: string, encrypt: string): void {
    const expected = Buffer.from(this.sign(timestamp, nonce, encrypt), 'utf8');
    if (!sameBytes(expected, Buffer.from(signature.toLowerCase(), 'utf8'))) {
      throw new ChannelAuthError('wecom', 'signature mismatch');
    }
  }

  /** Decrypts a base64 ciphertext and checks its receiveid; returns the message. */
  decrypt(encrypt: string): string {
    if (encrypt.length % 4 !== 0 || !BASE64.test(encrypt)) throw new ChannelPayloadError('wecom', 'ciphertext is not base64');
    const cipherBytes = Buffer.from(encrypt, 'base64');
    if (cipherBytes.length === 0 || cipherBytes.length % 16 !== 0) throw new ChannelPayloadError('wecom', 'ciphertext length is wrong');
    const decipher = createDecipheriv('aes-256-cbc', this.key, this.iv).setAutoPadding(false);
    const plain = pkcs7Unpad(Buffer.concat([decipher.update(cipherBytes), decipher.final()]));
    if (plain.length < 20) throw new ChannelPayloadError('wecom', 'plaintext too short');
    const length = plain.readUInt32BE(16);
    if (20 + length > plain.length) throw new ChannelPayloadError('wecom', 'plaintext length is wrong');
    const receiveId = plain.subarray(20 + length);
    if (!sameBytes(receiveId, Buffer.from(this.receiveId, 'utf8'))) throw new ChannelAuthError('wecom', 'receiveid mismatch');
    return plain.subarray(20, 20 + length).toString('utf8');
  }

  /** Encrypts `message` for this receiveid; `random` is 16 bytes (fresh by default). */
  encrypt(message: string, random: Buffer = randomBytes(16)): string {
    if (random.length !== 16) throw new RangeError('random must be 16 bytes');
    const msg = Buffer.from(message, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(msg.length, 0);
    const plain = pkcs7Pad(Buffer.concat([random, length, msg, Buffer.from(this.receiveId, 'utf8')]));
    const cipher = createCipheriv('aes-256-cbc', this.key, this.iv).setAutoPadding(false);
    return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
  }

  /** Encrypts and signs a reply: the four fields every encrypted answer carries. */
  seal(message: string, timestamp: string, nonce: string, random?: Buffer): { encrypt: string; signature: string } {
    const encrypt = this.encrypt(message, random);
    return { encrypt, signature: this.sign(timestamp, nonce, encrypt) };
  }
}
