/**
 * Recognises the short follow-ups that only make sense in context:
 * "那要等多久" / "how long", "然后呢" / "what next", "那如果是App呢" / "what
 * about the app". Pure; works on the router's normalised text.
 *
 * @example
 *   followUpKind('那要等多久?')  // 'wait'
 *   followUpKind('what next')     // 'next'
 *   questionAfterAlso('…请等待其他核验人进行短信核验. 另外验证码是哪个号码发的?')  // '验证码是哪个号码发的?'
 */
import { segments } from '../core/features.ts';
import { memoLast } from '../core/memo-last.ts';
import { QUESTION, stripOpeners } from '../core/signals.ts';

export type FollowUp = 'wait' | 'next' | 'what-about';

const WAIT = /多久|几耐|多长时间|多少时间|几分钟|几个?小时|几天|要等|等多少|什么时候(能|会|才)|只能等|就等着?(吗|呗)|就是等着?|只能等着?|等着就行|\bso (i|we) (just )?wait\b|how long|how much time|how many (minutes|hours)|when will|when can|until when|\bjust wait\b|\bonly wait\b/;
/** "具体怎么操作", "how exactly do I do that": the steps of what was just said, asked bare. */
/** A message without its closing punctuation, as the follow-up forms read it. */
const bare = (normalized: string): string => normalized.replace(/[?!.,~\s]+$/g, '').trim();
const HOW_EXACTLY = /^(?:那|那我|所以|然后)?\s*(?:具体|具体要|具体该)?(?:要|该|应该|得)?(?:怎么|如何)(?:操作|搞)(?:呢|啊|呀)?$|^(?:so |ok,? |and )?how (?:exactly )?(?:do|should|can) (?:i|we) (?:do|go about) (?:it|that|this)(?: exactly)?$/;
const NEXT = /然后呢?|接下来|下一步|之后呢|之后怎么|再怎么|那怎么办|怎么办呢|(?:该|要|应该)怎么(?:处理|办|弄)|还要做什么|还需要做什么|还要干(嘛|啥|什么)|还得做什么|我(现在)?(该|要|需要|应该)(做|干)(什么|啥|嘛)|(那|那我)?现在(该)?(干嘛|干啥|做什么|做啥)|要我(做|干)(什么|啥|嘛)|(得|要|需要)重新填|要怎么做|会怎(么)?样|(要|该|需要)(核对|检查)(哪些|什么)|核对哪些|检查哪些|要重新提交|需要重新提交|重新提交吗|从头再来|what next|which details|(have|need) to resubmit|\bneed (to )?submit (the |my |our )?(filing|application|it) again\b|resubmit the|start over|what (?:exactly )?(should|do|does|can) (i|we|he|she|they) (double[- ]?)?check|which (?:fields|details|info(?:rmation)?) (?:should|do|must) (?:i|we|he|she|they) (?:double[- ]?)?check|what now|next step|then what|and then|^(?:and |so |ok,? |then )*(?:what (?:about|happens|comes) )?after that(?:\?|$)|^(?:and |so |ok,? |then )*after (?:the limit|5 (?:failures|tries|times)|five (?:failures|tries|times)|the (?:5th|fifth)(?: (?:one|try|attempt|failure|time))?)(?=\?|$|\b)|what else|anything else (to do|i need)|\banything (else )?(i|we) (need|have|should) to do\b|(我|我们)(还)?(需要|要|得)做(什么|啥)吗|有什么(要|需要)(我)?做的|what should i do( now| next| first| exactly| then)?$|\bwhat (exactly )?(should|do|does|must) (we|he|she|they|the customer|the client) (exactly )?do\b|what do i do(?: now| next| first| exactly| then){0,2}$|(我)?(该|要|得)?先(做|干)(什么|啥|嘛)|now what|^(then|and then|and now|so now|and next)$/;
/** The time allowed, not the time to wait: "how long do I have", "多长时间内要完成", "when does it expire" (faq.deadline). */
const TIME_ALLOWED = /\bhow (long|much time) (do|does|did|will|would) [\w' ]{1,24}? (still )?have\b|还有多(久|长时间)(可以|能|来)|多长时间内|多久(之)?内|有效|过期|失效|\bexpires?\b|\bexpired\b|\bdeadline\b|\btime limit\b|\bvalid(ity)?\b/;
/** "要等多久", "how long until…": asking about a wait (but not about the time allowed). */
const asksWait = (t: string): boolean => WAIT.test(t) && !TIME_ALLOWED.test(t);
/** "I checked, the details are right": the answer's own "if the details are correct" branch, which is its `wait` part. */
const CONFIRMED =
  /\b(?:definitely |really )?(?:haven'?t|have not|didn'?t|did not) (?:mistyped|mis-typed|typed (?:anything |it )?wrong|made (?:a |any )?mistakes?|get anything wrong)\b|(?:手机号|手机号码|号码|验证码|证件号|后六位)(?:码)?(?:是|都)?(?:没错|没问题|是对的|正确|无误)|(都|确认|肯定|绝对|确定|保证|核对过?|检查过?|查过|看过).{0,6}(是对的|没错|冇错|没问题|冇问题|正确|无误|对的|对了)|(核对|检查|确认|查)过?.{0,24}(都|全)(是)?对(的|了)?$|没有?填错|都填对了|填对了|信息没错|(?<!不|没|不是|是不是)(都|全)(是)?对(的|了|啊|呀)?(?=$|[\s,.!;])|(details|info(rmation)?|everything|they|all|digits|numbers?) (are|is) (all |definitely |certainly |absolutely |really |both )?(correct|right)|(everything|all|what) (i|we|he|she|they) (typed|entered|filled( in)?|put in|wrote) (is|are|was|were) (all )?(correct|right)|all correct|(?:double|triple)[- ]?checked|(?<!\bnot (?:100% |totally |completely |entirely )?|n't (?:100% |totally |completely |entirely )?)(sure|certain|confident|positive|insists?|insisted|swears?|swore) (that )?[^.?!]{0,64}(is|are|was|were) (all )?(right|correct)|entered (it |them |everything )?correctly|checked (it|them|everything|the details) (and|,)/;
/** Doubt about the details ("I'm not sure the ID digits are correct"): not the user's confirmed case. */
const DOUBT = /\b(not sure|unsure|not certain|don'?t know|do not know|wonder(ing)?|whether)\b|不确定|不知道|不清楚|怀疑/;
/** "我已经提交备案了" / "I did submit the filing": the answer's branch for a filing already submitted, its `wait` part. */
const SUBMITTED = /(已经|早就|确实|明明)(提交|交)了?(备案|申请)?|已提交|提交过了|(did|have|already|had) submit(ted)?( it\b| (the |my |our |a )?(filing|application))|\b(i|we) (already )?submitted\b(?! (the |my |our )?(code|verification|details|form|digits))|submitted (the |my |our )?(filing|application)/;
/** "我其实还没提交备案": the answer's branch for a filing not submitted yet, its `next` part. */
const NOT_SUBMITTED = /还没(有)?提交|未提交|没提交|不确定(有没有|是否|自己)?提交|(haven'?t|have not|didn'?t|did not|not yet|never) (actually |even |yet |really )?submit(ted)?|not sure (if |whether |that )?(i|we|he|she|they) (ever |actually |really )?((clicked|hit|pressed) )?submit(ted)?\b|\bnever (clicked|hit|pressed) submit\b|not sure (if |whether |that )?(the |my |our )?(filing|application|order) (was|has been|got) (ever )?submitted|不确定(有没有|是否)?点(了|过)?提交/;
/** Longest message read as "I checked, it's all correct" (people list what they checked). */
const MAX_CONFIRMED = 120;
/** Longest message whose last clause may still be a follow-up ("信息我核对过没错,那要等多久"); in English, in words. */
const MAX_CONTEXTUAL = 40;
const MAX_CONTEXTUAL_WORDS = 16;
const WHAT_ABOUT = /^(那|那么|如果|要是|假如|换成|改成|是)|呢$|^(what|how) about|^what if|^and (if|for|what)|^if (it|its|it's|i|we)|^(only|just) |instead$/;

/** Written in Latin letters only (English): lengths are counted in words there. */
const isLatin = (text: string): boolean => !/[^\u0000-\u024f\u2000-\u206f]/.test(text);
const wordCount = (text: string): number => text.split(/\s+/).length;

/** Small enough for a follow-up: at most `chars` characters, short (see {@link isShort}), or in English at most `words` words. */
export function fits(text: string, chars: number, words = 0): boolean {
  return text.length <= chars || isShort(text) || (words > 0 && isLatin(text) && wordCount(text) <= words);
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * "?", "啥意思", "没看懂", "具体点", "真的吗", "然后呢", "huh?", "really?", "and?": a reaction to the last
 * answer and nothing else. Whatever the router makes of the words ("真的吗" as "is this SMS real?"),
 * the topic under way is the topic.
 */
const BARE_REACTION =
  /^(?:[?!.~]+|啥|什么|蛤|(?:那|那么|所以)?(?:啥|什么|神马)意思|(?:还是)?(?:没|没有|不)(?:看|听)?(?:懂|明白)|看不懂|没看明白|(?:再)?(?:说)?(?:具体|详细|清楚)(?:一)?点(?:儿)?|具体(?:说说|讲讲)|展开(?:说说)?|真的(?:吗|嘛|假的)?|确定(?:吗|嘛)?|是吗|然后(?:呢|咧|嘞)?|还有(?:呢|吗|别的吗)?|接下来呢|前者|后者|第[一二三](?:个|种)|那(?:怎么|咋)办|怎么办|(?:那)?(?:怎么|咋)(?:弄|整|搞)|多久|多长时间|(?:得|要|需要|就)?(?:一两|两三|几|[一二两三四五六七八九十0-9]+)个?(?:小时|钟头|分钟|天)(?:吧|吗|啊|呀)?|哪里(?:看)?|在哪(?:里)?(?:看)?|谁|huh|what|meaning|what do you mean|and|and then|so|really|sure|are you sure|more|more details?|details|explain(?: please| more)?|then|how|how long|where|who|why|the (?:former|latter)(?: one)?)[?!.~\s]*$/;

export function isBareReaction(normalized: string): boolean {
  return BARE_REACTION.test(normalized.trim());
}

/**
 * "shorter please", "list that as bullet points", "repeat that", "in simpler words?", "再说一遍", "分步骤列一下",
 * "填证件号是第几步来着?": the last answer asked for again, in another form, naming nothing new.
 */
const ANSWER_AGAIN =
  /^(?:(?:can|could|would) you |please |pls |ok,? )*(?:repeat (?:that|it|this)|say (?:that|it) again|one more time|(?:make it |a bit |even )?shorter|(?:in )?(?:short|brief)(?:er)?(?: version)?|tl;?dr|summari[sz]e(?: (?:that|it))?|list (?:that|them|it|those|the steps|the points)(?: as (?:bullet )?points)?|(?:as |in )?bullet points|step by step|(?:in )?simpler words|(?:in )?plain words)(?: please| pls| for me)?[?!.\s]*$|^(?:(?:请|麻烦|能不能|可以)?说?(?:再说一遍|再讲一遍|再说一次|重复一下|重复一遍|说短点|短一点|简短点|简短一点|简单点说|长话短说|总结一下|概括一下|列一下(?:步骤)?|列出来|分步骤列一下|分步骤说|分点说|一步步说|一条一条说))(?:吗|吧|呗|谢谢)?[?!.~\s]*$|第几步/;

export function asksAnswerAgain(normalized: string): boolean {
  return ANSWER_AGAIN.test(normalized.trim());
}

/** A message short enough to be a follow-up rather than a new question. */
export const isShort = memoLast((normalized: string): boolean => {
  // Up to 12 UTF-16 units is at most 12 characters and 6 words: short without segmenting.
  if (normalized.length <= 12) return true;
  let cjk = 0;
  let words = 0;
  for (const seg of segments(normalized)) {
    if (seg.cjk) cjk += codePoints(seg.text);
    else words++;
  }
  return cjk <= 12 && words <= 10;
});

/** A follow-up read from the user's own words; `confirmed` when it states their case (checked, submitted). */
export interface ContextualFollowUp {
  kind: 'wait' | 'next';
  confirmed: boolean;
}

/**
 * A follow-up said after some context of the user's own: the last clause asks
 * "how long" / "what next", or the message says the details were checked and
 * are right (answered like "how long": the answer's wait branch). Only for
 * messages up to {@link MAX_CONTEXTUAL} characters; the caller decides whether
 * the router's reading of the whole message should win instead.
 */
export function contextualFollowUp(normalized: string): ContextualFollowUp | undefined {
  const t = bare(normalized);
  // Statements about the user's own case answer a branch of the last answer whatever else they mention.
  if (t.length <= MAX_CONFIRMED && CONFIRMED.test(t) && !DOUBT.test(t)) return { kind: 'wait', confirmed: true };
  if (t.length > MAX_CONTEXTUAL && !(isLatin(t) && wordCount(t) <= MAX_CONTEXTUAL_WORDS)) return undefined;
  if (NOT_SUBMITTED.test(t)) return { kind: 'next', confirmed: true };
  if (SUBMITTED.test(t)) return { kind: 'wait', confirmed: true };
  const last = t.split(/[,.;!?]/).pop()!.trim();
  if (!last || !isShort(last)) return undefined;
  if (asksWait(last)) return { kind: 'wait', confirmed: false };
  if (NEXT.test(last)) return { kind: 'next', confirmed: false };
  return undefined;
}

/**
 * "还是不行", "那超过了怎么办", "那如果超过了呢", "what if we're cancelling?", "still nothing", "给我一段回客户的话术":
 * more about the last answer, in words that say nothing of their own.
 */
const VAGUE = /怎么办|咋办|还没(弄|做|验|核验|操作|处理|动)|(什么|啥)都不(用)?(做|管|操作|弄)|\b(do nothing|don'?t (need to )?do anything|(hasn'?t|haven'?t|has not|have not) (done|verified|done it) yet)\b|(?:要是|如果|假如)[^,.?!]{0,12}呢|万一.{0,12}(呢|怎么办)|咋整|如何处理|会怎(么)?样|还是不行|还是不对|还是没用|还是失败|仍然不行|依然不行|还是没有|还是没反应|\bstill (nothing|not|no|the same|failing|fails|doesn't|does not)\b|\b(go|goes|went) over (that|it|the limit)\b|\bexceed(s|ed)? (that|it|the limit)\b|\b(keeps?|kept|keep on) (getting|failing|showing|saying|popping up)\b|\bthe same (error|failure|message|prompt|thing) (again|every time)\b|一直(失败|报错|提示这个|是这个提示)|didn't help|no luck|what happens|what if|then what|now what|话术|(一句|一段)[^,.?!]{0,8}(话|回复)|怎么(跟|和|给|回)(客户|他|她|用户)|\b(wording|phrasing|template|script)\b|what (should|do|can) i (tell|say to|send)/;

/** Longest vague follow-up, in characters (a few more words than {@link isShort} allows: "按你说的重新提交了,还是不行"), or in English words ("he says he keeps getting the same failure message"). */
export const VAGUE_MAX = 24;
export const VAGUE_MAX_WORDS = 10;

/** A short message asking for more of the last answer without naming anything the router could place. */
export function isVagueFollowUp(normalized: string): boolean {
  return fits(normalized, VAGUE_MAX, VAGUE_MAX_WORDS) && VAGUE.test(normalized);
}

/**
 * "之前那个订单还要撤回吗", "那我重新填一次", "so we start over?": the case of the last answer, redone
 * or referred to, in words the router cannot place on their own.
 */
export const REDOES = /之前(那个|的)(订单|备案|申请)|(那个|这个)(订单|申请)|重新(填|提交|来|弄|做|验|核验|输)|再(填|试|提交|验|输)一(次|遍|下)|从头(来|开始)|\b(start over|the whole thing|the whole filing|the entire (?:thing|filing|process)|start (?:the |it |everything )?(?:whole |entire )?(?:filing |thing |process )?over|redo|do it again|try again|resubmit|re-?enter|re-?type)\b|\b(enter|type|submit|put in|use|fill in) (it|them|the (same )?(code|details|numbers)|the same (one|code|details))( in)? again\b/;

/** Longest such message in English, in words (longer ones are read for what they ask). */
const REDOES_MAX_WORDS = 12;

export function redoesLastCase(normalized: string): boolean {
  // (An opening "fine." / "好吧," says nothing: "Fine. So after it's returned he has to resubmit the filing from scratch?")
  return fits(stripOpeners(normalized), VAGUE_MAX, REDOES_MAX_WORDS) && REDOES.test(normalized);
}

/** "那要等多久才能在阿里云看到结果" / "so how long until it shows up in the console": "how long" first, then what for. */
const LEADING_WAIT = /^(那|那么|所以|那我|那我们)?(还)?(要|得|需要)?(再)?等?(多久|多长时间)|^(so |and |then )?how long\b/;
/** Longest such message: in characters, or in English in words. */
const LEADING_WAIT_MAX_WORDS = 12;

function leadsWithWait(t: string): boolean {
  return fits(t, VAGUE_MAX, LEADING_WAIT_MAX_WORDS) && LEADING_WAIT.test(t) && !TIME_ALLOWED.test(t);
}

/** "会怎样", "what happens exactly": asking what follows, in a short message. */
export const CONSEQUENCE = /会怎(么)?样|怎么办|咋办|\b(what happens|what if|then what)\b/;

export function asksConsequence(normalized: string): boolean {
  return fits(normalized, VAGUE_MAX) && CONSEQUENCE.test(normalized);
}

/** The other verifier named: "另一个人", "他", "my colleague", "is there a deadline for him?". */
const OTHER_VERIFIER = /另一个人|另一位|另外一个人|另外一位|其他人|其他核验人|对方|同事|老板|他|她|\b(he|she|him|her|they|them|the others|other verifiers|the other( one| person| verifier| guy)?|my colleague|my boss|co-?founder)\b/;

export function namesOtherVerifier(normalized: string): boolean {
  return OTHER_VERIFIER.test(normalized);
}

/** Done, said: "核验完", "弄好", "done", "finished". */
const DONE = /(?:核验|验证|弄|做|搞|填|提交)(?:完|好)|\b(?:done|finished|verified|through)\b|\bdid (?:his|her|their) (?:part|bit|share|verification)\b/;
/** What comes after, asked. */
const ASKS_AFTER = /之后|以后|然后|接下来|下一步|后面|\b(after that|afterwards|then what|what next|next step|what now|and then|what happens next|what comes next)\b/;
/** Most English words of "the other one is done, what now?" (a sentence of each: "OK my co-founder did his part too. What happens next and where can I track it?"). */
const OTHERS_DONE_MAX_WORDS = 16;

/** The other verifier through, and what follows asked: "等他也核验完之后呢", "he's done now, what next?", "what about after that? once my colleague is done". */
export function saysOthersDone(normalized: string): boolean {
  return fits(normalized, VAGUE_MAX, OTHERS_DONE_MAX_WORDS) && namesOtherVerifier(normalized) && DONE.test(normalized) && ASKS_AFTER.test(normalized);
}

/** "具体怎么操作", "how exactly do I do that?" asked bare. */
export const asksHowExactly = (normalized: string): boolean => HOW_EXACTLY.test(bare(normalized));

/** Which follow-up a short message is, if any (a leading "那", a closing "吗" add no length: "那接下来我们还需要做什么吗"). */
export function followUpKind(normalized: string): FollowUp | undefined {
  const t = bare(normalized);
  if (!isShort(t.replace(/^(?:那么?|所以)/, '').replace(/[吗呢啊呀吧]+$/, ''))) return leadsWithWait(t) ? 'wait' : undefined;
  if (asksWait(t)) return 'wait';
  if (NEXT.test(t) || HOW_EXACTLY.test(t)) return 'next';
  if (WHAT_ABOUT.test(t)) return 'what-about';
  return undefined;
}

/** "另外…" / "Also, …" / "这个提示我懂,就想问…" / "Separate question: …": a second question after a pasted prompt ("另外一个人" is the other person, not "besides"). */
const ALSO = /另外(?![一两几个位的那些0-9])|(?<=^|[,.;!?\s])对了(?![吗吧么呀])|还有个问题|还想问|顺便问一?下|顺便|再问一?下|(?:就|只是?|主要是?)想问(?:的是|一?下)?|(?<=^|[,.;!?\s]|我)想问(?:的是|一?下)?|\balso\b|\bbut first\b|another question|(?:separate|different|other) (?:question|topic)|\bmy (?:real |actual )?question is\b|\bbtw\b|by the way/;

/** The question after "另外" / "also" in a message, if there is one worth reading on its own. */
export function questionAfterAlso(normalized: string): string | undefined {
  const m = ALSO.exec(normalized);
  if (!m) return undefined;
  const tail = normalized.slice(m.index + m[0].length).replace(/^[\s,.:]+/, '');
  // (A statement after it is the user's case, not a second question: "…另外1个人是网站负责人,他在出差".)
  return tail.length >= 4 && QUESTION.test(tail) ? tail : undefined;
}

/** "对了,…" / "by the way, …" at the start: a question on the side, not an answer to the bot's question. */
const ASIDE = /^(对了|顺便|另外|还有个问题|还有一个问题|再问一?下|btw\b|by the way|also\b|oh,? and\b|one more thing)/;

export function isAside(normalized: string): boolean {
  return ASIDE.test(normalized);
}

/** "也就是说…", "所以…", "so you mean …": the last answer put back in the user's words, to check it. */
const RESTATES = /^(也就是说|就是说|那就是说|所以说?|这么说|意思是|(?:那)?(?:是不是|是否)?其实(?:是|已经)|so (that means|you mean|basically)|you mean|so\b)/;

export function restatesLastAnswer(normalized: string): boolean {
  return RESTATES.test(normalized);
}

/**
 * Where a second question starts: "另外…", "also …", ", and how …" (a question mark alone often
 * ends a lead-in, "系咪要等短信先可以核验?我等咗好耐都冇收到", so it does not split).
 */
const QUESTION_BREAK = /[?]*\s*(?:^|[\s,.;?])(?:另外(?![一两几个位的那些])|还有一个问题|还有个问题|还想问|顺便问一?下)[\s,:]*|(?:^|[,.;?!]\s*)(?:btw|by the way|also)\b[\s,:]*|,\s*and\s+(?=(?:how|what|where|when|who|which|is|are|can|do|does|will)\b)/;

/** The questions of a message that says it asks two or more, each at least a few characters long. */
export function questionsIn(normalized: string): string[] {
  return normalized
    .split(new RegExp(QUESTION_BREAK.source, 'g'))
    .map((s) => s.replace(/^[\s,.;:]+|[\s,.;:]+$/g, ''))
    .filter((s) => s.length >= 4);
}

/** "那第二个问题呢", "what about the second question?": the question set aside last turn. */
const SECOND_QUESTION = /第二个问题|另一个问题|另外一个问题|后一个问题|后面那个问题|\b(second|other) (question|one|part)\b/;

export function asksSecondQuestion(normalized: string): boolean {
  return SECOND_QUESTION.test(normalized);
}

/** "同时也改了网站名称", "and an app too": a scope added to the one already given. */
const ADDS = /同时|也|还有|一起|另外还|加上|\b(as well|also|too|plus|on top)\b/;

export function addsToLast(normalized: string): boolean {
  return ADDS.test(normalized);
}

/** Pointing back at the prompt pasted a turn ago: "what about that resend error?", "刚才那个提示呢". */
const REFER_BACK = /\b(that|the) ([a-z]+ )?(error|message|prompt|notice|warning)\b|那个(提示|报错|错误)|刚才(的|那个)?(提示|报错|错误)|前面(的|那个)?(提示|报错)/;

export function refersBack(normalized: string): boolean {
  return REFER_BACK.test(normalized);
}

/** Going back to a prompt pasted before a detour: "回到刚才那个找不到记录的提示", "back to that resend message". */
const RETURN_TO =
  /回到(刚才|之前|前面|上面)|再说(回)?(刚才|之前)|说回(刚才|之前)|\b(back to|going back to|returning to|coming back to) (that|the|my|our|this) ([a-z-]+ ){0,3}(message|prompt|error|notice|warning)\b/;

/**
 * A message that returns to the prompt pasted before a detour, and which part of
 * that prompt's answer it asks for: its wait ("要等多久", "we did submit it"), its
 * next step, or (undefined) the whole answer again.
 */
export function returnsToPrompt(normalized: string): { kind?: 'wait' | 'next' } | undefined {
  // After a detour, "那刚才那个报错怎么办" / "still the same error" points back as plainly as "回到刚才…".
  const m = RETURN_TO.exec(normalized) ?? REFER_BACK.exec(normalized);
  if (!m) return undefined;
  const rest = normalized.slice(m.index + m[0].length);
  if (CONFIRMED.test(rest) || SUBMITTED.test(rest) || WAIT.test(rest)) return { kind: 'wait' };
  if (NOT_SUBMITTED.test(rest) || NEXT.test(rest)) return { kind: 'next' };
  return {};
}

/** Asking for the last answer in the other language: "can you explain in English?", "用中文说". */
const OTHER_LANGUAGE = /(?:换成|切换成|切换到|改成|改用)(?:英文|中文)|(?:用)?(?:中文|英文)再说|再用(?:中文|英文)|(?:给个|来个|发个|要个)(?:中文|英文)版|(?:中文|英文)发(?:一下|下)|\b(?:english|chinese) version(?: (?:pls|please|plz))?[\s!.?]*$|\bswitch to (?:english|chinese)\b|\bin english\b|english please|\bin chinese\b|用中文(?!版|界面|系统)|说中文|中文回答|中文说|用英文(?!版|界面|系统)|英文回答/;

export function asksOtherLanguage(normalized: string): boolean {
  return OTHER_LANGUAGE.test(normalized);
}

/** "1", "第二个", "the second one", "前面那个", "最后一个": which of the offered choices, counted from 1 (-1 for the last). */
const ORDINALS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:选|option |no\.? ?|#)?(?:第)?(?:1|一)(?:个|项|种|条)?[.)、]?$|^(?:the )?first(?: one| option)?$|^(?:前面|上面)那个$|^前一个$/, 1],
  [/^(?:选|option |no\.? ?|#)?(?:第)?(?:2|二)(?:个|项|种|条)?[.)、]?$|^(?:the )?second(?: one| option)?$/, 2],
  [/^(?:选|option |no\.? ?|#)?(?:第)?(?:3|三)(?:个|项|种|条)?[.)、]?$|^(?:the )?third(?: one| option)?$/, 3],
  [/^(?:选|option |no\.? ?|#)?(?:第)?(?:4|四)(?:个|项|种|条)?[.)、]?$|^(?:the )?fourth(?: one| option)?$/, 4],
  [/^(?:选|option |no\.? ?|#)?(?:第)?(?:5|五)(?:个|项|种|条)?[.)、]?$|^(?:the )?fifth(?: one| option)?$/, 5],
  [/^(?:选|option |no\.? ?|#)?(?:第)?(?:6|六)(?:个|项|种|条)?[.)、]?$|^(?:the )?sixth(?: one| option)?$/, 6],
  [/^(?:the )?last(?: one| option)?$|^最后(?:一个|那个)$|^(?:后面|下面)那个$/, -1],
];

export function ordinalOf(normalized: string): number | undefined {
  const t = bare(normalized);
  return ORDINALS.find(([re]) => re.test(t))?.[1];
}

/** "另一个客户…", "B客户", "for the other company": a second filing, not the one talked about so far. */
const OTHER_CASE = /另(?:一|外一?)个(?:客户|公司|单位|备案|网站|项目)|[b-zB-Z乙丙丁]客户|[b-zB-Z乙丙丁]公司|客户\s?[b-zB-Z乙丙丁](?![a-z])|第[二三四]个(?:客户|公司|备案)|\b(?:the other|another|a second|second) (?:company|client|customer|filing|site|website)\b|\b(?:client|company|customer) [b-z]\b/;

export function namesOtherCase(normalized: string): boolean {
  return OTHER_CASE.test(normalized);
}

/** The language asked for ("say that in Chinese", "用英文再说一遍"), if any. */
export function languageAsked(normalized: string): 'zh' | 'en' | undefined {
  const m = OTHER_LANGUAGE.exec(normalized);
  if (!m) return undefined;
  return /english|英文/.test(m[0]) ? 'en' : 'zh';
}

/**
 * "你确定是5次吗?我听说是3次", "Are you sure the website principal doesn't need to verify?",
 * "that's not what the page says": the last answer doubted, to be confirmed.
 */
const DOUBTS = /^(?:你|您)?(?:确定|肯定)|你确定|您确定|真的(?:是|吗|假的)|没搞错吧|没弄错吧|我(?:听说|记得|以为)是|不是说|\b(?:are you sure|you sure|is that (?:right|correct|true)|really\?|that'?s not what|i thought it was|i heard it was|i read it was)\b/;

/**
 * "为什么要先等?", "why only 2?", "where does it say that?", "说简单点", "that doesn't make sense": the last answer
 * questioned or asked again more plainly, in a few words that name nothing new.
 */
const QUESTIONS_ANSWER =
  /^(?:那|可是|但是|but|so)?\s?(?:为什么|为啥|凭什么|怎么会|why|how come)|说?(?:简单|通俗|直白)(?:一)?点|说人话|(?:哪里|哪儿|在哪)写(?:的|着)|出处|(?:说不通|不合理|没道理|讲不通)|\b(?:(?:explain|say|put) (?:it |that |this )?(?:simpler|more simply|in simpler (?:words|terms)|plainly|in plain (?:words|english))|in plain (?:words|english)|simpler please|i (?:don'?t|do not) (?:understand|get it)(?=[,.!?]|$)|where does it say|(?:that|this|it) (?:doesn'?t|does not) make sense|makes no sense|what'?s the source)\b/;
/** Most words of such a message ("why do I have to wait so long before resending?" is still one). */
const QUESTIONS_ANSWER_MAX_WORDS = 12;

export function doubtsLastAnswer(normalized: string): boolean {
  return DOUBTS.test(normalized) || (fits(normalized, QUESTIONS_ANSWER_MAX_WORDS * 2, QUESTIONS_ANSWER_MAX_WORDS) && QUESTIONS_ANSWER.test(normalized));
}

/**
 * "这是成功了吗" / "did it work?" / "啥意思" right after a pasted prompt: what that prompt means, asked
 * again, not a new question ("success" alone reads as the all-done prompt).
 */
const ASKS_OUTCOME =
  /^(那|所以|请问)?(这|那|这个|那个|这样|那样|我这|我这个|我这边|我这里|我们这边|我)?(是|算|就|就算|算是|就是)?(不是)?(已经)?(成功|通过|好了|完成|完事|搞定|结束|可以|行|ok|没问题)了?(吗|没|嘛|么|没有)$|^(这|那)?(是不是|算不算|是否)(就|已经)?(成功|通过|好了|完成|可以|行)了?$|^(这|那|这个|那个|这句|这是|是)?(什么|啥)意思(呀|啊)?$|^(so )?(did|does) (it|that|this) (work|go through|mean i'?m done|mean (it )?(worked|success(ful)?))$|^(so )?(is|was) (it|that|this|my filing|the filing|my application) (good|ok|okay|fine|done|stuck|success(ful)?|a success)( then| now)?$|^(so )?am i (done|through|finished)( then| now)?$|^what does (that|this|it) mean$|^(so )?does (that|this|it) mean\b.{0,48}$/;

/** Longest English outcome question, in words ("so does that mean the filing is already with the bureau?"). */
const OUTCOME_MAX_WORDS = 14;

export function asksOutcome(normalized: string): boolean {
  const t = bare(normalized);
  return fits(t, 0, OUTCOME_MAX_WORDS) && ASKS_OUTCOME.test(t);
}

/** "我刚才填的手机号好像少了一位", "I typed one digit wrong": the user's own details were wrong. */
const WRONG_DETAILS =
  /(填|输|打|写)(错|漏|少|多)了?|(?:填|输|打|写)成(?!功)[^,.?!]{1,16}了|少(了|打了|填了)?一位|多(了|打了|填了)?一位|填反了|\b(typo|mistyped|misspelled|(typed|entered|filled( in)?|put( in)?) ([^.?!,]{1,24} )?wrong(ly)?|wrong (digit|number|code)s? (entered|typed))\b/;

export function saysDetailsWrong(normalized: string): boolean {
  return WRONG_DETAILS.test(normalized);
}

/** Not knowing the answer to the bot's question: "不确定是哪种", "no idea", "what's the difference between those options?". */
const UNSURE = /不确定|不知道|不清楚|搞不清|说不好|don'?t know|do not know|not sure|no idea|unsure|dunno|\bidk\b|\bdifference between (?:those|these|them|the (?:options|choices))\b|(?:这几个|这些|几种|这几种)(?:有)?(?:什么|啥)(?:区别|不同)/;

export function saysUnsure(normalized: string): boolean {
  return isShort(normalized) && UNSURE.test(normalized);
}

/** How many people, asked on its own: "就一个人?", "两个人都要?", "only one person?". */
const HEADCOUNT = /^(那|所以)?(就|只|只要|只有|只需要?)?(一|两|俩|1|2)个?人|^(那|所以)?(就|只有|只要)我(一个|自己)?(人)?(吗|是吧|对吧)?[?]?$|^(so )?(only|just) (me|him|her|us|the boss|my boss)\b|^(so )?(only|just) (one|two|1|2)( person| people)?\b|^(so )?(one|two|1|2) (person|people|persons)\b|^(both|two) (of them|people)\b|^one person\b/;

export function asksHeadcount(normalized: string): boolean {
  return isShort(normalized) && HEADCOUNT.test(normalized);
}

/** ",那备案审核进度去哪里看?" / ", so where do I follow the review?": a question the confirmed case leads on to. */
const THEN_QUESTION = /[,.;]\s*((?:那|那么|so|then|and)?\s*[^,.;]{3,}(?:[,.;]\s*[^,.;]{1,12})?(?:\?|吗|呢))\s*$/;

/** Whether a message that states the user's case ends by asking something after "那" / "so". */
export function asksAfterCase(normalized: string): boolean {
  return questionAfterCase(normalized) !== undefined;
}

/**
 * The question the confirmed case leads on to ("都核对过了没错,那阿里云那边多久能同步过来?" → "那阿里云那边多久能同步过来?";
 * "…都对,后六位我填的是护照的,护照可以吗"), less a clause that still confirms the case ("…证件后六位都没错,要等多久?").
 */
export function questionAfterCase(normalized: string): string | undefined {
  const q = THEN_QUESTION.exec(normalized)?.[1];
  return q && CONFIRMED.test(q.split(/[,.;]/)[0]!) ? q.split(/[,.;]\s*/).at(-1) : q;
}

/**
 * "现在以哪个为准", "和上一次差在哪", "so which applies now?", "is that the same message as before?": two prompts
 * compared; the one seen last is where the user is now.
 */
const WHICH_COUNTS = /以哪个为准|哪个(?:为准|算数|算|有效|对)|差在哪|有(?:什么|啥)(?:不同|区别)|(?:提示|两个)[^,.?!]{0,6}不一样|\bwhich (?:one )?(?:applies|counts|is (?:right|correct|valid|current))\b|\bis (?:that|this|it) the same (?:message|prompt|one|error)\b|\bwhat(?:'s| is) the difference\b/;

export function comparesPrompts(normalized: string): boolean {
  return WHICH_COUNTS.test(normalized);
}
