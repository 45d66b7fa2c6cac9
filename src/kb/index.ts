/**
 * The knowledge base: schemas, the intent-id contract and the loader.
 * Example: `import { loadKnowledgeBase } from './kb/index.ts'`.
 */

// Loading
export { loadKnowledgeBase, resolveIntentsDir, type KnowledgeBase } from './load.ts';
export { loadKnowledgeBaseFast } from './snapshot.ts';
export { REQUIRED_STRINGS, placeholdersOf } from './required-strings.ts';

// The id contract of intents.md
export { CHAT_INTENTS, FALLBACK, FAQ_INTENTS, PROMPT_INTENTS, REQUIRED_INTENTS } from './ids.ts';

// Shapes
export {
  LANGS,
  bilingualSchema,
  formFieldSchema,
  intentSchema,
  lexiconSchema,
  routerConfigSchema,
  stringsSchema,
  whoVerifiesSchema,
  type Bilingual,
  type FormField,
  type Intent,
  type Lang,
  type Lexicon,
  type RouterConfig,
  type Strings,
  type WhoVerifiesTable,
} from './schema.ts';
