/**
 * Loads the knowledge base in `intents/`: reads every YAML file, validates
 * it with the zod schemas of `schema.ts`, runs the cross-file checks, and
 * throws one `KnowledgeBaseError` listing every problem found. Synchronous
 * and fast, so it runs once at start-up and in tests.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KnowledgeBaseError, type KbProblem } from '../errors.ts';
import { checkIntents, checkLexicon, checkStrings, checkWhoVerifies, expectedIdFor, type LoadedIntent } from './cross-check.ts';
import { readYamlFile } from './read-yaml.ts';
import { readingsOf, stringsIn, type Readings } from './readings.ts';
import { signatureOf } from './signature.ts';
import { resolveIntentsDir } from './resolve.ts';

export { resolveIntentsDir };
import {
  intentSchema,
  lexiconSchema,
  routerConfigSchema,
  stringsSchema,
  whoVerifiesSchema,
  type Intent,
  type Lexicon,
  type RouterConfig,
  type Strings,
  type WhoVerifiesTable,
} from './schema.ts';

/** The validated knowledge base, as the router and engine use it. */
export interface KnowledgeBase {
  /** Every intent by id, including `fallback`. */
  intents: Map<string, Intent>;
  lexicon: Lexicon;
  strings: Strings;
  whoVerifies: WhoVerifiesTable;
  router: RouterConfig;
  /** Pinyin readings of every Chinese character above, for reading pinyin typed without an input method. */
  readings: Readings;
}

const INTENT_FOLDERS = ['msg', 'faq', 'chat'] as const;

/** Relative paths (`msg/verify-failed.yaml`) of the intent files, sorted. */
function listIntentFiles(dir: string, problems: KbProblem[]): string[] {
  const files: string[] = [];
  for (const folder of INTENT_FOLDERS) {
    let names: string[];
    try {
      names = readdirSync(join(dir, folder));
    } catch {
      problems.push({ file: `${folder}/`, path: '', message: 'folder is missing' });
      continue;
    }
    for (const name of names.sort()) {
      if (name.endsWith('.yaml')) files.push(`${folder}/${name}`);
      else if (name.endsWith('.yml')) problems.push({ file: `${folder}/${name}`, path: '', message: 'use the .yaml extension' });
    }
  }
  // A missing fallback.yaml is reported once, as a missing required intent.
  return existsSync(join(dir, 'fallback.yaml')) ? [...files, 'fallback.yaml'] : files;
}

/** Reads every intent file; files that exist but fail go into `broken`. */
function readIntents(dir: string, problems: KbProblem[]): { loaded: LoadedIntent[]; broken: Set<string> } {
  const loaded: LoadedIntent[] = [];
  const broken = new Set<string>();
  for (const file of listIntentFiles(dir, problems)) {
    const intent = readYamlFile(join(dir, file), file, intentSchema, problems);
    if (intent) loaded.push({ file, intent });
    else if (existsSync(join(dir, file))) broken.add(expectedIdFor(file));
  }
  return { loaded, broken };
}

/** Parsed knowledge bases by directory; YAML parsing is the slow part (~0.1-0.3 s cold). */
const cache = new Map<string, { signature: string; kb: KnowledgeBase }>();

/**
 * Loads and validates the whole knowledge base, or throws a
 * `KnowledgeBaseError` whose `problems` list every file/path/message at once.
 * A second call for an unchanged directory returns a fresh copy of the cached
 * result in a few milliseconds; any edited file is re-read.
 * Example: `const kb = loadKnowledgeBase(); kb.intents.get('faq.deadline')?.answer.zh`.
 */
export function loadKnowledgeBase(dir: string = resolveIntentsDir()): KnowledgeBase {
  const key = resolve(dir);
  const signature = signatureOf(key);
  const hit = cache.get(key);
  if (hit?.signature === signature) return structuredClone(hit.kb);
  const kb = readKnowledgeBase(key);
  cache.set(key, { signature, kb });
  return structuredClone(kb);
}

/** Reads and validates every file of `dir`, uncached. */
function readKnowledgeBase(dir: string): KnowledgeBase {
  const problems: KbProblem[] = [];
  const { loaded, broken } = readIntents(dir, problems);
  checkIntents(loaded, problems, broken);

  const lexicon = readYamlFile(join(dir, 'lexicon.yaml'), 'lexicon.yaml', lexiconSchema, problems);
  if (lexicon) checkLexicon(lexicon, 'lexicon.yaml', problems);
  const strings = readYamlFile(join(dir, 'strings.yaml'), 'strings.yaml', stringsSchema, problems);
  if (strings) checkStrings(strings, 'strings.yaml', problems);
  const tableFile = 'tables/who-verifies.yaml';
  const whoVerifies = readYamlFile(join(dir, tableFile), tableFile, whoVerifiesSchema, problems);
  if (whoVerifies) checkWhoVerifies(whoVerifies, tableFile, problems);
  const router = readYamlFile(join(dir, 'router.yaml'), 'router.yaml', routerConfigSchema, problems);

  if (problems.length > 0 || !lexicon || !strings || !whoVerifies || !router) throw new KnowledgeBaseError(problems);
  const intents = new Map(loaded.map(({ intent }) => [intent.id, intent]));
  const readings = readingsOf(stringsIn([[...intents.values()], lexicon, whoVerifies]));
  return { intents, lexicon, strings, whoVerifies, router, readings };
}
