/** Platform channels: each turns a platform payload into an IncomingMessage and a Reply back. */

// Shared
export { type ChannelDeps, type Logger, CHANNEL_BODY_LIMIT, useChannelErrors } from './channel.ts';
export { Deduper, TtlMap } from './dedupe.ts';
export { stripMention, truncateUtf8 } from './text.ts';

// Channels
export { registerDingTalk, startDingTalkStream } from './dingtalk/index.ts';
export { registerWeCom } from './wecom/index.ts';
