/**
 * DingTalk callback signatures: `sign = base64(HMAC-SHA256(appSecret,
 * timestamp + "\n" + appSecret))`, sent with the `timestamp` header (ms).
 *
 * @example
 *   signDingTalk('1577262236757', 'this is a secret') // 'DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA='
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ChannelAuthError } from '../../errors.ts';

/** How far a request's timestamp may be from our clock. */
export const DINGTALK_MAX_SKEW_MS = 60 * 60 * 1000;

/** The signature DingTalk sends for `timestamp` under `appSecret`. */
export function signDingTalk(timestamp: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(`${timestamp}\n${appSecret}`, 'utf8').digest('base64');
}

/** Constant-time string comparison that tolerates different lengths. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Checks the `timestamp` and `sign` headers; throws {@link ChannelAuthError}
 * (401) when either is missing, stale by more than an hour, or wrong.
 */
export function verifyDingTalkSignature(
  headers: Record<string, string | string[] | undefined>,
  appSecret: string,
  now: number,
): void {
  const timestamp = headers['timestamp'];
  const sign = headers['sign'];
  if (typeof timestamp !== 'string' || typeof sign !== 'string' || !/^\d{1,16}$/.test(timestamp)) {
    throw new ChannelAuthError('dingtalk', 'missing or malformed timestamp/sign headers');
  }
  if (Math.abs(now - Number(timestamp)) > DINGTALK_MAX_SKEW_MS) {
    throw new ChannelAuthError('dingtalk', 'timestamp is too far from server time');
  }
  if (!safeEqual(signDingTalk(timestamp, appSecret), sign)) {
    throw new ChannelAuthError('dingtalk', 'signature mismatch');
  }
}
