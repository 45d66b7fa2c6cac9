import { describe, expect, it } from 'vitest';
import { cdata, envelopeXml, parseWeComXml, textReplyXml } from '../../../src/channels/wecom/xml.ts';
import { ChannelPayloadError } from '../../../src/errors.ts';
import { B } from '../fixtures/wecom-vectors.ts';

describe('parseWeComXml', () => {
  it('reads the fields of vector B as strings', () => {
    expect(parseWeComXml(B.plaintext)).toEqual({
      ToUserName: 'ww1436e0e65a779aee',
      FromUserName: 'ChenJiaShun',
      CreateTime: '1476422779',
      MsgType: 'text',
      Content: '你好',
      MsgId: '1456453720',
      AgentID: '1000002',
    });
  });

  it('keeps long message ids exact and decodes only the predefined entities', () => {
    const xml = '<xml><MsgId>7349123456789012345</MsgId><Content>a &lt;b&gt; &amp;amp;</Content></xml>';
    expect(parseWeComXml(xml)).toEqual({ MsgId: '7349123456789012345', Content: 'a <b> &amp;' });
  });

  it('refuses DOCTYPE and ENTITY declarations (XXE, billion laughs)', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><xml><Content>&lol2;</Content></xml>';
    const xxe = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><Content>&xxe;</Content></xml>';
    expect(() => parseWeComXml(laughs)).toThrow(/DOCTYPE/);
    expect(() => parseWeComXml(xxe)).toThrow(ChannelPayloadError);
  });

  it('refuses XML that is not well-formed or has another root', () => {
    expect(() => parseWeComXml('<xml><Encrypt>abc</xml>')).toThrow(ChannelPayloadError);
    expect(() => parseWeComXml('<root><Encrypt>abc</Encrypt></root>')).toThrow(/<xml>/);
  });
});

describe('reply XML', () => {
  it('round-trips a text reply, even with ]]> in the content', () => {
    const xml = textReplyXml('ChenJiaShun', 'ww1', 1476422779, 'a ]]> b');
    expect(cdata('x]]>y')).toBe('<![CDATA[x]]]]><![CDATA[>y]]>');
    expect(parseWeComXml(xml)).toEqual({
      ToUserName: 'ChenJiaShun',
      FromUserName: 'ww1',
      CreateTime: '1476422779',
      MsgType: 'text',
      Content: 'a ]]> b',
    });
  });

  it('builds the encrypted envelope', () => {
    expect(parseWeComXml(envelopeXml('enc', 'sig', '1', 'n'))).toEqual({ Encrypt: 'enc', MsgSignature: 'sig', TimeStamp: '1', Nonce: 'n' });
  });
});
