/**
 * Runs the real server (`src/server/start.ts` through tsx, or the bundled
 * `scripts/launch.mjs server`) in a child process on a free loopback port,
 * so a test or bench can signal it, limit it (uid, file size) and measure it
 * without sharing its event loop.
 *
 * @example
 *   const s = await spawnServer({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
 *   await fetch(`${s.url}/healthz`); await s.stop();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ChildServer {
  url: string;
  port: number;
  child: ChildProcess;
  dataDir: string;
  /** Everything the server wrote to stdout and stderr (pino JSON lines). */
  output(): string;
  /** Resolves with the exit code (or signal) once the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves on exit. */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  /** `tsx` runs src/ directly (default); `launch` runs the bundle as `npm start` does. */
  entry?: 'tsx' | 'launch';
  /** Run as this user and group id (root ignores file modes). */
  uid?: number;
  /** Largest file the process may write, in bytes (RLIMIT_FSIZE via prlimit): a full disk. */
  maxFileBytes?: number;
  readyTimeoutMs?: number;
}

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function command(options: SpawnOptions): string[] {
  const base =
    options.entry === 'launch'
      ? [process.execPath, 'scripts/launch.mjs', 'server']
      : [process.execPath, '--import', 'tsx', 'src/server/start.ts'];
  return options.maxFileBytes === undefined ? base : ['prlimit', `--fsize=${options.maxFileBytes}`, '--', ...base];
}

/** Starts the server and waits until `/healthz` answers 200. */
export async function spawnServer(options: SpawnOptions = {}): Promise<ChildServer> {
  const port = await freePort();
  const dataDir = options.env?.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'icp-bot-child-'));
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: options.uid === undefined ? (process.env.HOME ?? tmpdir()) : tmpdir(),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    BOTFRAMEWORK_ENABLED: 'false',
    ...options.env,
  };
  const [file, ...args] = command(options);
  const child = spawn(file!, args, {
    cwd: process.cwd(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was ready:\n${out}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready within ${options.readyTimeoutMs ?? 30_000} ms:\n${out}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    port,
    child,
    dataDir,
    output: () => out,
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
