/**
 * Small text helpers the platform channels share.
 *
 * @example
 *   stripMention(' @助手 你好')        // '你好'
 *   truncateUtf8('短信核验', 7)         // '短…' (3 + 3 bytes)
 */

/** Removes leading whitespace and leading `@name` mentions that group chats keep in the text. */
export function stripMention(content: string): string {
  return content.replace(/^(?:\s*@\S+\s+)*/u, '').trim();
}

/**
 * Cuts `text` to at most `maxBytes` UTF-8 bytes at a character boundary,
 * ending with "…" when something was cut.
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength('…', 'utf8');
  let used = 0;
  let out = '';
  for (const ch of text) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (used + size > budget) break;
    used += size;
    out += ch;
  }
  return `${out}…`;
}

/** Resolves to the promise's value, or to `timedOut` after `ms`. */
export function withBudget<T, F>(promise: Promise<T>, ms: number, timedOut: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(timedOut), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The polite answer to pictures, voice, files and other non-text messages. */
export const TEXT_ONLY_NOTICE =
  '抱歉，我目前只能读取文字消息，请直接输入您的问题。\nSorry, I can only read text messages — please type your question.';

/** Said when the engine fails, so the user is not left waiting. */
export const APOLOGY = '抱歉，我暂时无法回答，请稍后再试。\nSorry, I cannot answer right now — please try again shortly.';
