/**
 * Talks to the bot server: `POST <endpoint>/api/chat` and `/api/feedback`,
 * with a timeout. Failures become a `ChatError` whose `kind` tells the UI
 * what to say (offline, timeout, rate limited, server error); answers are
 * checked before use because they are untrusted input too.
 *
 * @example
 *   const answer = await sendChat('https://bot.example.com', { text: '验证码没收到' });
 *   answer.text // markdown
 */
import { toLinks, toQuickReplies, type LinkItem, type QuickReplyItem } from './storage.ts';

/** Why a request failed. */
export type ChatErrorKind = 'offline' | 'timeout' | 'rate' | 'server';

/** A failed request, with what the UI needs to explain it. */
export class ChatError extends Error {
  constructor(
    readonly kind: ChatErrorKind,
    readonly retryAfterSeconds = 0,
  ) {
    super(kind);
    this.name = 'ChatError';
  }
}

/** The part of a chat answer the widget uses. */
export interface ChatAnswer {
  session: string;
  intent: string;
  text: string;
  quickReplies: QuickReplyItem[];
  links: LinkItem[];
}

/** What a chat request sends. */
export interface ChatRequest {
  session?: string;
  text: string;
  lang?: 'zh' | 'en';
}

/** POSTs JSON and returns the parsed answer; throws `ChatError`. */
async function postJson(url: string, body: unknown, timeoutMs: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: controller.signal,
      credentials: 'omit',
    });
  } catch {
    throw new ChatError(controller.signal.aborted ? 'timeout' : 'offline');
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 429) {
    throw new ChatError('rate', Math.max(1, Number(response.headers.get('retry-after')) || 30));
  }
  if (!response.ok) throw new ChatError('server');
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new ChatError('server');
  }
}

/** Checks the shape of a chat answer. */
export function toChatAnswer(data: unknown): ChatAnswer {
  const o = (data ?? {}) as Record<string, unknown>;
  if (typeof o.session !== 'string' || typeof o.text !== 'string') throw new ChatError('server');
  const fromValues = Array.isArray(o.suggestions)
    ? o.suggestions.filter((s): s is string => typeof s === 'string').map((s) => ({ label: s, value: s }))
    : [];
  return {
    session: o.session,
    intent: typeof o.intent === 'string' ? o.intent : '',
    text: o.text,
    quickReplies: toQuickReplies(o.quickReplies) ?? fromValues.slice(0, 8),
    links: toLinks(o.links) ?? [],
  };
}

/** Sends one message. */
export async function sendChat(endpoint: string, request: ChatRequest, timeoutMs = 20_000): Promise<ChatAnswer> {
  return toChatAnswer(await postJson(`${endpoint}/api/chat`, request, timeoutMs));
}

/** Sends 👍/👎 for the session; failures are ignored (feedback is best effort). */
export async function sendFeedback(endpoint: string, feedback: { session: string; helpful: boolean; intent?: string }): Promise<boolean> {
  try {
    await postJson(`${endpoint}/api/feedback`, feedback, 10_000);
    return true;
  } catch {
    return false;
  }
}
