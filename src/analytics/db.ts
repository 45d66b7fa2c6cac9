/**
 * The analytics SQLite file: schema, per-install salt and retention purge.
 * Shared by the writer (`SqliteAnalytics`) and the readers (`report`, the CLI,
 * `/admin/stats`).
 *
 * @example
 *   const db = openAnalyticsDb('./data');          // ./data/analytics.sqlite, WAL, schema applied
 *   purgeOlderThan(db, Date.now() - 90 * 86_400_000);
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** The file name inside `DATA_DIR`. */
export const ANALYTICS_FILE = 'analytics.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS turns (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  channel TEXT NOT NULL,
  session TEXT NOT NULL,
  text TEXT NOT NULL,
  intent TEXT NOT NULL,
  confidence REAL NOT NULL,
  fallback INTEGER NOT NULL,
  clarify INTEGER NOT NULL,
  handoff INTEGER NOT NULL,
  latency_ms INTEGER NOT NULL,
  resolved_from TEXT
);
CREATE INDEX IF NOT EXISTS turns_at ON turns (at);
-- No index on session: a random 64-character key made every insert ~6x slower,
-- and only the occasional report needs turns by session (it sorts instead).
DROP INDEX IF EXISTS turns_session_at;
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  session TEXT NOT NULL,
  helpful INTEGER NOT NULL,
  comment TEXT
);
CREATE INDEX IF NOT EXISTS feedback_at ON feedback (at);
`;

/** Creates the tables (idempotent) and the per-install salt on first use. */
export function applySchema(db: Db): void {
  db.exec(SCHEMA);
  db.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '1')`).run();
  db.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('salt', ?)`).run(randomBytes(16).toString('hex'));
}

/** Opens (creating directory, file and schema) the analytics database for writing. */
export function openAnalyticsDb(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, ANALYTICS_FILE));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // Writes run on the event loop: never wait long for another writer.
    db.pragma('busy_timeout = 50');
    applySchema(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens the analytics database for reading only; when the file does not
 * exist yet, an empty in-memory database with the same schema (a fresh
 * install has nothing to report, which is not an error).
 */
export function openAnalyticsReader(dataDir: string): Db {
  const file = join(dataDir, ANALYTICS_FILE);
  if (!existsSync(file)) {
    const empty = new Database(':memory:');
    applySchema(empty);
    return empty;
  }
  return new Database(file, { readonly: true, fileMustExist: true });
}

/** The per-install salt, read from the meta table. */
export function readSalt(db: Db): string {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'salt'`).get() as { value: string } | undefined;
  if (!row) throw new Error('analytics database has no salt');
  return row.value;
}

/** A session key as stored: salted SHA-256, so rows of one session group without revealing it. */
export function hashSession(salt: string, session: string): string {
  return createHash('sha256').update(salt).update('\0').update(session).digest('hex');
}

/** Deletes turns and feedback recorded before `cutoff` (epoch ms); returns how many rows went. */
export function purgeOlderThan(db: Db, cutoff: number): number {
  const purge = db.transaction(() => {
    const turns = db.prepare('DELETE FROM turns WHERE at < ?').run(cutoff).changes;
    const feedback = db.prepare('DELETE FROM feedback WHERE at < ?').run(cutoff).changes;
    return turns + feedback;
  });
  return purge();
}
