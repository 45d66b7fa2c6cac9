/**
 * The analytics database cannot be written: the file and its directory are
 * read-only for the server's user, or the disk is full (the server runs
 * with a file-size limit, so SQLite's writes fail with EFBIG). The server
 * is the real one in a child process; answers must continue regardless.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteAnalytics } from '../../src/analytics/index.ts';
import { post } from '../server/harness.ts';
import { spawnServer, type ChildServer } from './child-server.ts';

const NOBODY = 65534;
let server: ChildServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Sends `count` chats and feedback, `parallel` at a time; returns how many answered 200 with text. */
async function hammer(base: string, count: number, parallel = 10): Promise<number> {
  let ok = 0;
  const worker = async (w: number) => {
    for (let i = w; i < count; i += parallel) {
      const res = await post(base, '/api/chat', { session: `s${i % 50}`, text: `验证码收不到怎么办 ${'备案'.repeat(i % 40)}` });
      const body = (await res.json()) as { text?: string; session?: string };
      if (res.status === 200 && body.text) ok += 1;
      if (i % 10 === 0) await post(base, '/api/feedback', { session: body.session ?? 'x', helpful: true, comment: '有用'.repeat(200) });
    }
  };
  await Promise.all(Array.from({ length: parallel }, (_, w) => worker(w)));
  return ok;
}

describe('analytics database unwritable', () => {
  it('keeps answering when the database file and directory are read-only', async () => {
    dir = mkdtempSync(join(tmpdir(), 'icp-bot-ro-'));
    await new SqliteAnalytics({ dataDir: dir, retentionDays: 90, log: () => {} }).close();
    chmodSync(join(dir, 'analytics.sqlite'), 0o444);
    chmodSync(dir, 0o555);
    // root ignores file modes: the server runs as nobody.
    server = await spawnServer({ uid: NOBODY, env: { DATA_DIR: dir, RATE_LIMIT_PER_MINUTE: '0' } });
    expect(await hammer(server.url, 300)).toBe(300);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(await hammer(server.url, 30)).toBe(30);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const cannot = server.output().match(/analytics: cannot write/g) ?? [];
    // Logged once per streak of failures, not once per turn.
    expect(cannot.length).toBe(1);
    chmodSync(dir, 0o755);
  }, 60_000);

  it('keeps answering when the disk is full', async () => {
    dir = mkdtempSync(join(tmpdir(), 'icp-bot-full-'));
    server = await spawnServer({ maxFileBytes: 64 * 1024, env: { DATA_DIR: dir, RATE_LIMIT_PER_MINUTE: '0' } });
    expect(await hammer(server.url, 600)).toBe(600);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(await hammer(server.url, 30)).toBe(30);
    expect(server.output()).toMatch(/analytics: cannot write[^"]*(full|large|EFBIG|I\/O)/i);
    expect(server.child.exitCode).toBeNull();
  }, 60_000);
});
