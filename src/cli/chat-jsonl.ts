/**
 * `chat --jsonl`: one JSON line in, one JSON line out, in order. Lines that
 * share `session` share conversation state; a line without one is a
 * conversation of its own. A bad line gets `{"id", "error"}` and the run goes on.
 *
 * @example
 *   echo '{"id":"a","text":"首次备案谁核验","session":"s1"}' | npm run --silent cli -- chat --jsonl
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { publicAnswer } from '../engine/compose.ts';
import type { Engine, Reply } from '../engine/types.ts';

interface InputLine {
  text: string;
  session?: string;
  lang?: 'zh' | 'en';
}

/** Checks one parsed line by hand (this path must not load zod: it runs at every CLI start). */
function validate(line: Record<string, unknown>): InputLine | string {
  const { text, session, lang } = line;
  if (typeof text !== 'string') return '"text" must be a string';
  if (session !== undefined && session !== null && typeof session !== 'string') return '"session" must be a string';
  if (lang !== undefined && lang !== null && lang !== 'zh' && lang !== 'en') return '"lang" must be "zh" or "en"';
  return { text, session: session ?? undefined, lang: lang ?? undefined } as InputLine;
}

/** The output object of one answered line. */
export function toJsonlOutput(id: string | number, reply: Reply) {
  return { id, ...publicAnswer(reply) };
}

/** Answers one input line; never throws. */
export async function answerLine(engine: Engine, line: string, lineNo: number): Promise<object> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: lineNo, error: 'line is not valid JSON' };
  }
  const maybeId = (parsed as { id?: unknown } | null)?.id;
  const id = typeof maybeId === 'string' || typeof maybeId === 'number' ? maybeId : lineNo;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { id, error: 'line must be a JSON object' };
  if (!('text' in parsed)) return { id, error: 'missing "text"' };
  const result = validate(parsed as Record<string, unknown>);
  if (typeof result === 'string') return { id, error: result };
  const { text, session, lang } = result;
  try {
    const reply = await engine.handle({ channel: 'cli', session: session !== undefined ? `s:${session}` : `line:${lineNo}`, text, lang });
    return toJsonlOutput(id, reply);
  } catch (err) {
    return { id, error: `could not answer: ${(err as Error).message}` };
  }
}

/** Reads JSON lines from `input` until it ends; resolves with the exit code. */
export async function runChatJsonl(engine: Engine, input: Readable, write: (line: string) => void): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      write(`${JSON.stringify(await answerLine(engine, line, lineNo))}\n`);
    }
  } catch {
    return 1;
  }
  return 0;
}
