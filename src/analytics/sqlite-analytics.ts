/**
 * Records every turn and every piece of feedback in `<DATA_DIR>/analytics.sqlite`
 * without ever slowing or failing an answer: `record*` only redact and push to
 * an in-memory buffer; an unref'd timer writes the buffer in one transaction
 * about once a second (sooner at 200 rows). Failures (read-only file, disk
 * full) are logged once per streak and counted; while the database keeps
 * failing the buffer stays bounded by dropping its oldest rows.
 *
 * Text is stored as `redactPii(text)` and session keys as salted SHA-256.
 *
 * @example
 *   const analytics = new SqliteAnalytics({ dataDir: config.dataDir, retentionDays: 90, log });
 *   analytics.recordTurn({ at: Date.now(), channel: 'web', session: 'abc', text: '收不到验证码', ... });
 *   await analytics.close(); // flushes
 */
import type { Statement } from 'better-sqlite3';
import { redactPii } from '../core/pii.ts';
import type { Analytics, TurnRecord } from '../engine/types.ts';
import { hashSession, openAnalyticsDb, purgeOlderThan, readSalt, type Db } from './db.ts';

/** Injected logger: one line per call. */
export type LogLine = (line: string) => void;

export interface SqliteAnalyticsOptions {
  dataDir: string;
  /** Rows older than this many days are purged at open and daily. */
  retentionDays: number;
  log: LogLine;
  now?: () => number;
  flushIntervalMs?: number;
  batchSize?: number;
  /** Most rows held while the database is failing. Default 10 000. */
  maxBuffer?: number;
}

type Feedback = { at: number; session: string; helpful: boolean; comment?: string };
type Pending = { kind: 'turn'; row: TurnRecord } | { kind: 'feedback'; row: Feedback };

/** Counters for metrics and tests. */
export interface AnalyticsStats {
  written: number;
  dropped: number;
  errors: number;
  buffered: number;
}

const DAY_MS = 86_400_000;
const finite = (n: number) => (Number.isFinite(n) ? n : 0);

/** {@link Analytics} on SQLite (better-sqlite3). */
export class SqliteAnalytics implements Analytics {
  private buffer: Pending[] = [];
  /** Rows before this index were dropped; the array is compacted now and then, not per row. */
  private head = 0;
  private db: Db | undefined;
  private salt = '';
  private timer: NodeJS.Timeout | undefined;
  private readonly purger: NodeJS.Timeout;
  private failing = false;
  private closed = false;
  private readonly counters = { written: 0, dropped: 0, errors: 0 };
  private readonly now: () => number;
  private readonly flushIntervalMs: number;
  private readonly batchSize: number;
  private readonly maxBuffer: number;
  private statements: { db: Db; insertTurn: Statement; insertFeedback: Statement } | undefined;
  private readonly hashes = new Map<string, string>();

  constructor(private readonly options: SqliteAnalyticsOptions) {
    this.now = options.now ?? Date.now;
    this.flushIntervalMs = options.flushIntervalMs ?? 1000;
    this.batchSize = options.batchSize ?? 200;
    this.maxBuffer = options.maxBuffer ?? 10_000;
    this.guard(() => this.ensureOpen());
    this.purger = setInterval(() => this.guard(() => this.purge()), DAY_MS);
    this.purger.unref();
  }

  recordTurn(turn: TurnRecord): void {
    this.push({ kind: 'turn', row: { ...turn, text: redactPii(turn.text) } });
  }

  recordFeedback(feedback: Feedback): void {
    const comment = feedback.comment === undefined ? undefined : redactPii(feedback.comment);
    this.push({ kind: 'feedback', row: { ...feedback, comment } });
  }

