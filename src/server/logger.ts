/**
 * The process logger: pino, JSON lines, with personal data taken out of every
 * string before a line is written. Secret headers are censored by path and
 * every JSON string value of the finished line goes through `redactPii`, so a
 * phone number in a URL, an error message or a stray `log.info(text)` never
 * reaches the log. Request bodies are never logged.
 *
 * @example
 *   const log = createLogger('info');
 *   log.info({ url: '/x?p=13812345678' }, 'hit'); // {"url":"/x?p=[phone]","msg":"hit",...}
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import { redactPii } from '../core/pii.ts';

/** Header paths whose values are secrets, censored wherever they are logged. */
const SECRET_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers.sign',
  'req.headers["x-acs-dingtalk-access-token"]',
  'headers.authorization',
  'headers.cookie',
  'authorization',
];

/** A JSON string literal, escapes included. */
const JSON_STRING = /"(?:[^"\\]|\\.)*"/g;

/** Runs `redactPii` on the contents of every string literal of one JSON line, leaving numbers and keys' shape intact. */
export function redactJsonLine(line: string): string {
  return line.replace(JSON_STRING, (literal) => {
    const inner = literal.slice(1, -1);
    const redacted = redactPii(inner);
    return redacted === inner ? literal : `"${redacted}"`;
  });
}

/** Creates the logger; `destination` defaults to stdout (tests pass a stream to read lines back). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'icp-sms-bot' },
      redact: { paths: SECRET_PATHS, censor: '[secret]' },
      serializers: {
        req: (req: { method?: string; url?: string; ip?: string; routeOptions?: { url?: string } }) => ({
          method: req.method,
          url: req.url,
          route: req.routeOptions?.url,
          remoteAddress: req.ip,
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: pino.stdSerializers.err,
      },
      hooks: { streamWrite: redactJsonLine },
    },
    destination,
  );
}

/**
 * A request logger that creates its pino child (with the request id) only when
 * a line is actually written: fastify asks for one per request, and at the
 * usual `info`/`warn` levels most requests never log anything. A class, so a
 * request costs one small object rather than a dozen closures.
 */
class LazyChildLogger {
  private made: Logger | undefined;

  constructor(
    private readonly parent: Logger,
    private readonly bindings: Record<string, unknown>,
    private readonly options: Record<string, unknown>,
  ) {}

  get level(): string {
    return this.made?.level ?? this.parent.level;
  }

  set level(value: string) {
    this.real().level = value;
  }

  silent(): void {}

  child(more: Record<string, unknown>, opts?: Record<string, unknown>): Logger {
    return this.real().child(more, opts);
  }

  isLevelEnabled(level: string): boolean {
    return (this.made ?? this.parent).isLevelEnabled(level);
  }

  fatal(...args: unknown[]): void {
    this.write('fatal', args);
  }

  error(...args: unknown[]): void {
    this.write('error', args);
  }

  warn(...args: unknown[]): void {
    this.write('warn', args);
  }

  info(...args: unknown[]): void {
    this.write('info', args);
  }

  debug(...args: unknown[]): void {
    this.write('debug', args);
  }

  trace(...args: unknown[]): void {
    this.write('trace', args);
  }

  private real(): Logger {
    return (this.made ??= this.parent.child(this.bindings, this.options));
  }

  private write(level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace', args: unknown[]): void {
    if (!this.isLevelEnabled(level)) return;
    (this.real()[level] as (...a: unknown[]) => void)(...args);
  }
}

/** See {@link LazyChildLogger}. */
export function lazyChild(parent: Logger, bindings: Record<string, unknown>, options: Record<string, unknown> = {}): Logger {
  return new LazyChildLogger(parent, bindings, options) as unknown as Logger;
}
