/**
 * The intent router: normalise, find pasted prompts, fold the lexicon, fix
 * English typos, score every intent on the n-gram index, calibrate, and read
 * the slots. Built once from the knowledge base; `classify` is pure and
 * never throws.
 *
 * @example
 *   const router = createRouter(kb);
 *   router.classify('尊敬的ICP用户:该条验证库里找不到记录。').intent  // 'msg.resend-record-not-found'
 */
import { FALLBACK } from '../kb/ids.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import { detectPii } from './pii.ts';
import { createClassificationMemo } from './classification-memo.ts';
import { buildLexiconFolder } from './lexicon.ts';
import { extractFeatures, segments } from './features.ts';
import { buildFormReader } from './forms.ts';
import { buildNgramIndex, type IndexedExample } from './matchers/ngram.ts';
import { buildPromptMatcher, type PromptHit } from './matchers/prompt.ts';
import { buildWordCorrector } from './matchers/fuzzy.ts';
import { compact, normalizeText } from './normalize.ts';
import { buildPhraseFinder } from './phrases.ts';
import { buildPinyinReader } from './pinyin.ts';
import { buildAliasFinder, extractCounts, extractTableSlots, type AliasSet } from './slots.ts';
import type { Classification, Evidence, Lang, Scored, Slots } from './types.ts';
import { comparedFragments, comparedPromptOwn, RECORD_NOT_FOUND_TWINS as TWINS, resolveTwinScores, resolveTwins } from './twins.ts';
import {
  askedAfterLead, ASKS_IF_BOT, ASKS_IF_SPEAKS, boost, CODE_AS_PASSWORD, dropNegatedClause, HELP_ONLY, INSTRUCTIONS_TO_BOT, isClosingThanks, isGreetingWithContext, isLong, isThanksWithContext, QUOTE_MIN, quotedSpans, TASK_FOR_BOT, toColleague, TOPIC_ONLY,
  QUESTION, reportedSentences, SMALL_TALK, stripOpeners, VERIFICATION_SMS, WANTS_PERSON,
} from './signals.ts';
import { readQuestionCues, readSituationCues, readTermAsked } from './cues.ts';

export { FALLBACK, quotedSpans, stripOpeners };

/** Alignment above which a prompt counts as pasted rather than retold. */
const STRONG_PROMPT = 0.5;
/** How sure the router must be that a quoted span is a prompt, read on its own. */
const QUOTED_PROMPT = 0.9;
/** The evidence detail of a question about the bot itself ("are you a real person?"): the engine answers what it is. */
export const BOT_IDENTITY = 'asks whether this is a bot';
/** Raw score floor of a retold (partly aligned) prompt. */
const PARTIAL_BASE = 0.45;
/** N-gram similarity to an out-of-scope example that, with {@link OUT_OF_SCOPE_LEAD}, settles a message as out of scope. */
const STRONG_OUT_OF_SCOPE = 0.5;
/** How many times the best in-scope similarity the out-of-scope one must be. */
const OUT_OF_SCOPE_LEAD = 1.6;
/** N-gram similarity a retold sentence needs to a prompt's examples, and the boost it gives. */
const REPORTED_MIN = 0.3;
const REPORTED_BOOST = 0.3;
/** How sure the router must be of the question after "想问下" for it to name the topic. */
const ASKED_SURE = 0.9;
const GREETING = 'chat.greeting';
const THANKS = 'chat.thanks';
/** Asking for help in general, without saying with what. */
const HELP_REQUEST = /\b(help|assist|assistance|support|questions)\b|帮忙|帮助|咨询|请教|问个问题|几个问题/;
/** Confidence a topic needs to win over a greeting that only asks for help. */
const SMALL_TALK_OVER = 0.9;
/** Confidence a topic needs to win over a greeting with context that asks nothing ("Hello? First time doing this for my blog."). */
const WEAK_TOPIC = 0.65;
/** Classifications remembered (least recently used dropped first), and the longest text remembered. */
const MEMO_SIZE = 4096;
const MEMO_MAX_TEXT = 512;

