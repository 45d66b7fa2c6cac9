/**
 * `eval <file.jsonl> [--json] [--errors]`: answers each labelled line as a
 * fresh conversation through the engine (as `chat --jsonl` would) and
 * reports accuracy. Lines: `{"text", "intent", "accept"?: [ids]}`.
 */
import { readFileSync } from 'node:fs';
import { redactPii } from '../core/pii.ts';
import { createDefaultEngine } from '../engine/index.ts';
import { formatEval, scoreEval, type EvalCase } from './eval-metrics.ts';
import { parseArgs, type CliIo } from './io.ts';

export async function runEval(argv: readonly string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  const file = positional[0];
  if (!file) {
    io.stderr.write('usage: eval <file.jsonl> [--json] [--errors]\n');
    return 2;
  }
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    io.stderr.write(`cannot read ${file}: ${(err as Error).message}\n`);
    return 2;
  }
  const engine = createDefaultEngine();
  const cases: EvalCase[] = [];
  let n = 0;
  for (const line of content.split('\n')) {
    n++;
    if (!line.trim()) continue;
    let row: { text?: unknown; intent?: unknown; accept?: unknown };
    try {
      row = JSON.parse(line);
    } catch {
      io.stderr.write(`${file}:${n}: not valid JSON, skipped\n`);
      continue;
    }
    if (typeof row.text !== 'string' || typeof row.intent !== 'string') {
      io.stderr.write(`${file}:${n}: needs "text" and "intent", skipped\n`);
      continue;
    }
    const reply = await engine.handle({ channel: 'cli', session: `eval:${n}`, text: row.text });
    const accept = Array.isArray(row.accept) ? row.accept.filter((a): a is string => typeof a === 'string') : [];
    cases.push({ gold: row.intent, accept, predicted: reply.intent, text: redactPii(row.text) });
  }
  const report = scoreEval(cases);
  if (flags.has('json')) {
    const { errors, ...rest } = report;
    io.stdout.write(`${JSON.stringify(flags.has('errors') ? report : rest)}\n`);
  } else io.stdout.write(formatEval(report, flags.has('errors')));
  return 0;
}
