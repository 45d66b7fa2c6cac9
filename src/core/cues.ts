/**
 * Cues the router reads in a message beside its n-grams: regular patterns for
 * who verifies and failures counted (question cues), and for what the user
 * did or saw — resent, received, verified, asked for a person (situation
 * cues). Each boosts the intent it points to, with its reason as evidence.
 * Pure.
 *
 * @example
 *   readSituationCues(raw, evidence, { normalized: '重发了两次还是没收到', folded, pasted: false, inScope: true });
 *   raw.get('faq.sms-not-received')  // raised by 0.35, evidence 'resent, still nothing'
 */
import type { extractCounts, extractTableSlots } from './slots.ts';
import type { Evidence } from './types.ts';
import {
  ASKS_CONSEQUENCE, ASKS_HOW_TO_RESEND, boost, CAME_WHAT_NOW, FAILURE_CUE, HOW_MANY, OTHER_STEPS_MEANWHILE, RECEIVED, RESEND_AGAIN, RESEND_RETOLD, RESEND_WORD, RESENT_STILL_NOTHING, SELF_STAFF,
  STATUS_UNCHANGED, STILL_MISSING, STILL_NOT_RECEIVED, NUMBER_LOST, QUESTION, SMS_WORD, HEADCOUNT_ASKED, PUT_OFF, VERIFIED, VERIFIER_TO_DO, VERIFIERS, VERIFY_WORD, WANTS_PERSON, WHAT_NOW, WHERE_TO_SEE, WHO_CUE, WHO_DOES, WHO_IS_ROLE,
} from './signals.ts';

/** The all-done prompt told as what was seen. */
const ALL_DONE_SEEN = /全部完成|\ball (the )?verifications? (is |are )?(complete|completed|done)\b|\bverifications? (is |are |was |were |has been |have been )?(all |fully )(complete|completed|done)\b/;
/** How many resends are allowed, asked: "重发最多能发几次", "how many times can I resend". */
const RESENDS_COUNTED = /(重发|再发)[^,.?!]{0,8}(几次|多少次|上限|次数限制|有限制)|(?:能|可以|最多|一共)(?:再)?发(?:几|多少)次|\bhow many (times|resends)\b[^.?!]{0,20}\bresen[dt]|\bresen[dt]\b[^.?!]{0,20}\bhow many\b|\b(limit|cap|maximum|max) (on|to|for) (the )?(re-?sending|resends?)\b|\bre-?sen(d|ding)\b[^.?!]{0,30}\b(limit(ed)?|max(imum)?|capped)\b/;

