/**
 * The platform channels mounted next to the web API. Each registrar mounts
 * its routes only when its secrets are set and otherwise logs one line
 * saying it is off ("dingtalk channel off: DINGTALK_APP_SECRET unset").
 *
 * @example
 *   buildApp({ ...deps, extraChannels: platformChannels({ engine, config, log }) });
 */
import { registerBotFramework } from '../channels/botframework.ts';
import { registerDingTalk, registerWeCom, type ChannelDeps } from '../channels/index.ts';
import type { ChannelRegistrar } from './app.ts';

/** Registrars for DingTalk, WeCom and Bot Framework (`POST /api/messages`, Botkit loaded only when on). */
export function platformChannels(deps: ChannelDeps): ChannelRegistrar[] {
  return [
    (app) => void registerDingTalk(app, deps),
    (app) => void registerWeCom(app, deps),
    async (app) => void (await registerBotFramework(app, deps)),
  ];
}
