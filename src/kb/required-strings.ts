/**
 * Keys `intents/strings.yaml` must define, with the `{placeholders}` each
 * one must contain in both languages. The engine fills the placeholders;
 * the loader rejects a strings file that lacks a key or a placeholder.
 * Example: `clarify` -> "您是想问「{a}」还是「{b}」?".
 */
export const REQUIRED_STRINGS: Readonly<Record<string, readonly string[]>> = {
  clarify: ['a', 'b'],
  'fallback-intro': [],
  'bot-identity': [],
  'fallback-closest': [],
  handoff: [],
  'handoff-link-label': [],
  'pii-warning': [],
  greeting: [],
  thanks: [],
  'ask-scope': ['scenario', 'options'],
  'ask-scenario': [],
  'who-verifies-answer': ['scenario', 'scope', 'verifiers'],
  'who-verifies-none': [],
  'who-verifies-note': [],
  'roles-joiner': [],
  'two-prompts-intro': [],
  'second-question': ['topic'],
  'unknown-scope': [],
  'suggestions-label': [],
  'waited-a-while': [],
  'cut-off': [],
};

/** The `{name}` placeholders of a text, sorted and deduplicated. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([a-z][a-zA-Z0-9-]*)\}/g)].map((m) => m[1] ?? ''))].sort();
}
