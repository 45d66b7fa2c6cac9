/**
 * Safe XML for WeCom callbacks: DOCTYPE/ENTITY declarations are refused and
 * entity processing is off (no XXE, no billion laughs); values stay strings
 * (MsgId does not fit a double). Replies are built with CDATA.
 *
 * @example
 *   parseWeComXml('<xml><Encrypt><![CDATA[abc]]></Encrypt></xml>') // { Encrypt: 'abc' }
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ChannelPayloadError } from '../../errors.ts';

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: true,
});

/** Parses `<xml>…</xml>` into its direct string fields; throws {@link ChannelPayloadError} (400). */
export function parseWeComXml(raw: string): Record<string, string> {
  if (/<!DOCTYPE|<!ENTITY/i.test(raw)) throw new ChannelPayloadError('wecom', 'XML with DOCTYPE or ENTITY is refused');
  if (XMLValidator.validate(raw) !== true) throw new ChannelPayloadError('wecom', 'body is not well-formed XML');
  let root: unknown;
  try {
    root = parser.parse(raw)?.xml;
  } catch {
    // fast-xml-parser refuses names such as __proto__ or constructor with a plain Error.
    throw new ChannelPayloadError('wecom', 'XML with a reserved element name is refused');
  }
  if (!root || typeof root !== 'object') throw new ChannelPayloadError('wecom', 'body has no <xml> root');
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(root)) {
    if (typeof value === 'string') fields[name] = decodeXmlEntities(value);
  }
  return fields;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined XML entities in one pass (nothing user-defined). */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

/** Wraps text in CDATA, splitting any `]]>` inside it. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** The plaintext of a passive text reply: to the user, from the corp. */
export function textReplyXml(toUser: string, fromCorp: string, createTime: number, content: string): string {
  return (
    `<xml><ToUserName>${cdata(toUser)}</ToUserName><FromUserName>${cdata(fromCorp)}</FromUserName>` +
    `<CreateTime>${createTime}</CreateTime><MsgType>${cdata('text')}</MsgType><Content>${cdata(content)}</Content></xml>`
  );
}

/** The encrypted envelope WeCom expects as the HTTP response. */
export function envelopeXml(encrypt: string, signature: string, timestamp: string, nonce: string): string {
  return (
    `<xml><Encrypt>${cdata(encrypt)}</Encrypt><MsgSignature>${cdata(signature)}</MsgSignature>` +
    `<TimeStamp>${timestamp}</TimeStamp><Nonce>${cdata(nonce)}</Nonce></xml>`
  );
}
