/**
 * Per-IP and per-session rate limiting on top of the injected `RateLimiter`
 * (in memory or Redis, so several instances share one count). A request is
 * refused with 429, the contract's error body and `Retry-After` as soon as
 * any of its keys is over the limit. A limiter that fails lets the request
 * through: an outage of the counter store must not take the bot down.
 *
 * @example
 *   const verdict = await checkLimits(limiter, ['ip:127.0.0.1', 's:abc']);
 *   if (!verdict.allowed) reply.header('retry-after', verdict.retryAfterSeconds);
 */
import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import type { RateLimiter } from '../engine/types.ts';
import { errorBody } from '../http-errors.ts';
import type { Metrics } from './metrics.ts';

/** The outcome for one request across all its keys. */
export interface LimitVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
  /** The key scope that refused it (`ip`, `s`, `fb`), when refused. */
  scope?: string;
}

/** Counts one hit on every key; refused if any key is over its limit. */
export async function checkLimits(limiter: RateLimiter, keys: string[], log?: FastifyBaseLogger): Promise<LimitVerdict> {
  let verdict: LimitVerdict = { allowed: true, retryAfterSeconds: 0 };
  for (const key of keys) {
    try {
      const hit = await limiter.hit(key);
      if (!hit.allowed && (verdict.allowed || hit.retryAfterSeconds > verdict.retryAfterSeconds)) {
        verdict = { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(hit.retryAfterSeconds)), scope: key.split(':')[0] };
      }
    } catch (err) {
      log?.warn({ err }, 'rate limiter unavailable; request let through');
    }
  }
  return verdict;
}

/**
 * Applies the limits for one request; returns true when it was refused
 * (the 429 answer is already sent). `keys` with an undefined part are skipped.
 */
export async function refuseIfLimited(
  deps: { limiter: RateLimiter; metrics: Metrics; enabled: boolean },
  keys: Array<string | undefined>,
  reply: FastifyReply,
): Promise<boolean> {
  if (!deps.enabled) return false;
  const verdict = await checkLimits(
    deps.limiter,
    keys.filter((k): k is string => k !== undefined),
    reply.log,
  );
  if (verdict.allowed) return false;
  deps.metrics.rateLimited.inc({ scope: verdict.scope ?? 'unknown' });
  await reply
    .code(429)
    .header('retry-after', String(verdict.retryAfterSeconds))
    .send(errorBody('rate_limited', `Too many messages. Please try again in ${verdict.retryAfterSeconds} seconds.`));
  return true;
}
