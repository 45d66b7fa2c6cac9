/**
 * Settles the near-twin prompts that alignment alone cannot: a paste of
 * `该条验证库里找不到记录` cut before `或已完成验证` reads exactly like the resend
 * prompt. The words around it decide: a resend context keeps the resend
 * prompt; a verification context (entering the code) means the verify prompt.
 *
 * @example
 *   resolveTwins(hits, '提交验证码后提示该条验证库里找不到记录')  // → msg.verify-record-not-found
 */
import type { PromptHit } from './matchers/prompt.ts';
import { compact } from './normalize.ts';

const RESEND = 'msg.resend-record-not-found';
const VERIFY = 'msg.verify-record-not-found';
/** The two "record not found" prompts. */
export const RECORD_NOT_FOUND_TWINS: ReadonlySet<string> = new Set([RESEND, VERIFY]);

const RESEND_CONTEXT = /重发|虫发|再发|重新要一条|再要一条|\bresen[dt]|\bre-send/;
/** The prompt retold up to "…can't find the record." and no further: the resend prompt's whole wording (the verify prompt goes on). */
const ENDS_AT_RECORD = /(?:找不到(?:这条)?记录|\b(?:can'?t|cannot|can not|could not|couldn'?t) find the record|\brecord (?:is |was )?not found)[。.!]?\s*$/;
const VERIFY_CONTEXT = /核验信息|填写|输入|填了|填完|提交验证码|输验证码|验证码提交|短信核验页|enter(ed)? the code|submitt?(ed)? the code|verif(y|ying|ication) page/;

/**
 * "是提交核验的时候出现的,不是重发" right after one "record not found" twin was answered: the step named
 * (the denied one dropped first) says which twin it was. Undefined when no step, or both, are named.
 */
const VERIFY_STEP = /提交核验|核验的时候|核验时|提交验证码|输入验证码|填验证码|\b(submitting|entering|entered|submitted) the code\b|\b(?:submitting|submitted|submit) (?:the |my |our )?(?:sms )?verification\b|\bcode submit(ted|ting)?\b|\bwhen (i |we )?verif(y|ied|ying)\b/;
export function twinOfStep(said: string): typeof RESEND | typeof VERIFY | undefined {
  const resend = RESEND_CONTEXT.test(said);
  const verify = VERIFY_STEP.test(said) || VERIFY_CONTEXT.test(said);
  return resend === verify ? undefined : resend ? RESEND : VERIFY;
}

/** Returns the hits with a truncated verify prompt relabelled from its context. */
export function resolveTwins(hits: PromptHit[], normalized: string): PromptHit[] {
  // "…找不到记录。后面没有'或已完成验证'": the verify prompt's marker, said to be absent, is the resend prompt.
  if (markerDenied(normalized)) {
    const resend = hits.some((h) => h.intent === RESEND);
    return hits.flatMap((h) => (h.intent !== VERIFY ? [h] : resend ? [] : [{ ...h, intent: RESEND }]));
  }
  const i = hits.findIndex((h) => h.intent === RESEND);
  if (i < 0 || hits.some((h) => h.intent === VERIFY)) return hits;
  // The canonical resend prompt ends right after 记录 with a full stop.
  if (/找不到记录\s*\./.test(normalized)) return hits;
  if (RESEND_CONTEXT.test(normalized) || !VERIFY_CONTEXT.test(normalized)) return hits;
  const out = hits.slice();
  out[i] = { ...hits[i]!, intent: VERIFY };
  return out;
}

/** "…or already verified/completed" in any language marks the verify prompt. */
const VERIFY_MARKER =
  /或者?已完成|或者?已验证|或者?已经?(?:验|核验|验证)过|or (?:the )?(?:verification |it )?(?:has |have |was |is )?(?:already )?(?:been )?(?:verif(?:ied|y|ed|yed)|verfied|completed?|done)|already (?:been )?(?:verified|verifed|verfied|completed?)/;
