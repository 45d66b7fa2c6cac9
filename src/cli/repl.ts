/**
 * `repl`: a terminal conversation with one session, for support staff
 * trying phrasings. `/lang en`, `/lang zh` switch the reply language; `/quit` ends.
 */
import { createInterface } from 'node:readline';
import type { Engine, Reply } from '../engine/index.ts';

function render(reply: Reply): string {
  const lines = [reply.text];
  if (reply.suggestions.length) lines.push('', reply.suggestions.map((s, i) => `[${i + 1}] ${s.label}`).join('   '));
  for (const l of reply.links) lines.push(`→ ${l.label}: ${l.url}`);
  lines.push(`  (${reply.intent} ${reply.confidence})`);
  return lines.join('\n');
}

export async function runRepl(engine: Engine, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY === true });
  let lang: 'zh' | 'en' | undefined;
  let last: Reply | undefined;
  output.write('短信核验助手 · SMS verification helper — type a question, a number to pick a suggestion, /quit to leave.\n');
  rl.setPrompt('> ');
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line.startsWith('/lang ')) {
      const l = line.slice(6).trim();
      lang = l === 'en' || l === 'zh' ? l : undefined;
      output.write(`lang: ${lang ?? 'auto'}\n`);
    } else if (line) {
      const pick = /^\d$/.test(line) ? last?.suggestions[Number(line) - 1]?.value : undefined;
      last = await engine.handle({ channel: 'cli', session: 'repl', text: pick ?? line, lang });
      output.write(`${render(last)}\n`);
    }
    rl.prompt();
  }
  rl.close();
  return 0;
}
