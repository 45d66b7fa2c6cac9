/**
 * The context follow-ups of a dialog turn: what a message means right after
 * an answer ("然后呢", "还是不行", "really?", "那如果是App呢", "回到刚才那个提示"),
 * read before the router's own intent. Pure, like the dialog.
 *
 * @example
 *   const last = kb.intents.get('msg.resend-success');
 *   followLast(ctx, prev, state, router.classify('那要等多久'), 'zh', last, undefined, false)  // that answer's "wait" part
 */
import { asksMeaning } from '../core/cues.ts';
import { namesOtherForm } from '../core/forms.ts';
import { RECORD_NOT_FOUND_TWINS as TWINS, twinOfStep } from '../core/twins.ts';
import { dropNegatedClause, NUMBER_LOST, PROMPT_LOCATED, QUESTION, STILL_NOT_RECEIVED, VERIFIED, VERIFIERS, WANTS_PERSON, FIELDS_ASKED, HOW_MANY, isRephrasing, VERIFY_WORD, WHERE_TO_SEE, WHO_CUE, WHO_IS_ROLE } from '../core/signals.ts';
import type { Classification, Lang } from '../core/types.ts';
import { situations } from './answers.ts';
import { draft, topicButtons, type Draft } from './compose.ts';
import { addsToLast, asksAnswerAgain, asksConsequence, comparesPrompts, asksHeadcount, asksOtherLanguage, asksOutcome, contextualFollowUp, doubtsLastAnswer, type FollowUp, followUpKind, asksHowExactly, isBareReaction, isShort, isVagueFollowUp, namesOtherVerifier, questionAfterCase, redoesLastCase, REDOES, restatesLastAnswer, returnsToPrompt, saysDetailsWrong, saysOthersDone } from './followups.ts';
import { asksDetailOf, figureReferred, termAsked } from './details.ts';
import type { SessionState } from './types.ts';
import { ASKS, ASKS_IF, asksItsOwn, closesWithThanks, contextual, fewWords, hasSituation, nothingElse, outOfScope, promptWithoutPaste, ROUTER_SURE, SAME_ROW_MAX_WORDS, situationSized, statesWait, WEAK_READING } from './readings.ts';
import { answerHasSteps, answerSays } from './recall.ts';
import { combinedScope, sameScope } from './who-verifies.ts';
import { CHECK, CONTEXT_CONFIDENCE, type DialogContext, inContext, NEAREST_IS_LAST, NOT_RECEIVED, PROGRESS, RESEND, ROLES, UNAVAILABLE, WAIT_OTHERS, WHO, whoVerifies, whoVerifiesAgain } from './drafts.ts';
import type { Intent } from '../kb/schema.ts';

/** Words of the filing and what users do in it: "我提交过了啊", "是我儿子帮我填的", "那我就干等着?". */
const FILING_ACT = /备案|提交|填|输|核验|验证|短信|手机|号码|证件|重发|等|从头|重新|\b(?:submit|submitted|fill|filled|typed|entered|filing|verif\w*|code|sms|text|wait\w*|resen[dt])\b/;

/** Below this, another prompt read from a few words (never pasted) is no new prompt. */
const WEAK_PROMPT = 0.7;

/** Another member with the same case: "+1", "同问", "same here", "我们这个也是这个提示 +1". */
const ME_TOO = /^(?:\+1|同问|同求|我也是|我们也是|我也一样|我们也一样|same here|same for me|same (?:msg|message|issue|problem|error)|me too|ditto)(?![a-z])|(?:\+1|同问|me too|same here)[\s!.~]*$|(?:也是|也一样)(?:这个|同样的|一样的)?(?:提示|情况|问题)/;

/** Who the SMS went to, told: "但是短信是发到主体负责人手机上的", "the text went to the entity principal". */
const SMS_WENT_TO = /短信(?:是|却|倒是)?(?:发到|发给|到了)[^,.?!]{0,8}(?:负责人|法人)|(?:负责人|法人)[^,.?!]{0,6}(?:收到|接到)(?:了)?(?:短信|验证码)(?![^,.?!]{0,12}(?:正常|是不是|吗))|\b(?:sms|text|code) (?:went|was sent|came) to (?:the |our )?(?:entity|subject|website|site) principal\b/;

/** A complaint about the service itself: "terrible UX honestly", "什么破系统". */
const COMPLAINT = /\b(?:terrible|awful|horrible|useless|ridiculous|worst|sucks|garbage|rubbish)\b|\bux\b|垃圾|什么破|太差|真差|坑人|坑爹|离谱|就这服务|这什么服务/;

/** Another question brought in: "顺便问一下…", "by the way, …" (not "对了"/"also", which as often add to the case). */
const BY_THE_WAY = /顺便|\b(?:by the way|btw|unrelated|off topic)\b/;

