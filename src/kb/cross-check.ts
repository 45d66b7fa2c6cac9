/**
 * Checks that span files: the id contract of `ids.ts`, `related` and `then` links,
 * prompts only on msg.*, the keys of strings.yaml, placeholders that agree
 * across languages, and Table C scope ids. Each check appends problems and
 * never throws, so one run reports everything.
 */
import type { KbProblem } from '../errors.ts';
import { FALLBACK, REQUIRED_INTENTS } from './ids.ts';
import { placeholdersOf, REQUIRED_STRINGS } from './required-strings.ts';
import type { Bilingual, Intent, Lexicon, Strings, WhoVerifiesTable } from './schema.ts';

/** An intent together with the file it came from. */
export interface LoadedIntent {
  file: string;
  intent: Intent;
}

/** The id a file must declare: `msg/verify-failed.yaml` -> `msg.verify-failed`. */
export function expectedIdFor(file: string): string {
  if (file === 'fallback.yaml') return FALLBACK;
  return file.replace(/\.yaml$/, '').replace('/', '.');
}

/** Every placeholder used in one language must be used in the other. */
function checkPlaceholders(text: Bilingual, file: string, path: string, problems: KbProblem[]): void {
  const zh = placeholdersOf(text.zh).join(',');
  const en = placeholdersOf(text.en).join(',');
  if (zh !== en) problems.push({ file, path, message: `placeholders differ: zh {${zh}} vs en {${en}}` });
}

/** Checks one intent against its file name and its kind (msg/faq/chat/fallback). */
function checkIntentShape({ file, intent }: LoadedIntent, problems: KbProblem[]): void {
  const expected = expectedIdFor(file);
  if (intent.id !== expected) problems.push({ file, path: 'id', message: `id "${intent.id}" must be "${expected}"` });
  const isMsg = intent.id.startsWith('msg.');
  if (isMsg && intent.prompt === undefined) problems.push({ file, path: 'prompt', message: 'msg.* intents need the canonical prompt' });
  if (!isMsg && intent.prompt !== undefined) problems.push({ file, path: 'prompt', message: 'only msg.* intents have a prompt' });
  if (!isMsg && intent.prompt_markers !== undefined)
    problems.push({ file, path: 'prompt_markers', message: 'only msg.* intents have prompt markers' });
  if (!isMsg && intent.called !== undefined) problems.push({ file, path: 'called', message: 'only msg.* intents have names users call them by' });
  if (isMsg && intent.prompt !== undefined) {
    intent.prompt_markers?.forEach((marker, i) => {
      if (!intent.prompt?.includes(marker))
        problems.push({ file, path: `prompt_markers[${i}]`, message: `"${marker}" is not part of the prompt` });
    });
  }
  for (const [name, variant] of Object.entries(intent.variants)) checkPlaceholders(variant, file, `variants.${name}`, problems);
}

/**
 * Checks the set of intents: required ids present, no unknown or duplicate
 * ids, every `related` id defined and not the intent itself. `broken` holds
 * the ids of files that exist but failed to parse, so they are not also
 * reported as missing.
 */
export function checkIntents(loaded: readonly LoadedIntent[], problems: KbProblem[], broken: ReadonlySet<string> = new Set()): void {
  const required = new Set(REQUIRED_INTENTS);
  const seen = new Map<string, string>();
  for (const entry of loaded) {
    checkIntentShape(entry, problems);
    const { id } = entry.intent;
    const first = seen.get(id);
    if (first !== undefined) problems.push({ file: entry.file, path: 'id', message: `duplicate id "${id}" (also in ${first})` });
    else seen.set(id, entry.file);
    if (!required.has(id))
      problems.push({ file: entry.file, path: 'id', message: `unknown intent id "${id}": add it to src/kb/ids.ts first` });
  }
  for (const id of required) {
    if (!seen.has(id) && !broken.has(id)) {
      const file = id === FALLBACK ? 'fallback.yaml' : `${id.replace('.', '/')}.yaml`;
      problems.push({ file, path: '', message: `required intent "${id}" is missing` });
    }
  }
  for (const { file, intent } of loaded) {
    intent.related.forEach((rel, i) => {
      if (rel === intent.id) problems.push({ file, path: `related[${i}]`, message: 'an intent cannot be related to itself' });
      else if (!seen.has(rel) && !broken.has(rel) && !required.has(rel)) problems.push({ file, path: `related[${i}]`, message: `related id "${rel}" does not exist` });
    });
    const then = intent.then;
    if (then === intent.id) problems.push({ file, path: 'then', message: 'an intent cannot lead on to itself' });
    else if (then !== undefined && !seen.has(then) && !broken.has(then) && !required.has(then)) problems.push({ file, path: 'then', message: `then id "${then}" does not exist` });
    if (then !== undefined && intent.next) problems.push({ file, path: 'then', message: 'an intent with its own `next` part needs no `then`' });
  }
}

