import { describe, expect, it } from 'vitest';
import { signDingTalk, verifyDingTalkSignature } from '../../../src/channels/dingtalk/sign.ts';
import { ChannelAuthError } from '../../../src/errors.ts';

describe('signDingTalk', () => {
  it('matches the published vectors from channels.md', () => {
    expect(signDingTalk('1577262236757', 'this is a secret')).toBe('DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=');
    expect(signDingTalk('1577262236757', 'this is secret')).toBe('hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=');
  });
});

describe('verifyDingTalkSignature', () => {
  const timestamp = '1577262236757';
  const sign = 'DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=';
  const now = 1577262236757 + 1000;

  it('accepts the vector within the hour', () => {
    expect(() => verifyDingTalkSignature({ timestamp, sign }, 'this is a secret', now)).not.toThrow();
    expect(() => verifyDingTalkSignature({ timestamp, sign }, 'this is a secret', 1577262236757 + 3_600_000)).not.toThrow();
  });

  it('refuses a signature made with another secret', () => {
    expect(() => verifyDingTalkSignature({ timestamp, sign }, 'this is secret', now)).toThrow(ChannelAuthError);
  });

  it('refuses a timestamp more than an hour away, in either direction', () => {
    expect(() => verifyDingTalkSignature({ timestamp, sign }, 'this is a secret', 1577262236757 + 3_600_001)).toThrow(/too far/);
    expect(() => verifyDingTalkSignature({ timestamp, sign }, 'this is a secret', 1577262236757 - 3_600_001)).toThrow(/too far/);
  });

  it('refuses missing or malformed headers', () => {
    expect(() => verifyDingTalkSignature({ timestamp }, 'this is a secret', now)).toThrow(ChannelAuthError);
    expect(() => verifyDingTalkSignature({ timestamp: 'abc', sign }, 'this is a secret', now)).toThrow(ChannelAuthError);
    expect(() => verifyDingTalkSignature({ timestamp, sign: sign.slice(0, -2) }, 'this is a secret', now)).toThrow(/mismatch/);
  });
});