/** A number out of service: "停机了", "停用了", "suspended". */
const SUSPENDED = /停机|停用|欠费停|号码?(?:不能|没法)用了|\bout of service\b|\bsuspended\b|\bcut off\b/;

/** …unless it is in arrears (pay and it works again), or the SMS itself is what is missing: the missing-SMS answer. */
const ARREARS = /欠费|\bin arrears\b|\bunpaid\b|\bnever (?:came|arrived)\b/;

/** How sure the router must be of a missing SMS told after another answer for it to be that, not more of the answer. */
const NONE_CAME_SURE = 0.8;

const SYNC = 'faq.sync-delay';
const FAILED = 'msg.verify-failed';
/** The prompts that say the verification is through. */
const DONE_PROMPTS = new Set(['msg.verify-all-done', 'msg.verify-already-done']);
/** The provider's side of it, named: "阿里云那边", "the console", "provider". */
const PROVIDER_SIDE = /阿里云|控制台|后台|服务商|\b(?:console|provider|alibaba|aliyun)\b/;
/** The prompts that say the details were not found, or not found yet. */
const NOT_FOUND_PROMPTS = new Set(['msg.verify-record-not-found', 'msg.resend-record-not-found']);
/** The console's status told: "还显示待短信核验", "没变化", "still shows pending" (not "多久能在阿里云看到结果", which the prompt answers). */
const CONSOLE_STATUS = /还(?:是)?显示|显示待|待(?:短信)?核验|没(?:有)?变化|没(?:有)?更新|\bstill (?:shows?|says|pending)\b|\bpending\b/;
/** The sync itself named: "多久能同步到阿里云", "how long until it syncs". */
const SYNC_NAMED = /同步|\bsync(?:s|ed|ing)?\b/;
/** Where to follow the bureau's review, asked (the review, not the console's status). */
const REVIEW_ASKED = /进度|审核|审批|\b(?:review|progress|approv\w*)\b/;
/** How long the bureau's review takes, asked ("管局一般审多久", "管局要多久审完"): the help page does not say. */
const REVIEW_TIMED = /审(?:核|批)?(?:完|下来)?(?:一般|大概|通常)?(?:要|需要|得)?(?:多久|几天|多长时间|多少天)|(?:多久|几天|多长时间|多少天)(?:能|才能|可以)?审(?:完|好|下来|核完)|\bhow long\b[^?]{0,30}\b(?:review|approv\w*)/;
/** Answers that state a count limit (resends, failures). */
const COUNTED_LIMITS = new Set([RESEND, 'faq.failure-limit']);

/** Longest Chinese detail question read as about the last answer. */
const DETAIL_MAX = 20;

/** Yes or no and nothing else. */
const YES_OR_NO = /^(?:是|是的|不是|对|对的|不对|没错|不是的|yes|yep|yeah|no|nope|not really)[.!。~]*$/;

/** The same prompt shown again: "还是这个提示", "又弹出一样的报错", "exact same message". */
const SAME_AGAIN = /(?:还是|又是|又出现|又弹出?|又提示|还提示)(?:了)?(?:这个|那个|同样的|一样的)(?:提示|报错|信息|消息)|(?:同样|一样)的(?:提示|报错)|\b(?:exact |the )?same (?:message|prompt|error)(?: again)?\b|\bsame thing again\b/;
/** Verifying again, asked about: the failure prompt's own "请您重新验证" ("怎么重新验证", "do I click the link again?"). */
const VERIFY_AGAIN = /重新(?:验证|核验)|再(?:次)?(?:验证|核验|点(?:进去)?|点一次)|\b(?:click|open|tap|use) (?:the |that )?link again\b|\b(?:type|enter|put|fill) (?:in )?(?:the |my )?code (?:in )?again\b|\bre-?enter(?:ing)? (?:the |my )?code\b|\b(?:verify|try) (?:it )?again\b|\bre-?verify\b/;
/** The failure limit itself asked: "还能试几次", "how many tries do I have". */
const LIMIT_ASKED = /几次|多少次|次数|上限|how many|limit|times/;
/** Most English words in the last answer put back in the user's words ("So we cancel the current filing and fill it in again?"). */
const RESTATE_MAX_WORDS = 12;
/** …and most Chinese characters ("那是不是其实已经进管局审核了"). */
const RESTATE_MAX_CHARS = 20;
/** Most English words in wrong details told with a request to enter them again. */
const REDO_MAX_WORDS = 16;

/**
 * The turn decided by the answer before it (`last`, or the prompt `back` returns to), or undefined
 * when the message stands on its own.
 */
