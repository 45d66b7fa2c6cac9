/**
 * DingTalk Stream mode: the official `dingtalk-stream` client keeps a
 * WebSocket to DingTalk, so no public URL is needed. Robot messages arrive as
 * CALLBACK frames, are acked at once, deduped by msgId and answered through
 * the same sessionWebhook path as HTTP mode.
 *
 * @example
 *   const stream = await startDingTalkStream(deps);
 *   // … on shutdown
 *   stream.stop();
 */
import { DWClient, EventAck, TOPIC_ROBOT, type DWClientDownStream } from 'dingtalk-stream';
import { ChannelPayloadError } from '../../errors.ts';
import type { ChannelDeps } from '../channel.ts';
import { DingTalkHandler } from './handle.ts';
import { parseRobotMessage } from './payload.ts';

/** A running Stream client. */
export interface DingTalkStream {
  handler: DingTalkHandler;
  /** Closes the socket and stops reconnecting. */
  stop(): void;
}

/** Parses a CALLBACK frame's `data` (a JSON string) into a robot message. */
export function parseStreamData(data: string) {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw new ChannelPayloadError('dingtalk', 'stream frame data is not JSON');
  }
  return parseRobotMessage(json);
}

/**
 * Connects with `config.dingtalk.clientId/clientSecret` and starts answering.
 * Resolves once the first connection attempt finished (the SDK retries on its own).
 */
export async function startDingTalkStream(deps: ChannelDeps, handler?: DingTalkHandler): Promise<DingTalkStream> {
  const cfg = deps.config.dingtalk;
  if (!cfg.enabled || !cfg.clientId || !cfg.clientSecret) {
    throw new ChannelPayloadError('dingtalk', 'stream mode needs DINGTALK_CLIENT_ID and DINGTALK_CLIENT_SECRET');
  }
  const active = handler ?? new DingTalkHandler(deps, cfg.allowedHosts);
  const client = new DWClient({ clientId: cfg.clientId, clientSecret: cfg.clientSecret, keepAlive: true });
  client.registerAllEventListener(() => ({ status: EventAck.SUCCESS }));
  client.registerCallbackListener(TOPIC_ROBOT, (frame: DWClientDownStream) => {
    // Ack first: an unacked push is re-sent for up to 60 s.
    client.socketCallBackResponse(frame.headers.messageId, { ok: true });
    try {
      active.accept(parseStreamData(frame.data));
    } catch (err) {
      deps.log.warn({ channel: 'dingtalk', reason: err instanceof Error ? err.message : 'unknown' }, 'dingtalk stream frame ignored');
    }
  });
  await client.connect();
  deps.log.info({ channel: 'dingtalk', connected: client.connected }, 'dingtalk stream client started');
  return { handler: active, stop: () => client.disconnect() };
}
