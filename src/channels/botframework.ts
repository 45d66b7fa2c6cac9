/**
 * Bot Framework channel (Teams, Web Chat, Emulator): `POST /api/messages`
 * handled by a Botkit controller mounted on our own fastify server. Botkit
 * and botbuilder are imported here and nowhere else, and only when the
 * channel is on, so swapping in the Microsoft 365 Agents SDK touches one file.
 *
 * With MICROSOFT_APP_ID/PASSWORD the standard Bot Framework JWT check runs.
 * Without them (local / Emulator mode) only loopback clients are accepted and
 * replies go only to a loopback serviceUrl, so nobody can make us POST elsewhere.
 *
 * @example
 *   await registerBotFramework(app, { engine, config, log: app.log });
 */
import type { Activity, BotFrameworkAdapter, ChannelAccount, Storage, TurnContext, WebRequest, WebResponse } from 'botbuilder';
import type { BotkitMessage, BotWorker } from 'botkit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../core/types.ts';
import type { Engine, Reply } from '../engine/types.ts';
import { ChannelAuthError, ChannelPayloadError } from '../errors.ts';
import { CHANNEL_BODY_LIMIT, useChannelErrors, type ChannelDeps } from './channel.ts';
import { Deduper } from './dedupe.ts';

const CHANNEL = 'botframework';
const ROUTE = '/api/messages';

/** What `registerBotFramework` returns when on (for tests and diagnostics). */
export interface BotFrameworkChannel {
  mode: 'local' | 'credentials';
  /** The Botkit controller; it owns no web server. */
  controller: { webserver?: unknown; http?: unknown };
}

/** True for 127.0.0.0/8, ::1 and ::ffff:127.x. Example: `isLoopbackAddress('::1') // true`. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** True when replies to `url` stay on this machine. Example: `isLoopbackServiceUrl('http://localhost:3978') // true`. */
export function isLoopbackServiceUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.username || parsed.password) return false;
  return parsed.hostname === 'localhost' || parsed.hostname === '[::1]' || isLoopbackAddress(parsed.hostname);
}

/** The reply language a BCP-47 locale asks for; `undefined` lets the engine detect it. Example: `langOfLocale('en-US') // 'en'`. */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  const tag = locale?.toLowerCase() ?? '';
  if (tag.startsWith('en')) return 'en';
  if (tag.startsWith('zh')) return 'zh';
  return undefined;
}

/** The engine session of an activity: the conversation, plus the sender in group chats. */
export function sessionOf(activity: Pick<Activity, 'conversation' | 'from'>): string {
  const id = activity.conversation.id;
  return activity.conversation.isGroup ? `${id}:${activity.from.id}` : id;
}

/** Removes Teams `<at>Bot</at>` mentions from a message text. Example: `'<at>Bot</at> 你好'` → `'你好'`. */
export function stripAtMentions(text: string | undefined): string {
  return (text ?? '').replace(/<at>[^<]*<\/at>/g, ' ').trim();
}

/** The outgoing activity for an engine reply: markdown text, quick replies as imBack buttons, same locale. */
export function toReplyActivity(reply: Reply, locale: string | undefined): Partial<Activity> {
  const activity: Partial<Activity> = { type: 'message', textFormat: 'markdown', text: reply.markdown, locale };
  if (reply.suggestions.length > 0) {
    activity.suggestedActions = {
      to: [],
      actions: reply.suggestions.map((s) => ({ type: 'imBack', title: s.label, value: s.value })),
    };
  }
  return activity;
}

/**
 * Mounts `POST /api/messages`, or nothing (one log line) when
 * BOTFRAMEWORK_ENABLED=false. Await it before the app is ready.
 */
