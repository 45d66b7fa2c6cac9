/**
 * What every platform channel needs from the rest of the app, and the one
 * error shape its routes answer with. A channel turns a platform payload into
 * an `IncomingMessage` and the engine's `Reply` back into the platform format;
 * it never picks an intent. Errors are mapped by `toHttpError`, as in the server.
 *
 * @example
 *   registerDingTalk(app, { engine, config, log: app.log });
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Engine } from '../engine/types.ts';
import { toHttpError } from '../http-errors.ts';

/** The pino-like subset of a logger the channels use. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Dependencies handed to every channel plugin; `now` and `fetch` are injectable for tests. */
export interface ChannelDeps {
  engine: Engine;
  config: Config;
  log: Logger;
  /** Milliseconds since the epoch; default `Date.now`. */
  now?: () => number;
  /** Outgoing HTTP (reply webhooks); default the global `fetch`. */
  fetch?: typeof fetch;
}

/** Largest request body a platform callback may carry. */
export const CHANNEL_BODY_LIMIT = 64 * 1024;

/**
 * Installs a scope-local error handler so a channel answers with the JSON
 * error shape even when mounted without the main server's global handler.
 */
export function useChannelErrors(scope: FastifyInstance, channel: string, log: Logger): void {
  scope.setErrorHandler((err, _request, reply) => {
    const { status, body } = toHttpError(err);
    if (status >= 500) log.error({ channel, err: (err as Error).name }, `${channel} request failed`);
    else log.warn({ channel, status, code: body.error.code }, `${channel} request rejected`);
    return reply.status(status).type('application/json').send(body);
  });
}
