/**
 * The shapes of the knowledge base in `intents/`, as zod schemas. Every
 * TypeScript type of the knowledge base comes from here via `z.infer`.
 *
 * Layout of `intents/`:
 *   msg/<name>.yaml, faq/<name>.yaml, chat/<name>.yaml  -> one intent each, id = "<folder>.<name>"
 *   fallback.yaml       -> the out-of-scope "intent": its answer and near-topic examples
 *   lexicon.yaml        -> synonyms and misspellings folded before matching
 *   strings.yaml        -> the engine's own phrases (clarify, PII warning, handoff…)
 *   tables/who-verifies.yaml -> Table C, the data faq.who-verifies is computed from
 *   router.yaml         -> thresholds and calibration of the router
 */
import { z } from 'zod';
import { REQUIRED_INTENTS } from './ids.ts';

export const LANGS = ['zh', 'en'] as const;
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

const text = z.string().trim().min(1, 'must not be empty');

/** A text in both languages. */
export const bilingualSchema = z.strictObject({ zh: text, en: text });
export type Bilingual = z.infer<typeof bilingualSchema>;

/** A list of phrases in both languages. */
const phrasesSchema = (min: number) =>
  z.strictObject({
    zh: z.array(text).min(min, `needs at least ${min} Chinese examples`),
    en: z.array(text).min(min, `needs at least ${min} English examples`),
  });

/** A weighted cue: a phrase that by itself points strongly at the intent. */
export const keywordSchema = z.strictObject({
  text: text,
  weight: z.number().min(0).max(1).default(0.5),
});

export const intentIdSchema = z.string().regex(/^(msg|faq|chat)\.[a-z0-9]+(-[a-z0-9]+)*$|^fallback$/, 'is not an intent id');

/** A detail a MIIT form asks for: the SMS code, the phone number, the last six digits of the principal's ID. */
export const formFieldSchema = z.enum(['code', 'phone', 'id-digits']);
export type FormField = z.infer<typeof formFieldSchema>;

/** One intent file. */
export const intentSchema = z.strictObject({
  id: intentIdSchema,
  /** Short topic name, shown in suggestions and clarification questions. */
  title: bilingualSchema,
  /** Where in the source document the answer comes from (shown by `ask --explain`). */
  source: text,
  /** msg.* only: the MIIT prompt exactly as the source document prints it. */
  prompt: text.optional(),
  /** Recognisable fragments of the prompt that tell it from its near-twins. */
  prompt_markers: z.array(text).optional(),
  /** msg.* only: what users call the prompt when they point back at it among others ("the failed one", "重发成功那个"). */
  called: z.array(text).optional(),
  /** The answer: one line saying what it means, then numbered next steps. */
  answer: bilingualSchema,
  /** Answer to a "how long must I wait?" follow-up in this intent's context. */
  wait: bilingualSchema.optional(),
  /** Answer to a "what next?" follow-up in this intent's context. */
  next: bilingualSchema.optional(),
  /** The topic a "what next?" after this answer moves on to, when it has no `next` part (the SMS's sender → how to verify). */
  then: intentIdSchema.optional(),
  /**
   * What a user who has waited after this answer is waiting for, so a stated wait is compared with the right figure:
   * the MIIT SMS (its delay; 24 hours without it returns the order), the result's sync to the provider (30–120
   * minutes) or their own verification (24 hours from the SMS). Without it a stated wait adds nothing.
   */
  awaits: z.enum(['sms', 'sync', 'verification']).optional(),
  /** The answer differs by filing scenario (注销 or not): a scenario named right after it is its situation, not a Table C answer. */
  by_scenario: z.boolean().default(false),
  /** The details this step's form in the MIIT system asks for: "除了手机号还要填啥?" right after the answer is about that form. */
  form: z.array(formFieldSchema).optional(),
  /** Situation-specific additions, chosen by the engine from slots; `{n}`-style placeholders allowed. */
  variants: z.record(z.string().regex(/^[a-z0-9-]+$/), bilingualSchema).default({}),
  /** Example user messages, casual and varied. */
  examples: phrasesSchema(1),
  keywords: z.array(keywordSchema).default([]),
  /** Topics offered as quick replies after this answer. */
  related: z.array(intentIdSchema).default([]),
});
export type Intent = z.infer<typeof intentSchema>;

