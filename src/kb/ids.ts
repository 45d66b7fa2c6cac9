/**
 * The intent ids of `../shared/spec/intents.md`: the public contract of
 * classification output, evaluation reports and analytics. The loader
 * rejects a knowledge base that lacks any of them.
 */
export const PROMPT_INTENTS = [
  'msg.verify-all-done',
  'msg.verify-already-done',
  'msg.verify-wait-others',
  'msg.verify-failed',
  'msg.verify-record-not-found',
  'msg.resend-success',
  'msg.resend-no-pending',
  'msg.resend-record-not-found',
] as const;

export const FAQ_INTENTS = [
  'faq.sms-not-received',
  'faq.phone-unavailable',
  'faq.who-verifies',
  'faq.verifier-roles',
  'faq.check-verifiers',
  'faq.what-sms-to-expect',
  'faq.sms-sender',
  'faq.how-to-verify',
  'faq.how-to-resend',
  'faq.failure-limit',
  'faq.deadline',
  'faq.id-number',
  'faq.sync-delay',
  'faq.progress',
] as const;

export const CHAT_INTENTS = ['chat.greeting', 'chat.thanks', 'chat.handoff'] as const;

export const FALLBACK = 'fallback';

/** Every id the knowledge base must define. */
export const REQUIRED_INTENTS: readonly string[] = [...PROMPT_INTENTS, ...FAQ_INTENTS, ...CHAT_INTENTS, FALLBACK];
