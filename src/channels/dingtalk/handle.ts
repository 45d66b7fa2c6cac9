/**
 * The part of the DingTalk channel shared by HTTP and Stream mode: dedupe a
 * validated robot message, ask the engine, and hand the rendered answer to
 * the sessionWebhook delivery. Never throws; the platform was already acked.
 *
 * @example
 *   const handler = new DingTalkHandler(deps, allowedHosts);
 *   handler.accept(parseRobotMessage(body)); // 'accepted' | 'duplicate'
 */
import type { ChannelDeps } from '../channel.ts';
import { Deduper } from '../dedupe.ts';
import { WebhookDelivery, webhookRefusal } from './delivery.ts';
import { isGroup, toIncoming, type RobotMessage } from './payload.ts';
import { APOLOGY, TEXT_ONLY_NOTICE } from '../text.ts';
import { toDingTalkReply, toDingTalkText, type DingTalkAudience } from './render.ts';

/** Dedupes, answers and delivers DingTalk robot messages. */
export class DingTalkHandler {
  readonly delivery: WebhookDelivery;
  private readonly dedupe = new Deduper();
  private readonly work = new Set<Promise<void>>();

  constructor(
    private readonly deps: ChannelDeps,
    private readonly allowedHosts: string[],
    delivery?: WebhookDelivery,
  ) {
    this.delivery =
      delivery ?? new WebhookDelivery({ allowedHosts, log: deps.log, fetch: deps.fetch, now: deps.now });
  }

  /** Starts answering `msg` in the background unless its msgId was seen before. */
  accept(msg: RobotMessage): 'accepted' | 'duplicate' {
    if (this.dedupe.seen(msg.msgId)) {
      this.deps.log.info({ channel: 'dingtalk' }, 'dingtalk duplicate message ignored');
      return 'duplicate';
    }
    const job = this.answer(msg).finally(() => this.work.delete(job));
    this.work.add(job);
    return 'accepted';
  }

  /** Resolves when every accepted message was answered and delivered (for shutdown and tests). */
  async idle(): Promise<void> {
    while (this.work.size > 0) await Promise.all([...this.work]);
    await this.delivery.idle();
  }

  private async answer(msg: RobotMessage): Promise<void> {
    const { engine, log } = this.deps;
    const now = (this.deps.now ?? Date.now)();
    const refusal = webhookRefusal(msg.sessionWebhook, this.allowedHosts, msg.sessionWebhookExpiredTime, now);
    if (refusal) {
      log.warn({ channel: 'dingtalk', reason: refusal }, 'dingtalk message not answered: sessionWebhook refused');
      return;
    }
    const audience: DingTalkAudience = { group: isGroup(msg), staffId: msg.senderStaffId };
    const incoming = toIncoming(msg);
    let body;
    if (!incoming) {
      body = toDingTalkText(TEXT_ONLY_NOTICE, audience);
    } else {
      try {
        body = toDingTalkReply(await engine.handle(incoming), audience);
      } catch (err) {
        log.error({ channel: 'dingtalk', err: err instanceof Error ? err.name : 'unknown' }, 'engine failed on a dingtalk message');
        body = toDingTalkText(APOLOGY, audience);
      }
    }
    this.delivery.enqueue(msg.sessionWebhook, body, msg.sessionWebhookExpiredTime);
  }
}
