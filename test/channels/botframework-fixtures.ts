/**
 * Fixtures for the Bot Framework channel tests: a fake Bot Connector on
 * loopback that records what the bot POSTs, and incoming activities.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

/** A local stand-in for `serviceUrl`. */
export interface FakeConnector {
  serviceUrl: string;
  received: ConnectorCall[];
  /** Resolves once `count` requests have arrived. */
  waitFor(count: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the connector on 127.0.0.1 and an ephemeral port; it answers `{"id":"r<n>"}`. */
export async function startFakeConnector(): Promise<FakeConnector> {
  const received: ConnectorCall[] = [];
  let waiters: Array<{ count: number; resolve: () => void }> = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: JSON.parse(raw || '{}') as Record<string, unknown> });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `r${received.length}` }));
      waiters = waiters.filter((w) => (received.length >= w.count ? (w.resolve(), false) : true));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    waitFor: (count) =>
      received.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let next = 0;

/** A user's message activity as the Emulator or Teams sends it; `overrides` replace fields. */
export function messageActivity(serviceUrl: string, text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  next += 1;
  return {
    type: 'message',
    id: `act-${next}`,
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'user-1', name: 'User' },
    recipient: { id: 'bot-1', name: 'Bot' },
    conversation: { id: 'conv-1' },
    text,
    locale: 'zh-CN',
    ...overrides,
  };
}

/** A conversationUpdate announcing `added` members. */
export function membersAddedActivity(serviceUrl: string, added: string[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base = messageActivity(serviceUrl, '', overrides);
  delete base.text;
  return { ...base, type: 'conversationUpdate', membersAdded: added.map((id) => ({ id })), ...overrides };
}
