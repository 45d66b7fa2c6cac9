/**
 * One ioredis client tuned to fail fast: a request never waits on Redis for
 * more than a few hundred milliseconds, commands are not queued while the
 * connection is down, and reconnection is retried at least once a second so
 * conversations pick up again soon after Redis returns.
 *
 * @example
 *   const client = createRedisClient('redis://127.0.0.1:6379');
 *   const outage = new Outage('sessions', console.log); // counts and logs degraded work
 */
import { Redis } from 'ioredis';

/** Injected logger: one line per call, never containing personal data. */
export type LogLine = (line: string) => void;

/** A client that gives up quickly; pass `overrides` only in tests. */
export function createRedisClient(url: string, overrides: { commandTimeout?: number } = {}): Redis {
  const client = new Redis(url, {
    commandTimeout: overrides.commandTimeout ?? 300,
    connectTimeout: 500,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (times) => Math.min(100 * times, 1000),
  });
  // Connection errors surface as failed commands, which the stores count and
  // log once per outage; without a listener ioredis would print each one.
  client.on('error', () => undefined);
  return client;
}

/**
 * Counts work done without Redis and logs one line when an outage starts and
 * one when it ends, so a long outage does not flood the log.
 */
export class Outage {
  /** How many operations ran without Redis since start. */
  count = 0;
  private down = false;

  constructor(
    private readonly what: string,
    private readonly log: LogLine,
  ) {}

  /** Records one operation that could not use Redis. */
  fail(error: unknown): void {
    this.count += 1;
    if (this.down) return;
    this.down = true;
    const reason = error instanceof Error ? error.message : String(error);
    this.log(`${this.what}: Redis unavailable (${reason}); continuing without it`);
  }

  /** Records one operation that used Redis successfully. */
  ok(): void {
    if (!this.down) return;
    this.down = false;
    this.log(`${this.what}: Redis is back`);
  }

  get isDown(): boolean {
    return this.down;
  }
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
