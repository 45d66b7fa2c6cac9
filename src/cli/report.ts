/**
 * `report [--since 7d|24h|30m] [--json] [--suggest]`: the analytics report
 * from `<DATA_DIR>/analytics.sqlite`, for people (default) or as JSON.
 *
 * @example
 *   const code = await runReport(['--since', '24h', '--json'], { stdout: process.stdout, stderr: process.stderr, dataDir: config.dataDir });
 */
import { buildReport, formatReport } from '../analytics/report.ts';
import { openAnalyticsReader } from '../analytics/db.ts';

/** Where the command writes and what it reads. */
export interface ReportIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  dataDir: string;
  /** Clock in epoch ms (tests). */
  now?: () => number;
}

const USAGE = 'usage: report [--since 7d|24h|30m] [--json] [--suggest]\n';
import { parseDuration, UNIT_MS } from '../analytics/duration.ts';

export { parseDuration };

interface Args {
  sinceMs: number;
  json: boolean;
  suggest: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { sinceMs: 7 * UNIT_MS.d!, json: false, suggest: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--suggest') args.suggest = true;
    else if (arg === '--since' || arg.startsWith('--since=')) {
      const value = arg === '--since' ? argv[(i += 1)] : arg.slice('--since='.length);
      const ms = value === undefined ? undefined : parseDuration(value);
      if (ms === undefined) return `--since needs a duration such as 7d, 24h or 30m (got ${JSON.stringify(value ?? '')})`;
      args.sinceMs = ms;
    } else return `unknown option ${JSON.stringify(arg)}`;
  }
  return args;
}

/** Runs the command; resolves to the exit code (0 ok, 1 unreadable data, 2 bad usage). */
export async function runReport(argv: string[], io: ReportIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr.write(`report: ${args}\n${USAGE}`);
    return 2;
  }
  const now = (io.now ?? Date.now)();
  let db;
  try {
    db = openAnalyticsReader(io.dataDir);
  } catch (error) {
    io.stderr.write(`report: cannot read analytics in ${io.dataDir}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    const report = buildReport(db, { since: now - args.sinceMs, now });
    if (args.json) {
      const { suggest, ...rest } = report;
      io.stdout.write(`${JSON.stringify(args.suggest ? report : rest, null, 2)}\n`);
    } else io.stdout.write(formatReport(report, { suggest: args.suggest }));
    return 0;
  } catch (error) {
    io.stderr.write(`report: cannot read analytics in ${io.dataDir}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    db.close();
  }
}
