/**
 * The command line: `npm run --silent cli -- <command>`.
 *   ask "<text>" [--lang zh|en] [--json] [--explain]
 *   chat --jsonl
 *   repl
 *   eval <file.jsonl> [--json] [--errors]
 *   report [--since 7d] [--json] [--suggest]
 */
import type { CliIo } from './io.ts';

const USAGE = `usage: cli <command>
  ask "<text>" [--lang zh|en] [--json] [--explain]   one answer
  chat --jsonl                                       JSON lines on stdin -> JSON lines on stdout
  repl                                               a conversation in the terminal
  eval <file.jsonl> [--json] [--errors]              accuracy over labelled lines
  report [--since 7d] [--json] [--suggest]           what the bot could not answer
`;

export async function main(argv: readonly string[], io: CliIo = process): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'ask':
      return (await import('./ask.ts')).runAsk(rest, io);
    case 'chat': {
      if (!rest.includes('--jsonl')) {
        io.stderr.write('usage: chat --jsonl\n');
        return 2;
      }
      const { cliEngine } = await import('./engine.ts');
      const { runChatJsonl } = await import('./chat-jsonl.ts');
      return runChatJsonl(await cliEngine(), process.stdin, (line) => io.stdout.write(line));
    }
    case 'repl': {
      const { cliEngine } = await import('./engine.ts');
      return (await import('./repl.ts')).runRepl(await cliEngine(), process.stdin, process.stdout);
    }
    case 'eval':
      return (await import('./eval.ts')).runEval(rest, io);
    case 'report': {
      const { loadConfig } = await import('../config.ts');
      const config = await loadConfig();
      return (await import('./report.ts')).runReport(rest, { ...io, dataDir: config.dataDir });
    }
    default:
      io.stderr.write(USAGE);
      return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
  }
}

// A reader that goes away (`… | head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
