/**
 * `ask "<text>" [--lang zh|en] [--json] [--explain]`: one answer for a person,
 * or as one JSON object; `--explain` adds what support staff and KB editors
 * need: the normalised text, the top three intents and the evidence.
 */
import { redactPii } from '../core/pii.ts';
import { publicAnswer } from '../engine/compose.ts';
import { cliEngine } from './engine.ts';
import { langFlag, parseArgs, type CliIo } from './io.ts';

export async function runAsk(argv: readonly string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['lang']);
  const text = positional.join(' ');
  if (!text.trim()) {
    io.stderr.write('usage: ask "<text>" [--lang zh|en] [--json] [--explain]\n');
    return 2;
  }
  const lang = langFlag(flags.get('lang'));
  const engine = await cliEngine();
  const reply = await engine.handle({ channel: 'cli', session: 'ask', text, lang });
  const explain = flags.has('explain') ? engine.router.classify(text) : undefined;
  const kb = explain ? engine.router : undefined;

  if (flags.has('json')) {
    const out: Record<string, unknown> = publicAnswer(reply);
    if (explain) out.explain = { normalized: redactPii(explain.normalized), folded: redactPii(kb!.fold(text)), top: [{ intent: explain.intent, score: explain.confidence }, ...explain.runnersUp].slice(0, 3), evidence: explain.evidence, source: engine.sourceOf(reply.intent) };
    io.stdout.write(`${JSON.stringify(out)}\n`);
    return 0;
  }

  io.stdout.write(`${reply.text}\n`);
  if (reply.suggestions.length) io.stdout.write(`\n» ${reply.suggestions.map((s) => s.label).join('  |  ')}\n`);
  for (const link of reply.links) io.stdout.write(`→ ${link.label}: ${link.url}\n`);
  if (explain) {
    const top = [{ intent: explain.intent, score: explain.confidence }, ...explain.runnersUp].slice(0, 3);
    io.stdout.write('\n--- explain ---\n');
    io.stdout.write(`normalised: ${redactPii(explain.normalized)}\n`);
    io.stdout.write(`folded:     ${redactPii(kb!.fold(text))}\n`);
    io.stdout.write(`answered:   ${reply.intent} (${reply.confidence})  source: ${engine.sourceOf(reply.intent) ?? '-'}\n`);
    io.stdout.write(`top 3:      ${top.map((t) => `${t.intent} ${t.score}`).join(', ')}\n`);
    io.stdout.write(`slots:      ${JSON.stringify(explain.slots)}\n`);
    for (const e of explain.evidence) io.stdout.write(`evidence:   [${e.matcher}] ${e.intent} ${e.score}  ${e.detail}\n`);
  }
  return 0;
}
