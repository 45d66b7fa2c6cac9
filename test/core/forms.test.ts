import { describe, expect, it } from 'vitest';
import { buildFormReader, namesOtherForm } from '../../src/core/forms.ts';
import { normalizeText } from '../../src/core/normalize.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

const read = buildFormReader(loadKnowledgeBase().intents.values());
const formsIn = (text: string) => read(normalizeText(text)).map((c) => c.intent);

describe('buildFormReader', () => {
  it('points several details named to fill in at the forms that ask for them all', () => {
    expect(formsIn('验证码、手机号、证件后六位我都准备好了,直接填进去就行吧')).toEqual(['faq.how-to-verify']);
    expect(formsIn('手机号和证件后六位都填好了')).toEqual(expect.arrayContaining(['faq.how-to-verify', 'faq.how-to-resend']));
  });

  it('reads "filling in" / "typing" the details as the form, but not "I entered…", which tells what happened', () => {
    expect(formsIn('after filling in the code, the phone number and the last six digits, what do I click?')).toEqual(['faq.how-to-verify']);
    expect(formsIn('I entered the code, my phone number and the last six digits and it says the record can not be found')).toEqual([]);
  });

  it('not when one of the details is asked about', () => {
    expect(formsIn('验证码和手机号都填好了,证件后六位填谁的?')).toEqual([]);
  });

  it('reads a fields question by the form it names: the code, or resending', () => {
    expect(formsIn('除了验证码还要填什么')).toEqual(['faq.how-to-verify']);
    expect(formsIn('重发短信的时候要填什么')).toEqual(['faq.how-to-resend']);
    expect(formsIn('The MIIT text is here. Which fields do I fill in?')).toEqual(['faq.how-to-verify']);
  });

  it('reads nothing in a message about neither', () => {
    expect(formsIn('验证码是哪个号码发的')).toEqual([]);
  });
});

describe('namesOtherForm', () => {
  it('the code names the verification form; resending names the resend form', () => {
    expect(namesOtherForm(['phone', 'id-digits'], '除了验证码还要填什么')).toBe(true);
    expect(namesOtherForm(['code', 'phone', 'id-digits'], '重发的时候还要填什么')).toBe(true);
    expect(namesOtherForm(['code', 'phone', 'id-digits'], '除了手机号还要填什么')).toBe(false);
  });
});
