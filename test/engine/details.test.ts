import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/normalize.ts';
import { asksDetailOf, figureReferred, termAsked } from '../../src/engine/details.ts';

const n = normalizeText;

describe('figureReferred (blind round 161–163)', () => {
  it('reads a figure referred back with what follows asked', () => {
    expect(figureReferred(n('what happens after the 24 hours then?'))).toBe('24');
    expect(figureReferred(n('那5次以后呢'))).toBe('5');
    expect(figureReferred(n('24小时是从什么时候算'))).toBeUndefined();
  });

});

describe('details of the last answer (blind round 164–166)', () => {
  const says = (figure: string) => ['5', '24'].includes(figure);
  it('reads two of its options weighed, or a figure of it with its unit, as a detail of the last answer', () => {
    expect(asksDetailOf(n('5次是累计的还是连续的?'), says)).toBe(true);
    expect(asksDetailOf(n('per person or per filing?'), says)).toBe(true);
    expect(asksDetailOf(n('Does that apply to both principals or just me?'), says)).toBe(true);
    expect(asksDetailOf(n('is the 24 hours counted in working days?'), says)).toBe(true);
    // (List numbers and figures the answer does not give are not.)
    expect(asksDetailOf(n('are you joining the 3pm standup?'), says)).toBe(false);
    expect(asksDetailOf(n('is it 3 times?'), says)).toBe(false);
  });
});

describe('termAsked', () => {
  it('finds the word whose meaning is asked', () => {
    expect(termAsked(n('Sorry, what is 注销 that you mentioned? Does it apply to us?'))).toBe('注销');
    expect(termAsked(n('What do you mean by resubmit the filing?'))).toBe('resubmit the filing');
    expect(termAsked(n('what does the 24 hours mean for us'))).toBe('24 hours');
    expect(termAsked(n('“变更备案”到底是什么意思'))).toBe('变更备案');
  });

  it('finds none in a message that names no word', () => {
    expect(termAsked(n('这是什么意思'))).toBeUndefined();
    expect(termAsked(n('what do you mean?'))).toBeUndefined();
    expect(termAsked(n('谁来核验'))).toBeUndefined();
  });
});

describe('figureReferred: what to do after it', () => {
  it('reads "那24小时退回后他要干啥" as the 24 hours referred back', () => {
    expect(figureReferred(normalizeText('那24小时退回后他要干啥'))).toBe('24');
    expect(figureReferred(normalizeText('24小时内要干啥'))).toBeUndefined();
  });
});
