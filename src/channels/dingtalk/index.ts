/** The DingTalk channel: HTTP callbacks and Stream mode. */

// Mounting
export { registerDingTalk } from './plugin.ts';
export { startDingTalkStream, type DingTalkStream } from './stream.ts';

// Protocol
export { signDingTalk, verifyDingTalkSignature, DINGTALK_MAX_SKEW_MS } from './sign.ts';
export { parseRobotMessage, toIncoming, sessionOf, type RobotMessage } from './payload.ts';
export { toDingTalkReply, toDingTalkText, sendMessageLink, type DingTalkOutgoing } from './render.ts';

// Delivery
export { DingTalkHandler } from './handle.ts';
export { WebhookDelivery, webhookRefusal } from './delivery.ts';
