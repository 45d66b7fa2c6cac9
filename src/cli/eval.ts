/**
 * `eval <file.jsonl> [--json] [--errors]`: answers each labelled line as a
 * fresh conversation through the engine (as `chat --jsonl` would) and
 * reports accuracy. Lines: `{"text", "intent", "accept"?: [ids]}`.
 */
import { readFileSync } from 'node:fs';
import { redactPii } from '../core/pii.ts';
import { cliEngine } from './engine.ts';
import { formatEval, scoreEval, type EvalCase } from './eval-metrics.ts';
import { parseArgs, type CliIo } from './io.ts';
import { replayConversations, type Conversation } from './replay.ts';

/** One conversation line, or undefined when it is not JSON of the right shape. */
function parseConversation(line: string): Conversation | undefined {
  try {
    const c = JSON.parse(line) as Partial<Conversation>;
    const ok = typeof c.name === 'string' && Array.isArray(c.turns) && c.turns.every((t) => t !== null && typeof t === 'object' && typeof t.text === 'string');
    return ok ? (c as Conversation) : undefined;
  } catch {
    return undefined;
  }
}

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
  const engine = await cliEngine();
  if (/"turns"\s*:/.test(content.slice(0, 2000))) {
    const conversations: Conversation[] = [];
    for (const [i, line] of content.split('\n').entries()) {
      if (!line.trim()) continue;
      const conv = parseConversation(line);
      if (conv) conversations.push(conv);
      else io.stderr.write(`${file}:${i + 1}: needs valid JSON with "name" and "turns" (each with "text"), skipped\n`);
    }
    const r = await replayConversations(engine, conversations);
    if (flags.has('json')) io.stdout.write(`${JSON.stringify(r)}\n`);
    else {
      io.stdout.write(`conversations passed ${r.passed}/${r.conversations} (${Math.round((r.passed / Math.max(1, r.conversations)) * 1000) / 10}%), turns ${r.turnsPassed}/${r.turns}\n`);
      if (flags.has('errors')) for (const f of r.failures) io.stdout.write(`  ✗ ${f.name} · turn ${f.turn}: ${f.problems.join('; ')}\n`);
    }
    return 0;
  }
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