/** The verify marker, unless the user says it is absent ("no 'or verified' part", "没有或已完成验证"). */
function hasVerifyMarker(text: string): boolean {
  const m = VERIFY_MARKER.exec(text);
  if (!m) return false;
  const before = text.slice(Math.max(0, m.index - 24), m.index);
  // "not found" and "no record" (没有这条记录) belong to the prompt itself; only a negation of the marker counts,
  // and in Chinese it stands a few characters before it at most ("后面没有'或已完成验证'", "不是核验时那个或已完成验证").
  return !/(?:\bno\b(?! (?:matching |such )?(?:record|entry))|\bwithout|nothing about|\bnot\b(?! (?:be |been )?found| (?:find|locate|exist))|(?<!record |records )missing)[^.;]*$|(?:没有|不带|没写|不是|唔系|没)(?:(?!记录)[^.;,]){0,8}$/.test(before);
}

/** The verify marker named only to say it is not there. */
const markerDenied = (text: string): boolean => VERIFY_MARKER.test(text) && !hasVerifyMarker(text);

const ALL_DONE = 'msg.verify-all-done';
const ALREADY_DONE = 'msg.verify-already-done';
/** "…已全部完成,该请求将提交管局审核": all verifiers done, on to the bureau. */
const ALL_DONE_MARKER = /全部完成|提交管局|管局审核|\b(?:entirely|fully|completely) (?:complete|completed|done)\b|\ball (?:complete|completed|done|finished)\b|\bbureau\b|\bsubmit(?:ted)? (?:it )?to (?:the )?(?:administration|bureau|管局)/;
/** "…已完成,无需重复提交": the same verification done a second time. */
const ALREADY_DONE_MARKER = /无需重复|\bneedn'?t (?:re-?)?submit|不需要重复|不用重复|重复提交|no duplicate submission|duplicate submission (?:is )?not (?:required|needed)|no need (?:to )?(?:re-?submit|submit (?:it |them )?(?:again|repeatedly|twice)|repeat)|submit(?:ted)? (?:it )?repeatedly|not need (?:to )?repeat|need not (?:re-?)?submit|(?:do not|don't|shouldn't|should not) (?:re-?submit|submit (?:it )?(?:again|repeatedly))|repeat(?:ed)? submission/;

/**
 * The two "verification complete" prompts retold or machine-translated ("your
 * short message check already all complete, this request will submit to
 * administration bureau audit"): the bureau or "all" marks the first, "no need
 * to submit again" the second, whatever else the words share.
 */
function settleDoneTwins(ranked: Array<[string, number]>, normalized: string): Array<[string, number]> {
  const all = ALL_DONE_MARKER.test(normalized);
  const already = ALREADY_DONE_MARKER.test(normalized);
  if (all === already) return ranked;
  return promote(ranked, all ? ALL_DONE : ALREADY_DONE);
}

/** `ranked` with `want` moved to the top, just above the score that led (unchanged when it already leads). */
function promote(ranked: Array<[string, number]>, want: string): Array<[string, number]> {
  const top = ranked[0]!;
  if (top[0] === want) return ranked;
  return [[want, top[1] + 0.01], ...ranked.filter(([id]) => id !== want)];
}