export interface Router {
  classify(text: string): Classification;
  /** Raw (uncalibrated) scores, best first: what calibration is fitted on. */
  rank(text: string): { ranked: Array<[intent: string, raw: number]>; domain: number };
  /** The folded form the index sees (for `--explain`). */
  fold(text: string): string;
}

/** The language a message is written in, or undefined when it has no words. */
export function detectLang(normalized: string): Lang | undefined {
  let cjk = 0;
  let words = 0;
  for (const seg of segments(normalized)) {
    if (seg.cjk) cjk += [...seg.text].length;
    else if (/[a-z]{2,}/.test(seg.text)) words++;
  }
  if (words >= 2 && words * 2 > cjk) return 'en';
  if (cjk > 0) return 'zh';
  return words > 0 ? 'en' : undefined;
}

/** `normalized` without the `quotes` (empty when it is all quote); `normalized` itself when nothing is quoted. */
function unquoted(quotes: readonly string[], normalized: string): string {
  let rest = normalized;
  for (const q of quotes) rest = rest.replace(normalizeText(q), ' ');
  return rest === normalized ? normalized : rest.replace(/[\s,.:;!?'"-]+/g, ' ').trim();
}

/** Gestures alone in a message: approving or thanking (👍 👌 🙏 👏 💯 ✅ 🆗 🤝) is thanks, a wave (👋 🙋) hello; smileys say less. */
const EMOJI_ALONE: ReadonlyArray<[RegExp, string, string]> = [
  [/^(?:[\u{1F44D}\u{1F44C}\u{1F64F}\u{1F44F}\u{1F4AF}\u{2705}\u{1F197}\u{1F91D}\u{1F3FB}-\u{1F3FF}\uFE0F]|\s)+$/u, THANKS, 'approving emoji'],
  [/^(?:[\u{1F44B}\u{1F64B}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u2640\u2642]|\s)+$/u, 'chat.greeting', 'waving emoji'],
];

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Builds the router; all indexing happens here, once. `memoSize: 0` turns the memo off (benchmarks). */
export function createRouter(kb: KnowledgeBase, options: { memoSize?: number } = {}): Router {
  const memoSize = options.memoSize ?? MEMO_SIZE;
  const stopwords = new Set(kb.lexicon.stopwords.map((w) => w.toLowerCase()));
  const fold = buildLexiconFolder(kb.lexicon.synonyms, normalizeText, kb.lexicon.keep);
  const vocabulary = new Set<string>();
  const addWords = (t: string) => {
    for (const w of t.split(/[^a-z']+/)) if (w) vocabulary.add(w.replace(/'/g, ''));
  };

  const examples: IndexedExample[] = [];
  const keywords: Array<{ intent: string; text: string; weight: number }> = [];
  const prompts: Array<{ intent: string; core: string }> = [];
  for (const intent of kb.intents.values()) {
    const phrases = [...intent.examples.zh, ...intent.examples.en, intent.title.zh, intent.title.en];
    if (intent.prompt) phrases.push(intent.prompt);
    for (const phrase of phrases) {
      const normalized = normalizeText(phrase);
      addWords(normalized);
      const folded = fold(normalized);
      examples.push({ intent: intent.id, text: phrase, features: extractFeatures(folded, stopwords) });
    }
    for (const k of intent.keywords) {
      addWords(normalizeText(k.text));
      keywords.push({ intent: intent.id, text: fold(normalizeText(k.text)), weight: k.weight });
    }
    // A prompt's distinctive fragments (或已完成验证, 无需重复提交) are the strongest cues there are.
    for (const m of intent.prompt_markers ?? []) keywords.push({ intent: intent.id, text: fold(normalizeText(m)), weight: 1 });
    if (intent.prompt) prompts.push({ intent: intent.id, core: compact(normalizeText(intent.prompt)) });
  }
  for (const s of kb.lexicon.synonyms) for (const v of [s.canonical, ...s.variants]) addWords(normalizeText(v));
  // The words that put a message out of scope are words too: "password" is not "passport".
  for (const t of [...kb.lexicon.other_contexts, ...kb.lexicon.other_steps]) addWords(normalizeText(t));
  // Stopwords and Table C's own words are words too: "actually" is not "actual", "everything" not "everythings".
  for (const w of stopwords) addWords(w);
  for (const row of [...kb.whoVerifies.scenarios, ...Object.values(kb.whoVerifies.scopes)]) for (const a of [...row.aliases.en, row.label.en]) addWords(normalizeText(a));

  // Pinyin typed without an input method is read back into the knowledge base's own characters.
  const corpus = [...kb.intents.values()].flatMap((i) => [
    ...i.examples.zh, i.title.zh, i.answer.zh, i.prompt ?? '', ...(i.prompt_markers ?? []), ...i.keywords.map((k) => k.text),
  ]);
  corpus.push(...kb.lexicon.synonyms.map((s) => s.canonical));
  const readPinyin = buildPinyinReader(corpus, vocabulary, (ch) => kb.readings[ch]);

  const index = buildNgramIndex(examples);
  const findPrompts = buildPromptMatcher(prompts);
  const correct = buildWordCorrector(vocabulary);
  const { a, b, c, d } = kb.router.calibration;
  const domainTerms = kb.lexicon.domain_terms.map((t) => fold(normalizeText(t))).filter(Boolean);
  const termFinder = (terms: string[]) => {
    const find = buildPhraseFinder(terms.flatMap((t) => [normalizeText(t), fold(normalizeText(t))]).map((text) => ({ text, value: text })));
    return (normalized: string, folded: string) => find(normalized)[0]?.value ?? find(folded)[0]?.value;
  };
  const findOtherContext = termFinder(kb.lexicon.other_contexts);
  const findAnchor = termFinder(kb.lexicon.filing_anchors);
  const findOtherStep = termFinder(kb.lexicon.other_steps);
  const findNotOffered = termFinder(kb.lexicon.not_offered);
  const findNotStated = termFinder(kb.lexicon.not_stated);
  const threshold = kb.router.fallback_threshold;

  const aliasSets = (rows: Array<{ id: string; aliases: { zh: string[]; en: string[] }; label: { zh: string; en: string } }>): AliasSet[] =>
    rows.map((r) => ({ id: r.id, aliases: [...r.aliases.zh, ...r.aliases.en, r.label.zh, r.label.en].map(normalizeText) }));
  const scenarios = aliasSets(kb.whoVerifies.scenarios);
  const scopes = aliasSets(Object.entries(kb.whoVerifies.scopes).map(([id, s]) => ({ id, ...s })));
  // The table's own cells (注销网站, 变更服务信息) name their scope too: a clicked quick reply sends them.
  for (const row of kb.whoVerifies.scenarios.flatMap((s) => s.rows)) {
    const set = row.scope ? scopes.find((s) => s.id === row.scope) : undefined;
    if (set && row.scope_label) set.aliases = [...set.aliases, normalizeText(row.scope_label.zh), normalizeText(row.scope_label.en)];
  }
  const findScenario = buildAliasFinder(scenarios);
  // Two scopes named together are the one that combines them (主体 + 服务信息 → 主体和服务信息).
  const combiners = Object.entries(kb.whoVerifies.scopes).filter(([, s]) => s.combines?.length);
  const rowsOf = (scenario: string | undefined) => kb.whoVerifies.scenarios.find((s) => s.id === scenario)?.rows;
  const combineScopes = (found: string[], scenario: string | undefined) =>
    combiners.find(([id, s]) => s.combines!.every((c) => found.includes(c)) && (rowsOf(scenario)?.some((r) => r.scope === id) ?? true))?.[0];
  const findScope = buildAliasFinder(scopes);
  const readForms = buildFormReader(kb.intents.values());
  const findKeywords = buildPhraseFinder(keywords.map((k, i) => ({ text: k.text, value: String(i) })));

  // Whole words only: "didn't" is a word, not "didn" + "t".
  const fixTypos = (normalized: string): string =>
    /[a-z]{4,}/.test(normalized) ? normalized.replace(/[a-z][a-z']{3,}/g, (w) => (w.includes("'") ? w : (correct(w) ?? w))) : normalized;

  /** The nearest examples are out-of-scope ones, by a clear distance from anything in scope. */
  const nearOutOfScope = (hits: ReturnType<typeof index.search>): boolean => {
    const top = hits[0];
    if (!top || top.intent !== FALLBACK || top.score < STRONG_OUT_OF_SCOPE) return false;
    const inScope = hits.find((h) => h.intent !== FALLBACK)?.score ?? 0;
    return top.score >= OUT_OF_SCOPE_LEAD * inScope;
  };

  function score(text: string) {
    const normalized = readPinyin(normalizeText(text));
    // The language the user writes in, not the one of a prompt they quote ("客户念的是 'ICP user: …failed'").
    const quotes = quotedSpans(text);
    const lang = detectLang(unquoted(quotes, normalized)) ?? detectLang(normalized);
    const evidence: Evidence[] = [];

    // The denied half of "不是 X,是 Y" / "Y, not X" is set aside for the prompts, the index and the slots alike.
    const plain = dropNegatedClause(normalized);
    const promptHits: PromptHit[] = resolveTwins(findPrompts(compact(plain)), plain);
    const folded = fold(fixTypos(stripOpeners(plain)));
    const hits = index.search(extractFeatures(folded, stopwords));

    const raw_ = new Map<string, number>();
    for (const h of hits) {
      raw_.set(h.intent, h.score);
      if (evidence.length < 3) {
        evidence.push({ matcher: 'ngram', intent: h.intent, detail: index.examples[h.example]!.text, score: round(h.score) });
      }
    }
    // "👍", "🙏", "👌" and nothing else: thanks, as a chat app's reaction means it; "👋" alone: hello.
    if (!normalized.trim() && /\p{Extended_Pictographic}/u.test(text)) for (const [re, id, why] of EMOJI_ALONE) if (re.test(text)) boost(raw_, evidence, id, why, 1);
    for (const i of new Set(findKeywords(folded).map((m) => Number(m.value)))) {
      const k = keywords[i]!;
      raw_.set(k.intent, Math.min(1, (raw_.get(k.intent) ?? 0) + 0.25 * k.weight));
      evidence.push({ matcher: 'keyword', intent: k.intent, detail: k.text, score: k.weight });
    }
    for (const p of promptHits) {
      raw_.set(p.intent, Math.max(raw_.get(p.intent) ?? 0, (p.similarity >= STRONG_PROMPT ? 0.6 : PARTIAL_BASE) + 0.4 * p.similarity));
      evidence.push({ matcher: 'prompt', intent: p.intent, detail: `aligned ${Math.round(p.similarity * 100)}%`, score: round(p.similarity) });
    }
    // The first clearly pasted prompt is the topic, whatever the n-grams say.
    const pasted = promptHits.find((p) => p.similarity >= STRONG_PROMPT);
    if (pasted) raw_.set(pasted.intent, Math.max(...raw_.values(), 0) + 0.05);
    // What the user quotes is usually what the system showed (unless denied: "而不是「…」"): a quoted prompt paraphrase names the topic.
    // (Read by the whole router when the examples alone are not close enough: keywords and twin markers count too.)
    const quotedPrompts: Array<{ intent: string; quote: string }> = [];
    for (const quote of [...quotes.filter((q) => plain.includes(normalizeText(q))), ...comparedFragments(text, normalized)]) {
      const top = index.search(extractFeatures(fold(fixTypos(readPinyin(normalizeText(quote)))), stopwords))[0];
      const read = top?.intent.startsWith('msg.') && top.score >= QUOTE_MIN ? undefined : classify(quote);
      const intent = read ? (read.intent.startsWith('msg.') && read.confidence >= QUOTED_PROMPT ? read.intent : undefined) : top!.intent;
      if (!intent) continue;
      boost(raw_, evidence, intent, read ? `quoted, read: ${read.confidence.toFixed(2)}` : `quoted: ${top!.score.toFixed(2)}`, 0.3);
      quotedPrompts.push({ intent, quote: normalizeText(quote) });
    }
    const quotedPrompt = quotedPrompts.length > 0;
    // "「无需重发短信」和「找不到记录」有什么不同?我遇到的是无需重发那个": of two prompts compared, the one the user has
    // (a "record not found" twin is still settled by its context below).
    const own = comparedPromptOwn(promptHits.filter((p) => p.similarity >= STRONG_PROMPT), quotedPrompts, plain, normalized);
    if (own) boost(raw_, evidence, own, 'the compared prompt the user has', 0.3);
    // A prompt retold in the user's own words ("it told me it was already completed"): the nearest prompt is the topic.
    for (const sentence of reportedSentences(normalized)) {
      const top = index.search(extractFeatures(fold(fixTypos(sentence)), stopwords))[0];
      if (top?.intent.startsWith('msg.') && top.score >= REPORTED_MIN) boost(raw_, evidence, top.intent, `retold: ${top.score.toFixed(2)}`, REPORTED_BOOST);
    }
    // "重发过一回了 想问下验证码到底几位数": the question after the lead names the topic, not the situation before it.
    // (Read by the whole router, as a quotation is: the question alone is short.)
    const asked = promptHits.length === 0 ? askedAfterLead(normalized) : undefined;
    const read = asked ? classify(asked) : undefined;
    if (read && read.intent !== FALLBACK && read.confidence >= ASKED_SURE) boost(raw_, evidence, read.intent, `asked after the situation: ${read.confidence.toFixed(2)}`, REPORTED_BOOST);
    // Slots that name the topic: a Table C scenario asked about "who", or failures counted.
    // Typos fixed first: "first filng", "websit and app".
    const table = extractTableSlots(fixTypos(plain), findScenario, findScope, combineScopes);
    const counts = extractCounts(normalized);
    // Who verifies, where the verifiers are seen, what a role is, failures counted (cues.ts).
    readQuestionCues(raw_, evidence, { normalized: plain, folded }, table, counts);
    if (promptHits.length === 0) readTermAsked(raw_, evidence, plain, kb.lexicon.terms);
    for (const cue of readForms(normalized)) boost(raw_, evidence, cue.intent, cue.why, cue.by);
    // (Not the SMS code taken for a password: what the code is, a misconception to put right.)
    const codeAsPassword = CODE_AS_PASSWORD.test(normalized);
    if (codeAsPassword) boost(raw_, evidence, 'faq.sms-sender', 'the code taken for a password', 0.3);
    // Another product's code (银行, 微信, 控制台登录) with nothing of the filing named is out of scope.
    const other = promptHits.length === 0 && !codeAsPassword ? findOtherContext(normalized, folded) : undefined;
    // Out of scope on evidence of its own: the fallback leads, whatever in-scope words the message shares.
    const outOfScope = (detail: string, lead = 0.1, score = 1) => {
      raw_.set(FALLBACK, Math.max(...raw_.values(), 0) + lead);
      evidence.push({ matcher: 'scope', intent: FALLBACK, detail, score });
    };
    let step: string | undefined;
    // "公安备案我自己搞定。工信部系统里的短信重发入口在哪?": a question in scope asked beside another context or step
    // (after "想问", or in sentences of its own) is answered; the other part is only said in passing. A bare word of up to
    // three characters after it asks nothing of its own ("中国的手机号怎么办理?外国人"), nor a remark that neither asks nor
    // names the SMS step ("how to reset my VPN password? locked out again").
    const askedInScope = (term: string): boolean => {
      if (read && read.intent !== FALLBACK && !read.intent.startsWith('chat.') && read.confidence >= ASKED_SURE) return true;
      const rest = normalized.split(/(?<=[;!?])\s*|(?<=\.)(?=\s|$|[^\x00-\x7f])\s*/).filter((s) => !s.includes(term) && !fold(s).includes(term)).join(' ').trim();
      if (!rest || rest.length === normalized.length || /^\p{Script=Han}{1,3}$/u.test(rest)) return false;
      if (!QUESTION.test(rest) && !domainTerms.some((t) => fold(rest).includes(t))) return false;
      const r = classify(rest);
      return r.intent !== FALLBACK && !r.intent.startsWith('chat.') && r.confidence >= ASKED_SURE;
    };
    // "are you a real person?" and nothing of the SMS step: answered as what the bot is, not as a request for one.
    if (promptHits.length === 0 && ASKS_IF_BOT.test(normalized) && !WANTS_PERSON.test(normalized) && !domainTerms.some((t) => folded.includes(t))) outOfScope(BOT_IDENTITY);
    else if (promptHits.length === 0 && INSTRUCTIONS_TO_BOT.test(normalized)) outOfScope('instructions to the bot');
    else if (promptHits.length === 0 && !quotedPrompt && toColleague(text)) outOfScope('said to a colleague');
    // "can you draft the commitment letter for my client?": work the bot does not do, whatever filing words it names.
    else if (promptHits.length === 0 && TASK_FOR_BOT.test(normalized)) outOfScope('a task asked of the bot');
    // "help!" alone says nothing of the problem: the closest topics and a person, not a guess from one shared word.
    else if (HELP_ONLY.test(normalized) || TOPIC_ONLY.test(normalized)) outOfScope('help asked for, nothing said');
    else if (other !== undefined && !quotedPrompt && findAnchor(plain, folded) === undefined && !askedInScope(other)) outOfScope(`other context: ${other}`);
    // "管局打电话来核实,我没接到": another step of the filing, whatever "没接到" sounds like; "能发到座机吗": not offered at all.
    else if (promptHits.length === 0 && (step = findOtherStep(normalized, folded)) !== undefined && !VERIFICATION_SMS.test(normalized) && !askedInScope(step)) outOfScope(`another step: ${step}`);
    // ("客户用英文版界面,念的是 'ICP user: SMS verification failed…'": a prompt quoted is in scope, whatever is said around it.)
    else if (promptHits.length === 0 && !quotedPrompt && (step = findNotOffered(normalized, folded)) !== undefined && !WANTS_PERSON.test(normalized)) outOfScope(`not offered: ${step}`);
    // "24小时包括周末和节假日吗", "要不要加+86": a detail the help page does not state.
    // (Unless asked beside an in-scope question: "后六位我用 passport 的可以吗?我国内身份证过期了".)
    else if (promptHits.length === 0 && !quotedPrompt && (step = findNotStated(normalized, folded)) !== undefined && !WANTS_PERSON.test(normalized) && !askedInScope(step)) outOfScope(`not stated: ${step}`);
    // Almost word for word a known out-of-scope question ("管局审核一般要多久啊"): its in-scope keywords must not win.
    else if (promptHits.length === 0 && nearOutOfScope(hits) && !WANTS_PERSON.test(normalized)) outOfScope('close to an out-of-scope example', 0.05, round(hits[0]!.score));
    // What the user did or saw: resent, received, verified, a person asked for (cues.ts).
    const inScope = !evidence.some((e) => e.matcher === 'scope');
    readSituationCues(raw_, evidence, { normalized: plain, folded, pasted: promptHits.length > 0, inScope });
    // Greetings and thanks are short; a long message that merely says "morning" or "thanks" is about something else.
    if (isLong(normalized)) for (const id of SMALL_TALK) if (raw_.has(id)) raw_.set(id, raw_.get(id)! * 0.5);
    const ranked = [...raw_.entries()].sort((x, y) => y[1] - x[1]);
    const domain = promptHits.length > 0 || domainTerms.some((t) => folded.includes(t)) ? 1 : 0;
    return { normalized, lang, evidence, promptHits, ranked: own && !TWINS.has(own) ? ranked : resolveTwinScores(ranked, normalized, plain), domain, table, counts };
  }

  function classify(raw: string): Classification {
    const text = typeof raw === 'string' ? raw : '';
    const { normalized, lang, evidence, promptHits, ranked, domain, table, counts } = score(text);
    const calibrated: Scored[] = ranked.map(([intent, s], i) => {
      const other = i === 0 ? (ranked[1]?.[1] ?? 0) : ranked[0]![1];
      return { intent, score: round(sigmoid(a * s + b * (s - other) + c + d * domain)) };
    });
    const inScope = calibrated.filter((s) => s.intent !== FALLBACK);
    const top = calibrated[0];
    const slots = readSlots(text, promptHits, { ...table, ...counts });

    const isFallback = !top || top.intent === FALLBACK || top.score < threshold;
    // "Good afternoon, I'm responsible for our filing and would like some help": greet and ask, don't apologise.
    const otherContext = evidence.some((e) => e.matcher === 'scope');
    const closing = !otherContext && isClosingThanks(normalized);
    const asksIfSpeaks = ASKS_IF_SPEAKS.test(normalized);
    const smallTalk = otherContext ? undefined : isGreetingWithContext(normalized) || asksIfSpeaks ? GREETING : closing || isThanksWithContext(normalized) ? THANKS : undefined;
    // A greeting that only asks for help in general ("need some help with the SMS step") is answered as one, unless a topic is clear.
    const generalHelp = smallTalk === GREETING && top !== undefined && top.score < (HELP_REQUEST.test(normalized) ? SMALL_TALK_OVER : WEAK_TOPIC);
    // Thanks that acknowledge an answer close the conversation, whatever topic they name.
    if (smallTalk && (isFallback || generalHelp || asksIfSpeaks || (smallTalk === THANKS && closing))) {
      const known = calibrated.find((s) => s.intent === smallTalk);
      evidence.push({ matcher: 'signals', intent: smallTalk, detail: smallTalk === GREETING ? 'greeting, no question yet' : 'thanks, no question', score: 1 });
      return { intent: smallTalk, confidence: Math.max(known?.score ?? 0, threshold), runnersUp: inScope.filter((s) => s.intent !== smallTalk).slice(0, 3), evidence, slots, lang, normalized };
    }
    if (isFallback) {
      return {
        intent: FALLBACK,
        confidence: round(1 - (inScope[0]?.score ?? 0)),
        runnersUp: inScope.slice(0, 3),
        evidence,
        slots,
        lang,
        normalized,
      };
    }
    return { intent: top.intent, confidence: top.score, runnersUp: inScope.filter((s) => s !== top).slice(0, 3), evidence, slots, lang, normalized };
  }

  function readSlots(original: string, promptHits: PromptHit[], read: Slots): Slots {
    const slots: Slots = { ...read };
    const pii = detectPii(original.length > 20_000 ? original.slice(0, 20_000) : original);
    if (pii.length) slots.pii = pii;
    const pasted = promptHits.filter((p) => p.similarity >= STRONG_PROMPT);
    if (pasted.length) slots.prompts = pasted.map((p) => p.intent);
    return slots;
  }

  const memo = createClassificationMemo(memoSize, MEMO_MAX_TEXT);
  return {
    classify(text) {
      try {
        if (typeof text !== 'string') return classify(text);
        return memo.get(text) ?? memo.put(text, classify(text));
      } catch {
        // A bug must never cost the user an answer: fall back and let a person help.
        return { intent: FALLBACK, confidence: 0, runnersUp: [], evidence: [], slots: {}, lang: undefined, normalized: '' };
      }
    },
    rank: (t) => score(typeof t === 'string' ? t : ''),
    fold: (t) => fold(fixTypos(stripOpeners(dropNegatedClause(readPinyin(normalizeText(t)))))),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

