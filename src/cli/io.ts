/**
 * The streams a CLI command writes to, injectable so tests can run commands
 * in-process. Example: `await runAsk(['你好'], { stdout: process.stdout, stderr: process.stderr })`.
 */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

/** Splits `--flag value` / `--flag` options from positional arguments. */
export function parseArgs(argv: readonly string[], valued: readonly string[] = []): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) flags.set(name, inline);
      else if (valued.includes(name) && i + 1 < argv.length) flags.set(name, argv[++i]!);
      else flags.set(name, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

/** A `--lang` value, or undefined; throws a readable error for anything else. */
export function langFlag(value: string | true | undefined): 'zh' | 'en' | undefined {
  if (value === undefined) return undefined;
  if (value === 'zh' || value === 'en') return value;
  throw new Error('--lang must be zh or en');
}
