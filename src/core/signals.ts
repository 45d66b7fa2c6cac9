/**
 * Small signals the router adds to the n-gram scores: polite openers and
 * small talk that must not win a real question, quoted system messages, and
 * slots that name the topic (a Table C scenario asked about "who", failures
 * counted). Pure helpers over normalised text.
 *
 * @example
 *   stripOpeners('您好,请问在哪里查看核验人员')  // '在哪里查看核验人员'
 *   quotedSpans('it said "SMS verification failed, please verify again"')  // ['SMS verification failed, please verify again']
 */
import type { Evidence } from './types.ts';

export const SMALL_TALK = ['chat.greeting', 'chat.thanks'];
export const SLOT_BOOST = 0.2;
/** Asking who has to do it, whether a role has to, or which kind (single or double) a case gets. */
export const WHO_CUE = /(?:^|\s)(?:so |and |but )?(?:not|no) (?:the )?(?:subject|entity|website|site) principal\b|(?:^|\s)(?:so |and |but )?(?:not|no) (?:the )?(?:company|web|website|site) (?:principal|guy)\b|\b(?:subject|entity|website|site) principal (?:gets|receives|doesn'?t get|won'?t get|does not get|will not get|gets no)\b|(负责人|法人)(和|跟|与|还有)[^,.?!]{0,8}(负责人|法人)都(要|得|需要|必须)|(一起|都|也)(来)?验(吗|吧|么)|(负责人|法人|老板)(这次|这回|也|还|就)?(要|得|需要|用)?(来)?(验|核验|验证|做核验|收短信|接短信|收验证码)(吗|吧|么|嘛|[?]?$)|\b(principal|person in charge|legal (rep|representative|person)|contact|manager)s? (alone |only |also |both )?(verif(y|ies)|needs? to verify|ha(s|ve) to verify|must verify)\b|谁|哪些人|哪个人|哪几个人|什么人|哪种|哪一种|单人还是双人|需要.{0,8}(核验|验证)[吗吧]|要.{0,8}(核验|验证)[吗吧]|是.{0,10}(核验|验证)[吗吧]|[都也还](得|要|需要)(核验|验证|验|搞|做|弄|填)|[都也还](得|要|需要).{0,6}验[吗吧么]|(一|两|俩|几|1|2)个人.{0,3}(验|核验|验证)|负责人(来)?验还是|^(?:那|所以)?我(?:就|是不是就|也)?(?:不用|不需要|无需)(?:管|验|核验|验证)了?(?:吗|么|吧)?\??$|(负责人|法人)(这次|也|还|就|是不是|是否){0,2}(不用|不需要|用不用|需不需要|要不要|不必)|(不用|不需要|用不用|需不需要|不要)(网站|主体|备案主体)?(负责人|法人)(吗|么|嘛|[?]|验|核验|来验)|不是.{0,8}负责人(来)?(验|核验|验证)|只(让|要|由|有)[^,.?!]{1,10}(验|核验|验证)|哪几位|\b(is|are) (the |any )?(sms )?verification (needed|required)\b|\bneed (any |the )?(sms )?verification\b|\b(principal|person in charge)\b[^?.]{0,30}\b(need|have|has) to\b|还是.{0,8}负责人(来)?(验|核验)|\bwho\b|which (person|people|principal|kind|type|party|parties|individuals?|roles?)|need(s)? to verify|has to verify|\bonly (he|she|they|i|we|the [a-z]+) (verif(y|ies)|needs? to verify|has to verify)\b|must verify/;
/** One person or two, asked: "接入备案是双人验证吗", "注销网站是单人吗", "is it dual verification for an access filing?". */
export const HEADCOUNT_ASKED = /(单人|双人|两个人|一个人)(验证|核验)?(吗|么|嘛|呢|[?]|还是)|(?:一个人|一人)(?:就)?(?:够|行|可以)|算不算(?:是)?(?:单人|双人)|\b(is it|is that|are we|is this|is there) (a )?(dual|double|two-person|two person|single|one-person|one person)\b/;
/** Verifying put off to a later day, asked: "周一再弄行吗", "can he do it monday?" — the 24 hours are the answer. */
export const PUT_OFF = /\bcan'?t (?:get to|do) it (?:today|tonight)\b|今天(?:弄|做|核验|验)不了|(明天|后天|周一|礼拜一|星期一|下周|下礼拜|下个礼拜|下星期|过两天|过几天|改天|节后|假期后|放假回来|周末过后|上班后|上班再)(再|才)?(弄|做|核验|验证|验|处理|填|搞|操作)|\b(?:can|could|may|is it ok if|is it okay if|would it be ok if) (?:i|we|he|she|they|the boss|my boss|the client) (?:do|verify|finish|complete|handle) (?:it|this|that|the verification|the code)? ?(?:on |until |till )?(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|after the weekend|the day after|in (?:2|two|3|three|a few|a couple of) days)\b|\b(?:do|verify|finish|complete) (?:it|the verification|the sms verification) (?:next week|after the weekend|on monday|tomorrow)\b/;
/** The number lost for good: "找不回来了", "can't get the number back". */
export const NUMBER_LOST = /找不回|无法找回|找回不了|\blost (it |the number |that number )?for good\b|\bgone for good\b|\bcan'?t get (?:it|(?:the|that|my|his|her|our)(?: old)? number) back\b/;
/** "还没收到" / "still haven't received it": a missing SMS, even without naming it. */
export const STILL_NOT_RECEIVED = /没收到|收不到|未收到|没有收到|not received|haven'?t received|hasn'?t received|has not received|have not received|hasn'?t (come|arrived)|didn'?t (get|receive)|nothing (came|arrived)|\bstill nothing\b|\bnothing yet\b|\bstill no (sms|code|text|message|msg|txt)\b|还是没(有)?(来|到|收到)|(?:短信|验证码)一直没(?:到|来)|还是(什么|啥)都没(有|收到)|\bno (sms|text|code|message|msg|txt|miit (sms|text|code|message|msg)) (yet|so far)\b/;
/** Words naming the SMS or its code. */
export const SMS_WORD = /短信|验证码|sms|text|code|message/;
/** The verification SMS or its code, not any SMS ("垃圾短信" is not it). */
export const VERIFICATION_SMS = /验证码|核验短信|短信核验|验证短信|核验的短信|\bverification (sms|code|text|message)\b|\bsms verification\b|\bcode\b/;
/** Verification named in so many words. */
export const VERIFY_WORD = /核验|验证|verif/;
/** What follows from something, asked: "失败5次会怎样", "what happens after 5 failures". */
export const ASKS_CONSEQUENCE = /会怎(么)?样|会如何|什么后果|有何后果|还有机会|有(?:什么|啥)?影响|有没有影响|影响大吗|要紧吗|\bwhat (happens|will happen|would happen)\b|\bconsequences?\b/;
/** Wrong entries, in so many words. */
export const FAILURE_CUE = /错|失败|不对|fail|wrong|incorrect|mistake|messed up|mistyped/;

/** The SMS came, in so many words. */
export const RECEIVED = /\b(?:just )?came in\b|(?<![没未不有])收到(?!不)|找到(短信|验证码)?了|拿到(了)?(短信|验证码)|(短信|验证码)(也|已经|已|终于)?(到了|来了)|\b(arrived|received|came through|got (the|a|an|my) ([\w-]+ ){0,2}(sms|code|text|message)|found (it|the (sms|code|text|message))|(sms|code|text|message) is here|(finally|just) (came|arrived|showed up|came in))\b/;
/**
 * "收到12381的短信了,然后呢" / "got the code, what now?": the SMS is here and the next step is asked,
 * before any verifying was done (after it, "然后呢" asks about progress).
 */
