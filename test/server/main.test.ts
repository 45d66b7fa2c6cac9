/**
 * `npm start` as a real process: a wrong setting stops start-up with one line
 * naming the variable; with defaults it listens, says which channels are off,
 * and on SIGTERM shuts down cleanly with exit code 0.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENTRY = 'src/server/start.ts';

/** Runs the server entry with the given environment (nothing inherited but PATH and HOME). */
function run(env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: 'pipe',
  });
}

/** Resolves with the exit code once the process ends. */
const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('npm start', { timeout: 60_000 }, () => {
  it('stops with one line naming the variable when a setting is wrong', async () => {
    const child = run({ PORT: 'eighty' });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    expect(await exited(child)).toBe(1);
    expect(stderr.trim().split('\n')).toEqual(['PORT must be a whole number']);
  });

  it('listens with defaults, logs the channels that are off, and exits 0 on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'icp-bot-main-'));
    const child = run({ PORT: '0', DATA_DIR: dataDir, BOTFRAMEWORK_ENABLED: 'false' });
    const done = exited(child);
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString('utf8');
        const m = stdout.match(/listening on (http:\/\/[^"\s]+)/);
        if (m?.[1]) resolve(m[1]);
      });
      child.once('exit', () => reject(new Error(`exited early: ${stdout}`)));
    });
    try {
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      const chat = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"你好"}' });
      expect(chat.status).toBe(200);
      expect(stdout).toContain('dingtalk channel off');
      expect(stdout).toContain('wecom channel off');
      expect(stdout).toContain('botframework channel off');
      expect(stdout).toMatch(/widget\.js [\d.]+ KB, gzip [\d.]+ KB/);
      const stopping = Date.now();
      child.kill('SIGTERM');
      expect(await done).toBe(0);
      expect(Date.now() - stopping).toBeLessThan(10_000);
      expect(stdout).toContain('shutdown complete');
      for (const line of stdout.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