  /** Writes everything buffered now; never throws (failures are counted). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.buffer.length === this.head) return;
    const batch = this.head === 0 ? this.buffer : this.buffer.slice(this.head);
    const ok = this.guard(() => this.write(batch));
    if (!ok) return this.schedule(this.flushIntervalMs);
    // write() is synchronous: nothing was pushed while it ran.
    this.buffer = [];
    this.head = 0;
    if (this.failing) this.options.log('analytics: writing works again');
    this.failing = false;
  }

  stats(): AnalyticsStats {
    return { ...this.counters, buffered: this.buffer.length - this.head };
  }

  async close(): Promise<void> {
    this.flush();
    this.closed = true;
    clearInterval(this.purger);
    if (this.timer) clearTimeout(this.timer);
    this.closeQuietly();
  }

  private closeQuietly(): void {
    try {
      this.db?.close();
    } catch {
      // Already unusable; nothing more to release.
    }
    this.db = undefined;
  }

  private push(item: Pending): void {
    if (this.closed) return;
    this.buffer.push(item);
    const excess = this.buffer.length - this.head - this.maxBuffer;
    if (excess > 0) {
      // Dropping the oldest row by moving `head` is O(1): a splice per answer would
      // cost O(buffer) on every turn while the database is failing.
      this.head += excess;
      this.counters.dropped += excess;
      if (this.head >= 1024 && this.head * 2 >= this.buffer.length) {
        this.buffer = this.buffer.slice(this.head);
        this.head = 0;
      }
    }
    if (this.buffer.length - this.head >= this.batchSize) this.schedule(0);
    else if (!this.timer) this.schedule(this.flushIntervalMs);
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), ms);
    this.timer.unref();
  }

  private ensureOpen(): Db {
    if (this.db) return this.db;
    const db = openAnalyticsDb(this.options.dataDir);
    this.db = db;
    this.salt = readSalt(db);
    this.hashes.clear();
    this.purge();
    return db;
  }

  private purge(): void {
    const db = this.ensureOpen();
    purgeOlderThan(db, this.now() - this.options.retentionDays * DAY_MS);
  }

  /** Statements and the batch transaction, prepared once per open database. */
  private prepared(db: Db) {
    if (this.statements?.db === db) return this.statements;
    const insertTurn = db.prepare(
      `INSERT INTO turns (at, channel, session, text, intent, confidence, fallback, clarify, handoff, latency_ms, resolved_from)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertFeedback = db.prepare('INSERT INTO feedback (at, session, helpful, comment) VALUES (?, ?, ?, ?)');
    this.statements = { db, insertTurn, insertFeedback };
    return this.statements;
  }

  /** Salted session hashes, remembered: one conversation has many turns. */
  private hashed(session: string): string {
    let h = this.hashes.get(session);
    if (h === undefined) {
      if (this.hashes.size >= 10_000) this.hashes.clear();
      h = hashSession(this.salt, session);
      this.hashes.set(session, h);
    }
    return h;
  }

  private write(batch: Pending[]): void {
    const db = this.ensureOpen();
    const { insertTurn, insertFeedback } = this.prepared(db);
    const all = db.transaction((items: Pending[]) => {
      for (const item of items) {
        const session = this.hashed(item.row.session);
        const at = Math.round(finite(item.row.at));
        if (item.kind === 'feedback') {
          insertFeedback.run(at, session, item.row.helpful ? 1 : 0, item.row.comment ?? null);
          continue;
        }
        const t = item.row;
        insertTurn.run(at, t.channel, session, t.text, t.intent, finite(t.confidence), t.fallback ? 1 : 0,
          t.clarify ? 1 : 0, t.handoff ? 1 : 0, Math.round(finite(t.latencyMs)), t.resolvedFrom ?? null);
      }
    });
    all(batch);
    this.counters.written += batch.length;
  }

  /** Runs `work`, turning any failure into a counted, once-per-streak log line. */
  private guard(work: () => unknown): boolean {
    try {
      work();
      return true;
    } catch (error) {
      this.counters.errors += 1;
      // Reopen on the next flush: a handle opened read-only stays read-only after the file is fixed.
      this.closeQuietly();
      if (!this.failing) {
        const reason = error instanceof Error ? error.message : String(error);
        this.options.log(`analytics: cannot write to ${this.options.dataDir} (${reason}); answers are unaffected`);
      }
      this.failing = true;
      return false;
    }
  }
}
