import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/normalize.ts';
import { dropNegatedClause } from '../../src/core/signals.ts';
import { twinOfStep } from '../../src/core/twins.ts';

const said = (text: string) => dropNegatedClause(normalizeText(text));

describe('twinOfStep', () => {
  it('names the twin of the step the message names, the denied one dropped', () => {
    expect(twinOfStep(said('是提交核验的时候出现的,不是重发'))).toBe('msg.verify-record-not-found');
    expect(twinOfStep(said('it happened when I resent the SMS'))).toBe('msg.resend-record-not-found');
  });

  it('is undefined when no step, or both, are named', () => {
    expect(twinOfStep(said('还是找不到记录'))).toBeUndefined();
    expect(twinOfStep(said('提交验证码和重发都试过了'))).toBeUndefined();
  });
});
