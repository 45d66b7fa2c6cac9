/**
 * The one place that turns an error into an HTTP answer, for the server and
 * every channel plugin alike. Every error the
 * server sends has the shape `{"error":{"code","message"}}` of
 * interfaces.md, with the status that says what went wrong.
 *
 * @example
 *   toHttpError(new ChannelAuthError('dingtalk', 'bad sign')) // { status: 401, body: { error: { code: 'unauthorized', ... } } }
 */
import { ChannelAuthError, ChannelPayloadError } from './errors.ts';

/** The JSON body of every error answer. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** An error answer: status and body. */
export interface HttpErrorAnswer {
  status: number;
  body: ErrorBody;
}

/** Builds the error body; one line of text, no stack. */
export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Fastify's own error codes and what they mean for the client. */
const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send the body as application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request', message: 'Content-Length does not match the body.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json', message: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', message: 'The body is not valid JSON.' },
};

/** The contract's code for a 4xx status fastify or a plugin set without saying more. */
const STATUS_CODES: Record<number, string> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

interface ErrorLike {
  code?: unknown;
  statusCode?: unknown;
  validation?: unknown;
  message?: unknown;
}

/** Maps any thrown value to a status and the contract's error body. */
export function toHttpError(err: unknown): HttpErrorAnswer {
  if (err instanceof ChannelAuthError) {
    return { status: err.status, body: errorBody(err.status === 403 ? 'forbidden' : 'unauthorized', err.message) };
  }
  if (err instanceof ChannelPayloadError) return { status: 400, body: errorBody('bad_request', err.message) };
  const e = (typeof err === 'object' && err !== null ? err : {}) as ErrorLike;
  if (typeof e.code === 'string' && e.code in FASTIFY_CODES) {
    const known = FASTIFY_CODES[e.code]!;
    return { status: known.status, body: errorBody(known.code, known.message) };
  }
  if (e.validation !== undefined) {
    return { status: 400, body: errorBody('invalid_request', String(e.message ?? 'The request is invalid.')) };
  }
  if (err instanceof SyntaxError || e.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return { status: 400, body: errorBody('invalid_json', 'The body is not valid JSON.') };
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    return { status, body: errorBody(STATUS_CODES[status] ?? 'bad_request', String(e.message ?? 'The request is invalid.')) };
  }
  return { status: 500, body: errorBody('internal', 'Something went wrong on our side. Please try again.') };
}