/** A contrast: what was seen, set against what was expected. */
const BUT = /但|可是|不过|\bbut\b|\bhowever\b|\byet\b/;
const NOT_RECEIVED_ID = 'faq.sms-not-received';
/** How much "the SMS never came" is weakened by an SMS said to have arrived, or by resending asked about outright. */
const NOT_RECEIVED_DAMPING = 0.85;
const HANDOFF_ID = 'chat.handoff';
/** The bureau's review and its progress, named. */
const REVIEW = /审核|审批|进度|\breview\b|\bprogress\b|\bstatus\b|\bapprov(?:al|e|ed)\b|\bexamination\b/;
/** "send the verification text again": a resend, in other words. */
const SEND_AGAIN = /\b(?:send|request|ask for)\b[^.?!]{0,30}\bagain\b|\bwalk (?:me|us) through (?:requesting|getting|asking for) a (?:new|fresh|second) (?:verification )?(?:sms|text|message|code)\b|重新(?:给我)?[^,，。?]{0,6}发(?:一)?条|\b(?:how (?:do|can|to) (?:i |we )?|procedure for |steps? (?:for|to) )(?:request|get|ask for)(?:ing)? a (?:new|fresh|second) (?:verification )?(?:sms|text|message|code)\b|(?:让|叫|请|申请|想)[^,，。?]{0,8}再(?:给我)?发一(?:次|条|遍)|补发|\b(?:trigger|get|request) a second (?:message|text|sms|code)\b/;
/** Someone else's word reported ("客服说链接48小时有效", "an agent said I'd wait 7 days"): checking a claim, not asking for a person. */
const HEARSAY = /(?:客服|工作人员|有人|别人|同事|朋友|群里|网上|知乎|代理商|销售)(?:之前|上次|也|都)?(?:跟我|和我|对我|给我)?(?:说|讲|告诉我|回复)|\b(?:an?|the|your|one of your|another|the last|the previous|the other|my) (?:agent|support (?:person|staff|guy|agent)|rep|representative|staff member|customer service (?:person|agent|rep))s? (?:said|told me|says|mentioned|claimed)\b|\b(?:support|customer service|your support|your customer service|someone|somebody) (?:said|told me|says|claimed)\b/;
/** The verifier's number itself gone ("手机号上个月注销了", "号码停用了", "number was cancelled"): unusable, not an SMS in transit. */
const NUMBER_GONE = /(?:手机号|手机号码|号码|电话号码|手机卡)(?:\s?(?:[0-9*＊xX×]{3,13}|\[phone\]))?[^,.!?;]{0,6}(?:注销了|销号了|停用了|作废了|换了|被回收了?|不存在了|cancel(?:led)? ?掉?了|(?:已|已经)?被(?:注销|停用|回收)|(?:也|都)?补(?:办)?不(?:回来|了))|\b(?:number|sim(?: card)?|phone line) (?:was |has been |got |is )?(?:cancell?ed|deactivated|terminated|disconnected|recycled)\b|\b(?:number|sim(?: card)?|phone line)(?: on (?:record|file))? (?:is|was|has been|went) (?:dead|gone|inactive|out of service)\b|\b(?:cancell?ed|deactivated|terminated|dropped|gave up) (?:his|her|their|the|my|our) (?:chinese |china |old |mobile |phone |cell )*(?:number|sim|line)\b|\b(?:phone|number|line|sim)(?: has| had| was| got)? (?:been )?cut off\b/;
/** No SMS come yet, said of it or of the person: "no MIIT SMS has arrived", "he still hasn't received anything". */
const NONE_ARRIVED = /\b(?:miit |verification )?(?:code|sms|text)\b[^.?!]{0,40}\bstill nothing\b|\b(?:the )?(?:miit |verification )?(?:code|sms|text|message) never (?:did|came|arrived|showed|reached)\b|\b(?:code|sms|text|message) (?:just )?(?:isn'?t|is not|aren'?t) (?:coming|arriving)\b|\bno (?:miit |verification )?(?:sms|texts?|messages?|codes?) (?:has|have) (?:arrived|come)\b|\b(?:he|she|they|the boss|my boss|the director|our director|the client|(?:the |our |my )?(?:website |site |entity |subject )?principal|(?:the |our )?legal representative|(?:my |our |the )?(?:colleague|partner|co-?founder|manager)) (?:still )?(?:hasn'?t|has not|haven'?t|have not) (?:received|got|gotten) (?:anything|it|a thing|the (?:sms|code|text|message))\b|\bno (?:miit |verification )?(?:sms|text|message|code|msg|txt) (?:so far|yet)\b|\bstill no (?:miit |verification )?(?:sms|text|message|code|msg|txt)\b|\bcan'?t find the (?:miit |verification )*(?:sms|text|message|code)\b|\b(?:code|sms|text|message)\b[^.?!]{0,20}\bstill (?:hasn'?t|has not|haven'?t) (?:shown up|come|arrived|turned up)\b|\bi don'?t think (?:i|we|he|she) (?:got|received|have) (?:the |a |any )?(?:miit |verification )*(?:sms|text|message|code)\b/;
/** Just submitted, and what comes now asked about the SMS: "we've just submitted our filing. What happens next with the texts?". */
const JUST_SUBMITTED = /\b(?:we'?ve|we have|i'?ve|i have|we|i)? ?just submit(?:t)?ed\b|刚(?:刚)?提交(?:了)?/;
/** What happens once the filing is submitted, asked before or right after it: "提交之后会发生什么", "What happens after I hit submit?". */
const AFTER_SUBMITTING = /(?<!核验|验证码|验证|核验信息)(?:备案|订单)?提交(?:备案|订单)?(?:之后|以后|后)(?:会)?(?:发生什么|会怎样|要干嘛|干嘛|要做什么|做什么|什么流程)|\bwhat (?:happens|will happen) (?:after|when|once) (?:i |we )?(?:hit |click |press )?submit(?:ting)?\b(?! (?:the )?(?:verification|code))|\bjust submitted (?:my |our |the )?(?:备案|filing\b|application\b|order\b)[^?]{0,30}\bwhat happens\b|\bbefore (?:i|we) submit\b[^?]{0,40}\bwhat (?:will )?happen/;
const COMES_NEXT = /\bwhat (?:happens|comes) next\b|\bwhat (?:should|do|will) (?:i|we) (?:expect|get|receive)\b|接下来会|会收到(什么|哪些|几条)/;
/** The SMS there but not yet acted on: "I got the SMS 26 hours ago and haven't done it yet", "他收到了但还没弄". */
const NOT_DONE_YET = /\b(?:hasn'?t|has not|haven'?t|have not) (?:done|verified|completed|finished|entered) (?:it|the (?:verification|code))?|还没(?:有)?(?:弄|做|核验|验证|验|填)/;
/** Where or how, asked. */
const ASKS_WHERE_OR_HOW = /怎么|怎样|如何|哪里|哪儿|在哪|去哪|\bwhere\b|\bhow (?:do|can|to|would|could)\b/;
/** What the success message looks like, asked. */
const SUCCESS_LOOKS_LIKE = /显示(?:什么|啥)(?:才)?(?:算|表示|说明)(?:核验)?(?:成功|通过|完成)|\b(?:which|what) (?:message|prompt|text|notice) (?:means|shows|says|tells me) (?:it|i|we|the verification) (?:actually |really )?(?:worked|succeeded|passed|went through|am done|are done)\b|(?:什么|哪个|哪条|啥)提示(?:才)?(?:算|表示|说明|代表)(?:核验)?(?:成功|通过|完成)/;
/** The SMS said not to have come (narrower than STILL_MISSING, which any negation matches). */
const NEVER_CAME = new RegExp(`unreceived|没来|没到|${STILL_NOT_RECEIVED.source}`);
/** Waiting for the SMS: "我们两个人都在等短信", "still waiting for the code". */
const WAITING_FOR_SMS = /(?:在|还在|一直在)等(?:着)?(?:工信部的?)?(?:短信|验证码|核验短信)(?!核验)|\bwaiting (?:for|on) (?:the |an? |that )?(?:miit )?(?:sms|code|text|message)\b(?! verification)/;
/** Two SMS that came, asked about: "我收到 2 条 SMS, 一条阿里云的一条工信部的, normal 吗", "got two texts, is that right?". */
const TWO_CAME = /(?:收到|来了)(?:了)?\s?(?:2|两|二)\s?条|\b(?:got|received) (?:2|two) (?:sms|texts|messages)\b/;
/** …asked whether that is right (not another question about them: "收到两条短信…工信部那条要在多久内处理?"). */
const IS_IT_RIGHT = /正常|对吗|对不对|是吗|是什么|哪条|\bnormal\b|\bis (?:that|this|it) (?:right|ok|okay|correct)\b|\bwhich one\b|\bwhat are (?:they|these|those)\b/;
/** Wrong details typed again and again: "同事 keep typing 错的后六位", "一直输错", "keeps entering the wrong code". */
const REPEATED_WRONG = /\b(?:keep|keeps|kept|keep on) (?:typing|entering|putting in|getting)\b[^.?!]{0,24}(?:wrong|错)|\b(?:keep|keeps|kept|keep on) (?:fat-?fingering|mistyping|botching|messing up)\b|\btoo many (?:botched |failed |wrong |bad |incorrect )?(?:tries|attempts|failures)\b|(?:一直|老是|总是|反复|屡次|连续)(?:输|填|打)错|(?:输|填|打)错(?:了)?(?:好几|好多|几|多)(?:回|次|遍)/;
/** The provider's own notice taken for the verification SMS: "收到阿里云发的'备案订单提交成功'短信…没验证码", "the provider's confirmation message but no code". */
const PROVIDER_NOTICE = /阿里云(?:发|发来)?的?(?:那条)?(?:短信|通知)|没(?:带|有)验证码的(?:那条)?短信|(?:备案)?订单提交成功|\b(?:filing )?order (?:was |has been )?submitted successfully\b|\b(?:the )?(?:provider'?s|alibaba(?: cloud)?'?s?|aliyun'?s?) (?:own )?(?:confirmation |submission )?(?:text|sms|message|notice)\b|\bsubmission (?:notice|confirmation)\b|\bconfirmation (?:text|message|sms)\b/;
/** …taken for the verification SMS (no code in it, a second one expected); with the MIIT SMS named, the question is that one. */
const NOTICE_MISTAKEN = /没(?:有)?验证码|\bno code\b|\bwithout (?:a |the |any )?code\b|\bsecond (?:text|sms|message|one)\b|另一条|第二条|以为|\bthought (?:this|it|that) was\b|\bfigured\b/;
const MIIT_NAMED = /工信部|miit|ministry/;
/** The code typed into the provider's console instead of the MIIT system. */
const CODE_IN_CONSOLE = /(?:验证码|code)[^,.?!]{0,12}(?:填|输|enter|type|put)[^,.?!]{0,8}(?:阿里云|控制台|console|alibaba)|(?:阿里云|控制台|console)[^,.?!]{0,16}(?:填|输入|enter|input|type)[^,.?!]{0,8}(?:验证码|the code|the miit code)|\bwhere in the (?:alibaba cloud |aliyun |provider'?s? )?console (?:do|can|should) (?:i|we) (?:enter|put|type|input)\b/;
/** The failures said to start again: "重发后失败次数清零了吧", "does a resend reset the failures?". */
const FAILURES_RESET = /(?:失败|错误|输错)(?:的)?次数[^,.?!]{0,8}(?:清零|重置|归零|重新算|重新计算)|\breset (?:the )?(?:failure|failed|attempt|wrong)s?\b|\b(?:failures?|attempts?|tries) (?:get |gets |are |is )?reset\b/;
/** A person demanded to end the message ("…我弄了三遍了,直接转人工吧", "…just get me a human"): that is what is asked now. */
const DEMANDS_PERSON = /(?:直接|马上|赶紧|快)?(?:给我|帮我)?转人工(?:吧|啊|!|。)*\s*$|\b(?:please )?(?:transfer|put|connect) me (?:through )?to (?:a |an )?(?:human|person|agent|real person|someone)(?: now| please)?[.!]*\s*$|\b(?:just |now )?(?:get|give|put) me (?:through to )?(?:a |an )?(?:human|person|agent|real person)(?: now| please)?[.!]*\s*$/;
/** The two roles set side by side: "主体负责人跟网站负责人有什么区别", "difference between the entity and the website principal". */
const ROLES_COMPARED = /负责人[^,.?!]{0,12}(?:差别|区别|不同|不一样)|\b(?:difference|differences|differ)\b[^?.!]{0,40}\bprincipals?\b|\bprincipal\b[^?.!]{0,30}\b(?:vs\.?|versus)\b[^?.!]{0,20}\bprincipal\b/;
/** How to go through the verification, asked: "How do I actually do the SMS verification?", "walk me through the verification steps". */
const HOW_TO_GO_THROUGH = /\bhow (?:do|can|should) (?:i|we) (?:actually )?(?:do|complete|finish|submit|enter|use|go through) (?:the |this |my |that )?(?:sms |miit )?(?:verification|verify|code|it)\b|\bwalk (?:me|us) through\b[^.?!]{0,30}\b(?:verification|verify|steps?)\b|\b(?:the )?verification steps\b/;
/** …of an SMS or code in hand: "I just got the text from 12381", "I have the six-digit code", "收到12381的验证码了". */
const CODE_IN_HAND = /\b(?:i|we) (?:have|got|'ve got) (?:the|a|my|our) (?:six-digit |6-digit |miit )?(?:code|sms|text)\b/;
/** What comes after verifying, asked (the review, not the steps): "walk me through what comes after verification until approval". */
const AFTER_VERIFYING = /\bafter (?:the )?verif\w*|\bapprov\w*|\breview\b|审核|管局/;
/** The link in the SMS: is it to be clicked? "短信里面有一个链接,我要点吗?" (not whether it is safe: "能点吗 是不是诈骗"). */
const LINK_TO_CLICK = /(?:短信|sms)[^,.?!]{0,10}(?:链接|link)[^.?!]{0,10}(?:要|需要|该|得)(?:点|click|打开)/;
const IS_IT_SAFE = /诈骗|骗子|骗人|钓鱼|安全吗|\bscam\b|\bphishing\b|\bfake\b|\bsafe\b|\blegit\b/;
/** One SMS came but not the one with the code: "I got the first one from the provider but not the one with the code", "阿里云的到了,带验证码的那条没来". */
const NOT_THE_CODE_ONE = /\bbut not the (?:one|sms|text|message) (?:with the co(?:de|ed)|from (?:the )?miit)\b|\bbut not the (?:miit|code|second) (?:one|sms|text|message)\b|(?:带|有)验证码的(?:那条|短信)?(?:还)?(?:没|没有)(?:来|到|收到)|(?:但|可是|但是)(?:没|没有)(?:收到)?(?:带验证码|工信部)的(?:那条|短信)/;
/** When the time limit starts, asked: "这个时间是从提交订单算还是从收到短信算?", "does the 24 hours count from when I submitted?". */
const COUNTED_FROM = /从(?:什么时候|何时|哪个时间|哪一刻|提交|收到|发送|发出)[^,.?!]{0,12}(?:开始)?(?:算|计算|起算|计时)|\b(?:count(?:ed|s)?|start(?:s|ed)?|begin(?:s)?) (?:from|when|at)\b[^.?!]{0,30}\b(?:submit\w*|receiv\w*|sent|send\w*|arriv\w*)\b/;
/** Which tab or button of the MIIT system, asked: "我打开链接了…我应该点哪一个tab?" (the verification tab, unless resending is named). */
const WHICH_TAB = /(?:点|选|按)哪(?:一)?个(?:tab|页签|标签|按钮)?|\bwhich (?:tab|button)\b/;
/** The SMS deleted or lost from the phone before use: "我不小心删除了那个短信", "I accidentally deleted the MIIT text". */
const SMS_DELETED = /(?:不小心|误|已经|已|给)删(?:除|掉)?(?:了)?[^,.?!]{0,6}(?:短信|验证码)|(?:短信|验证码)[^,.?!]{0,6}(?:不小心|误|已经|已|给|被)删(?:除|掉)?了|删(?:除|掉)了[^,.?!]{0,4}(?:短信|验证码)|\b(?:accidentally |already )?(?:deleted|erased|removed) (?:the |that |my |this )?(?:miit |verification )?(?:sms|text|message|code|msg|txt)\b/;
/** A deletion feared, not done: "怕把重要短信当广告删了". */
const FEARED = /怕|担心|万一|以免|会不会|\bafraid\b|\bworried\b|\bin case\b|\bwhat if\b/;
/** No SMS from the sender, said with its number: "等了一晚上也没有12381的短信", "也没有106开头的短信". */
const NONE_FROM_SENDER = /没(?:有)?(?:收到)?(?:12381|106[\d*]*(?:12381)?|工信部)(?:开头|结尾)?(?:发)?的(?:短信|验证码)/;
/** People shown in the provider's list, and whether all of them must verify: "阿里云的系统里面显示了两个人,是两个人都要做吗?". */
const LISTED_ALL_MUST = /(?:系统|列表|名单|页面|后台|控制台)(?:里|上|中)?(?:显示|列出)的[^,.?!]{0,10}(?:人|人员)[^?]{0,6}(?:是不是|是否|都|全部)[^?]{0,6}(?:都|全部)|(?:系统|列表|名单|页面|后台|控制台)[^,.?!]{0,6}(?:显示|列出|列了|有)(?:了)?[^,.?!]{0,4}(?:两|2|几|三|3|多)(?:个|位)?人[^?]{0,12}都|\b(?:the )?(?:filing )?(?:system|list|console|page|it) (?:shows|lists|has) (?:two|2|three|3|several) (?:people|persons|names)\b|\b(?:the )?(?:filing )?(?:system|list|console|page) lists (?:me and|both of us|us both)\b[^?]{0,40}\b(?:both|all|each)\b/;
/** The people needed, named: "需要核验的人", "who needs to verify". */
const NEEDED_VERIFIERS = /(?:需要|要)核验的人|核验人(?:员)?(?:有|是)?哪些|\bwho (?:needs|has|have) to (?:verify|do the verification)\b|\bpeople who (?:need|have) to verify\b/;
/** Which one applies, asked: "Which applies then?", "适用哪种". */
const ROLE_APPLIES = /\bwhich (?:one |role |roles |of them |of the two )?(?:applies|apply|is it|is that)\b|适用哪(?:个|种|一种)|(?:是|算)哪(?:个|种)(?:负责人|情况)/;
/** The user's own filing: "我这个", "我们的", "mine", "ours". */
const OWN_FILING = /我(?:们)?(?:这个|的|这边)|\b(?:mine|ours|my|our)\b/;
/** The new person or the old one, asked: "是新的负责人收短信还是旧的", "does the new principal get it or the old one?". */
const NEW_OR_OLD = /新的?(?:负责人|法人)?[^,.?!]{0,8}还是旧的|旧的?(?:负责人|法人)?[^,.?!]{0,8}还是新的|\b(?:new|old)(?: one| principal| person)?\b[^?]{0,30}\bor the (?:new|old)(?: one)?\b/;
/** The sender's number told and checked: "号码是1069开头的,正常吗", "it came from 106…, is that legit?" (not "No SMS from 12381 after 3 hours. Is that normal?"). */
const SENDER_CHECKED = /(?<!没(?:有)?(?:收到)?)(?:106|12381)[\d*x]*(?:开头|结尾)(?:的)?[^?]{0,10}(?:正常|对吗|对不对|是不是|是吗|真的|官方|靠谱)|(?<!\bno (?:sms|texts?|messages?|codes?) )\b(?:from|starts? with|starting with|ends? with|ending in) (?:106|12381)[\dx*]*\b[^?]{0,30}\b(?:normal|legit|real|right|ok|official)\b/;
/** The phone's inbox full, the SMS perhaps lost: "短信收件箱满了…那条核验短信是不是丢了", "my SMS inbox was full". */
const INBOX_FULL = /收件箱(?:已经|已)?满|(?:短信|信息)(?:箱)?(?:已经|已)?满了|存储(?:空间)?(?:已经|已)?满|\b(?:sms |message |text )?inbox (?:is |was |got )?full\b|\bstorage (?:is |was )?full\b/;
/** Which number was put on the filing, asked where to see: "不记得备案时填的是哪张卡的号码,去哪看". */
const FILED_NUMBER = /备案(?:时|里|上|的时候)?(?:填|留|登记|写)的(?:是)?(?:哪个|哪张卡的|哪张|哪一个)?(?:号码|手机号|号)|\bwhich (?:number|sim|phone number) (?:i|we) (?:put|entered|used|gave) (?:on|in|for) (?:the|our) filing\b/;
/** Received at a time already past, and whether it still works now: "短信是昨晚十点到的,今天下午再点链接核验还行吗". */
const ARRIVED_AT = /(?:这条|那条|短信)(?:短信)?是(?:昨天|昨晚|前天|上午|下午|早上|晚上|中午|凌晨)[^,.?!]{0,6}的|(?:昨天|昨晚|前天|上午|下午|早上|晚上|中午|凌晨|\d+点)[^,.?!]{0,8}(?:到|收到|来)的|\b(?:came|arrived|got it|received it) (?:at|around|last|yesterday|this morning|on)\b/;
const STILL_VALID = /还(?:行|可以|能用|有效|来得及)吗|还(?:能|可以)(?:核验|验证|点|用|填)(?:链接|一下)?吗|\bstill (?:valid|ok|okay|work|works|good|in time)\b/;
/** Wait or resend, asked of an SMS that has not come: "短信迟迟不到,是先等还是直接去重发", "should I resend right away?" (the missing-SMS answer: wait first, then resend). */
const WAIT_OR_RESEND = /先等(?:等)?还是(?:直接|马上)?(?:去)?重发|\bresend (?:now |it now )?or (?:just )?(?:keep )?wait(?:ing)?\b|\bwait (?:or|or just) resend\b|\b(?:should|do) (?:i|we) (?:keep )?wait(?:ing)? or resend\b|\bshould (?:i|we|he|she|they) (?:just )?resend (?:it )?(?:right away|right now|now|immediately|straight away|already)\b|(?:要不要|该不该|是不是)(?:马上|立刻|直接|现在)(?:就)?(?:去)?重发/;
/** The fields or steps of the form, asked with the link or code in hand: "i have the link, what fields r there", "whats the process after i get the 6 diget code". */
const FORM_ASKED_IN_HAND = /\b(?:i|we) (?:have|got) the (?:link|code)\b[^?]{0,20}\bwhat (?:fields|details|boxes)\b|\b(?:process|steps?|what (?:do|should) (?:i|we) do)\b[^?.!]{0,12}\bafter (?:i|we) (?:get|receive|have|got) the (?:[\w-]+ ){0,2}code\b/;
/** Both principals, must both (verify / get the SMS)? "公司法人和网站负责人都要收短信吗", "do both of us need to verify?": who verifies, asked (not what dual verification means). */
const BOTH_MUST = /(?:负责人|法人)(?:和|跟|与|还有)[^,.?!]{0,8}(?:负责人|法人)都(?:要|得|需要|必须)?(?:收|核验|验证|验|做)|^(?!.*\b(?:dual|double|two-person|shows|listed|list)\b).*?(?:\bboth (?:of us|of them|people|persons|principals) (?:really |also )?(?:need|needs|have|has|must) to (?:verify|do (?:it|the verification))\b|\b(?:do|must|should) we both (?:have to |need to )?(?:do it|verify)\b)/;
/** What a role is for: "网站负责人这个角色具体是干嘛的?". */
const ROLE_FOR = /负责人(?:这个角色|这个身份|这个)?(?:具体)?(?:是)?(?:干嘛|干什么|做什么|负责什么)的/;
/** Which fields go together, asked with the code in hand: "验证码收到了,手机号和身份证后六位也要一起填吗". */
const FILLED_TOGETHER = /(?:也|都)(?:要|得|需要)(?:一起)?填/;
/** The next failure, asked: "再错会不会直接 fail?", "再输错一次就失败了吗", "if the 5th one also fails…". */
const NEXT_FAILURE = /再(?:错|输错|填错)(?:一次|一回|的话)?[^,.?!]{0,6}(?:会|就|是不是)|不敢再(?:点|填|试|提交)|\bif (?:i|we|they|he|she) (?:get it wrong|mistype|fail) (?:again|once more)\b|\bif (?:i|we|they|he|she) (?:mistype|get) it (?:wrong )?(?:a few|several|multiple|too many|a couple of) times\b|\bif the (?:5th|fifth|6th|sixth|next|last|final) (?:one|try|attempt|time )?\s?(?:also |too )?(?:fails|is wrong|goes wrong)\b|第(?:五|5|六|6)次(?:也|还)?(?:错|失败|输错|填错)/;
/** Not verifying at all (or not in time), and what follows, asked: "他要是今天不弄会怎样", "他要是今天弄不完会怎样", "what if she doesn't do it today?" (the 24-hour limit). */
const LEFT_UNDONE = /(?:(?:不|没)(?:去)?(?:弄|做|验|核验|验证|处理|搞|操作)(?:完)?|(?:弄|做|验|核验|验证|搞|处理)不完|来不及(?:弄|做|验|核验)?)(?:的话)?[,\s]?(?:会)?(?:怎样|怎么样|咋样|如何|有(?:什么|啥)(?:后果|影响))|\bwhat (?:happens )?if (?:he|she|they|i|we|the client|my boss|the boss|the other (?:one|person|verifier)) (?:just |simply )?(?:doesn'?t|don'?t|does not|do not|never|can'?t|cannot|won'?t) (?:do|verify|complete|finish) (?:it|the verification|(?:his|her|their) part)?\b/;
/** The verification steps retold in order: "点链接→填验证码→提交", "click the link, enter the code, submit". */
const STEPS_RETOLD = /(?:点|打开)(?:短信)?(?:里的?)?链接[^?]{0,6}(?:填|输)[^?]{0,6}(?:验证码|code)|\b(?:click|open|tap) (?:the )?link[^?]{0,12}\b(?:enter|type|fill in|put in) (?:the )?code\b/;
/** Blocked, and never seen since: "华为手机是不是会把12381的短信当垃圾短信拦截掉啊 一直没看到" (the SMS missing, whoever sent it). */
const BLOCKED_UNSEEN = /(?:拦截|拦了|拦掉|垃圾短信|骚扰短信)[^?.!。]{0,20}(?:一直|到现在|始终|还)没(?:看到|看见|见到)/;
/** Doing one's own part first, and how: "那我先把我这边核验了吧 怎么弄", "let me do mine first, how?". */
const MINE_FIRST_HOW = /先把?(?:我(?:这边|这里|的|自己的?))?(?:短信)?(?:核验|验证)(?:了吧|一下|掉)[^?]{0,8}(?:怎么(?:弄|做|操作|搞)|咋(?:弄|搞|做))|\blet me (?:do|verify) mine first\b[^?]{0,20}\bhow\b/;
/** Received days ago, told: "找到了 在骚扰拦截里。。但是已经是前天收到的了" (whether it still counts: the 24 hours). */
const RECEIVED_DAYS_AGO = /(?:前天|大前天|[两三四五几]天前|\d+天前|上周)(?:就)?收到的|\b(?:received|got) (?:it|the (?:sms|code|text)) (?:two|three|four|a few|several|\d+) days ago\b/;
/** The verification's steps or where it is done, asked as a choice: "短信核验 是啥流程", "核验是在 短信核验 那个页签还是 短信重发 那个页签?". */
const VERIFY_HOW_OR_WHERE = /^(?:gxb|工信部)?(?:短信)?(?:核验|验证)\s?(?:是)?(?:啥|什么|怎样的)流程|^(?:gxb|工信部)?(?:短信)?(?:核验|验证)(?:时|的时候)?(?:是在|要填|该填|要在)[^?]{1,30}还是/;
/** Done, then when the provider shows it: "重填后显示全部完成了,阿里云那边什么时候能更新" (the sync delay). */
const DONE_THEN_PROVIDER = /(?:全部完成|已完成|核验完成|验完|all done|completed)[^?]{0,16}(?:阿里云|控制台|后台|console|alibaba|aliyun)[^?]{0,12}(?:什么时候|多久|啥时候|when|how long)/;
/** Verified, then what next: "短信核验过了 之后等什么" (the review that follows). */
const DONE_THEN_WHAT = /(?:核验|验证|验)(?:已)?(?:过了|通过了?|完了|成功了?|好了)[^?]{0,8}(?:之后|然后|接下来|下一步|后续)(?:的)?(?:流程)?(?:要|该|还|是)?(?:等什么|等啥|干嘛|做什么|干什么|怎样的?|怎么走|是什么)|(?:全部|都)提交完(?:了)?(?:之后|以后)(?:呢|怎么办|干嘛|做什么)/;
/** The form's three fields retold before submitting: "验证码 手机号 证件号后六位都填完 然后点提交就行了吗". */
const FIELDS_THEN_SUBMIT = /(?:验证码|yzm)[^?]{0,6}手机号[^?]{0,8}(?:证件|身份证)[^?]{0,12}(?:提交|submit|填完就行)/;
/** Whether one's own role verifies, or who fills the code in: "我是网站负责人 我需要核验吗", "不知道该谁来填". */
const WHO_FOR_ME = /我(?:是|作为)(?:网站|主体|备案主体)?负责人[^?]{0,4}(?:我)?(?:需要|要|用|得)(?:做)?(?:短信)?(?:核验|验证|验)(?:吗|么|不)|(?:该|要|得|应该)?谁来填|由谁(?:来)?填|\bwho (?:should|has to|needs to|must) (?:fill|enter|type) (?:it|the code|this)\b/;
/** Whose phone number goes in the form: "核验页面上那个手机号填谁的" (the verification's fields, not the ID digits). */
const WHOSE_PHONE = /手机号(?:码)?(?:那栏|那一栏|这栏|那里)?(?:是|要|该)?填谁的|\bwhich (?:phone|mobile) number (?:do|should|does) (?:i|we|they|he|she) (?:enter|fill in|put in|type)\b|\bwhich (?:phone|mobile) number goes (?:in|into)\b/;
/**
 * Cues read the same way wherever they stand in a message (not pasted, in scope): pattern, intent, why, boost, and
 * whether the folded text (synonyms, typos) is read too.
 */
const STATED: ReadonlyArray<readonly [RegExp, string, string, number, boolean]> = [
  // "I got the first one from the provider but not the one with the code": the MIIT SMS missing, not the two to expect.
  [NOT_THE_CODE_ONE, NOT_RECEIVED_ID, 'not the one with the code', 0.45, true],
  // "华为手机会把12381的短信当垃圾短信拦截掉吗 一直没看到": the SMS blocked and missing, which the missing-SMS answer covers.
  [BLOCKED_UNSEEN, NOT_RECEIVED_ID, 'blocked, never seen', 0.4, false],
  // "这个时间是从提交订单算还是从收到短信算?": when the 24 hours start, which the time limit answers.
  [COUNTED_FROM, 'faq.deadline', 'when the time starts', 0.35, false],
  // "短信收件箱满了,刚清完,之前那条核验短信是不是丢了": the SMS perhaps lost, which the missing-SMS answer covers.
  [INBOX_FULL, NOT_RECEIVED_ID, 'inbox full', 0.4, false],
  // "短信迟迟不到,是先等还是直接去重发": wait first, then resend, which the missing-SMS answer lays out.
  [WAIT_OR_RESEND, NOT_RECEIVED_ID, 'wait or resend?', 0.5, false],
  // "公司法人和网站负责人都要收短信吗": whether both verify, which is who verifies.
  [BOTH_MUST, 'faq.who-verifies', 'both principals, must both?', 0.3, true],
  // "主体负责人收到短信了,号码是1069开头的,正常吗": the sender checked, whoever got it.
  [SENDER_CHECKED, 'faq.sms-sender', 'the sender checked', 0.4, false],
  // "网站负责人这个角色是干嘛的": what the role is.
  [ROLE_FOR, 'faq.verifier-roles', 'what the role is for', 0.35, true],
  // "客户 typo 了两次证件后六位,再错会不会直接 fail?": the next failure, which is the failure limit.
  [NEXT_FAILURE, 'faq.failure-limit', 'the next failure', 0.4, false],
  // "他要是今天不弄会怎样": left undone, which the time limit answers.
  [LEFT_UNDONE, 'faq.deadline', 'left undone, what then?', 0.4, true],
  // "两个网站都要核验,操作是不是一样:点链接→填验证码→提交?": the steps retold, to check them.
  [STEPS_RETOLD, 'faq.how-to-verify', 'the steps retold', 0.4, false],
  // "那我先把我这边核验了吧 怎么弄": one's own verification, how (not the wait-for-others prompt it sounds like).
  [MINE_FIRST_HOW, 'faq.how-to-verify', 'mine first, how?', 0.4, false],
  // "但是已经是前天收到的了": an SMS received days ago, which the 24 hours answer.
  [RECEIVED_DAYS_AGO, 'faq.deadline', 'received days ago', 0.4, false],
  // "短信核验 是啥流程", "核验要填手机号还是身份证号": the verification itself asked, not resending or the ID digits.
  [VERIFY_HOW_OR_WHERE, 'faq.how-to-verify', 'the verification, how or where', 0.4, false],
  // "显示全部完成了,阿里云那边什么时候能更新": done, and the provider's console lagging, which is the sync delay.
  [DONE_THEN_PROVIDER, 'faq.sync-delay', 'done, the provider when?', 0.5, false],
  // "短信核验过了 之后等什么": what follows the verification, which is the review and where to follow it.
  [DONE_THEN_WHAT, 'faq.progress', 'verified, what next?', 0.4, false],
  // "验证码 手机号 证件号后六位都填完 然后点提交就行了吗": the verification's steps checked, not the ID digits alone.
  [FIELDS_THEN_SUBMIT, 'faq.how-to-verify', 'the fields, then submit', 0.5, false],
  // "我是网站负责人 我需要核验吗", "收到验证码了 但不知道该谁来填": who verifies, asked for oneself.
  [WHO_FOR_ME, 'faq.who-verifies', 'who, for me?', 0.4, false],
  // "核验页面上那个手机号填谁的": the form's phone field, which how to verify explains.
  [WHOSE_PHONE, 'faq.how-to-verify', 'whose phone number?', 0.45, false],
];
/** How much of the handoff reading is left when the writer is staff themselves. */
const SELF_STAFF_DAMPING = 0.3;

/** The message as the cues read it: normalised, and folded (Cantonese "边个验" / "喺边度查" read as "谁验" / "在哪里查"). */
export interface CueText {
  normalized: string;
  folded: string;
}

/** Weakens the missing-SMS reading, when there is one: something else in the message is the question. */
function dampNotReceived(raw: Map<string, number>): void {
  const v = raw.get(NOT_RECEIVED_ID);
  if (v !== undefined) raw.set(NOT_RECEIVED_ID, v * NOT_RECEIVED_DAMPING);
}

/** Who verifies, where to see the verifiers, what a role is, failures counted: what is asked. */
export function readQuestionCues(
  raw: Map<string, number>,
  evidence: Evidence[],
  { normalized, folded }: CueText,
  table: ReturnType<typeof extractTableSlots>,
  counts: ReturnType<typeof extractCounts>,
): void {
  const either = (re: RegExp) => re.test(normalized) || re.test(folded);
  if ((table.scenario || table.scope) && either(WHO_CUE)) boost(raw, evidence, 'faq.who-verifies', 'table c + who');
  // "We're doing an access filing. Which applies then?": which role applies, for a filing type named, is who verifies in it.
  if (table.scenario && either(ROLE_APPLIES)) boost(raw, evidence, 'faq.who-verifies', 'table c + which applies', 0.35);
  // "把注销网站需要核验的人列出来": the people who verify, for a filing type named.
  if (table.scenario && either(NEEDED_VERIFIERS)) boost(raw, evidence, 'faq.who-verifies', 'table c + the people needed', 0.5);
  // "接入备案是双人验证吗": one person or two, for a filing type, is who verifies in it (not what 双人验证 means).
  if (table.scenario && either(HEADCOUNT_ASKED)) boost(raw, evidence, 'faq.who-verifies', 'table c + one or two', 0.35);
  // "那我这个算不算双人": one person or two for the user's own filing, which is who verifies (asking which filing).
  else if (either(HEADCOUNT_ASKED) && OWN_FILING.test(normalized)) boost(raw, evidence, 'faq.who-verifies', 'own filing: one or two', 0.35);
  // "改主体负责人,是新的负责人收短信还是旧的": for a change named, which of the two people verifies.
  if (table.scope && either(NEW_OR_OLD)) boost(raw, evidence, 'faq.who-verifies', 'table c + new or old', 0.4);
  // A whole Table C row named, and verification mentioned: "我是首次备案,网站服务,是不是要双人验证".
  if (table.scenario && table.scope && (VERIFY_WORD.test(normalized) || either(WHO_CUE))) boost(raw, evidence, 'faq.who-verifies', 'table c row + verify', 0.35);
  // "其他核验人在哪里能看到?": where to see who verifies, not the prompt that mentions the others.
  if (either(WHERE_TO_SEE) && (either(VERIFIERS) || either(WHO_DOES))) boost(raw, evidence, 'faq.check-verifiers', 'where to see the verifiers', 0.3);
  // "到底谁要做验证?": who does it, asked outright, even with no filing scenario named yet.
  else if (either(WHO_DOES)) boost(raw, evidence, 'faq.who-verifies', 'who verifies, asked outright', 0.25);
  // "「主体负责人」跟「网站负责人」有什么差别?" / "entity principal vs website principal": the roles compared.
  if (either(ROLES_COMPARED)) boost(raw, evidence, 'faq.verifier-roles', 'the roles compared', 0.35);
  // "who is the 'website person in charge'?": what the role is, not who must verify.
  if (either(WHO_IS_ROLE) && !table.scenario) boost(raw, evidence, 'faq.verifier-roles', 'who is the role', 0.35);
  // "what message means it actually worked?": the success text, which the verification steps end with.
  if (either(SUCCESS_LOOKS_LIKE)) boost(raw, evidence, 'faq.how-to-verify', 'what success looks like', 0.4);
  // "那网站负责人要做什么": the verification steps, not who the role is.
  if (either(VERIFIER_TO_DO) && !either(WHO_IS_ROLE)) boost(raw, evidence, 'faq.how-to-verify', 'what the verifier does', 0.3);
  // (Not when the question is about resending: "输错了一次…怎么申请重发"; nor resends counted: "输错了4次…重发最多能发几次".)
  if (FAILURE_CUE.test(normalized) && counts.failures !== undefined && !ASKS_HOW_TO_RESEND.test(normalized) && !RESENDS_COUNTED.test(normalized)) boost(raw, evidence, 'faq.failure-limit', 'failures counted', ASKS_CONSEQUENCE.test(normalized) ? 0.5 : 0.35);
  // "老板周五晚上收到的短信,周一再弄行吗": how long the SMS stays valid, not how to verify.
  if (!either(WHO_CUE) && either(PUT_OFF)) boost(raw, evidence, 'faq.deadline', 'verifying put off', 0.3);
  // "不记得备案时填的是哪张卡的号码,去哪看": where the verifiers and their numbers are listed.
  if (either(WHERE_TO_SEE) && either(FILED_NUMBER)) boost(raw, evidence, 'faq.check-verifiers', 'the number filed, where to see', 0.4);
  // "系统里面显示了两个人,是两个人都要做吗?": everyone listed must verify, which is where the verifiers are seen.
  if (either(LISTED_ALL_MUST)) boost(raw, evidence, 'faq.check-verifiers', 'all listed must verify?', 0.4);
  // "Is there a limit on resending the SMS?": resends counted, which the resend answer states (not the failures').
  if (RESENDS_COUNTED.test(normalized) && !FAILURE_CUE.test(normalized)) boost(raw, evidence, 'faq.how-to-resend', 'resends counted', 0.3);
  // "短信核验失败次数有限制吗": how many failures are allowed, not the failure prompt (resends have their own limit).
  else if (FAILURE_CUE.test(normalized) && HOW_MANY.test(normalized) && !RESEND_WORD.test(normalized)) boost(raw, evidence, 'faq.failure-limit', 'failures, how many', 0.35);
}

/**
 * Resent, received, verified, a person asked for: what the user did or saw. `pasted` is a prompt
 * found in the message (its own answer leads); `inScope` that nothing put the message out of scope.
 */
export function readSituationCues(raw: Map<string, number>, evidence: Evidence[], { normalized, folded, pasted, inScope }: CueText & { pasted: boolean; inScope: boolean }): void {
  const either = (re: RegExp) => re.test(normalized) || re.test(folded);
  // "工信部短信一直没来,去哪里重发": the question asked, not the situation told before it.
  if (!pasted && inScope && ASKS_HOW_TO_RESEND.test(normalized)) {
    boost(raw, evidence, 'faq.how-to-resend', 'how to resend, asked', 0.3);
    dampNotReceived(raw);
  }
  // "我 resend 咗两次 still no 短信, 点算?": the SMS that still does not come, not how to resend.
  if (!pasted && inScope && RESENT_STILL_NOTHING.test(normalized) && !ASKS_HOW_TO_RESEND.test(normalized) && !RESEND_AGAIN.test(normalized) && !HOW_MANY.test(normalized)) boost(raw, evidence, NOT_RECEIVED_ID, 'resent, still nothing', 0.35);
  // "send the verification text again" / "想让工信部再发一条": resending, said without the word (not a resend prompt retold).
  if (!pasted && inScope && SEND_AGAIN.test(normalized) && !RESEND_RETOLD.some(([re]) => re.test(normalized))) boost(raw, evidence, 'faq.how-to-resend', 'sent again', 0.25);
  // "got 重发成功 on the resend tab", "点重发说没东西要核验": a resend prompt retold, however often "resend" is said.
  for (const [re, id, why, by] of RESEND_RETOLD) if (re.test(folded) || re.test(normalized)) boost(raw, evidence, id, why, by);
  // "this bot is useless, get me a person": a person asked for outright.
  if (WANTS_PERSON.test(normalized)) boost(raw, evidence, HANDOFF_ID, 'a person asked for', DEMANDS_PERSON.test(normalized) ? 0.8 : 0.3);
  // "收到12381的短信了,然后呢": what to do with the SMS that came, not the progress after verifying.
  if (inScope && RECEIVED.test(normalized) && CAME_WHAT_NOW.test(normalized) && !VERIFIED.test(normalized) && !STILL_MISSING.test(folded)) boost(raw, evidence, 'faq.how-to-verify', 'sms came, what now', 0.5);
  // "验完了,备案进度还停在短信核验那一步": the provider's status lags the verification, not the review after it.
  // ("短信核验显示全部完成了,但是阿里云控制台里还是待核验": the all-done prompt told as what was seen, likewise.)
  if (!pasted && (either(VERIFIED) || ALL_DONE_SEEN.test(normalized)) && STATUS_UNCHANGED.test(normalized)) boost(raw, evidence, 'faq.sync-delay', 'verified, status unchanged', ALL_DONE_SEEN.test(normalized) ? 0.7 : 0.35);
  // ("工信部那边提示已全部完成了,阿里云控制台还是显示待核验": the all-done prompt quoted, and the console behind it: the lag is the question.)
  // (However many of the prompt's words are retold, when the lag is set against it: "…提交管局审核了,但阿里云后台状态一点没变".)
  else if (pasted && ALL_DONE_SEEN.test(normalized) && STATUS_UNCHANGED.test(normalized)) {
    const lead = BUT.test(normalized) ? Math.max(...raw.values()) - (raw.get('faq.sync-delay') ?? 0) + 0.05 : 0;
    boost(raw, evidence, 'faq.sync-delay', 'all done quoted, status unchanged', Math.max(0.8, lead));
  }
  // "怎样知道管局有没有approve了": where to follow the review, verified said or not.
  // (Asked where or how, not a prompt told that mentions the review: "we were shown '…submitted to the bureau for review'".)
  if (!pasted && !VERIFIED.test(normalized) && !ALL_DONE_SEEN.test(normalized) && WHERE_TO_SEE.test(normalized) && ASKS_WHERE_OR_HOW.test(normalized) && REVIEW.test(normalized) && /管局|bureau|miit|工信部/.test(normalized)) boost(raw, evidence, 'faq.progress', 'where to follow the review', 0.3);
  // "Verification is complete. Now what?": what follows the verification, not how to do it.
  // ("验证完成后管局审核在哪查": where to follow the review after it, likewise.)
  if (!pasted && either(VERIFIED) && (either(WHAT_NOW) || (WHERE_TO_SEE.test(normalized) && REVIEW.test(normalized))) && !STILL_MISSING.test(folded)) boost(raw, evidence, 'faq.progress', 'verified, what now', 0.3);
  // "验证码没到之前能先做别的操作吗": what to expect while it is awaited (nothing else until it comes), not a missing SMS.
  // ("提交完了短信还没来 这段时间我能不能先去弄点别的操作": the SMS not yet come is the situation, the question is what to do meanwhile.)
  if (OTHER_STEPS_MEANWHILE.test(normalized)) {
    boost(raw, evidence, 'faq.what-sms-to-expect', 'other steps while the SMS is awaited', 0.4);
    dampNotReceived(raw);
  }
  // "it's been 26 hours since I got the SMS and I haven't done it yet": the time limit, not a missing SMS.
  if (!pasted && inScope && RECEIVED.test(normalized) && NOT_DONE_YET.test(normalized) && !NEVER_CAME.test(folded)) {
    boost(raw, evidence, 'faq.deadline', 'received, not done yet', 0.35);
    dampNotReceived(raw);
  }
  // "我们两个人都在等短信,等了25分钟了": the SMS awaited, not the wait for the others.
  // (Said, not asked beside another question: "still waiting on the MIIT code. What number does it come from?".)
  if (!pasted && inScope && WAITING_FOR_SMS.test(normalized) && !QUESTION.test(normalized)) boost(raw, evidence, NOT_RECEIVED_ID, 'waiting for the sms', 0.3);
  // "我收到 2 条 SMS, 一条 Aliyun 的一条工信部的": the two messages to expect.
  if (!pasted && inScope && TWO_CAME.test(normalized) && IS_IT_RIGHT.test(normalized)) boost(raw, evidence, 'faq.what-sms-to-expect', 'two sms came', 0.35);
  // "同事 keep typing 错的证件后六位, 会不会导致备案直接 fail": the failure limit, however the details are named.
  if (!pasted && inScope && REPEATED_WRONG.test(normalized)) boost(raw, evidence, 'faq.failure-limit', 'wrong again and again', 0.35);
  // "收到阿里云发的'备案订单提交成功'短信,可里面没验证码": the provider's notice, one of the two SMS to expect.
  if (!pasted && inScope && PROVIDER_NOTICE.test(normalized) && NOTICE_MISTAKEN.test(normalized) && !MIIT_NAMED.test(normalized)) boost(raw, evidence, 'faq.what-sms-to-expect', "the provider's notice", 0.35);
  // "验证码我填到阿里云控制台了…找不到输入框": the code goes into the MIIT system, which is how to verify.
  if (!pasted && CODE_IN_CONSOLE.test(normalized)) boost(raw, evidence, 'faq.how-to-verify', 'the code typed in the console', 0.4);
  // "重发短信后失败次数应该清零了吧?": the failure limit, not resending.
  if (!pasted && inScope && FAILURES_RESET.test(normalized)) boost(raw, evidence, 'faq.failure-limit', 'failures reset?', 0.5);
  // "It's been 3 hours and no MIIT SMS has arrived": the SMS missing, said in so many words.
  // (Not when resending is what is asked: "she still hasn't got it, can she resend again?".)
  if (!pasted && inScope && NONE_ARRIVED.test(normalized) && !ASKS_HOW_TO_RESEND.test(normalized) && !RESEND_AGAIN.test(normalized) && !HOW_MANY.test(normalized)) boost(raw, evidence, NOT_RECEIVED_ID, 'no sms has come', 0.35);
  // "we've just submitted our filing. What happens next with the texts?": the two SMS to expect, not the review.
  if (!pasted && either(JUST_SUBMITTED) && either(SMS_WORD) && either(COMES_NEXT) && !VERIFIED.test(normalized)) boost(raw, evidence, 'faq.what-sms-to-expect', 'just submitted, sms next', 0.35);
  else if (!pasted && AFTER_SUBMITTING.test(normalized) && !VERIFIED.test(normalized)) boost(raw, evidence, 'faq.what-sms-to-expect', 'what follows submitting', 0.5);
  // "主体负责人的手机号上个月注销了,短信根本收不到": the number is gone, which the unusable-number answer covers.
  // (The SMS that cannot come to it is the consequence, not the question: "…早就停用了,收不到短信怎么办"; unless the number is
  // lost for good, which the missing-SMS answer covers: "…停用了,找不回来了".)
  // "I never got the verification text and my old number is gone for good": the missing-SMS answer's last step covers it.
  const lostForGood = !pasted && NUMBER_LOST.test(normalized) && (NEVER_CAME.test(folded) || /\bnever (?:got|received)\b/.test(normalized));
  if (lostForGood) boost(raw, evidence, NOT_RECEIVED_ID, 'never came, number lost for good', 0.6);
  if (!pasted && !lostForGood && NUMBER_GONE.test(normalized)) {
    boost(raw, evidence, 'faq.phone-unavailable', 'the number itself gone', 0.4);
    if (!NUMBER_LOST.test(normalized)) dampNotReceived(raw);
  }
  // "I just got the text from 12381. How do I actually do the verification?": the steps, not the sender named on the way.
  // (Not when resending is what is asked: "walk me through asking MIIT to send the text again".)
  const inHand = (HOW_TO_GO_THROUGH.test(normalized) && (RECEIVED.test(normalized) || CODE_IN_HAND.test(normalized)) && !AFTER_VERIFYING.test(normalized)) || (LINK_TO_CLICK.test(normalized) && !IS_IT_SAFE.test(normalized));
  if (!pasted && inScope && inHand && !STILL_MISSING.test(folded) && !RESEND_WORD.test(folded) && !SEND_AGAIN.test(normalized)) boost(raw, evidence, 'faq.how-to-verify', 'how to go through it', 0.4);
  // "我打开链接了,是工信部的网站,我应该点哪一个tab?": the verification tab, which is how to verify.
  if (!pasted && inScope && WHICH_TAB.test(normalized) && (either(VERIFY_WORD) || /链接|link|工信部|miit/.test(normalized)) && !RESEND_WORD.test(normalized)) boost(raw, evidence, 'faq.how-to-verify', 'which tab', 0.35);
  // "短信是昨晚十点到的,今天下午再点链接核验还行吗": received a while ago, still valid? The time limit.
  if (!pasted && inScope && (RECEIVED.test(normalized) || ARRIVED_AT.test(normalized)) && STILL_VALID.test(normalized) && !NEVER_CAME.test(folded)) boost(raw, evidence, 'faq.deadline', 'still valid after a while', 0.35);
  // "i have the link, what fields r there": the verification form, which is how to verify.
  if (!pasted && inScope && either(FORM_ASKED_IN_HAND) && !RESEND_WORD.test(folded)) boost(raw, evidence, 'faq.how-to-verify', 'the form, asked with the link in hand', 0.4);
  // "验证码收到了,手机号和身份证后六位也要一起填吗": the form's fields, which is how to verify.
  if (!pasted && inScope && RECEIVED.test(normalized) && FILLED_TOGETHER.test(normalized)) boost(raw, evidence, 'faq.how-to-verify', 'fields filled together', 0.35);
  // Said in so many words, and read the same wherever they stand (STATED, above).
  for (const [re, id, why, by, inFolded] of STATED) if (!pasted && inScope && (inFolded ? either(re) : re.test(normalized))) boost(raw, evidence, id, why, by);
  // "我不小心删除了那个短信,里面有验证码的": the SMS gone before use, which the missing-SMS answer covers (resend it).
  if (!pasted && inScope && SMS_DELETED.test(normalized) && !FEARED.test(normalized)) boost(raw, evidence, NOT_RECEIVED_ID, 'the sms deleted', 0.4);
  // "等了一晚上也没有12381的短信": no SMS, said with the sender's number (the number is not the question).
  if (!pasted && inScope && NONE_FROM_SENDER.test(normalized) && !ASKS_HOW_TO_RESEND.test(normalized) && !RESEND_AGAIN.test(normalized) && !HOW_MANY.test(normalized)) boost(raw, evidence, NOT_RECEIVED_ID, 'no sms from the sender', 0.4);
  // "收到106…发的短信,是工信部的吗" / "the text arrived": an SMS that came is not a missing one.
  if (RECEIVED.test(normalized) && !STILL_MISSING.test(folded)) dampNotReceived(raw);
  // "我是代理商这边的客服,帮客户处理…": staff introducing themselves are not asking for a person;
  // nor is "客服说核验链接48小时有效,是这样吗?", what an agent said, to be checked.
  // (Unless a person is asked for outright: "我们是代理,能不能安排个人工客服跟一下".)
  const staffNamed = (SELF_STAFF.test(normalized) || HEARSAY.test(normalized)) && !WANTS_PERSON.test(normalized);
  if (raw.has(HANDOFF_ID) && staffNamed) raw.set(HANDOFF_ID, raw.get(HANDOFF_ID)! * SELF_STAFF_DAMPING);
}

/** Escapes a term for use inside a regular expression. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways of asking what `term` means: "管局是什么意思", "what does 短信核验 mean?", "who or what is the 管局?", "网站负责人. What is that in English?". */
function meaningAsked(term: string): RegExp {
  const t = `['"‘’“”「」]?${escape(term.toLowerCase())}['"‘’“”「」]?`;
  return new RegExp(
    [
      `${t}\\s?(?:是什么意思|什么意思|啥意思|指什么|指的是什么|是指什么|是什么部门|是哪个部门|是什么机构|是什么(?:东西)?[?]?$|是啥[?]?$|是说|是指|指的是)`,
      `\\bwhat (?:does|do) (?:the )?${t} (?:actually |really )?mean\\b`,
      `${t} (?:in english|means?\\b)`,
      `\\b(?:who or what|what) is (?:a |an |the )?${t}(?: in english)?[?]?$`,
      `${t}[^?]{0,40}\\bwhat(?:'s| is) (?:that|this|it) in english\\b`,
      `\\b(?:mentions|says|listed as|shows) ${t}[^?]{0,20}\\bwhat (?:is|does) (?:that|it)\\b`,
    ].join('|'),
  );
}
const MEANING_CACHE = new WeakMap<object, Array<[RegExp, string, string]>>();

/** "Your answer mentions 管局 - what is that in English?": the topic whose answer explains the word asked about. */
export function readTermAsked(raw: Map<string, number>, evidence: Evidence[], normalized: string, terms: Readonly<Record<string, string>>): void {
  let asked = MEANING_CACHE.get(terms);
  if (!asked) MEANING_CACHE.set(terms, (asked = Object.entries(terms).map(([term, intent]) => [meaningAsked(term), term, intent])));
  for (const [re, term, intent] of asked) if (re.test(normalized)) boost(raw, evidence, intent, `what ${term} means`, 0.5);
}

/** Whether `e` is the evidence readTermAsked leaves: the meaning of a word of the answers asked. */
export const asksMeaning = (e: Evidence): boolean => e.matcher === 'slots' && e.detail.startsWith('what ') && e.detail.endsWith(' means');