/** lexicon.yaml: each variant is rewritten to its canonical form before matching. */
export const lexiconSchema = z.strictObject({
  synonyms: z.array(
    z.strictObject({
      canonical: text,
      variants: z.array(text).min(1),
      note: z.string().optional(),
    }),
  ),
  /**
   * Phrases left exactly as written although a shorter variant inside them would
   * fold: "don't get it" (understand) is not "don't get" (the SMS never came).
   */
  keep: z.array(text).default([]),
  /** Words that carry no meaning for routing (English), dropped from the index. */
  stopwords: z.array(text).default([]),
  /** Words that show a message is about this bot's domain at all. */
  domain_terms: z.array(text).default([]),
  /**
   * Other products' codes and accounts (银行, 微信, 控制台登录…): a message about one
   * of these that names nothing of the ICP filing is out of scope, however much
   * it sounds like "the code never came".
   */
  other_contexts: z.array(text).default([]),
  /** Words that tie a message to the ICP filing itself; any of them keeps it in scope. */
  filing_anchors: z.array(text).default([]),
  /**
   * Other steps of the filing that share words with the SMS step (the bureau's phone
   * check, 12381's spam reporting): a message naming one and not the verification
   * SMS or its code is out of scope, filing words or not.
   */
  other_steps: z.array(text).default([]),
  /**
   * What the SMS step does not offer and the source document does not cover (a landline,
   * a foreign number, verifying by email, the MIIT site down): out of scope even when the
   * verification SMS is named, so the bot says it does not know instead of answering beside it.
   */
  not_offered: z.array(text).default([]),
  /**
   * Details of the SMS step the source document does not state (weekends and holidays, a
   * country code, the MIIT site's address, counters reset at midnight): a question about one
   * gets "I don't know" with the closest topics and a person, not a topic answer that does not say it.
   */
  not_stated: z.array(text).default([]),
  /**
   * Words of the answers that users ask the meaning of ("管局是什么", "what does 短信核验 mean?"): the topic
   * whose answer explains each one.
   */
  terms: z.record(text, intentIdSchema.refine((id) => REQUIRED_INTENTS.includes(id), 'is not an intent of the knowledge base')).default({}),
});
export type Lexicon = z.infer<typeof lexiconSchema>;

/** tables/who-verifies.yaml: Table C as data. */
export const roleIdSchema = z.enum(['subject', 'website']);
export const whoVerifiesSchema = z.strictObject({
  source: text,
  roles: z.record(roleIdSchema, bilingualSchema),
  scopes: z.record(
    z.string().regex(/^[a-z-]+$/),
    z.strictObject({
      label: bilingualSchema,
      aliases: z.strictObject({ zh: z.array(text), en: z.array(text) }),
      /** A word such as "both" that means whichever of these scopes the scenario has (网站和App in a first filing, 主体和服务信息 in a change). */
      stands_for: z.array(z.string()).min(1).optional(),
      /** The two scopes this one is both of (主体和服务信息 = 主体 + 服务信息): "也改了网站名称" after 主体 names it. */
      combines: z.array(z.string()).length(2).optional(),
    }),
  ),
  scenarios: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z-]+$/),
        label: bilingualSchema,
        aliases: z.strictObject({ zh: z.array(text), en: z.array(text) }),
        rows: z
          .array(
            z.strictObject({
              /** Scope id, or null for a scenario with one row (取消接入). */
              scope: z.string().nullable(),
              /** The source's own cell text, kept for the trace test. */
              cell: text,
              /** How the source names this scope in this scenario (注销网站, 变更服务信息); default: the scope's label. */
              scope_label: bilingualSchema.optional(),
              verifiers: z.array(roleIdSchema),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});
export type WhoVerifiesTable = z.infer<typeof whoVerifiesSchema>;

/** strings.yaml: the engine's own phrases; `{name}` placeholders are filled by the engine. */
export const stringsSchema = z.record(z.string().regex(/^[a-z0-9-]+$/), bilingualSchema);
export type Strings = z.infer<typeof stringsSchema>;

/** router.yaml: numbers the router uses, tuned on the dev set. */
export const routerConfigSchema = z.strictObject({
  /** Calibrated confidence below which the answer is `fallback`. */
  fallback_threshold: z.number().min(0).max(1),
  /** Top-two confidence gap below which the engine asks which one was meant. */
  clarify_margin: z.number().min(0).max(1),
  /** Logistic calibration: confidence = 1 / (1 + e^-(a*score + b*margin + c + d*[message uses a domain term])). */
  calibration: z.strictObject({ a: z.number(), b: z.number(), c: z.number(), d: z.number().default(0) }),
});
export type RouterConfig = z.infer<typeof routerConfigSchema>;
