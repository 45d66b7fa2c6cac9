/**
 * Delivers replies to a DingTalk `sessionWebhook` in the background: only to
 * allowed hosts over https (http only for loopback), never after the webhook
 * expired, with retries and a cap on pending deliveries. Failures are logged
 * (host only, no message text) and never thrown.
 *
 * @example
 *   const delivery = new WebhookDelivery({ allowedHosts: ['oapi.dingtalk.com'], log });
 *   delivery.enqueue(msg.sessionWebhook, body, msg.sessionWebhookExpiredTime);
 */
import { redactPii } from '../../core/pii.ts';
import type { Logger } from '../channel.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Options of {@link WebhookDelivery}. */
export interface DeliveryOptions {
  allowedHosts: string[];
  log: Logger;
  fetch?: typeof fetch;
  now?: () => number;
  /** Waits before the 2nd, 3rd… try; its length + 1 is the number of tries. Default [500, 1000]. */
  backoffMs?: number[];
  /** Per-try timeout; default 5 s. */
  timeoutMs?: number;
  /** Deliveries in flight beyond which new ones are dropped; default 1000. */
  maxPending?: number;
}

/** Why a webhook URL is refused, or `null` when it may be used. */
export function webhookRefusal(raw: string, allowedHosts: string[], expiresAt: number | undefined, now: number): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (url.username || url.password) return 'credentials in URL';
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return 'not https';
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const allowed = allowedHosts.map((h) => h.toLowerCase());
  if (!allowed.includes(url.host) && !allowed.includes(`${url.hostname}:${port}`)) return `host ${url.host} not allowed`;
  if (expiresAt !== undefined && expiresAt <= now) return 'webhook expired';
  return null;
}

class RetryableError extends Error {}

/** A background sender with retries and a bounded queue. */
export class WebhookDelivery {
  private pending = 0;
  private idleWaiters: Array<() => void> = [];
  private readonly backoffMs: number[];

  constructor(private readonly options: DeliveryOptions) {
    this.backoffMs = options.backoffMs ?? [500, 1000];
  }

  /** Starts a delivery; returns false (and logs) when the URL is refused or the queue is full. */
  enqueue(url: string, body: unknown, expiresAt?: number): boolean {
    const { log } = this.options;
    const now = (this.options.now ?? Date.now)();
    const refusal = webhookRefusal(url, this.options.allowedHosts, expiresAt, now);
    if (refusal) {
      log.warn({ channel: 'dingtalk', reason: refusal }, 'dingtalk reply not sent: sessionWebhook refused');
      return false;
    }
    if (this.pending >= (this.options.maxPending ?? 1000)) {
      log.warn({ channel: 'dingtalk', pending: this.pending }, 'dingtalk reply dropped: too many pending deliveries');
      return false;
    }
    this.pending += 1;
    void this.deliver(url, body).finally(() => {
      this.pending -= 1;
      if (this.pending === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    });
    return true;
  }

  /** Deliveries still in flight. */
  get inFlight(): number {
    return this.pending;
  }

  /** Resolves once nothing is in flight (for shutdown and tests). */
  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async deliver(url: string, body: unknown): Promise<void> {
    const host = new URL(url).host;
    const tries = this.backoffMs.length + 1;
    for (let attempt = 1; attempt <= tries; attempt += 1) {
      try {
        await this.post(url, body);
        return;
      } catch (err) {
        const retry = err instanceof RetryableError && attempt < tries;
        // Messages are built here (status, errcode) or redacted where they come from fetch.
        const reason = err instanceof Error ? err.message : 'unknown';
        this.options.log.warn({ channel: 'dingtalk', host, attempt, reason }, retry ? 'dingtalk reply failed, retrying' : 'dingtalk reply failed');
        if (!retry) return;
        await new Promise((resolve) => setTimeout(resolve, this.backoffMs[attempt - 1]));
      }
    }
  }

  private async post(url: string, body: unknown): Promise<void> {
    const doFetch = this.options.fetch ?? fetch;
    // One controller per try, its timer cleared as soon as the body is read: an
    // `AbortSignal.timeout` would keep the signal and the request alive for the
    // whole timeout, moving every reply into the old generation under load.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), this.options.timeoutMs ?? 5000);
    let res: Response;
    let text: string;
    try {
      try {
        res = await doFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: controller.signal,
        });
      } catch (err) {
        throw new RetryableError(err instanceof Error ? redactPii(`${err.name}: ${err.message}`) : 'network error');
      }
      text = await res.text().catch(() => '');
    } finally {
      clearTimeout(timer);
    }
    if (res.status >= 500 || res.status === 429) throw new RetryableError(`HTTP ${res.status}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const errcode = /"errcode"\s*:\s*(-?\d+)/.exec(text)?.[1];
    if (errcode !== undefined && errcode !== '0') throw new Error(`DingTalk errcode ${errcode}`);
  }
}
