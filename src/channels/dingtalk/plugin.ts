/**
 * Mounts the DingTalk channel on the fastify app: `POST /dingtalk` in HTTP
 * mode (signed callbacks, acked with `{}` at once, answered via the
 * sessionWebhook), or the Stream client in stream mode (started when the app
 * is ready, stopped when it closes). Off without secrets: nothing is mounted.
 *
 * @example
 *   registerDingTalk(app, { engine, config, log: app.log });
 */
import type { FastifyInstance } from 'fastify';
import { CHANNEL_BODY_LIMIT, useChannelErrors, type ChannelDeps } from '../channel.ts';
import { DingTalkHandler } from './handle.ts';
import { parseRobotMessage } from './payload.ts';
import { verifyDingTalkSignature } from './sign.ts';
import { startDingTalkStream, type DingTalkStream } from './stream.ts';

/** Longest shutdown wait for replies still being delivered. */
const DRAIN_MS = 5000;

/** Registers the channel; returns its handler (for draining and tests), or `null` when off. */
export function registerDingTalk(app: FastifyInstance, deps: ChannelDeps): DingTalkHandler | null {
  const cfg = deps.config.dingtalk;
  if (!cfg.enabled) {
    deps.log.info({ channel: 'dingtalk' }, 'dingtalk channel off: DINGTALK_APP_SECRET unset');
    return null;
  }
  const handler = new DingTalkHandler(deps, cfg.allowedHosts);
  const drain = () => Promise.race([handler.idle(), new Promise<void>((r) => setTimeout(r, DRAIN_MS).unref())]);

  if (cfg.mode === 'stream') {
    let stream: DingTalkStream | undefined;
    let closed = false;
    app.addHook('onReady', async () => {
      // Not awaited: the SDK keeps retrying on its own and must not hold up start-up.
      void startDingTalkStream(deps, handler).then(
        (s) => (closed ? s.stop() : (stream = s)),
        (err: Error) => deps.log.error({ channel: 'dingtalk', reason: err.message }, 'dingtalk stream failed to start'),
      );
    });
    app.addHook('onClose', async () => {
      closed = true;
      stream?.stop();
      await drain();
    });
    deps.log.info({ channel: 'dingtalk' }, 'dingtalk channel on: stream mode (no /dingtalk route)');
    return handler;
  }

  const secret = cfg.appSecret;
  if (!secret) {
    deps.log.info({ channel: 'dingtalk' }, 'dingtalk channel off: DINGTALK_APP_SECRET unset');
    return null;
  }
  const now = deps.now ?? Date.now;
  app.register(async (scope) => {
    useChannelErrors(scope, 'dingtalk', deps.log);
    // Before the body is read: unsigned requests cost nothing.
    scope.addHook('onRequest', async (request) => verifyDingTalkSignature(request.headers, secret, now()));
    scope.post('/dingtalk', { bodyLimit: CHANNEL_BODY_LIMIT }, async (request, reply) => {
      handler.accept(parseRobotMessage(request.body));
      return reply.status(200).send({});
    });
  });
  app.addHook('onClose', drain);
  deps.log.info({ channel: 'dingtalk' }, 'dingtalk channel on: POST /dingtalk');
  return handler;
}
