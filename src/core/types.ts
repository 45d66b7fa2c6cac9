/**
 * What the router produces. Pure data: no I/O, no clock.
 */
import type { Lang } from '../kb/schema.ts';

export type { Lang };

/** Kinds of personal data the router can detect (values are never kept). */
export type PiiKind = 'phone' | 'sms-code' | 'id-number' | 'id-fragment' | 'email';

/** Facts the router read out of the message. Values only, never the user's PII. */
export interface Slots {
  /** Table C scenario id (first-filing, new-service, access, change, cancel-filing, cancel-access). */
  scenario?: string;
  /** Table C scope id (website, website-app, app, all, subject, service, subject-service). */
  scope?: string;
  /** Consecutive failed verification attempts the user reports ("失败4次"). */
  failures?: number;
  /** Resends the user reports having done ("重发两次"). */
  resends?: number;
  /** How long the user says they have waited, in minutes ("等了3个小时" -> 180). */
  waitedMinutes?: number;
  /** The wait was said without a number ("等了半天"): answers say "a long time", not a figure the user never gave. */
  waitedVaguely?: true;
  /** Personal data found in the message, by kind only. */
  pii?: PiiKind[];
  /** Every MIIT prompt found in the message, in the order they appear. */
  prompts?: string[];
  /** Several filings named, each with its Table C slots ("客户A是首次备案网站,客户B是注销App"), in order. */
  cases?: FilingCase[];
}

/** One of several filings a message names: how it is called there, and its Table C slots. */
export interface FilingCase {
  label: string;
  scenario?: string;
  scope?: string;
}

/** An intent with its score; scores are calibrated confidences in [0,1]. */
export interface Scored {
  intent: string;
  score: number;
}

/** Why the router chose what it chose (shown by `ask --explain`). */
export interface Evidence {
  matcher: string;
  intent: string;
  detail: string;
  score: number;
}

/** The router's verdict on one message. */
export interface Classification {
  /** The winning intent id, or `fallback` when nothing in scope matched well enough. */
  intent: string;
  /** Calibrated confidence in [0,1] of `intent` (for fallback: 1 − the best in-scope confidence). */
  confidence: number;
  /** The next best intents, best first (for fallback: the closest topics). */
  runnersUp: Scored[];
  evidence: Evidence[];
  slots: Slots;
  /** The language the message is written in; undefined when it has no words. */
  lang: Lang | undefined;
  /** The normalised text the matchers saw. */
  normalized: string;
}
