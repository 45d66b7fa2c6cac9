/**
 * The MIIT forms the knowledge base describes (an intent's `form`: the details
 * that step asks for) and what a message says about them. Pure.
 *
 * @example
 *   const read = buildFormReader(kb.intents.values());
 *   read('除了验证码还要填手机号吗')  // [{ intent: 'faq.how-to-verify', why: 'the fields of the form with the code', by: 0.3 }]
 */
import type { FormField, Intent } from '../kb/index.ts';
import { CODE_NAMED, FIELDS_ASKED, RECEIVED, RESEND_WORD } from './signals.ts';

/** A form a message points to, why, and by how much. */
export interface FormCue {
  intent: string;
  why: string;
  by: number;
}

/** The details a form asks for, named in a message ("验证码是…,手机号…,证件后六位…"). */
const FORM_FIELDS: ReadonlyArray<[FormField, RegExp]> = [
  ['code', CODE_NAMED],
  ['phone', /手机号|电话号码|\bphone( number)?\b|\bmobile( number)?\b/],
  ['id-digits', /后六位|后6位|证件号|身份证号|\blast (six|6)\b|\bid (number|digits)\b/],
];
/** Filling in, entering. */
const FILL_WORD = /填|输入|\b(?:enter|fill|type)\b|\b(?:enter|fill|typ)ing\b/;
/** Whose details, or which: a question about one of them. */
const WHOSE = /谁的|哪个人的|哪位的|\bwhose\b|\bwhich (one|id|number|document)\b/;
/** What each of a form's details named to fill in adds to that form ("验证码、手机号、证件后六位…直接填进去"). */
const FIELD_BOOST = 0.15;
/** What a question about a form's fields adds to the form it names. */
const FIELDS_BOOST = 0.3;

/** Reads which form a message is about, from the forms in `intents`. */
export function buildFormReader(intents: Iterable<Intent>): (normalized: string) => FormCue[] {
  const forms = [...intents].filter((i): i is Intent & { form: FormField[] } => i.form !== undefined);
  const withCode = forms.filter((f) => f.form.includes('code'));
  const withoutCode = forms.filter((f) => !f.form.includes('code'));
  return (normalized) => {
    const cues: FormCue[] = [];
    // "新的验证码是…,手机号…,证件后六位…,直接填这些就行吧?": several of a form's details named, to fill in:
    // the forms that ask for them all (not when one of them is asked about: "…证件后六位填谁的?").
    const named = FORM_FIELDS.filter(([, re]) => re.test(normalized)).map(([field]) => field);
    if (named.length >= 2 && FILL_WORD.test(normalized) && !WHOSE.test(normalized)) {
      for (const f of forms) if (named.every((n) => f.form.includes(n))) cues.push({ intent: f.id, why: `its fields named: ${named.join(', ')}`, by: FIELD_BOOST * named.length });
    }
    // "重发短信时…证件号后六位填什么": the form without the code when resending is named;
    // "除了验证码还要填手机号吗?" / "the text is here, which fields?": the form with it.
    if (FIELDS_ASKED.test(normalized)) {
      if (RESEND_WORD.test(normalized)) for (const f of withoutCode) cues.push({ intent: f.id, why: 'the fields of the resend form', by: FIELDS_BOOST });
      else if (CODE_NAMED.test(normalized) || RECEIVED.test(normalized)) for (const f of withCode) cues.push({ intent: f.id, why: 'the fields of the form with the code', by: FIELDS_BOOST });
    }
    return cues;
  };
}

/** Whether a message about `form`'s fields names the other form: the code belongs to verifying only, resending to the form without it. */
export function namesOtherForm(form: readonly FormField[], normalized: string): boolean {
  return form.includes('code') ? RESEND_WORD.test(normalized) : CODE_NAMED.test(normalized);
}