export async function registerBotFramework(app: FastifyInstance, deps: ChannelDeps): Promise<BotFrameworkChannel | null> {
  const cfg = deps.config.botframework;
  if (!cfg.enabled) {
    deps.log.info({ channel: CHANNEL }, 'botframework channel off: BOTFRAMEWORK_ENABLED=false');
    return null;
  }
  const local = !cfg.appId;
  const { Botkit } = await import('botkit');
  // disable_webserver: Botkit creates no Express app and never listens; NO_STORAGE: the engine keeps sessions.
  const controller = new Botkit({
    adapterConfig: { appId: cfg.appId ?? '', appPassword: cfg.appPassword ?? '', channelAuthTenant: cfg.tenantId },
    disable_webserver: true,
    disable_console: true,
    storage: NO_STORAGE,
  });
  // Botkit's own BotkitBotFrameworkAdapter (a BotFrameworkAdapter): standard JWT auth and the connector client.
  const adapter = controller.adapter as Pick<BotFrameworkAdapter, 'processActivity'>;
  const failures = new WeakSet<object>();
  const answer = (kind: 'message' | 'greeting') => async (bot: BotWorker, message: BotkitMessage) => {
    try {
      await respond(bot, message, kind, deps.engine, deps.config.defaultLang);
    } catch (err) {
      failures.add(message.context as object);
      deps.log.error({ channel: CHANNEL, err: (err as Error).name }, 'botframework turn failed');
    }
  };
  controller.on('message', answer('message'));
  controller.on('conversationUpdate', answer('greeting'));

  const dedupe = new Deduper({ now: deps.now });
  app.register(async (scope) => {
    useChannelErrors(scope, CHANNEL, deps.log);
    scope.addHook('onRequest', async (request) => (local ? requireLoopbackClient(request) : requireBearer(request)));
    scope.post(ROUTE, { bodyLimit: CHANNEL_BODY_LIMIT }, async (request, reply) => {
      const body = request.body as Partial<Activity> | null;
      if (!body || typeof body !== 'object' || typeof body.type !== 'string') {
        throw new ChannelPayloadError(CHANNEL, 'the body is not a Bot Framework activity');
      }
      if (local && !isLoopbackServiceUrl(body.serviceUrl)) {
        throw new ChannelAuthError(CHANNEL, 'without MICROSOFT_APP_ID, replies go only to a loopback serviceUrl', 403);
      }
      if (body.id && dedupe.seen(`${body.channelId}|${body.conversation?.id}|${body.id}`)) return reply.status(200).send();
      // Local mode never validates tokens: that would fetch Microsoft's signing keys.
      const req: WebRequest = { body, headers: local ? {} : request.headers, method: 'POST' };
      const out = { status: 500, body: undefined as unknown, failed: false };
      const res: WebResponse = {
        status: (code: number) => void (out.status = code),
        send: (sent: unknown) => void (out.body = sent),
        end: () => undefined,
      };
      await adapter
        .processActivity(req, res, async (context: TurnContext) => {
          await controller.handleTurn(context);
          out.failed = failures.has(context);
        })
        .catch(() => undefined); // already written to `out`
      return sendOutcome(reply, out);
    });
  });
  deps.log.info({ channel: CHANNEL, mode: local ? 'local' : 'credentials' }, `botframework channel on: POST ${ROUTE}`);
  return { mode: local ? 'local' : 'credentials', controller };
}

/** Botkit's dialog state is unused (the engine has its own sessions); this keeps it from growing forever. */
const NO_STORAGE: Storage = { read: async () => ({}), write: async () => undefined, delete: async () => undefined };

async function respond(bot: BotWorker, message: BotkitMessage, kind: 'message' | 'greeting', engine: Engine, defaultLang: Lang): Promise<void> {
  const activity = message.incoming_message;
  let text = stripAtMentions(activity.text);
  let lang = langOfLocale(activity.locale);
  if (kind === 'greeting') {
    if (!shouldGreet(activity)) return;
    lang ??= defaultLang;
    text = lang === 'en' ? 'hello' : '你好';
  }
  if (!text) return;
  const reply = await engine.handle({ channel: CHANNEL, session: sessionOf(activity), text, lang });
  await bot.reply(message, toReplyActivity(reply, activity.locale));
}

/** One-to-one: greet when the user joins; group chats: only when the bot itself is added. */
function shouldGreet(activity: Activity): boolean {
  const bot = activity.recipient?.id;
  const added: ChannelAccount[] = activity.membersAdded ?? [];
  return activity.conversation?.isGroup ? added.some((m) => m.id === bot) : added.some((m) => m.id !== bot);
}

function requireLoopbackClient(request: FastifyRequest): void {
  if (!isLoopbackAddress(request.socket.remoteAddress) || !isLoopbackAddress(request.ip)) {
    throw new ChannelAuthError(CHANNEL, 'without MICROSOFT_APP_ID only loopback clients may call /api/messages', 403);
  }
}

function requireBearer(request: FastifyRequest): void {
  if (!/^Bearer \S+$/i.test(request.headers.authorization ?? '')) {
    throw new ChannelAuthError(CHANNEL, 'a Bot Framework bearer token is required', 401);
  }
}

function sendOutcome(reply: FastifyReply, out: { status: number; body: unknown; failed: boolean }) {
  if (out.failed) throw new Error('botframework turn failed');
  if (out.status === 401) throw new ChannelAuthError(CHANNEL, 'Bot Framework authentication failed', 401);
  if (out.status === 400) throw new ChannelPayloadError(CHANNEL, 'the body is not a valid Bot Framework activity');
  if (out.status === 501) return reply.status(501).send({ error: { code: 'not_implemented', message: 'activity not handled' } });
  if (out.status >= 400) throw new Error(`botframework adapter answered ${out.status}`);
  return out.body === undefined ? reply.status(out.status).send() : reply.status(out.status).send(out.body);
}
