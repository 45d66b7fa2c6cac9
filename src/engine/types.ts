/**
 * The engine's contract with channels and stores. Channels build an
 * `IncomingMessage`, call `Engine.handle`, and render the `Reply` natively.
 */
import type { Lang, Slots } from '../core/types.ts';

export type ChannelName = 'web' | 'dingtalk' | 'wecom' | 'botframework' | 'cli';

/** A message as every channel hands it to the engine. */
export interface IncomingMessage {
  channel: ChannelName;
  /** Stable conversation key, unique per channel (the engine prefixes the channel). */
  session: string;
  text: string;
  /** Forces the reply language; otherwise the user's own language, then DEFAULT_LANG. */
  lang?: Lang;
}

/** A quick reply: the label shown on the button and the text sent when it is clicked. */
export interface QuickReply {
  label: string;
  value: string;
}

export interface Link {
  label: string;
  url: string;
}

/** One channel-neutral reply. */
export interface Reply {
  /** The whole reply as markdown (bold, numbered lists, links). */
  markdown: string;
  /** The same reply as plain text, for channels without markdown. */
  text: string;
  suggestions: QuickReply[];
  links: Link[];
  intent: string;
  confidence: number;
  slots: Slots;
  lang: Lang;
  flags: { fallback: boolean; clarify: boolean; handoff: boolean; pii: boolean };
}

/** A prompt answered in a conversation, with the filing it was told of when the message named one ("客户1"). */
export interface PromptSeen {
  id: string;
  label?: string;
}

/** What the engine remembers of a conversation between turns. */
export interface SessionState {
  /** The last answered intent (context for "how long?" / "what next?"). */
  lastIntent?: string;
  /** Table C dialog in progress: what is known and what was asked. */
  pending?: { kind: 'who-verifies'; scenario?: string; scope?: string; awaiting: 'scenario' | 'scope' };
  /** The filing scenario the user last named ("我们是首次备案"), for a who-verifies question asked later without one. */
  scenario?: string;
  /** A Table C question left for one turn's detour, resumed when the user then names a scenario or scope. */
  parked?: { kind: 'who-verifies'; scenario?: string; scope?: string; awaiting: 'scenario' | 'scope' };
  /** A pasted prompt whose question was answered instead ("…另外验证码是哪个号码发的?"), for "what about that error?". */
  deferred?: string;
  /** A session stored before there was a prompt history: its last prompt (read as a history of one; never written now). */
  prompt?: string;
  /** The prompts answered so far, oldest first, for "回到客户1…" or "the failed one" after another prompt. */
  prompts?: PromptSeen[];
  /** Last who-verifies answer, for "那如果是App呢". */
  whoVerifies?: { scenario?: string; scope?: string };
  /** Clarification in progress: the intents offered. */
  clarify?: string[];
  /** Language of the conversation so far. */
  lang?: Lang;
  handedOff?: boolean;
  /** The user's last message, PII redacted, for a typo fixed in the next one ("*验证码"); short messages only. */
  lastText?: string;
  /** The last message stopped before its point ("重发的时候提示"): the next one is read after it. */
  cutOff?: boolean;
  turns: number;
}

/**
 * Where sessions live. `transact` runs `fn` with the current state while no
 * other turn of the same session runs (per-session lock), and stores what `fn`
 * returns (or deletes it when `null`), refreshing the TTL.
 */
export interface SessionStore {
  transact<T>(key: string, fn: (current: SessionState | undefined) => Promise<{ next: SessionState | null; result: T }>): Promise<T>;
  close(): Promise<void>;
}

/** Per-key fixed-window counter for rate limits. */
export interface RateLimiter {
  /** Counts one hit for `key`; `allowed` false once over the limit in the current minute. */
  hit(key: string): Promise<{ allowed: boolean; retryAfterSeconds: number; remaining: number }>;
  close(): Promise<void>;
}

/** One answered turn, as analytics records it (text already redacted). */
export interface TurnRecord {
  at: number;
  channel: ChannelName;
  session: string;
  text: string;
  intent: string;
  confidence: number;
  fallback: boolean;
  clarify: boolean;
  handoff: boolean;
  latencyMs: number;
  /** The intent of a suggestion the user clicked after a fallback, when known. */
  resolvedFrom?: string;
}

/** Analytics sink. `record*` never throw and never block the answer. */
export interface Analytics {
  recordTurn(turn: TurnRecord): void;
  recordFeedback(feedback: { at: number; session: string; helpful: boolean; comment?: string }): void;
  close(): Promise<void>;
}

/** The conversation engine every channel calls. */
export interface Engine {
  handle(message: IncomingMessage): Promise<Reply>;
}