/** The shared core of both prompts, as pasted or retold. */
const RECORD_NOT_FOUND =
  /没这条记录|没(?:有)?这个记录|\bno matching (?:record|entry)\b|(?:can ?not|can'?t|could not|couldn'?t|unable to) find [^.?!]{0,20}\bin the (?:verification )?database\b|找不到(?:这条)?记录|查不到(?:这条)?记录|验证库里?查不到|验证库里?没有|查无记录|没有(?:这条)?记录|没记录|无记录|\bno this (?:record|entry)\b|\bnot find (?:this |the )?record\b|记录不存在|库里没有|no (?:such )?(?:record|entry)(?! application| filing)|(?:record|entry) (?:was |is )?not found|record (?:does not|doesn't) exist|(?:record|entry) (?:can ?not|can't|could not|couldn't) be (?:found|located)|(?:can ?not|can'?t|could not|couldn'?t|unable to) (?:find|locate) (?:the |a |any |my |this |that )?(?:record|entry)/;

/**
 * "重发时弹出'该条验证库里找不到记录',跟核验时那个'…或已完成验证'是一回事吧?": the first
 * "record not found" came after a resend and without the marker; the verify
 * prompt is only mentioned after it, for comparison.
 */
function resendFirst(normalized: string): boolean {
  const m = RECORD_NOT_FOUND.exec(normalized);
  if (!m) return false;
  const end = m.index + m[0].length;
  // (The marker counts only right after it: "找不到记录或已完成验证", not "找不到记录,跟核验时那个'或已完成验证'".)
  const after = VERIFY_MARKER.exec(normalized.slice(end, end + 16));
  // (The resend named before it, or in the same sentence right after it: "I got '…找不到记录' after clicking resend.")
  const sameSentence = normalized.slice(end, end + 30).split(/[.!?;]/)[0]!;
  return (RESEND_CONTEXT.test(normalized.slice(0, m.index)) || RESEND_CONTEXT.test(sameSentence)) && !(after && after.index <= 2 && hasVerifyMarker(normalized.slice(m.index, end + 16)));
}

/**
 * Both twins told, the resend one last and after a resend named ("昨天验证时提示过'找不到记录或已完成验证',那个后来好了。
 * 今天点短信重发,提示'该条验证库里找不到记录。'"): the last one is where the user is now.
 */
function resendToldLast(normalized: string): boolean {
  const marker = [...normalized.matchAll(new RegExp(VERIFY_MARKER.source, 'g'))].at(-1);
  if (!marker) return false;
  const last = normalized.lastIndexOf('找不到记录');
  return last > marker.index && RESEND_CONTEXT.test(normalized.slice(marker.index, last)) && !VERIFY_MARKER.test(normalized.slice(last));
}

/**
 * The same rule for paraphrases the aligner cannot see (English, retyped):
 * when a twin leads, or the message retells "record not found" while another
 * intent leads, the verify marker or a resend context decides which twin is first.
 */
export function resolveTwinScores(ranked: Array<[string, number]>, normalized: string, said = normalized): Array<[string, number]> {
  const top = ranked[0];
  if (!top) return ranked;
  if (top[0] === ALL_DONE || top[0] === ALREADY_DONE) return settleDoneTwins(ranked, normalized);
  // (A person asked for over a retold prompt is asked for: "这个'找不到记录'我弄了三遍了,直接转人工吧".)
  if (top[0] === 'chat.handoff') return ranked;
  const isTwin = top[0] === RESEND || top[0] === VERIFY;
  // "already completed, not need repeat submit" names no missing record: it is the already-done prompt.
  if (isTwin && !RECORD_NOT_FOUND.test(normalized) && ALREADY_DONE_MARKER.test(normalized)) return promote(ranked, ALREADY_DONE);
  // (A "record not found" the user denies is not retold: "唔系找不到记录, 系失败"; `said` is the message without its denied half.)
  if (!isTwin && !RECORD_NOT_FOUND.test(said)) return ranked;
  // (The marker inside a denied half is no marker: "重发时出'找不到记录。'而唔系'…或已完成验证'".)
  const want = resendFirst(said) || resendToldLast(said)
    ? RESEND
    : hasVerifyMarker(said)
    ? VERIFY
    : RESEND_CONTEXT.test(normalized) || markerDenied(normalized)
      ? RESEND
      : isTwin
        ? (VERIFY_STEP.test(said) ? VERIFY : ENDS_AT_RECORD.test(normalized) && !VERIFY_CONTEXT.test(normalized) ? RESEND : undefined)
        : VERIFY_STEP.test(said) || VERIFY_CONTEXT.test(said) ? VERIFY : (ranked.find(([id]) => id === RESEND || id === VERIFY)?.[0] ?? RESEND);
  if (!want) return ranked;
  // The marker or the resend named settles it: the other twin is no close second to ask about.
  const other = want === RESEND ? VERIFY : RESEND;
  return promote(ranked, want)
    .map(([id, score]): [string, number] => [id, id === other ? score * SETTLED_TWIN : score])
    .sort((x, y) => y[1] - x[1]);
}

/** What is left of the other twin's score once the words have settled which twin it is. */
const SETTLED_TWIN = 0.8;

/** Two prompts set side by side: "X和Y有什么不同", "is this the same as the 'record not found' message?", "X vs Y". */
const COMPARED = /(?:和|跟|与)[^,.?!]{0,24}(?:有(?:什么|啥)?(?:不同|区别|差别|不一样)|一样吗|是一回事吗|一个意思吗)|(?:区别|不同|差别)(?:是什么|在哪)|\b(?:same (?:thing|message|prompt|as)|different (?:from|than)|difference between|vs\.?|versus)\b/;
/** The one the user has, named: "我遇到的是无需重发那个", "我这边是前面这个", "mine says …", "I got the first one". */
const MINE = /(?:我|我们)(?:这边|这里)?(?:遇到|收到|看到|碰到)?的?是|\b(?:mine (?:is|says)|i (?:got|have|saw|see) (?:is )?the)\b/;
/** Named by its place: "前面这个", "第二个", "the latter". */
const FIRST_NAMED = /^\s*(?:前面|前一|第一|上面|头一)|^\s*(?:the )?(?:first|former)\b/;
const SECOND_NAMED = /^\s*(?:后面|后一|第二|下面|后者)|^\s*(?:the )?(?:second|latter)\b/;

/**
 * Of two prompts set side by side (pasted or quoted, in the order they stand in `plain`), the one the user has:
 * the one named again after "我遇到的是…" (by its opening words or its place: "我这边是前面这个"), else the
 * first ("'…verification failed…' — is this the same as the 'record not found' one?" is about the first).
 * Undefined unless two different prompts are compared.
 */
export function comparedPromptOwn(
  pasted: ReadonlyArray<{ intent: string; start: number; end: number }>,
  quoted: ReadonlyArray<{ intent: string; quote: string }>,
  plain: string,
  normalized: string,
): string | undefined {
  if (!COMPARED.test(normalized)) return undefined;
  // (Pasted prompts count too: "短信核验已完成 无需重复提交 —— 这个和“已全部完成”有区别吗".)
  const squeezed = compact(plain);
  const at = (quote: string): number => {
    const i = squeezed.indexOf(compact(quote));
    return i < 0 ? Infinity : i; // (not found: last)
  };
  const compared = [
    ...pasted.map((p) => ({ intent: p.intent, quote: squeezed.slice(p.start, p.end), at: p.start })),
    ...quoted.map((q) => ({ ...q, at: at(q.quote) })),
  ].sort((a, b) => a.at - b.at);
  const distinct = compared.filter((q, i) => compared.findIndex((o) => o.intent === q.intent) === i);
  if (distinct.length < 2) return undefined;
  const mine = MINE.exec(normalized);
  if (mine) {
    const after = normalized.slice(mine.index + mine[0].length);
    if (FIRST_NAMED.test(after)) return distinct[0]!.intent;
    if (SECOND_NAMED.test(after)) return distinct[1]!.intent;
    const named = distinct.find((q) => after.includes(q.quote.slice(0, Math.min(4, q.quote.length))));
    if (named) return named.intent;
  }
  return distinct[0]!.intent;
}

/** Short quoted fragments ("“无需重发短信”这个提示和“找不到记录”"), read only when prompts are compared. */
const SHORT_QUOTED = /[“「『"]([^“”「」『』"\n]{4,11})[”」』"]/g;

/** The short quoted fragments of a message that compares two prompts (none otherwise). */
export function comparedFragments(raw: string, normalized: string): string[] {
  return COMPARED.test(normalized) ? [...raw.slice(0, 4000).matchAll(SHORT_QUOTED)].map((m) => m[1]!) : [];
}