export function followLast(
  ctx: DialogContext,
  prev: SessionState | undefined,
  state: SessionState,
  c: Classification,
  lang: Lang,
  last: Intent | undefined,
  back: ReturnType<typeof returnsToPrompt>,
  hasTableSlot: boolean,
): Draft | undefined {
  // A person asked for outright, or thanks that close, are never more of the last answer ("信息都核对过没错,那我转人工问问吧").
  // (Thanks said while asking for the answer in another language are not a close: "请用中文回答,谢谢".)
  if ((c.intent === 'chat.handoff' && WANTS_PERSON.test(c.normalized)) || (closesWithThanks(c) && !asksOtherLanguage(c.normalized))) return undefined;
  // Nor a question of its own brought in by the way that the router cannot place ("顺便问下,备案期间网站可以先开放访问吗").
  if (c.intent === 'fallback' && BY_THE_WAY.test(c.normalized) && !isShort(c.normalized) && !isVagueFollowUp(c.normalized)) return undefined;
  // Nor a complaint with nothing of the filing in it ("why didn't anyone tell me this, terrible UX honestly"): heard, not answered again.
  if (c.intent === 'fallback' && COMPLAINT.test(c.normalized) && !FILING_ACT.test(c.normalized)) return undefined;
  // "+1", "同问 我们已经失败了" in a group chat: someone else with the case just answered, which is that answer again.
  if (last && ME_TOO.test(c.normalized) && !c.slots.prompts?.length && (c.intent === 'fallback' || c.intent === last.id || c.confidence < ROUTER_SURE)) return inContext(ctx, last.id, c, lang);
  // Nor how long the bureau's review takes ("管局一般审多久", "那取消了重新填 管局要多久审完"), which no answer gives.
  if (c.intent === 'fallback' && REVIEW_TIMED.test(c.normalized)) return undefined;
  // "What does 注销 mean?" about a word of the last answer, when nothing else is read in it: that answer again.
  const term = last && !c.slots.prompts?.length ? termAsked(c.normalized) : undefined;
  if (last && term && answerSays(last, term) && (c.intent === 'fallback' || c.intent === last.id)) {
    return inContext(ctx, last.id, c, lang);
  }
  // "是提交核验的时候出现的,不是重发" after one "record not found" twin: the other twin, if that is the step named.
  const twin = last && TWINS.has(last.id) && !c.slots.prompts?.length ? twinOfStep(dropNegatedClause(c.normalized)) : undefined;
  if (twin && twin !== last?.id && (c.intent === 'fallback' || TWINS.has(c.intent) || c.confidence < ROUTER_SURE)) return inContext(ctx, twin, c, lang);
  // "是在短信重发页签点提交之后出来的,不是核验那里" after a prompt: where it came up, told, and nothing asked: still that prompt.
  // (Not another prompt retold with it, read for sure: "另一个人当时提示的啥我不记得了,他说好像是 全部完成 将提交管局审核".)
  const otherPromptRetold = c.intent.startsWith('msg.') && c.intent !== last?.id && c.confidence >= ROUTER_SURE;
  if (last?.id.startsWith('msg.') && !c.slots.prompts?.length && PROMPT_LOCATED.test(c.normalized) && !QUESTION.test(dropNegatedClause(c.normalized)) && !otherPromptRetold) return inContext(ctx, last.id, c, lang);
  // "重新验证?怎么重新验证", "so do I click the link again or what?" after the failure prompt: its "verify again" asked,
  // which that answer explains (the filing is submitted again, then a new SMS), not the first verification's steps.
  // ("so I just type the code in again?" too, which the router hears as the failure limit when no count is asked.)
  const retryOnly = c.intent === 'faq.failure-limit' && c.slots.failures === undefined && !LIMIT_ASKED.test(c.normalized);
  if (last?.id === FAILED && !c.slots.prompts?.length && VERIFY_AGAIN.test(c.normalized) && (c.intent === 'fallback' || c.intent === last.id || c.intent === 'faq.how-to-verify' || retryOnly)) {
    return inContext(ctx, last.id, c, lang);
  }
  // "你确定是5次吗?" / "are you sure he doesn't need to?": the last answer again, when nothing new is named.
  // ("that's not what I asked" says the answer missed, not that it may be wrong.)
  const challengeable = last && doubtsLastAnswer(c.normalized) && !isRephrasing(c.normalized) && !c.slots.prompts?.length && !(c.slots.scenario || c.slots.scope);
  if (last && challengeable && (c.intent === 'fallback' || c.intent === last.id || c.confidence < ROUTER_SURE || (last.id === WHO && c.intent === ROLES))) {
    if (last.id !== WHO) return inContext(ctx, last.id, c, lang);
    if (prev?.whoVerifies) return whoVerifiesAgain(ctx, state, c, prev.whoVerifies, lang);
  }
  // "但是短信是发到主体负责人手机上的" after who verifies: that answer again, which says the SMS's recipients are who verify.
  if (last?.id === WHO && !c.slots.prompts?.length && SMS_WENT_TO.test(c.normalized) && (c.intent === 'fallback' || c.intent === WHO || c.intent === ROLES)) {
    return prev?.whoVerifies ? whoVerifiesAgain(ctx, state, c, prev.whoVerifies, lang) : inContext(ctx, WHO, c, lang);
  }
  const read = c.slots.prompts?.length ? undefined : contextualFollowUp(c.normalized);
  // (A case confirmed on the way to a question of its own is that question: "核对过都没问题,那审核进度去哪里看?".
  // The question is read on its own: "验证码、手机号、后六位都核对过了没错,那阿里云多久能同步?" names the ID digits only as checked.)
  const after = read?.confirmed ? questionAfterCase(c.normalized) : undefined;
  const asked = after ? ctx.router.classify(after) : undefined;
  if (asked && last && asksItsOwn(asked, last, read?.kind)) return inContext(ctx, asked.intent, c, lang);
  const short = followUpKind(c.normalized);
  const follow = ((): FollowUp | undefined => {
    if (back) return back.kind;
    // "那域名实名认证要多久": a "how long" about another product is not about the last answer.
    if (c.slots.prompts?.length || c.evidence.some((e) => e.matcher === 'scope')) return undefined;
    // Nor "那管局审核一般要几天啊": the bureau's own review timed, which the help page does not give (near an out-of-scope example).
    if (c.intent === 'fallback' && !nothingElse(c) && REVIEW_ASKED.test(c.normalized)) return undefined;
    // The user's own case ("and if everything I typed is right?") is read before the short forms ("and if …").
    if (read?.confirmed && last) return contextual(c, last.id, read);
    if (short && !asksItsOwn(c, last, short)) return short;
    return last ? contextual(c, last.id, read) : undefined;
  })();
  // "等他也核验完之后呢", "once my colleague is done, what next?" right after the wait-for-others prompt: everyone is
  // through, and what follows is the bureau's review (not the prompt's own "what next": contact the others).
  if (last?.id === WAIT_OTHERS && !c.slots.prompts?.length && saysOthersDone(c.normalized)) return inContext(ctx, PROGRESS, c, lang);
  // "still nothing after 10 min", "可是手机上还是什么都没有" right after an answer that awaits the SMS (resent, nothing
  // pending) or how to resend ("I did that twice and still nothing"): the SMS that does not come, with what the wait
  // means, not the promise to wait again or the steps again. After any other
  // answer, when the router reads it so too ("the 网站负责人 says no SMS yet, what should he check?" after wait-for-others).
  const noneCame = last !== undefined && last.id !== NOT_RECEIVED && !c.slots.prompts?.length && STILL_NOT_RECEIVED.test(dropNegatedClause(c.normalized));
  if (noneCame && (((last.awaits === 'sms' || last.id === RESEND) && (nothingElse(c) || c.intent === NOT_RECEIVED || c.intent === last.id)) || (c.intent === NOT_RECEIVED && c.confidence >= NONE_CAME_SURE))) {
    return inContext(ctx, NOT_RECEIVED, c, lang);
  }
  // "阿里云控制台还没变,还要等多久?", "多久能在阿里云那边看到?" right after a done prompt: the provider's console lagging
  // the MIIT side, which is the sync delay (not where to follow the review: "阿里云那边在哪看进度").
  if (last && DONE_PROMPTS.has(last.id) && !c.slots.prompts?.length && PROVIDER_SIDE.test(c.normalized) && !REVIEW_ASKED.test(c.normalized) && (c.intent === SYNC || c.intent === last.id || c.intent === 'fallback')) {
    return inContext(ctx, SYNC, c, lang);
  }
  // "要等多久?阿里云控制台那边到现在还显示待短信核验" or "那多久能同步到阿里云?" right after a not-found prompt: the console's
  // status told, or the sync named, which is the sync delay (a bare "要等多久", or "多久能在阿里云看到结果", stays with the
  // prompt's own wait). Blind sets label the sync named as the sync delay 11 times to 3.
  if (last && NOT_FOUND_PROMPTS.has(last.id) && (c.intent === SYNC || c.intent === last.id || c.intent === 'fallback') && !c.slots.prompts?.length && ((PROVIDER_SIDE.test(c.normalized) && CONSOLE_STATUS.test(c.normalized)) || SYNC_NAMED.test(c.normalized))) {
    return inContext(ctx, SYNC, c, lang);
  }
  // "what happens after the 24 hours then?" right after the failure limit: what follows the figure that answer gave.
  const figure = last && !c.slots.prompts?.length && c.intent !== last.id ? figureReferred(c.normalized) : undefined;
  if (last && figure && answerSays(last, figure)) return inContext(ctx, last.id, c, lang);
  // "5次是累计的还是连续的?", "Does that apply to both principals or just me?", "per person or per filing?" right after an
  // answer: a detail of it asked, with nothing else read in the words.
  if (last && !c.slots.prompts?.length && nothingElse(c) && asksDetailOf(c.normalized, (n) => answerSays(last, n)) && (isShort(c.normalized) || fewWords(c, SAME_ROW_MAX_WORDS) || c.normalized.length <= DETAIL_MAX)) {
    return inContext(ctx, last.id, c, lang);
  }
  // "Is there a limit on how many times?" right after how to resend or the failure limit: the count that answer states.
  if (last && COUNTED_LIMITS.has(last.id) && !c.slots.prompts?.length && HOW_MANY.test(c.normalized) && (isShort(c.normalized) || fewWords(c, SAME_ROW_MAX_WORDS)) && (c.intent === 'fallback' || c.intent === last.id || c.confidence < ROUTER_SURE)) {
    return inContext(ctx, last.id, c, lang);
  }
  if (last && (follow === 'wait' || follow === 'next') && last[follow]) {
    // A wait past what that part promises ("and now it's been two and a half hours" after "syncing takes 30~120
    // minutes") gets the whole answer with what the wait means now, not the promise again.
    if (follow === 'wait' && situations(last, c.slots).length > 0) return inContext(ctx, last.id, c, lang);
    const d = draft(last.id, CONTEXT_CONFIDENCE, c);
    d.parts.push(last[follow]![lang]);
    d.suggestions.push(...topicButtons(ctx.kb, last.related, lang, 3));
    return d;
  }
  // "不是" / "no" alone right after an answer that branches on the filing scenario: the user placing themselves in it.
  if (last?.by_scenario && YES_OR_NO.test(c.normalized.trim()) && !c.slots.prompts?.length) return inContext(ctx, last.id, c, lang);
  // "?", "啥意思", "really?" alone: that answer again, whatever the router reads in the words.
  // ("shorter please", "分步骤列一下", "repeat that": the same answer, asked for again in another form.)
  if (last && (isBareReaction(c.normalized) || asksAnswerAgain(c.normalized)) && !c.slots.prompts?.length) return last.id === WHO && prev?.whoVerifies ? whoVerifiesAgain(ctx, state, c, prev.whoVerifies, lang) : inContext(ctx, last.id, c, lang);
  // "除了手机号还要填啥?" right after a form's steps: that form's fields, whichever form the router thinks of
  // (unless the other form is named: the code is only on the verification form, resending only on its own).
  if (last?.form && !c.slots.prompts?.length && FIELDS_ASKED.test(c.normalized) && (c.intent === 'fallback' || c.intent === last.id || ctx.kb.intents.get(c.intent)?.form)) {
    if (!namesOtherForm(last.form, c.normalized)) return inContext(ctx, last.id, c, lang);
  }
  // "ok then what do I do with it" after the sender number: the topic that comes next, unless the router is sure of another
  // or reads an SMS that did not come ("the Alibaba one came but not the MIIT code. What do I do?"), or the user is past
  // that topic ("核验成功之后还要我做什么吗" after the sender: what follows the verification, the router's reading).
  const then = follow === 'next' && !last?.next && !VERIFIED.test(c.normalized) ? last?.then : undefined;
  if (then && !c.slots.prompts?.length && c.intent !== NOT_RECEIVED && (c.intent === 'fallback' || c.intent === then || c.confidence < ROUTER_SURE)) {
    return inContext(ctx, then, c, lang);
  }
  // "具体怎么操作" right after steps with nothing after them (a number no longer usable: cancel and refill): those steps again.
  if (last && follow === 'next' && !last.next && !then && !c.slots.prompts?.length && asksHowExactly(c.normalized) && answerHasSteps(last)) {
    return inContext(ctx, last.id, c, lang);
  }
  // … and with nothing more asked ("回到刚才那个提示"), that prompt's answer again.
  if (back && last) {
    return inContext(ctx, last.id, c, lang);
  }
  // "ok waited an hour, tried again. exact same message" right after a prompt: that prompt once more, when nothing else is read.
  if (last?.id.startsWith('msg.') && !c.slots.prompts?.length && SAME_AGAIN.test(c.normalized) && !comparesPrompts(c.normalized) && (c.intent === 'fallback' || c.intent === last.id)) {
    return inContext(ctx, last.id, c, lang);
  }
  // "我们俩提示不一样,现在以哪个为准" right after a prompt: the prompt seen last is where the user is now.
  // ("第一次说没有待核验,第二次又成功了,以哪个为准": the prompts retold in the comparison are no new paste.)
  if (last?.id.startsWith('msg.') && !c.slots.prompts?.length && comparesPrompts(c.normalized) && (c.intent === 'fallback' || c.confidence < ROUTER_SURE || promptWithoutPaste(c))) {
    return inContext(ctx, last.id, c, lang);
  }
  // "这是成功了吗" right after a pasted prompt asks what that prompt means: its answer again. The router
  // would read "success" as the all-done prompt and tell someone still waiting for others they are through.
  if (last?.id.startsWith('msg.') && !c.slots.prompts?.length && asksOutcome(c.normalized)) {
    return inContext(ctx, last.id, c, lang);
  }
  const wv = prev?.whoVerifies;
  // "那另一个负责人呢,主体负责人要核验吗?" right after a who-verifies answer asks about the same row.
  const aboutRoles = c.intent === WHO || c.intent === ROLES;
  const unsure = c.intent === 'fallback' || c.intent === WHO || c.confidence < ROUTER_SURE;
  // "就一个人?" / "only one?" / "那网站负责人不用管吗?" right after it asks the same.
  // ("也就是说谁都不会收到验证码?" checks that answer in the user's words, whatever the router reads.)
  // ("主体负责人指的是谁?" asks what the role is.)
  // (Not what a word of it means: "双人验证是说两个人都要各自核验吗?" asks what dual verification is.)
  const meaningAsked = c.evidence.some(asksMeaning);
  const sameRow =
    ((aboutRoles || nothingElse(c) || restatesLastAnswer(c.normalized)) && WHO_CUE.test(c.normalized) && !WHO_IS_ROLE.test(c.normalized) && !meaningAsked) ||
    (c.intent === 'fallback' && asksHeadcount(c.normalized));
  if (wv && !hasTableSlot && sameRow && (situationSized(c) || isShort(c.normalized) || fewWords(c, SAME_ROW_MAX_WORDS)) && !c.slots.prompts?.length) {
    const d = draft(WHO, CONTEXT_CONFIDENCE, c);
    whoVerifies(ctx, d, state, wv, lang);
    return d;
  }
  // "另一个人过了24小时没弄会咋样", "is there a deadline for him?" right after the wait-for-others prompt: that
  // prompt's case (its answer covers the others' 24 hours), unless they are unreachable, their SMS never came ("同事说他一直没收到短信")
  // the list is asked for, or failures are counted ("下午他证件号填错了两次,还能接着填吗?"),
  // or it is a question of its own the router is sure of ("那他那条能重发吗 怎么操作", "证件后六位填我的还是法人的?").
  const ownQuestion = c.intent.startsWith('faq.') && c.intent !== 'faq.deadline' && c.confidence >= ROUTER_SURE;
  if (
    last?.id === WAIT_OTHERS && !c.slots.prompts?.length && !hasTableSlot && !WHO_CUE.test(c.normalized) && namesOtherVerifier(c.normalized) && (situationSized(c) || isShort(c.normalized)) &&
    !WHERE_TO_SEE.test(c.normalized) && c.intent !== UNAVAILABLE && c.intent !== CHECK && c.intent !== NOT_RECEIVED && !c.intent.startsWith('chat.') &&
    c.slots.failures === undefined && !ownQuestion
  ) {
    return inContext(ctx, WAIT_OTHERS, c, lang);
  }
  // "原来的号找不回来了" / "I can't get that number back" right after the missing SMS: that answer's own last step
  // (do nothing, the order is returned after 24 hours), not the unusable-number answer.
  if (last?.id === NOT_RECEIVED && !c.slots.prompts?.length && NUMBER_LOST.test(c.normalized) && (c.intent === UNAVAILABLE || c.intent === NOT_RECEIVED || c.intent === 'fallback')) {
    return inContext(ctx, NOT_RECEIVED, c, lang);
  }
  // "他那个手机号已经停机了", "列表里有个人的手机号已经停机了" after the verifiers are talked about: another verifier's number
  // out of service, which the unusable-number answer covers (right after a missing SMS, 停机 is one of the things to check).
  if (last && (last.id === WAIT_OTHERS || last.id === CHECK || last.id === WHO || last.id === ROLES || namesOtherVerifier(c.normalized) || VERIFIERS.test(c.normalized)) && last.id !== NOT_RECEIVED && !c.slots.prompts?.length && SUSPENDED.test(c.normalized) && !ARREARS.test(c.normalized) && !STILL_NOT_RECEIVED.test(c.normalized) && (c.intent === NOT_RECEIVED || c.intent === UNAVAILABLE || c.intent === 'fallback')) {
    return inContext(ctx, UNAVAILABLE, c, lang);
  }
  // "Where do I check that in the system?" right after who verifies: where the verifiers are listed.
  if (last?.id === WHO && WHERE_TO_SEE.test(c.normalized) && isShort(c.normalized) && c.intent !== CHECK && (c.intent === 'fallback' || c.confidence < ROUTER_SURE)) {
    return inContext(ctx, CHECK, c, lang);
  }
  // (Not right after an answer that branches on the scenario itself: "我们不是注销,是接入备案" after the unavailable number is its situation.)
  // (Nor a request out of scope that names a website: "can you set up CDN for client MM's site?".)
  if (wv && hasTableSlot && !last?.by_scenario && (isShort(c.normalized) || situationSized(c) || fewWords(c, SAME_ROW_MAX_WORDS)) && !c.slots.prompts?.length && !outOfScope(c) && (follow === 'what-about' || unsure)) {
    const d = draft(WHO, CONTEXT_CONFIDENCE, c);
    const scenario = c.slots.scenario ?? wv.scenario;
    // A new scenario keeps the scope already given when it means the same there (App: first filing → new service);
    // 注销网站 is not "the website" of a first filing, so a cancellation asks again.
    const kept = !c.slots.scenario || c.slots.scenario === wv.scenario || sameScope(ctx.kb.whoVerifies, c.slots.scenario, wv.scope) ? wv.scope : undefined;
    // "如果同时也改了网站名称呢?" after 主体: both, when the table has a row for both.
    const both = c.slots.scope && kept && addsToLast(c.normalized) ? combinedScope(ctx.kb.whoVerifies, scenario, kept, c.slots.scope) : undefined;
    const scope = both ?? c.slots.scope ?? kept;
    whoVerifies(ctx, d, state, { scenario, scope }, lang);
    return d;
  }

  // The last answer again, for what only makes sense as more about it:
  // - "那现在订单会怎样?我要做什么" after an answer with no separate next part, when nothing else fits;
  //   "号码确认没错" (the user's own case) whatever the router thinks;
  // - "我们是在注销备案的时候遇到的", "I've waited 40 minutes": a situation and nothing else, which that
  //   answer branches on (the router reads a bare scenario as who-verifies only when nobody asked who).
  //   "还是不行", "那超过了怎么办", "what if we're cancelling?" when the router finds nothing else in them
  //   ("is there anything I need to do?" when it finds little); "那我重新填一次", "之前那个订单要撤回吗" likewise;
  // (A case confirmed after an answer with nothing for it, like the roles, is no more of that answer when the router is sure of another.)
  const forLast = last !== undefined && (last.id.startsWith('msg.') || last.wait !== undefined || last.next !== undefined || c.confidence < ROUTER_SURE);
  const ownCase = (read?.confirmed === true && forLast) || (last !== undefined && statesWait(c, last.id));
  const moreOfTheSame =
    ((follow === 'wait' || follow === 'next') && !last?.[follow] && (c.intent === 'fallback' || c.confidence < WEAK_READING || ownCase || promptWithoutPaste(c))) ||
    // (A prompt read without its paste is no new topic: "so I just do nothing?" is not "nothing pending".)
    ((nothingElse(c) || promptWithoutPaste(c)) && isVagueFollowUp(c.normalized)) ||
    // "why can't we just reset the counter for him?" after the failure limit: a question nothing else was read in, nearest the topic under way.
    // (Not one brought in by the way: "顺便问下,备案期间网站可以先开放访问吗".)
    (last !== undefined && nothingElse(c) && (ASKS.test(c.normalized) || ASKS_IF.test(c.normalized)) && !BY_THE_WAY.test(c.normalized) && c.runnersUp[0]?.intent === last.id && c.runnersUp[0].score >= NEAREST_IS_LAST) ||
    // "after 5 times what happens exactly" when the router can only guess: what follows in the last answer.
    (c.confidence < WEAK_READING && asksConsequence(c.normalized)) ||
    // "so update the number first, then verify?": the last answer put back in the user's words, to check it.
    (restatesLastAnswer(c.normalized) && (isShort(c.normalized) || ((fewWords(c, RESTATE_MAX_WORDS) || (c.lang === 'zh' && c.normalized.length <= RESTATE_MAX_CHARS)) && !WHERE_TO_SEE.test(c.normalized))) && !WHO_CUE.test(c.normalized) && (nothingElse(c) || c.confidence < ROUTER_SURE)) ||
    (redoesLastCase(c.normalized) && !WHO_CUE.test(c.normalized) && (nothingElse(c) || (c.intent !== 'fallback' && c.confidence < ROUTER_SURE))) ||
    // "我提交过了啊,我儿子上礼拜就提交了", "那我的备案是不是没了" right after a prompt: nothing else read in a message
    // that size is more of that prompt's case.
    // (Only about the filing: "@小王 下午开会吗", "lunch at 12?" in a group chat are not; nor "…顺便问一下云服务器有优惠吗".)
    (last?.id.startsWith('msg.') === true && nothingElse(c) && situationSized(c) && FILING_ACT.test(c.normalized) && !BY_THE_WAY.test(c.normalized) && !c.slots.prompts?.length) ||
    // "她问是不是重新输一遍验证码就行" after the failure prompt: another prompt read weakly from a few words, never pasted, is this one's case.
    (last?.id.startsWith('msg.') === true && promptWithoutPaste(c) && c.intent !== last.id && c.confidence < WEAK_PROMPT && situationSized(c) && !c.evidence.some((e) => e.matcher === 'prompt')) ||
    // "我刚才填的手机号好像少了一位", said not asked (or asked to put right: "…typed the number wrong, can they just re-enter it?"):
    // the prompt's branch for wrong details.
    (last?.id.startsWith('msg.') === true && saysDetailsWrong(c.normalized) && (!ASKS_IF.test(c.normalized) || REDOES.test(c.normalized)) && !HOW_MANY.test(c.normalized) && c.slots.failures === undefined && (situationSized(c) || (REDOES.test(c.normalized) && fewWords(c, REDO_MAX_WORDS))) && !c.slots.prompts?.length);
  // (A scenario asked about with verification named, "does cancelling access need any verification?", is a who-verifies question.)
  // (Or what the router reads only weakly beside the scenario: "it's a new filing, not a deregistration".)
  const bareScenario = c.intent === 'fallback' || (c.intent === WHO && !WHO_CUE.test(c.normalized) && !VERIFY_WORD.test(c.normalized)) || (c.confidence < WEAK_READING && c.slots.scenario !== undefined && !c.intent.startsWith('chat.'));
  // "Sorry, can you explain in English?" — the same answer, in the language asked for.
  // ("can you say that in Chinese for the customer?" too, which the router reads weakly as a person asked for.)
  const sameInOtherLanguage = asksOtherLanguage(c.normalized) && (c.intent === 'fallback' || c.intent === 'chat.thanks' || c.intent === last?.id || c.confidence < ROUTER_SURE);
  // (Not when the router read a question out of scope: "备案号怎么放到网站底部" names a website, not a situation.)
  const situation =
    // (A statement may sit near an out-of-scope example, "我们不是注销,是变更备案" near "变更备案怎么操作"; a question may not.)
    // (After an answer that branches on the scenario, an English situation may take a few more words: "It happened while
    // adding a new website to our existing filing, not a cancellation.")
    (bareScenario && hasSituation(c) && (situationSized(c) || (last?.by_scenario === true && fewWords(c, SAME_ROW_MAX_WORDS))) && (c.intent !== 'fallback' || (!outOfScope(c) && !ASKS.test(c.normalized)))) ||
    // "If it were a cancellation instead, what would he do?": the last answer, in another scenario it branches on.
    (follow === 'what-about' && hasSituation(c) && nothingElse(c));
  // (The roles answer says the filing type decides, and the list is where the verifiers are seen: a scenario named
  // after either asks who verifies in it: "我们是公司首次备案一个网站".)
  // (Never when the user says that answer missed the point: "不是这个意思,我是问…".)
  if (last?.id === WHO && wv && sameInOtherLanguage) return whoVerifiesAgain(ctx, state, c, wv, lang);
  // "我们这个是接入备案,换到你们这边来的" after the roles or the list, when the router places nothing: who verifies in it.
  // (After the wait-for-others prompt, a filing type and its scope both named answer "who else?": "it's a first-time filing, website only".)
  if (((last?.id === ROLES || last?.id === CHECK) && situation && c.slots.scenario && c.intent === 'fallback') || (last?.id === WAIT_OTHERS && situation && c.slots.scenario && c.slots.scope && (c.intent === 'fallback' || c.intent === WHO))) {
    const d = draft(WHO, CONTEXT_CONFIDENCE, c);
    whoVerifies(ctx, d, state, { scenario: c.slots.scenario, scope: c.slots.scope }, lang);
    return d;
  }
  if (last && last.id !== WHO && !isRephrasing(c.normalized) && (moreOfTheSame || (situation && last.id !== ROLES && last.id !== CHECK) || sameInOtherLanguage)) {
    return inContext(ctx, last.id, c, lang);
  }
  return undefined;
}
