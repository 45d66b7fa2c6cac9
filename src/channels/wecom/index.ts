/** The WeCom channel: self-built application (XML) and intelligent robot (JSON) callbacks. */

// Mounting
export { registerWeCom, type WeComOptions } from './plugin.ts';

// Protocol
export { WeComCrypto, wecomSignature, pkcs7Pad, pkcs7Unpad } from './crypto.ts';
export { parseWeComXml, textReplyXml, envelopeXml, cdata } from './xml.ts';
export { parseSignedQuery, type SignedQuery } from './query.ts';

// Modes
export { WeComApp, WECOM_TEXT_MAX_BYTES } from './app.ts';
export { WeComAibot, aibotSession, WECOM_STREAM_MAX_BYTES, type AibotMessage } from './aibot.ts';
