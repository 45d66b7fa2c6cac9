/**
 * Starts a real, throwaway `redis-server` on a free loopback port for tests
 * (no persistence), and can kill and restart it on the same port to simulate
 * an outage. Fails loudly when the binary is missing: CI installs it.
 *
 * @example
 *   const redis = await startRedis();
 *   const client = createRedisClient(redis.url);
 *   await redis.kill(); await redis.restart(); await redis.stop();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import type { Redis } from 'ioredis';

export interface TestRedis {
  url: string;
  port: number;
  /** Stops the server gracefully and waits for it to exit. */
  stop(): Promise<void>;
  /** SIGKILLs the server (an abrupt outage) and waits for it to exit. */
  kill(): Promise<void>;
  /** Starts a fresh server on the same port (data is gone: no persistence). */
  restart(): Promise<void>;
  /** SIGSTOPs the server: connections stay open but nothing answers (a hung Redis). */
  pause(): void;
  /** SIGCONTs a paused server. */
  resume(): void;
}

const BINARY = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server';

/** A port the OS says is free right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Sends PING over a raw socket; true on `+PONG`. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(200, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

function launch(port: number): ChildProcess {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  return spawn(BINARY, [...args, '--loglevel', 'warning'], { stdio: ['ignore', 'ignore', 'pipe'] });
}

async function waitReady(child: ChildProcess, port: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode} on port ${port}`);
    if (await ping(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not answer PING on port ${port} within 5 s`);
}

function exited(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Starts redis-server on a free loopback port and waits until it answers PING. */
export async function startRedis(): Promise<TestRedis> {
  if (!existsSync(BINARY)) {
    throw new Error(`redis-server not found at ${BINARY}: install it (apt-get install -y redis-server); these tests need a real Redis`);
  }
  const port = await freePort();
  let child = launch(port);
  await waitReady(child, port);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () => exited(child, 'SIGTERM'),
    kill: () => exited(child, 'SIGKILL'),
    restart: async () => {
      await exited(child, 'SIGKILL');
      child = launch(port);
      await waitReady(child, port);
    },
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
  };
}

/** Resolves once an ioredis client is connected and ready (rejects after 5 s). */
export async function clientReady(client: Redis): Promise<void> {
  if (client.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis client still ${client.status}`)), 5000);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
