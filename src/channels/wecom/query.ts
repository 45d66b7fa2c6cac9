/**
 * The signed query string of every WeCom callback.
 *
 * @example
 *   parseSignedQuery(request.query) // { msg_signature, timestamp, nonce, echostr? }
 */
import { z } from 'zod';
import { ChannelAuthError } from '../../errors.ts';

const querySchema = z.object({
  msg_signature: z.string().regex(/^[0-9a-fA-F]{40}$/),
  timestamp: z.string().regex(/^\d{1,12}$/),
  nonce: z.string().min(1).max(64),
  // A base64 `+` left unencoded in the URL arrives as a space.
  echostr: z
    .string()
    .max(4096)
    .transform((v) => v.replaceAll(' ', '+'))
    .optional(),
});

/** `msg_signature`, `timestamp`, `nonce` and (GET only) `echostr`. */
export type SignedQuery = z.infer<typeof querySchema>;

/** Validates the query; a missing or malformed signature part is a 401. */
export function parseSignedQuery(query: unknown): SignedQuery {
  const parsed = querySchema.safeParse(query);
  if (!parsed.success) {
    throw new ChannelAuthError('wecom', `missing or malformed ${String(parsed.error.issues[0]!.path[0] ?? 'query')}`);
  }
  return parsed.data;
}