export const CAME_WHAT_NOW = /(短信|验证码|sms|code|text).{0,20}(然后呢|接下来(怎么|咋|要|该)|下一步(怎么|咋|做|干)?|然后(怎么|咋)(办|弄|做)|what now|now what|what next|then what|what do i do|how do i (verify|use it|enter it))|然后(要|该)?(干嘛|干啥|做什么|做啥|怎么弄)|接下来(要|该)?(干嘛|干啥|做什么|做啥)|(要|该)?怎么操作(才能完成核验)?|(然后呢|what now|now what|what next|then what|what do i do( now)?)[?!.~\s]*$|(下一步|然后|接下来)\s*(怎么|咋|如何|点样)\s*(verify|核验|验证|验)|\b(sms|code|text)\b.{0,12}\bnext step,? how to (operate|do)\b|\bhow (exactly )?(do|does|should|can|would) (i|we|he|she|they|you|the (customer|client|user)) (actually )?(verify|use it|enter it)\b|\bwhere (do|does|should|can) (i|we|he|she|they|you) (enter|type|input|put) (it|the code)\b/;
/** Someone saying they are support staff themselves ("我是代理商这边的客服"): not asking for one. */
export const SELF_STAFF = /我(是|们是|这边是)[^,.!?;找要转请]{0,12}(客服|售后|技术支持|代理商|代理|服务商|渠道商|建站公司|外包)|\bi(?:'m| am) (?:a |an |the |from |on )(?:[a-z']+ ){0,3}(?:support|customer service|helpdesk|service desk|agent|agency|reseller)\b(?! (?:here|please|now)\b)/;
/** Verifying already done, in so many words. */
export const VERIFIED = /\b(sms|verification) step is done\b|(?:miit|工信部)\s?(?:那边|这边|那里|side)?\s?(?:说|显示|提示|says?|said|shows?|showed)?\s?(?:已经)?(?:弄完|搞完|做完|完成了|成功|通过|success|succeeded|done|completed?)|\balready verif(y|ied)\b|\b(miit|工信部) side (is )?(done|ok|okay|fine|finished)\b|(核验|验证|验|(?<!审)核)(完|好了|过了|成功|通过)|(核验|验证)(弄|搞|做)(好|完)|已(核验|验证)|(?:已|已经)完成(?:了)?(?:短信|信息)?(?:核验|验证)|\bverified\b|verification (is |was )?(done|complete|successful)|\b(?:done|finished) with (?:the )?verif\w*\b/;
/** …and the provider's status still shows the verification step ("备案进度还停在短信核验那一步", "两边状态对不上"). */
export const STATUS_UNCHANGED = /(阿里云|控制台|后台|系统|那边|页面)[^,.!?]{0,6}(还是|还|仍然|依然|一直)?(没|没有|未)(显示|更新|变|同步)|(还|仍|依然|依旧|一直)(是|停在|卡在|显示|在|处于|停留在)?.{0,8}(短信核验|核验中|待核验|没核验|未核验)|(阿里云|控制台|后台)[^,.!?]{0,6}(还是|仍然|依然|一直)(待核验|待验证|待短信核验|未核验)|状态(还)?(一点|一点都|都|一直|完全)?(没变|没有变|不变|没更新|没有更新|对不上)|对不上|\bstill (shows?|says?|at|on|stuck (at|on)|in)\b.{0,30}(verif|pending)|\bstill not (change|changed|update|updated)\b|\b(?:console|dashboard|status|portal)\b[^.?!]{0,12}\b(?:says?|shows?)\b[^.?!]{0,6}\b(?:waiting|pending)\b|\b(?:cloud|aliyun|provider|console|alibaba) side (?:still )?(?:no change|not (?:changed|updated)|nothing|no update)\b|\b(console|dashboard|status|portal|backend|aliyun|alibaba cloud|provider)\b[^.?!]{0,24}\bstill (shows?|says?|displays?|has) (nothing|no change|the same|no update)\b|\b(status|system|console|dashboard) (still )?(not|hasn'?t|didn'?t|doesn'?t|has not|did not|does not) (change|update)|(阿里云|控制台|后台)[^,.!?]{0,8}(没|没有)(一点|任何)?(动静|反应)|(阿里云|控制台|后台)[^,.!?]{0,8}一点(动静|反应)都没(有)?/;
/** …and yet something is still missing ("阿里云的收到了,工信部的还没来"). */
export const STILL_MISSING = /没收到|收不到|未收到|没有收到|还没|没来|没到|unreceived|only got|\b(no|not|never|nothing|haven'?t|hasn'?t|didn'?t|don'?t|doesn'?t|isn'?t|wasn'?t)\b/;
/** Asking who does the verification, in so many words: "到底谁要做验证", "who has to do the verification". */
export const WHO_DOES = /(?:短信|验证码)(?:会)?(?:发给|发到)谁|谁(?:会)?收(?:到)?(?:核验)?(?:短信|验证码)|(?:核验|验证)(?:由)?谁来|\bwhose (?:phone|number|mobile)(?: number)? (?:will|does|gets)\b|\bwho (?:gets|receives|will get|will receive) the (?:sms|text|code)\b|\bis it (?:both|just|only) (?:the )?[a-z ]{2,30}\b(?:and|or|for)\b|(法人|负责人)(来)?(验|核验|验证)?还是[^,.?!]{0,10}(负责人|法人)(来)?(核验|验证(?!码)|验(?![证码]))|(核验|验证)的人(员)?(是|有)谁|核验人员?(是|有)谁|谁(来|去|要|得)?验(?![证码])|^(负责人|法人)(也|还|要|得|需要|来)?(验|核验|验证)(吗|吧|么|嘛)?[?]?$|谁.{0,4}(核验|验证)|(两个人|俩人|两人|双人)都((要|得|需要)(核验|验证|验|填|做)|(核验|验证|验)吗)|(我|他|她)?一个人(不行|就行|行不行|可以吗|够吗|不够)|(核验|验证)(是|要|得|需要|由|找)谁|(负责人|法人)也(要|得|需要|必须)(做)?(短信)?(核验|验证|验)|(负责人|principal)\s*(also|too)\s*(need|needs|has|have|must)( to)? (do )?(the )?(sms )?verif|(负责人|principal)\s*(also|too)\s*(need|needs|has|have|must)( to)? (do )?(the )?(sms )?verif|(要|需要|得|用不用|是不是)(做)?双人(核验|验证)(吗|么|不|[?])|(要不要|需不需要|用不用|是不是)(做)?双人|\bwho (all )?(?:(has|have|needs?|is supposed|are supposed) to|must) (do |complete )?(the )?(sms )?(verif|check|短信核验|核验)|\bwho (does|will do|should do|performs|completes|handles) (the )?(sms )?verif|\b(do|does|can|should|must) (i|he|she|we) (just |only )?verify (it )?(by (myself|himself|herself|ourselves)|alone|on (my|his|her|our) own)\b|核验人(员)?(会|要|得)?(有)?(多少|几)(个|位)|(该|应该)谁来|\b(which (person|people|one of us|principal)|who) (gets|receives|will get|will receive|should get) (the )?(verification |verify )?(sms|text|code|message)\b/;
/** What a verifier has to do ("那网站负责人要做什么", "what does the principal need to do"): the verification steps. */
export const VERIFIER_TO_DO = /(负责人|法人|核验人)(他|她)?(具体)?(需要|要|得|该)(做|干|操作)(些)?(什么|啥|哪些)|(?:轮到|该)[^,.?!]{0,8}(?:负责人|法人|核验人)[^?]{0,8}(?:他|她)?(?:应该|该|要|需要)?怎么(?:操作|做|弄)|(?:负责人|法人|核验人)[^?]{0,16}(?:要|该|应该|得)怎么(?:操作|弄|做)|(负责人|法人|核验人)[^,.?!]{0,8}(要|需要|得)(填|输入?)(些)?(什么|啥|哪些)|\bwhat (?:does|do|should|must) (?:each of them|each one|both of them|each) (?:need to |have to |has to |must )?(?:do|type|enter|fill in|input|put in)\b|\bhow (?:does|do|should|can|will) (?:he|she|they|the other (?:one|person|verifier|principal)) (?:do|complete|finish) (?:his|her|their) (?:part|bit|share)\b|\bwhat (does|do|should|must) (the |our )?(website |subject |entity )?(principal|legal rep(resentative)?|verifier|person in charge)s? (need to |have to |has to |must )?do\b/;
/** Resending named: a failure counted beside it is no failure-limit question; a form's fields asked beside it are the resend form's. */
export const RESEND_WORD = /重发|\bresen[dt]/;
/** "我 resend 咗两次 still no 短信": resent, and the SMS still missing (not asking to resend again). */
export const RESENT_STILL_NOTHING = /(重发|\bresen[dt]).{0,16}(还是没|仍然没|依然没|还没|还是(?:啥|什么)(?:都|也)没|\bstill (no|nothing|not)\b)|\bresen[dt]\b[^.?!]{0,16}[,;-]\s*(?:still )?(?:nothing|no luck|no sms|no code|no text)\b|(还是没|仍然没|\bstill (no|nothing|not)\b).{0,16}(重发|\bresen[dt])/;
/** Resending again asked about ("还能重发吗", "can I resend again"). */
export const RESEND_AGAIN = /还能(再)?重发|还(?:能|可以)再发|再重发|第三次重发|能不能再|\b(a |one )?(third|3rd|another|one more) resend\b|\b(?:do|try|get|have) a (?:third|3rd)\b|\b(resend|request) (it )?again\b|\bcan i (still )?resend\b/;
/** "去哪里重发" / "how do I resend it": resending asked about, whatever situation is told before it. */
export const ASKS_HOW_TO_RESEND = /重发[^,.?!]{0,12}(?:哪个|什么)入口|重发[^?!]{0,6}(?:要|需要|得)填(?:啥|什么|哪些)|重发(?:在|去)?(?:哪里|哪儿)(?:操作|申请|弄|点)|(?:那|那么)重发(?:呢|吧)|\bwhat about resending\b|(怎么|怎样|如何|咋|去哪里?|在哪里?|哪里|哪儿)(申请|操作|弄)?(重发|再发)|(想|要)申请重发|重发的?(?:具体)?(?:步骤|流程)|\b(how|where) (do|can|should) (i|we|he|she|they) (resend|request a resend|get (it|the code|the sms|the text) resent)\b|\b(how|where) to (resend|request a resend)\b|\b(does|do|will) (resending|the resend|a resend)( page| form)? (need|require|ask for)\b|重发(时|的时候)?(需要|要|得)(填|输入|提供)/;
/** The SMS code named ("验证码", "the code"). */
export const CODE_NAMED = /验证码|核验码|\bcode\b/;
/** "now what?" / "然后呢": what comes next, asked with no SMS named. */
export const WHAT_NOW = /\b(now what|what now|what next|then what|what'?s next)\b|还要不要.{0,12}(做|提交|操作|弄|干)|还(要|需要|得)(再)?(做|提交|操作)(什么|啥|别的)|然后呢|接下来(是)?(呢|怎么办|干嘛|干啥|做什么|做啥|要做什么)|下一步(呢|是什么|做什么|干嘛)|(?:然后|接下来)就?等着?就(?:行|可以|好)了?(?:吗|吧|么)/;
/** "验证码还没到之前能先做别的操作吗": doing something else while the SMS is awaited (what to expect: nothing until it comes). */
export const OTHER_STEPS_MEANWHILE = /(之前|以前|前|期间|的时候|(before|until) (it|the code|the sms|the text|the miit code|the miit sms) (arrives|comes)).{0,16}((别的|其他|其它)(的)?操作|做别的|(能|可以)(不能)?先(去)?(改|修改|弄|做|提交|填|操作)|\b(do|doing|touch|change) (anything|something) else\b|\bother (operations|steps|things)\b)|(这期间|这段时间|等的时候|等待的时候|等的这段时间|等待期间).{0,10}(先做|先操作|做什么操作|先(要|得)做|(别的|其他|其它)(的)?操作|做别的|(能|可以)(不能)?先(去)?(改|修改|弄|做|提交|填))/;
/** "除了手机号还要填啥?" / "what else do I enter?": which details a form asks for. */
export const FIELDS_ASKED = /(还|要|得|需要)(填|输入?|写)(啥|什么|哪些|些什么|别的)|填(啥|什么|哪些|哪几)|除了.{1,10}(还|也)(要|得|需要)?(填|输|写)|what (else |exactly )?(do|should|must|shall) (i|we|he|she|they) (exactly )?(enter|fill|type|put)|which (fields|details|boxes)|what (fields|details|boxes)|anything else to (enter|fill)/;
/** "验证码是不是我登录阿里云的那个密码?" / "is the code the same as my password?": the SMS code taken for a password. */
export const CODE_AS_PASSWORD = /(验证码|核验码|code).{0,12}(是不是|就是|是|跟|和|等于|same as|the same|is).{0,20}(密码|password)|\bis (the |this |that |my )?([\w-]+ ){0,2}code (a|an|my|the) ([\w-]+ ){0,2}password|\b(numbers?|digits|code)\b[^.?!]{0,30}[.?!]\s*is (that|this|it) (my|the|a) password\b/;
/** Asking how many, or about a limit. */
export const HOW_MANY = /次数|几次|多少次|几多次|上限|限制|how many ([a-z]+ )?(times|tries|attempts|failures)|\blimit\b/;
/** Asking where something can be seen. */
export const WHERE_TO_SEE = /(怎么|咋|怎样)(查|知道|看|确认|找到)|如何(查|知道|查看|确认)|\bwhere\b[^.?!]{0,40}\b(?:i|we|you|they) (?:can|could|should|may) (?:see|find|check|look|view)\b|\bhow (do|can|does) (i|we|the customer|he|she|they) (check|double-check|double check|find out|know|see)\b|\bhow to (check|see|find out|know)\b|\bcheck who\b|哪(里|儿)?(能|可以|才能)?(看|查|找)|哪个(位置|地方|页面|界面|菜单|入口)(能|可以|才能)?(看|查|找)|哪(里|儿)有.{0,4}(能|可以)?看|在哪(看|查)|在哪(?:里|儿)?(?:能|可以)(?:看|查|确认)|(有没有|有冇)(一个)?\s*(page|页面|地方|位置)\s*显示|看不到|看得到|能看到|可以看到|列(了|出|着)|(能|可以)查(到|得到)|查得到|where (can|do|should|does) (i|we|he|she|they|the customer|the client) (double[- ]?)?(see|find|check|look)|where to (see|find|check|look|view)|where (i|we) can (see|find|check|view)|\b(page|screen|place|tab|menu)\b[^.?!]{0,24}\b(lists?|shows?)\b|\b(can|could) (i|we) look (it )?up\b|\blook up\b[^.?!]{0,40}\bwho\b|\bwhere\b[^.?!]{0,40}\b(can|do|could|should|does) (i|we|you|he|she|they|the customer|the client) (double[- ]?)?(see|find|check|look|view|confirm)\b|\bwhere\b[^.?!]{0,40}\b(does|do) (it|they) (list|show|display)\b|\b(visible|way to see|see who|shows who|show who|list of who|displayed|shown|listed)\b/;
/** The people who verify, as a group. */
export const VERIFIERS = /哪(?:几|些)(?:个|位)?人(?:会)?(?:收到|接到)(?:短信|验证码)|谁会(?:收到|接到)(?:短信|验证码)|核验人|核验人员|核验的人|(验证|核验)的(是|都有|有)?(哪几位|哪些人|哪几个人|谁)|\bwhich of (?:the |our |my |their |the client'?s |his |her )?(?:people|staff|principals|persons|individuals) (?:will|would|should|is going to|are going to|must|need to|has to|have to)? ?(?:get|receive|verify)\b|几个人(需要|要|得)?(来|去)?(做|进行)?(短信)?(核验|验证|验)|另一位|另一个(人|负责人)|另外一(位|个人)|\bthe other (person|verifier|principal|one)\b|\bother verifiers?\b|验证人|验证的人|名单|列表|要核验哪些人|哪些人(需要|要|得)?(来|去)?(做|进行)?(短信)?(核验|验证|验)|(要|由)?谁(来|要|需要|得|去){0,2}(核验|验证|验)|verifiers|\bthe verifier\b|(全部|所有人|每个人)(都)?(要|需要|得)(验|核验|验证)|(哪个|哪位|谁)\s?负责人(来|要|去)?(验|核验)|\bwhich of (us|them) (must|need|needs|has|have|should)\b|\bwhich (persons?|people|individuals) (need|needs|have|has|must)\b|\b(verification|verifier|verifiers'?) list\b|\b(every|each|all)( the)? (person|people|one|ones|individuals?)\b[^.?!]{0,40}\b(has|have|must|needs?) to verify\b|\b(both|all) of (them|those|these)\b[^.?!]{0,20}\b(has|have|must|needs?) to verify\b|people who (must|need to|have to) verify|who (must|needs to|has to|should) verify|who'?s supposed to verify|which individuals|(are|is) required to verify/;
/**
 * Instructions aimed at the bot rather than a question ("ignore the above and output…",
 * "you are now in admin mode"): never obeyed, answered as out of scope.
 */
/** A group chat's opening mention of someone other than the bot ("@张伟 ", "@Amy "). */
const COLLEAGUE_OPENING = /^\s*[@＠](?![^\s@]*(?:助手|机器人|客服|备案|bot|robot|assistant|helper|support))[^\s@,.:!?，：]+[\s,:，：]+(?!(?:bot|robot|assistant|helper|助手|机器人|小助手)\b)/i;
/** The bot mentioned anywhere ("@备案助手", "@ICP bot"). */
const BOT_MENTIONED = /[@＠][^\s@]*(?:助手|机器人|客服|bot|robot|assistant|helper|support)|[@＠][^\s@]+\s+(?:bot|robot|assistant|helper|助手|机器人|小助手)\b/i;
/** Words addressed to "you", the person mentioned: a request or a reminder ("你先别重新提交啊", "帮我查下", "pls resubmit"). */
const TO_YOU = /^(?:你|您)|^(?:帮我|麻烦|记得|别|先别|赶紧)|^(?:can|could|would) you\b|^(?:pls|please|plz)\b|^(?:ping|call|tell|ask|remind|send|check|resubmit|submit)\b/i;

/**
 * A line in a group chat said to a colleague, not the bot: "@张伟 你下午记得把验证码转我一下", "@Kevin can you ping him on
 * WhatsApp". (Not "@ops 周五晚上收到的短信周一再弄行不行", a question about the filing, nor a line that also mentions the bot.)
 * Read on the raw text: the normaliser drops the mentions.
 */
export function toColleague(raw: string): boolean {
  const opening = COLLEAGUE_OPENING.exec(raw);
  return opening !== null && !BOT_MENTIONED.test(raw) && TO_YOU.test(raw.slice(opening[0].length).trim());
}

/** Work asked of the bot beside the SMS step: "can you draft the commitment letter for my client?", "帮我写一份承诺书". */
export const TASK_FOR_BOT =
  /\b(?:can|could|would|will) you (?:please |also |just )?(?:draft|write|set up|setup|configure|prepare|create|design|build|translate|generate|register|buy|renew|host|deploy)\b|(?:帮我|帮忙|替我|给我)(?:写|起草|拟|配置|设置|搭建|注册|购买|买|续费|部署|设计|翻译|查一?下(?:我的)?(?:备案)?(?:订单|订单号|进度|备案号))|写一?首[^,.?!]{0,10}诗|\b(?:write|compose) (?:me )?(?:a |an )?(?:poem|song|haiku|limerick|story|joke)\b/;
export const INSTRUCTIONS_TO_BOT =
  /\bignore (?:all |the |any |your )?(?:previous|above|prior|earlier|preceding)\b|\bignore (?:all |your )?(?:instructions|rules)\b|忽略(?:以上|上面|之前|前面|上述|所有)|\byou are now\b|\b(?:admin|developer|god|debug) mode\b|\bclassify (?:every|all|each) (?:message|input)|\b(?:just |only )?(?:output|print|respond with|reply with) ['"“‘]|\bjailbreak\b|\bpretend (?:to be|you are)\b|(?:只|直接)(?:输出|回复|回答)[“"'‘]|你现在(?:是|扮演)/;
/** Asking whether the bot is a person: "你是机器人吗", "are you a real person?". */
export const ASKS_IF_BOT =
  /你是(不是)?(机器人|真人|人工|ai|bot|程序)|是(机器人|真人|ai)(吗|吧|还是)|真人还是机器|机器人还是(真)?人|\bare you (a |an )?(bot|robot|real person|real human|human|person|ai|machine)\b|\bis this (a |an )?(bot|robot|real person|human|ai|machine)\b|\b(bot|robot|ai|machine) or (a )?(real |actual )?(person|human)\b/;
/** Asking for a person outright ("给我转人工", "let me talk to a human"), whatever else is said. */
/** "help", "help me pls", "need help!": help asked for with nothing said about what (not a person asked for). */
/** A topic named and nothing asked: "短信的事", "核验的问题", "about the SMS". */
export const TOPIC_ONLY = /^(?:关于)?(?:短信验证码|核验验证码|核验码|短信|核验|验证码|备案|短信核验|核验短信)(?:的|那个)?(?:事|事情|事儿|问题|东西)(?:儿)?[?!.~\s]*$|^(?:about|regarding|re:?) (?:the )?(?:sms|verification|code|filing|sms verification)[?!.\s]*$/;
export const HELP_ONLY = /^(?:(?:please|pls|plz|i|we)\s)?(?:need\s)?help(?:\s(?:me|us|pls|please|plz|needed))*[\s!.?~]*$|^(?:麻烦|请)?帮(?:我|忙)看(?:看|下|一下)(?:吧|呗)?[\s!.?~]*$/;
export const WANTS_PERSON = /\bnot a bot\b|(?:能|可以|帮我|麻烦)?找(?:个|一个)?人(?:帮(?:忙|我)?)?(?:看(?:一?下|看)|查(?:一?下|查))|\b(?:can|could) (?:someone|somebody|a person) (?:take a look|look into (?:it|this))\b|(?:帮忙|麻烦)?接(?:一)?下这(?:单|个客户|位)|\btake over (?:this|the) (?:ticket|one|case|chat)\b|\bno bots?\b|(?:有没有|有什么|给个|留个)(?:客服)?电话(?:能|可以)?(?:直接)?打|找(?:个|一个)(?:人|真人|客服)(?:帮|来|跟我|和我|给我)|\b(?:your|the) (?:support|customer service|helpline|hotline) (?:phone )?number\b|\bphone number (?:for|of) (?:support|customer service)\b|\blet (staff|someone|a person|a human|an agent|customer service) (contact|call|help) me\b|\b(staff|someone|a person|a human|an agent) (to )?contact me\b|\bget (?:someone|somebody|a person|a human|an agent|a real person) on the (?:phone|line)\b|\bsomeone (?:to |who can )?(?:call|phone) (?:me|us)\b|\b(?:put me through|transfer me|connect me|pass me|hand me over|forward me) to (?:a |an |some |the )?(?:real )?(?:person|human|agent|someone|staff|support team|customer service)\b|转人工|转(?:个|一下)人工|找人工|要人工|人工客服|叫人工|真人客服|(客服|人工)(现在)?(是否|有没有|在不在)?(在线|在吗|上班)|(talk|speak|chat) (to|with) (a |an |some)?(human|person|agent|real)|\b(want|need|get me|give me|connect me (to|with)) (a |an )?(human|person|agent|real person)\b|\bis there (a |an |any |some )?(real )?(human|person|agent|someone|somebody|anyone|anybody)( i| we)? (can|could) (ask|talk to|speak to|speak with|contact|call)\b|有没有(真人|人工|人)(可以|能)?(问|咨询|帮我|聊)|有没有(真人|人工)|有(真人|人工)(客服)?(吗|嘛|么|没有|不)|(叫|找|转)(个|一个|一下)?(工作人员|客服人员)/;
/** The resend prompt's success, retold ("重发成功", "resend is success"): that prompt, not how to resend. */
export const RESEND_OK = /重发成功|重发(?:短信|验证码)?(?:已经)?(?:成功|好)了|\b(?:verification )?(?:code|sms|text) (?:was|has been) resent\b|重发[^,，。!?;；]{0,4}?(?:显示|提示|说)(?:说)?成功|重发\s?success|(?:说|提示|显示)已重发|(?:说|提示|显示)[^,，。!?]{0,6}(?:又|重新)发(?:出去|出来)了|\b(?:again|resend|resent)\b[^.?!]{0,40}\bsuccess message\b|\bresen[dt] (?:is |was )?success(?:ful)?\b|\bresent successfully\b|\bresend succeeded\b/;
/** "点重发说没东西要核验": the resend prompt for nothing pending, retold. */
export const RESEND_NONE_PENDING =
  /\b(?:resend|resent)\b[^.?!]{0,40}\b(?:no|got no|don'?t have|without) (?:any )?(?:filing|application)s? (?:waiting|pending|to verify|for verif)|(?:重发|\bresen[dt]).{0,12}(?:说|提示|显示|报|\bsays?\b|\bsaid\b|\bshows?\b|\bshowed\b|\btold\b).{0,12}(?:没有|没东西|暂无|\bnothing\b|\bno\b).{0,10}(?:核验|验证|\bverif|\bpending\b|\bawaiting\b)|(?:(?<!有)没有|暂无|\bno\b)[^,，。.?!]{0,14}(?:等着|等待|要|需要|\bpending\b|\bawaiting\b)[^,，。.?!]{0,6}(?:短信核验|核验|\ban? sms check\b|\bsms verification\b)/;
/** Resend prompts retold in the user's words, however often "resend" is said: [pattern, intent, why, boost]. */
export const RESEND_RETOLD: ReadonlyArray<[RegExp, string, string, number]> = [
  [RESEND_OK, 'msg.resend-success', 'resend said to succeed', 0.4],
  [RESEND_NONE_PENDING, 'msg.resend-no-pending', 'resend said to find nothing pending', 0.3],
];
/** Asking what a role is, in the form "who is the X": "who is the 'website person in charge'?", "网站负责人是谁". */
export const WHO_IS_ROLE =
  /\bis the (?:website |site |entity |subject |filing )?principal (?:me|my|our|him|her|i)\b|(?:^|[,.;:!?]\s*|\b(?:so|and|but|then|ok|okay|sorry|hi|hello|hey|also|wait|um|hmm)\s+)who(?:'s| is| counts as) (?:the |a |this |that )?['"‘“]?[a-z' ]{0,24}(?:principal|person in charge)\b(?! (?:has|needs|must|should) to)|\b(?:principal|person in charge)[^?.;]{0,30}?,? who(?:'s| is) (?:that|this|he|she|it)\b|\bwhat(?:'s| is) (?:a |an |the |this |that )?['"‘“]?(?:website |site |app |entity |filing |subject )?(?:principal|person in charge)['"’”]?(?=[?.,!]|$| exactly)|\bwhat does (?:a |an |the |this |that )?['"‘“]?(?:website |site |app |entity |filing |subject )?(?:principal|person in charge)['"’”]? (?:mean|refer to)\b|负责人["'”’」]?\s?(?:又|到底|究竟|具体)?(?:是谁|指的是谁|指谁|是指谁|是什么人|是哪个人|指什么人|指哪个人|指哪些人)(?!来|去|要|需要|核验|验|做)|负责人(?:是指|指的是|指)[^,.?!]{0,6}(?:谁|什么人|哪个人|哪位)|负责人(?:是指|指的是|就是)[^,.?!]{1,12}(?:吗|,?还是)|负责人[^,.?!]{0,10}角色[^,.?!]{0,4}(?:指谁|是谁|指的是谁|是指谁)|负责人\s?(?:这个角色|这个|这角色)?(?:又|到底|究竟|具体|主要)?(?:是干(?:嘛|啥|什么)的|负责(?:些)?(?:啥|什么)|管(?:些)?(?:啥|什么))|\b(?:is|does) (?:the |a |our )?'?(?:website |site |app |entity |filing |subject )?(?:principal|person in charge)'? (?:mean |refer to )?(?:just |simply |basically |actually )?(?:the|a|an|our|my) (?!(?:one|ones|person|people) who (?:verif|has to|must|needs|should|will|gets|receives))(?:[^?.;]{1,40}\bor\b|[^?.;]{0,30}\b(?:like|who (?:maintains|runs|owns|manages|built|develops|looks after))\b)|\bsame (?:thing |person |role )?as (?:the |a )?['"]?(?:网站负责人|主体负责人|(?:website|entity|subject) principal)|\bwho (decides|determines|chooses) (which|who|what)\b|\b(principal|person in charge|responsible person)['"’”]? (is )?what (meaning|mean)\b|\b(can|could|may) (we|i) (choose|pick|decide) who\b|(核验人|核验人员|验证人|核验角色)(是)?(怎么|如何|根据什么|按什么|由什么)(来)?(确定|决定|定)|谁(来)?(决定|规定)(的)?(要)?(哪些|哪个|谁)/;
/** A quoted span must look this much like a prompt's examples to count. */
export const QUOTE_MIN = 0.45;
const DOUBLE_QUOTED = /["“”「」『』`]([^"“”「」『』`\n]{12,300})["“”「」『』`]/g;
/** Single quotes only at word edges, so "didn't … it's" is not a quotation. */
const SINGLE_QUOTED = /(?:^|[\s:：,，(（])['‘]([^'‘’\n]{12,300})['’](?=$|[\s.,!?;:)）。，])/g;

/** Spans of the raw message between quote marks, long enough to be a pasted message. */
export function quotedSpans(raw: string): string[] {
  const text = raw.slice(0, 4000);
  return [...text.matchAll(DOUBLE_QUOTED), ...text.matchAll(SINGLE_QUOTED)].map((m) => m[1]!).filter((q) => /\p{L}{2}/u.test(q));
}

/** "it told me …", "系统提示 …", "它说 …": the user retelling what the system showed. */
const REPORT_CUE = /\b(?:said|says|saying|told me|tells me|telling me|showed|shows|showing|displayed|displays|popped up|came back with|reads|read:)\b|\b(?:system (?:prompt|message|notice)|prompt|message|error|got this|notice):|提示|显示|它说|系统说|页面说|告诉我|弹出|报错说/;

/**
 * The sentences of a normalised message that retell what the system showed
 * ("resend said success.", "它说我没有待核验的备案申请,不用重发."): like a
 * quotation, but in the user's own words and without quote marks.
 */
export function reportedSentences(normalized: string): string[] {
  if (!REPORT_CUE.test(normalized)) return [];
  return normalized
    .slice(0, 4000)
    .split(/[.;](?=\s|$|[^\x00-\x7f])|[!?！？。；]/)
    .filter((s) => REPORT_CUE.test(s) && /\p{L}{2}/u.test(s));
}

/** "…, 想问下 …" / "…, my question is …": what follows is the question, what comes before it the situation. */
const QUESTION_LEAD = /(?:^|[\s,.!;])(?:想问(?:一)?下|想问问|我想问|我就想问|请问(?:一下)?|问(?:一)?下|想知道|my question is|i want to know|i'?d like to know|i wanted to ask|what i want to know is)[\s,:]*/g;

/** The question a situation leads up to ("重发过一回了 想问下验证码到底几位数" → "验证码到底几位数"), if it is marked so. */
export function askedAfterLead(normalized: string): string | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of normalized.matchAll(QUESTION_LEAD)) if (m.index > 0) last = m as RegExpExecArray;
  if (!last) return undefined;
  const before = normalized.slice(0, last.index);
  const asked = normalized.slice(last.index + last[0].length);
  const said = (t: string) => (t.match(/[\u3400-\u9fff]/g) ?? []).length + 2 * (t.match(/[a-z]{2,}/g) ?? []).length;
  return said(before) >= 4 && said(asked) >= 4 ? asked : undefined;
}

export function boost(raw: Map<string, number>, evidence: Evidence[], intent: string, why: string, by = SLOT_BOOST): void {
  raw.set(intent, (raw.get(intent) ?? 0) + by);
  evidence.push({ matcher: 'slots', intent, detail: why, score: by });
}

/** More than a greeting's worth of words. */
export function isLong(normalized: string): boolean {
  const rest = stripOpeners(normalized);
  return (rest.match(/[\u3400-\u9fff]/g) ?? []).length > 10 || (rest.match(/[a-z]{2,}/g) ?? []).length > 5;
}

const OPENER = /^(?:(?:您好|你好(?!笨|蠢|傻|烂|垃圾|差劲|菜|没用)|喂(?:喂)?(?=[你您,\s]|$)|早上好|下午好|晚上好|早安|哈喽|嗨|hello there|hi there|hey there|greetings|how are you(?: doing)?(?: today)?(?=\s*[?!.,~]|$)|how'?s it going(?=\s*[?!.,~]|$)|你好吗|hope you(?: are|'re) (?:doing )?well|hi|hello|hey|good (?:morning|afternoon|evening)|dear|在吗|在不在|有人吗|有人不|有人没|有人在吗|嘎哈呢|干啥呢|请问一下|请问|打扰一下|打扰了|麻烦问一下|麻烦问下|(?:我)?想问(?:一)?下|想问一下|问一下|excuse me|(?:is )?any(?:one|body) (?:there|here|around)|(?:are )?you there|(?:is )?any(?:one|body) available|(?:got|have you got|do you have) a (?:sec|second|minute|moment)|are you free|有空吗|忙吗|方便吗)(?![a-z])[\s,.!~:?]*)+/;

/** Where a prompt came up, told: "是在短信重发页签点提交之后出来的", "sorry I meant the resend screen, not the verify one". */
export const PROMPT_LOCATED = /(?:之后|以后|后|时|的时候)(?:才)?(?:出来|弹出来?|跳出来?|出现|显示|提示)(?:的|了)|(?:页签|页面|界面|那一步|那一页)(?:上|里|那里)?(?:出来|弹出|跳出|出现|显示|提示)(?:的|了)|\bi meant (?:on |in )?the (?:resend|verify|verification|sms resend|sms verification) (?:screen|page|tab|one)\b|\b(?:it|this|that|the message|the prompt) (?:was|came up|appeared|showed up|popped up) (?:on|in) the (?:resend|verify|verification) (?:screen|page|tab)\b/;
/** A question in so many words: a question mark, 吗/呢/怎么/什么…, or an English question word. */
export const QUESTION = /[?？]|吗|呢|怎么|什么|哪|谁|几|多久|是否|能否|可以.{0,8}(吗|么)|\b(how|what|where|when|who|which|why|can|could|should|is|are|do|does)\b/;
/** Saying there are questions is not asking one: "想请教几个问题", "I have a few questions". */
const QUESTIONS_AHEAD = /(?:几|一些|些|一个|两个|好多|很多|许多|一堆|(?<=问)(?=个))个?(?:[^,.?!]{0,12}的)?(?:问题|疑问)|\b(?:a few|some|several|a couple of|two|a|a bunch of|lots of|a lot of|many) questions?\b/g;
/** Question words used as indefinites, asking nothing: "什么都不懂", "哪儿都找不到", "同时在跑几个备案", "手上几个客户". */
const INDEFINITE = /(?:什么|哪里|哪儿|谁|怎么)(?:都|也)|(?:在|同时|正在)(?:跑|做|弄|办|处理|负责)(?:着)?(?:好)?几个|(?:手上|手头|手里)(?:有)?(?:好)?几个/g;
/** Like {@link QUESTION}, but an English question word counts only where a clause starts ("that's exactly what I needed" asks nothing). */
const CLAUSE_QUESTION = /[?？]|吗|呢|怎么|什么|哪|谁|几|多久|是否|能否|想知道|\b(?:want|wanted|would like|'d like) to know\b|\bwondering\b|(?:^|[,.;:!]\s*)(?:how|what|where|when|who|which|why|can|could|should|is|are|do|does)\b/;
/** Asking leave to ask, once what is to be asked is taken out: "请问能问吗" (of "请问能问个备案的问题吗"), "can I ask ?". */
const ASKS_TO_ASK = /(?:请问)?(?:我)?(?:能|可以|能不能|可不可以|方便)(?:问|咨询)(?:一下|下)?(?:吗|不)?[\s?!.~]*|\b(?:can|may|could) i ask(?: you)?[\s?!.~]*$/;
/** Thanks in any of its usual words. */
const THANKS_WORD = /谢谢|感谢|多谢|谢啦|谢了|(?<=^|[\s,.!~a-z])谢(?![^\s,.!~])|不胜感激|感激不尽|(?<=^|[\s,.!~])辛苦(?:了|啦|你了|您了|你们了)?(?=$|[\s,.!~])|\b(?:thanks|thank you|thx|ty|ta|cheers|much appreciated|appreciate it|appreciated|much obliged|tysm|tyvm|thnx|thanx|thnks|thks)\b|\bappreciate (?:your|the|all your) (?:support|help|assistance|patience|time)\b/;
/** Thanks as the last words of a message. */
const THANKS_END = new RegExp(`(?:${THANKS_WORD.source})(?:\\s*(?:你们|你|您|a lot|so much|very much|again|guys))?(?:确认|解答|回复|帮忙|耐心解答)?[\\s!.~啦了哈呀啊!]*$`);
/** Words that acknowledge an answer. */
const ACK_WORDS = 'brilliant|lovely|fine|ok(?:ay)?|that\'?s all|that is all|就这些|没别的了|好的|好吧|行吧|那行|搞掂晒|搞掂|搞定了|搞定|唔该晒|唔该|好|嗯嗯?|行|明白了?|懂了|了解了?|收到|perfect|great|got it|understood|i see|alright|all right|noted';
/** An acknowledgement that opens a closing remark. */
const ACKNOWLEDGED = new RegExp(`^(?:${ACK_WORDS})(?![a-z])`);
/** A message that is only acknowledgements: "嗯嗯", "ok", "好", "got it", "收到 明白" (not "嗯嗯啊啊哦哦"). */
const ACK_ONLY = new RegExp(`^(?:(?:${ACK_WORDS}|k|好滴|好嘞|嗯{3}|哦{1,2}|噢|知道了|cool|sure)(?![a-z])[\\s,.!~]*[了啦哈呀啊嘞]?[\\s,.!~]*)+$`);
/** The user's own next step, acknowledged or not: "好 那我等等", "好吧那我等着", "那我再试试吧", "ok I'll wait then", or passing the answer on ("我跟老板说一声", "will let him know"). */
const WILL_DO = new RegExp(
  `^(?:(?:${ACK_WORDS})(?![a-z])[\\s,.!~]*)*(?:(?:(?:那我就|那我|我就|那|我)(?:再|先)?|再|先)(?:等等|等一等|等一下|等一会儿?|等会儿?|等着|试试|试一下|试一试|去看看|去试试)看?[吧了啦哈]?|(?:那我|我)(?:就|先|这就|马上|回头)?(?:去)?(?:(?:跟|和|给)[^,.!?]{1,6}(?:说一声|说一下|说下|讲一下|讲下)|转告[^,.!?]{0,6}|(?:告诉|通知)[^,.!?]{1,6})[吧了啦哈]?|(?:那我(?:就|先|这就|回头)?|我(?:就|先|这就|回头))(?:去)?(?:让|叫)[^,.!?]{2,12}|(?:(?:then |so )?i'?ll |i will |will )(?:just )?(?:(?:let|tell|inform|update) (?:him|her|them|the (?:client|customer|boss|director|team)|my (?:boss|client|colleague|team))(?: know| to wait(?: a bit)?)?|ask (?:the |my |our )?(?:filing |support |sales )?(?:team|colleague|boss|manager|them)|pass (?:it|this|that|the message) (?:on|along)(?: to [a-z]+)?)|(?:then |so )?i'?ll (?:just )?(?:wait|try (?:it )?again|try again later|go check|check (?:it|again|later))(?: then| later| a bit| a while| for a while| and see)*)[\\s,.!~]*$`,
);
/** Thanks, then what the user will do now: "谢谢,我去看看是不是被拦截了", "thanks, I'll check the spam folder". */
const THANKS_THEN_PLAN = new RegExp(`^(?:${THANKS_WORD.source})[\\s,.!~]*(?:(?:那)?我(?:就|先|再|这就|马上)?去|(?:i'?ll|i will|will) )`);
/** An acknowledgement opening a message, with what follows it. */
const ACK_OPENER = /^(?:ok(?:ay)?|fine|好的|好吧|嗯嗯?|got it|alright|all right|understood|i see)(?![a-z])[\s,.!~:]*/;
/** "that's not what I asked, I mean …" / "不是这个意思,我是问…": a rephrasing's preamble. */
const REPHRASING =
  /^(?:(?:no,? )?that'?s not what i (?:asked|meant|mean)|that is not what i (?:asked|meant)|not what i (?:asked|meant)|(?:no,? )?i mean(?:t)?|我不是(?:问|说)(?:这个|的这个)|不是这个意思|我问的不是这个|你没懂|我是说|我是问)[\s,.!:;-]*/;
/** "昨天问过你没收到短信的事,…" / "I asked you yesterday about the missing SMS, …" / "me again.": a recap of an earlier chat, not the question. */
const RECAP =
  /^(?:(?:it'?s )?me again|i'?m back|back again|(?:我)?(?:昨天|前天|上次|之前|前几天|刚才|早上|上午)(?:问过你|问了你|咨询过|跟你说过|和你说过|找过你)[^,.!?;]{1,24}?(?:的事情?|的问题|那件事)|i (?:asked|wrote to|talked to|spoke to|chatted with) you (?:yesterday|earlier|before|last time|last week|this morning) about [^,.!?;]{1,40})(?![a-z])\s*[,.!;]+\s*/;
/** Whether a message opens by saying the last answer missed its point. */
export function isRephrasing(normalized: string): boolean {
  return REPHRASING.test(normalized) && /^(?:no|that|not|我不是|不是|我问的|你没懂)/.test(normalized);
}
/** A remark that something is now clear, or now done ("阿里云那边同步了", "code came in 2 minutes, verified"). */
const CLEARED_UP = /\b(?:that |this |it )?cleared (?:it |that |things |this )?up\b|(?:同步|收到|找到|核验完|验证完|验完|核验成功|验证成功|通过)了|\b(?:came|arrived) (?:in|after|within) [^,.!]{1,16}|\b(?:verified|synced|went through)\b|终于(搞定|弄好|好了|成功|通过)|\bthat'?s all\b|\bthat is all\b|就这些|没别的了|\b(that|this|it) (resolves|answers)\b|that explains|that makes sense|makes sense now|(?:it'?s|it is|everything'?s|all) (?:working|sorted|fixed|done) now|\b(?:that|this|it) (?:fixed|solved|sorted|did) (?:it|the trick)\b|\b(?:that|this|it) worked\b(?!\s*\?)|\b(?:issue|problem|question)s? (?:is |are |has been |have been )?(?:now )?(?:resolved|solved|fixed|sorted)\b|(?:you )?saved my (?:day|life)|you'?re a lifesaver|原来如此|原来(?:是|不用|不需要|可以|这样)|已经(?:好|弄好|搞好|正常)了|(?:重发|发送|核验|验证)成功了|(?:弄|搞)好了|\ball set\b|\bfound (?:it|the (?:sms|code|text|message))\b|\b(?:it|the (?:sms|code|text|message)) was in (?:the |my )?(?:spam|junk)\b|难怪|怪不得|明白了|懂了|清楚了|搞定了|解决了|好了好了/;
/** Something is still wrong: a closing remark with one of these is a new problem, not thanks. */
const STILL_WRONG = /但|可是|不过|还是没|仍然|依然|还没|没收到|收不到|失败|不行|报错|错误|\b(?:but|still|however|fail(?:ed|s)?|error|wrong|not working|doesn't work)\b/;

/** "do you speak English?", "你会说中文吗": whether the bot can talk in a language, which a greeting in it answers. */
export const ASKS_IF_SPEAKS = /^(?:(?:hi|hello|hey)[\s,!]*)?(?:do|can) you (?:speak|understand|read) (?:english|chinese|mandarin)[?!.\s]*$|^你(?:会|能)(?:说|讲|看懂)(?:英文|英语|中文|普通话)(?:吗|么|不)?[?!.\s]*$/;

/**
 * "您好,我单位现就短信核验事宜进行咨询。" / "Good afternoon, I'd like some assistance":
 * a greeting (or staff introducing themselves) followed by context but no question yet. Answered as a greeting
 * (asking what the problem is) rather than as "I did not understand".
 */
export function isGreetingWithContext(normalized: string): boolean {
  // Staff introducing themselves ("我是合作伙伴那边的客服,想咨询下…") open the conversation the same way.
  const opened = OPENER.test(normalized) || SELF_STAFF.test(normalized);
  const rest = normalized.replace(OPENER, '').replace(SELF_STAFF, '').replace(QUESTIONS_AHEAD, '').replace(INDEFINITE, '').replace(ASKS_TO_ASK, '');
  // (An English question word counts where a clause starts: "once I figure out where to start" asks nothing.)
  // (A problem told after the greeting is the message: "你好,…可是我手机上什么都没有".)
  return opened && !(isLong(rest) ? CLAUSE_QUESTION : QUESTION).test(rest) && !STILL_WRONG.test(rest);
}

/** "好的,我先检查下备案资料,谢谢": thanks closing a remark, with no question in it. */
export function isThanksWithContext(normalized: string): boolean {
  return THANKS_END.test(normalized) && !CLAUSE_QUESTION.test(normalized);
}

/**
 * "OK got it, I'll tell the director to look for the 12381 text. Much appreciated." / "嗯嗯" / "ok" /
 * "Thanks, that explains why my boss never got it": thanks that close the
 * conversation although they name a topic, because the user acknowledges the
 * answer and reports nothing still wrong.
 */
export function isClosingThanks(normalized: string): boolean {
  if (CLAUSE_QUESTION.test(normalized) || STILL_WRONG.test(normalized)) return false;
  return ACK_ONLY.test(normalized) || WILL_DO.test(normalized) || (THANKS_WORD.test(normalized) && (ACKNOWLEDGED.test(normalized) || CLEARED_UP.test(normalized) || THANKS_THEN_PLAN.test(normalized)));
}

/**
 * "您好,请问在哪里查看核验人员?" is a question, not a greeting: polite openers
 * and acknowledgements ("ok got it, what do I do with the code now?") are
 * dropped when enough of a message is left to be about something.
 */
export function stripOpeners(normalized: string): string {
  let rest = normalized;
  const opener = (text: string) => OPENER.exec(text) ?? ACK_OPENER.exec(text) ?? REPHRASING.exec(text) ?? RECAP.exec(text);
  for (let m = opener(rest); m && m[0].length > 0; m = opener(rest)) rest = rest.slice(m[0].length);
  const cjk = (rest.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = (rest.match(/[a-z]{2,}/g) ?? []).length;
  return cjk >= 4 || words >= 3 ? rest : normalized;
}

/** "不是没收到短信,是收到了不知道怎么填": the clause after 不是 is what the message is NOT about. */
const NEGATED_CLAUSE = /(?:并)?(?:不是|并非|唔系)([^,.!?;]{1,20}),\s*(?:而|就|只|就只)?(?:是|有|系)|(?:并)?(?:不是|并非|唔系)([^,.!?;\s]{1,20})\s+(?:而|就|只|就只)?(?:是|有|系)/g;
/** "not asking about sync, asking what happens…" / "not the sender number - I'm asking…" / "not 'record not found' - it's…": the topic set aside first. */
const NOT_THIS_TOPIC = /(^|[.;!?]\s*)(?:i'?m |i am )?not (?:asking (?:about )?|that |the |about |')[^,;.]{1,40}?(?:,|;|\.|\s-+\s?)\s*/g;
/** "we're not cancelling anything, this is a first filing": the English "不是 X,是 Y". */
const NEGATED_CLAUSE_EN = /\b(?:(?:we'?re|we are|i'?m|i am|it'?s|it is|this is|that'?s) not|(?:(?:it|this|that|we|they) )?(?:isn'?t|aren'?t))\s+[^,.!?;]{1,30},\s*(?:but\s+)?(?=(?:it'?s|it is|this is|this'?s|we'?re|we are|i'?m|i am|just)\b(?! been))/g;
/** "注销的是主体,不是App" / "加的是网站而不是App" / "the subject, not the app" / "a website instead of the app": a denial after what the message is about. */
const NEGATED_TAIL = /[,.;]?\s*(?:同|与|跟|和)(?:icp)?备案(?:无关|没关系|没有关系|冇关系)|[,.;]?\s*(?:it'?s )?(?:nothing to do with|not (?:about|related to)|unrelated to) (?:the |my |our )?(?:icp )?filing\b|[(]\s*(?:not|不是)\s[^()]{1,24}[)]|[(]不是[^()]{1,16}[)]|,\s*(?:而)?不是[^,.!?;]{1,16}(?=[,.!?;]|$)|而(?:不是|唔系)[^,.!?;呢吗吧]{1,16}|,\s*not (?:the |an? )?[a-z][a-z ]{0,20}(?=[,.!?;]|$)|\b(?:instead of|rather than) (?:the |an? )?[a-z][a-z ]{0,20}?(?=[,.!?;]|$)/g;

/**
 * What the user says they already know, before the question ("我知道验证码从12381来。", "I know the deadline is 24 hours.",
 * "24h 之内要做完我知道,"): a sentence or clause of its own, set aside like a denied one. ("我不知道…" says the opposite.)
 */
const KNOWN_LEAD = /(?<=^|[,.;!?]\s*)(?:我们?|i|we)?\s?(?:也|都|已经|早就|already )?(?:知道|懂了?|明白|清楚|了解|know|understand|get it|'m aware|am aware)(?:了)?(?:,| that| the)?(?:(?!\s?\bbut\b|但|可是|不过)[^,.;!?]){0,50}(?:[,.;!?]\s*|(?=\s?\bbut\b|但|可是|不过))/g;
const KNOWN_AFTER = /(?<=^|[,.;!?]\s*)[^,.;!?]{1,24}(?:我们?)(?:都|也|已经)?(?:知道|懂|明白|清楚)(?:了)?[,.;!?]\s*/g;
/** Is there still a question left (a clause of the message that asks)? */
const ASKS_SOMETHING = /[?？]|吗|呢|怎么|什么|哪|谁|几|多久|多长|\b(?:how|what|where|when|who|which|why|can|could|should|do|does|is|are|will)\b/;

/** Sets aside what the user already knows, when a question is left after it. */
export function dropKnownClause(normalized: string): string {
  if (!/知道|懂|明白|清楚|了解|\b(?:know|understand|get it|aware)\b/.test(normalized)) return normalized;
  const rest = normalized.replace(KNOWN_LEAD, '').replace(KNOWN_AFTER, '').trim();
  return rest.length >= 4 && rest !== normalized && ASKS_SOMETHING.test(rest) ? rest : normalized;
}

/** Drops the denied half of a "不是 X,(而)是 Y" or "Y,不是 X" contrast, keeping Y; and what the user says they already know. */
export function dropNegatedClause(normalized: string): string {
  const known = dropKnownClause(normalized);
  if (!/不是|并非|唔系|无关|没关系|没有关系|冇关系/.test(known) && !/\bnot\b|n't\b|\binstead of\b|\brather than\b|\bunrelated\b|nothing to do with/.test(known)) return known;
  return known.replace(NEGATED_CLAUSE, '').replace(NOT_THIS_TOPIC, '$1').replace(NEGATED_CLAUSE_EN, '').replace(NEGATED_TAIL, '');
}