/** strings.yaml must define every required key with its placeholders in both languages. */
export function checkStrings(strings: Strings, file: string, problems: KbProblem[]): void {
  for (const [key, needed] of Object.entries(REQUIRED_STRINGS)) {
    const value = strings[key];
    if (!value) {
      problems.push({ file, path: key, message: 'required string is missing' });
      continue;
    }
    for (const lang of ['zh', 'en'] as const) {
      const have = placeholdersOf(value[lang]);
      for (const name of needed)
        if (!have.includes(name)) problems.push({ file, path: `${key}.${lang}`, message: `needs the placeholder {${name}}` });
    }
  }
  for (const [key, value] of Object.entries(strings)) checkPlaceholders(value, file, key, problems);
}

/**
 * Every scope a Table C row names must be defined under `scopes`, once per
 * scenario; a scope that stands for others names defined scopes only.
 */
export function checkWhoVerifies(table: WhoVerifiesTable, file: string, problems: KbProblem[]): void {
  const scenarioIds = new Set<string>();
  table.scenarios.forEach((scenario, s) => {
    if (scenarioIds.has(scenario.id)) problems.push({ file, path: `scenarios[${s}].id`, message: `duplicate scenario "${scenario.id}"` });
    scenarioIds.add(scenario.id);
    const scopes = new Set<string | null>();
    scenario.rows.forEach((row, r) => {
      const path = `scenarios[${s}].rows[${r}].scope`;
      if (row.scope !== null && !(row.scope in table.scopes)) problems.push({ file, path, message: `scope "${row.scope}" is not defined` });
      if (scopes.has(row.scope)) problems.push({ file, path, message: `scope "${String(row.scope)}" appears twice` });
      scopes.add(row.scope);
    });
  });
  for (const [id, scope] of Object.entries(table.scopes)) {
    (scope.stands_for ?? []).forEach((other, k) => {
      if (!(other in table.scopes) || other === id) problems.push({ file, path: `scopes.${id}.stands_for[${k}]`, message: `scope "${other}" is not defined` });
    });
    (scope.combines ?? []).forEach((other, k) => {
      if (!(other in table.scopes) || other === id) problems.push({ file, path: `scopes.${id}.combines[${k}]`, message: `scope "${other}" is not defined` });
    });
  }
}

/**
 * Where `variant` would be folded inside `text`: anywhere for Chinese, as a
 * whole word when it starts or ends with a Latin letter or digit (the folder
 * matches those only as words, so "ba" never folds inside "alibaba").
 */
function occursIn(text: string, variant: string): boolean {
  if (!/^[a-z0-9]|[a-z0-9]$/.test(variant)) return text.includes(variant);
  for (let i = text.indexOf(variant); i >= 0; i = text.indexOf(variant, i + 1)) {
    const before = text[i - 1];
    const after = text[i + variant.length];
    if (!(before && /[a-z0-9]/.test(before)) && !(after && /[a-z0-9]/.test(after))) return true;
  }
  return false;
}

/**
 * A lexicon variant must not occur inside any canonical form (folding 工信
 * for 工信部 would turn 工信部 into 工信部部) nor be listed twice, and every
 * kept phrase must contain a variant it protects.
 */
export function checkLexicon(lexicon: Lexicon, file: string, problems: KbProblem[]): void {
  const canonicals = lexicon.synonyms.map((s) => s.canonical.toLowerCase());
  const seen = new Map<string, string>();
  lexicon.synonyms.forEach(({ canonical, variants }, g) => {
    variants.forEach((variant, v) => {
      const path = `synonyms[${g}].variants[${v}]`;
      const key = variant.toLowerCase();
      const inside = canonicals.find((c) => c !== key && occursIn(c, key));
      if (inside !== undefined) problems.push({ file, path, message: `"${variant}" occurs inside the canonical form "${inside}"` });
      const first = seen.get(key);
      if (first !== undefined) problems.push({ file, path, message: `"${variant}" is already a variant of "${first}"` });
      else seen.set(key, canonical);
    });
  });
  // A kept phrase only matters when a variant occurs inside it.
  lexicon.keep.forEach((phrase, k) => {
    const key = phrase.toLowerCase();
    if (![...seen.keys()].some((variant) => variant !== key && occursIn(key, variant))) {
      problems.push({ file, path: `keep[${k}]`, message: `"${phrase}" contains no variant, so keeping it changes nothing` });
    }
  });
}
