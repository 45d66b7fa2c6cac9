import { describe, expect, it } from 'vitest';
import { buildLexiconFolder } from '../../src/core/lexicon.ts';

describe('buildLexiconFolder', () => {
  const synonyms = [
    { canonical: 'unreceived', variants: ["don't get", 'not received'] },
    { canonical: '短信', variants: ['短息'] },
  ];

  it('folds every variant to its canonical form', () => {
    expect(buildLexiconFolder(synonyms)("i don't get the 短息")).toBe('i unreceived the 短信');
  });

  it('leaves a kept phrase as written, though a shorter variant occurs inside it', () => {
    const fold = buildLexiconFolder(synonyms, undefined, ["don't get why"]);
    expect(fold("i don't get why it is not received")).toBe("i don't get why it is unreceived");
    expect(fold("i don't get the code")).toBe('i unreceived the code');
  });

  it('composes folds: a variant may contain another variant\'s canonical form', () => {
    const fold = buildLexiconFolder([
      { canonical: 'unreceived', variants: ['no verification sms'] },
      { canonical: 'sms', variants: ['text message'] },
    ]);
    expect(fold('still no verification text message')).toBe('still unreceived');
  });
});
