/**
 * Reads one YAML file of the knowledge base and validates it with a zod
 * schema, turning every YAML and zod issue into a `KbProblem` (file, path,
 * message with line number) instead of throwing, so the loader can report
 * all problems of all files at once.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { KbProblem } from '../errors.ts';

/** Formats a zod/YAML path as the dotted form used in problems: `examples.zh[3]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Where a YAML document is kept so zod issues can name a line. */
interface ParsedYaml {
  value: unknown;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Parses YAML text; YAML syntax errors (including duplicate keys) become problems. */
export function parseYamlText(text: string, file: string, problems: KbProblem[]): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = err.linePos?.[0].line ?? lineCounter.linePos(err.pos[0]).line;
      problems.push({ file, path: '', message: `YAML syntax (line ${line}): ${err.message.split('\n')[0]}` });
    }
    return undefined;
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // Walk up until a node exists: a missing key is reported at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return lineCounter.linePos(range[0]).line;
    }
    return undefined;
  };
  return { value: doc.toJS() as unknown, lineOf };
}

/** Validates a parsed value with a schema; every issue becomes a problem. */
export function validate<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  file: string,
  problems: KbProblem[],
): z.output<S> | undefined {
  const result = schema.safeParse(parsed.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const line = parsed.lineOf(issue.path);
    const where = line === undefined ? '' : ` (line ${line})`;
    problems.push({ file, path: formatPath(issue.path), message: `${issue.message}${where}` });
  }
  return undefined;
}

/**
 * Reads, parses and validates one file. Returns undefined (after recording
 * problems) when the file is missing, is not YAML, or fails the schema.
 * Example: `readYamlFile(join(dir, 'router.yaml'), 'router.yaml', routerConfigSchema, problems)`.
 */
export function readYamlFile<S extends z.ZodType>(
  absPath: string,
  file: string,
  schema: S,
  problems: KbProblem[],
): z.output<S> | undefined {
  let text: string;
  try {
    text = readFileSync(absPath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.push({ file, path: '', message: code === 'ENOENT' ? 'file is missing' : `cannot read file (${code ?? 'error'})` });
    return undefined;
  }
  const parsed = parseYamlText(text, file, problems);
  return parsed ? validate(schema, parsed, file, problems) : undefined;
}
