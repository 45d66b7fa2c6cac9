/**
 * Keeps the conversation across page reloads in `localStorage`: the session
 * id and the last 50 messages. Storage that is full, disabled or holds junk
 * is treated as empty; nothing read back is trusted (it is re-validated and
 * rendered as text or through the safe markdown renderer).
 *
 * @example
 *   const store = createHistoryStore(window.localStorage, 'https://bot.example.com');
 *   store.save({ session: 'abc', messages: [{ role: 'user', text: '你好' }] });
 */

/** A quick reply button: label shown, value sent. */
export interface QuickReplyItem {
  label: string;
  value: string;
}

/** A link offered with an answer (http(s) only). */
export interface LinkItem {
  label: string;
  url: string;
}

/** One message of the conversation as the widget shows it. */
export interface StoredMessage {
  role: 'user' | 'bot';
  /** User text (plain) or bot answer (markdown). */
  text: string;
  intent?: string;
  quickReplies?: QuickReplyItem[];
  links?: LinkItem[];
  feedback?: 'up' | 'down';
}

/** What is kept per endpoint. */
export interface StoredConversation {
  session?: string;
  messages: StoredMessage[];
}

/** At most this many messages are kept. */
export const HISTORY_LIMIT = 50;
const SESSION = /^[A-Za-z0-9_:.-]{1,128}$/;

const str = (v: unknown, max: number): string | undefined => (typeof v === 'string' ? v.slice(0, max) : undefined);

/** Quick replies from untrusted data: labelled strings only. */
export function toQuickReplies(v: unknown): QuickReplyItem[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const items = v
    .map((q: unknown) => {
      const o = (q ?? {}) as Record<string, unknown>;
      const label = str(o.label, 200);
      const value = str(o.value, 2000);
      return label && value ? { label, value } : undefined;
    })
    .filter((q): q is QuickReplyItem => q !== undefined);
  return items.length ? items.slice(0, 8) : undefined;
}

/** Links from untrusted data: labelled http(s) URLs only. */
export function toLinks(v: unknown): LinkItem[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const items = v
    .map((l: unknown) => {
      const o = (l ?? {}) as Record<string, unknown>;
      const label = str(o.label, 200);
      const url = str(o.url, 2000);
      return label && url && /^https?:\/\//i.test(url) ? { label, url } : undefined;
    })
    .filter((l): l is LinkItem => l !== undefined);
  return items.length ? items.slice(0, 5) : undefined;
}

/** One message from untrusted data, or undefined. */
function toMessage(v: unknown): StoredMessage | undefined {
  const o = (v ?? {}) as Record<string, unknown>;
  const text = str(o.text, 8000);
  if ((o.role !== 'user' && o.role !== 'bot') || text === undefined) return undefined;
  return {
    role: o.role,
    text,
    intent: str(o.intent, 64),
    quickReplies: toQuickReplies(o.quickReplies),
    links: toLinks(o.links),
    feedback: o.feedback === 'up' || o.feedback === 'down' ? o.feedback : undefined,
  };
}

/** Parses stored JSON defensively. */
export function parseConversation(json: string | null): StoredConversation {
  try {
    const o = JSON.parse(json ?? '{}') as Record<string, unknown>;
    const session = typeof o.session === 'string' && SESSION.test(o.session) ? o.session : undefined;
    const list = Array.isArray(o.messages) ? o.messages : [];
    const messages = list.map(toMessage).filter((m): m is StoredMessage => m !== undefined);
    return { session, messages: messages.slice(-HISTORY_LIMIT) };
  } catch {
    return { messages: [] };
  }
}

/** Read and write of one conversation. */
export interface HistoryStore {
  load(): StoredConversation;
  save(conversation: StoredConversation): void;
}

/** A store on `localStorage` (or any Storage) under a key derived from the endpoint. */
export function createHistoryStore(storage: Storage | undefined, endpoint: string): HistoryStore {
  const key = `icp-sms-bot:${endpoint}`;
  return {
    load() {
      try {
        return parseConversation(storage?.getItem(key) ?? null);
      } catch {
        return { messages: [] };
      }
    },
    save(conversation) {
      try {
        const trimmed = { session: conversation.session, messages: conversation.messages.slice(-HISTORY_LIMIT) };
        storage?.setItem(key, JSON.stringify(trimmed));
      } catch {
        // Full or disabled storage: the conversation still works, it just is not kept.
      }
    },
  };
}
