/**
 * Mounts the WeCom channel on the fastify app: `GET /wecom` answers the URL
 * check with the bare decrypted echostr, `POST /wecom` answers encrypted
 * messages (XML in `app` mode, JSON in `aibot` mode). Off without
 * WECOM_TOKEN/WECOM_ENCODING_AES_KEY: nothing is mounted.
 *
 * @example
 *   registerWeCom(app, { engine, config, log: app.log });
 */
import type { FastifyInstance } from 'fastify';
import { CHANNEL_BODY_LIMIT, useChannelErrors, type ChannelDeps } from '../channel.ts';
import { WeComAibot } from './aibot.ts';
import { WeComApp } from './app.ts';
import { WeComCrypto } from './crypto.ts';
import { parseSignedQuery } from './query.ts';
import { ChannelAuthError } from '../../errors.ts';

/** Options for tests: the reply budget inside WeCom's 5 s window (default 4.5 s). */
export interface WeComOptions {
  budgetMs?: number;
}

/** Registers the channel; returns false when it is off. */
export function registerWeCom(app: FastifyInstance, deps: ChannelDeps, options: WeComOptions = {}): boolean {
  const cfg = deps.config.wecom;
  if (!cfg.enabled) {
    deps.log.info({ channel: 'wecom' }, 'wecom channel off: WECOM_TOKEN unset');
    return false;
  }
  const crypto = new WeComCrypto(cfg.token, cfg.encodingAesKey, cfg.corpId);
  const responder =
    cfg.mode === 'aibot'
      ? new WeComAibot(deps, crypto, options.budgetMs)
      : new WeComApp(deps, crypto, cfg.corpId, options.budgetMs);
  const contentType = cfg.mode === 'aibot' ? 'application/json' : 'application/xml';

  app.register(async (scope) => {
    useChannelErrors(scope, 'wecom', deps.log);
    // WeCom's content types vary (text/xml, application/json, none): read every body as text.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

    scope.get('/wecom', async (request, reply) => {
      const query = parseSignedQuery(request.query);
      if (!query.echostr) throw new ChannelAuthError('wecom', 'missing echostr');
      crypto.verify(query.msg_signature, query.timestamp, query.nonce, query.echostr);
      return reply.type('text/plain; charset=utf-8').send(crypto.decrypt(query.echostr));
    });

    scope.post('/wecom', { bodyLimit: CHANNEL_BODY_LIMIT }, async (request, reply) => {
      const query = parseSignedQuery(request.query);
      const body = typeof request.body === 'string' ? request.body : '';
      const answer = await responder.receive(query, body);
      if (answer === null) return reply.status(200).type('text/plain; charset=utf-8').send('');
      return reply.status(200).type(`${contentType}; charset=utf-8`).send(answer);
    });
  });
  deps.log.info({ channel: 'wecom', mode: cfg.mode }, 'wecom channel on: GET/POST /wecom');
  return true;
}
