/**
 * Slowloris-style clients against the real app on loopback: headers sent a
 * byte at a time and a body trickled byte by byte. The server must drop them
 * once its header (10 s) and request (15 s) timeouts pass, and keep serving
 * everyone else meanwhile.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startHarness, type Harness } from '../server/harness.ts';

const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 15_000;
const SLACK_MS = 2_500;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' } });
});
afterAll(async () => h?.close());

interface Trickle {
  socket: Socket;
  /** Resolves with how long the server let the socket live, and what it answered. */
  closed: Promise<{ afterMs: number; answer: string }>;
}

/** Opens a socket, writes `head` at once, then one byte of `drip` every `everyMs`. */
function trickle(port: number, head: string, drip: string, everyMs: number): Trickle {
  const socket = connect({ host: '127.0.0.1', port });
  const started = Date.now();
  let answer = '';
  let timer: NodeJS.Timeout | undefined;
  socket.on('data', (d: Buffer) => (answer += d.toString('utf8')));
  socket.once('connect', () => {
    socket.write(head);
    let i = 0;
    timer = setInterval(() => {
      if (socket.destroyed || socket.writableEnded) return;
      socket.write(drip[i % drip.length]!);
      i += 1;
    }, everyMs);
  });
  const closed = new Promise<{ afterMs: number; answer: string }>((resolve) => {
    socket.once('close', () => {
      clearInterval(timer);
      resolve({ afterMs: Date.now() - started, answer });
    });
    socket.on('error', () => undefined);
  });
  return { socket, closed };
}

describe('slow and stalled clients', () => {
  it('drops header and body tricklers within the timeouts while other clients are answered at once', async () => {
    const port = Number(new URL(h.base).port);
    const headerDrips = Array.from({ length: 40 }, () =>
      trickle(port, 'POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Slow: aaaaaaaaaaaaaaaaaa\r\n', 400),
    );
    const bodyDrips = Array.from({ length: 10 }, () =>
      trickle(
        port,
        'POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{"text":"',
        '短',
        300,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));

    // Held sockets do not hold the server: a normal chat is still answered quickly.
    for (let i = 0; i < 5; i += 1) {
      const started = Date.now();
      const res = await post(h.base, '/api/chat', { text: '验证码收不到怎么办' });
      expect(res.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1000);
    }

    const headers = await Promise.all(headerDrips.map((t) => t.closed));
    const bodies = await Promise.all(bodyDrips.map((t) => t.closed));
    for (const { afterMs } of headers) {
      expect(afterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 500);
      expect(afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + SLACK_MS);
    }
    for (const { afterMs, answer } of bodies) {
      expect(afterMs).toBeLessThan(REQUEST_TIMEOUT_MS + SLACK_MS);
      // Never a 5xx or a chat answer for a body that never arrived.
      expect(answer).not.toMatch(/^HTTP\/1\.1 [25]\d\d/);
    }
    const res = await post(h.base, '/api/chat', { text: '验证码收不到怎么办' });
    expect(res.status).toBe(200);
  }, 40_000);
});
