/**
 * What every platform channel needs from the rest of the app, and the one
 * error shape its routes answer with. A channel turns a platform payload into
 * an `IncomingMessage` and the engine's `Reply` back into the platform format;
 * it never picks an intent.
 *
 * @example
 *   registerDingTalk(app, { engine, config, log: app.log });
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Engine } from '../engine/types.ts';
import { ChannelAuthError, ChannelPayloadError } from '../errors.ts';

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

/** The JSON error body of the public interface: `{"error":{"code","message"}}`. */
export interface ErrorBody {
  error: { code: string; message: string };
}

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/**
 * Maps a thrown error to a status and JSON body. Channel errors carry their
 * status; fastify's own (413 body too large, 415, bad JSON) carry `statusCode`.
 * Anything else is a 500 whose message is not echoed.
 */
export function toChannelErrorResponse(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof ChannelAuthError) {
    return { status: err.status, body: { error: { code: CODES[err.status]!, message: err.message } } };
  }
  if (err instanceof ChannelPayloadError) {
    return { status: 400, body: { error: { code: 'bad_request', message: err.message } } };
  }
  const status = (err as Partial<FastifyError> | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = err instanceof Error ? err.message : 'bad request';
    return { status, body: { error: { code: CODES[status] ?? 'bad_request', message } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'internal error' } } };
}

/**
 * Installs a scope-local error handler so a channel answers with the JSON
 * error shape even when mounted without the main server's global handler.
 */
export function useChannelErrors(scope: FastifyInstance, channel: string, log: Logger): void {
  scope.setErrorHandler((err, _request, reply) => {
    const { status, body } = toChannelErrorResponse(err);
    if (status >= 500) log.error({ channel, err: (err as Error).name }, `${channel} request failed`);
    else log.warn({ channel, status, code: body.error.code }, `${channel} request rejected`);
    return reply.status(status).type('application/json').send(body);
  });
}
