import { describe, expect, it } from 'vitest';
import { buildWordCorrector, differsByNegation, editDistance } from '../../../src/core/matchers/fuzzy.ts';

describe('editDistance', () => {
  it('counts an adjacent swap once', () => {
    expect(editDistance('recieve', 'receive')).toBe(1);
    expect(editDistance('handling', 'landline')).toBe(2);
  });
});

describe('differsByNegation', () => {
  it('is true when one word is the other with a negating prefix', () => {
    expect(differsByNegation('unusable', 'usable')).toBe(true);
    expect(differsByNegation('valid', 'invalid')).toBe(true);
    expect(differsByNegation('received', 'receive')).toBe(false);
  });
});

describe('buildWordCorrector', () => {
  const fix = buildWordCorrector(['receive', 'verification', 'usable', 'landline', 'resend']);

  it('maps a misspelt word to the closest known one', () => {
    expect(fix('recieve')).toBe('receive');
    expect(fix('verfication')).toBe('verification');
  });

  it('never turns a word into its opposite: "unusable" is not a typo of "usable"', () => {
    expect(fix('unusable')).toBeUndefined();
  });

  it('keeps the first letter: "handling" is not a typo of "landline"', () => {
    expect(fix('handling')).toBeUndefined();
  });

  it('leaves known and short words alone', () => {
    expect(fix('resend')).toBeUndefined();
    expect(fix('reset')).toBeUndefined();
  });
});
