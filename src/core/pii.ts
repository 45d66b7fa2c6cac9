/**
 * Detects and redacts the personal data people paste into a support chat:
 * phone numbers, ID numbers and their last six digits, six-digit SMS codes,
 * e-mail addresses. Pure; used by the router (to flag), the engine (to warn)
 * and every log and analytics write (to redact).
 *
 * @example
 *   redactPii('验证码 482913,手机 138 1234 5678') // '验证码 [code],手机 [phone]'
 */
import type { PiiKind } from './types.ts';

interface Rule {
  kind: PiiKind;
  pattern: RegExp;
  mask: string;
}

const SEP = '[\\s-]?';
// Order matters: longer, more specific shapes are taken first.
const RULES: Rule[] = [
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, mask: '[email]' },
  { kind: 'id-number', pattern: /(?<![0-9A-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])\d{5}[0-9Xx](?![0-9A-Za-z])/g, mask: '[id]' },
  { kind: 'id-number', pattern: /(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])/g, mask: '[id]' },
  {
    kind: 'phone',
    pattern: new RegExp(`(?<![0-9])(?:\\+?86${SEP})?1[3-9]\\d${SEP}\\d{4}${SEP}\\d{4}(?![0-9])`, 'g'),
    mask: '[phone]',
  },
  // Passports (E12345678) and Mainland Travel Permits for HK/Macao residents (H1234567801).
  { kind: 'id-number', pattern: /(?<![0-9A-Za-z])[EGDSPHMeghm]\d{8}(?:\d{2})?(?![0-9A-Za-z])/g, mask: '[id]' },
  { kind: 'id-fragment', pattern: /(?<![0-9A-Za-z])\d{5}[Xx](?![0-9A-Za-z])/g, mask: '[id]' },
  { kind: 'sms-code', pattern: /(?<![0-9A-Za-z.])\d{6}(?![0-9A-Za-z]|\.\d)/g, mask: '[code]' },
  // Any other long digit run (bank cards, landlines with area code, partial IDs).
  { kind: 'id-number', pattern: /(?<![0-9])\d{9,}(?![0-9])/g, mask: '[number]' },
];

const ID_CONTEXT = /(身份证|证件|护照|通行证|后六位|后6位|id\s*(card|number)|passport|last six|last 6)/i;

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
/** Every rule needs a digit or an `@`: text without either has nothing to redact (most messages). */
const MAY_HOLD_PII = /[0-9@]/;

/** Makes full-width digits and letters plain so patterns see them. */
function foldWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** The kinds of personal data in `text`, each once, in a stable order. */
export function detectPii(text: string): PiiKind[] {
  const found = new Set<PiiKind>();
  let rest = foldWidth(text);
  if (!MAY_HOLD_PII.test(rest)) return [];
  for (const rule of RULES) {
    rest = rest.replace(rule.pattern, () => {
      found.add(rule.kind === 'sms-code' && ID_CONTEXT.test(text) && !/验证码|code/i.test(text) ? 'id-fragment' : rule.kind);
      return ' ';
    });
  }
  return [...found].sort();
}

/** `text` with every piece of personal data replaced by a placeholder such as `[phone]`. */
export function redactPii(text: string): string {
  let out = foldWidth(text);
  if (!MAY_HOLD_PII.test(out)) return out;
  for (const rule of RULES) out = out.replace(rule.pattern, rule.mask);
  return out;
}
