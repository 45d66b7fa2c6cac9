/**
 * Graceful shutdown on SIGTERM/SIGINT: stop accepting connections, let
 * requests in flight finish (`app.close()` waits for them while /api/* and
 * /healthz answer 503), close stores and analytics, exit 0. A second signal
 * or the time bound (10 s) forces exit 1 so a stuck socket cannot hang a
 * deploy.
 *
 * @example
 *   onShutdownSignals(() => server.close(), log);
 */
import type { Logger } from 'pino';

/** Default bound on a graceful shutdown. */
export const SHUTDOWN_TIMEOUT_MS = 10_000;

/** Runs `close` once on the first SIGTERM/SIGINT and exits; returns a function that removes the handlers. */
export function onShutdownSignals(
  close: () => Promise<void>,
  log: Logger,
  options: { timeoutMs?: number; exit?: (code: number) => void } = {},
): () => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now');
      exit(1);
      return;
    }
    stopping = true;
    log.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    const timer = setTimeout(() => {
      log.error({ timeoutMs: options.timeoutMs ?? SHUTDOWN_TIMEOUT_MS }, 'shutdown took too long: exiting');
      exit(1);
    }, options.timeoutMs ?? SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    close().then(
      () => {
        clearTimeout(timer);
        log.info('shutdown complete');
        log.flush?.();
        exit(0);
      },
      (err: unknown) => {
        clearTimeout(timer);
        log.error({ err }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
  return () => {
    process.off('SIGTERM', handler);
    process.off('SIGINT', handler);
  };
}
