/**
 * The project's named errors. Each carries what a caller needs to act on it;
 * `toHttpError` in the server is the one place that maps them to responses.
 */

/** A problem found in one knowledge-base file. */
export interface KbProblem {
  file: string;
  path: string;
  message: string;
}

/** The knowledge base in `intents/` is invalid; lists every problem at once. */
export class KnowledgeBaseError extends Error {
  override readonly name = 'KnowledgeBaseError';
  constructor(readonly problems: KbProblem[]) {
    super(
      `Knowledge base is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`).join('\n'),
    );
  }
}

/** An environment variable has a wrong value. The message is one line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable} ${problem}`);
  }
}

/** A platform request failed its signature or origin check (HTTP 401/403). */
export class ChannelAuthError extends Error {
  override readonly name = 'ChannelAuthError';
  constructor(
    readonly channel: string,
    message: string,
    readonly status: 401 | 403 = 401,
  ) {
    super(message);
  }
}

/** A platform request is malformed (HTTP 400). */
export class ChannelPayloadError extends Error {
  override readonly name = 'ChannelPayloadError';
  constructor(
    readonly channel: string,
    message: string,
  ) {
    super(message);
  }
}
