/**
 * Reads the facts a reply depends on out of normalised text: the Table C
 * scenario and scope, failure and resend counts, how long the user waited.
 * Pure; aliases come from the knowledge base.
 *
 * @example
 *   extractCounts('已经失败4次了,重发两次也没收到,等了3个小时')
 *   // { failures: 4, resends: 2, waitedMinutes: 180 }
 */
import { buildPhraseFinder, type PhraseMatch } from './phrases.ts';
import { memoLast } from './memo-last.ts';
import type { FilingCase, Slots } from './types.ts';

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const EN_NUMBERS: Record<string, number> = {
  one: 1, once: 1, a: 1, an: 1, two: 2, twice: 2, three: 3, thrice: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 3, few: 3, couple: 2, 'twenty-four': 24, half: 0.5,
};

/** '4', '四', '两', '十二', '二十四', 'twice' → a number; undefined if it is not one. */
export function parseNumber(token: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(token)) return Number(token);
  if (token in EN_NUMBERS) return EN_NUMBERS[token];
  if (token === '半') return 0.5;
  if (/^[零〇一二两俩三四五六七八九十]+$/.test(token)) {
    if (!token.includes('十')) return token.length === 1 ? CN_DIGITS[token] : undefined;
    const [tens, ones] = token.split('十');
    return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
  }
  return undefined;
}

const NUM = '(\\d+(?:\\.\\d+)?|[零〇一二两俩三四五六七八九十]+|半)';
const EN_NUM = '(\\d+|one|once|a|an|two|twice|three|thrice|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple|twenty-four|half)';

const FAILURE_PATTERNS = [
  new RegExp(`(?:失败|输错|填错|错|不对|不通过)了?\\s*${NUM}\\s*[次遍回]`),
  new RegExp(`${NUM}\\s*[次遍回](?:都|全|均|还是|又|也|都是)?(?:失败|错|不对|不通过|没通过|没成功)`),
  new RegExp(`(?:fail(?:ed)?|wrong|incorrect|errors?|mistakes?)\\s+(?:it\\s+|the\\s+code\\s+)?${EN_NUM}\\s+(?:consecutive\\s+)?times?`),
  new RegExp(`(?:messed up|mistyped|typed wrong|got wrong|entered wrong)[^.?!]{0,30}?\\s${EN_NUM}\\s+times?`),
  new RegExp(`(?<!\\blast\\s)${EN_NUM}\\s+(?:times?|failed|wrong|unsuccessful|incorrect)\\s*(?:attempts?|tries|failures?)?`),
  new RegExp(`(?:failed|wrong|incorrect)\\s+${EN_NUM}\\s+(?:times?\\s+)?in a row`),
  new RegExp(`${EN_NUM}\\s+(?:consecutive\\s+)?(?:failures|failed attempts|wrong attempts|wrong tries|wrong codes)`),
];
const FAILURE_CONTEXT = /失败|错|不对|不通过|没通过|没成功|fail|wrong|incorrect|error|mistake|unsuccessful|messed up|mistyped/;

const RESEND_PATTERNS = [
  new RegExp(`重发了?\\s*${NUM}\\s*[次遍回]`),
  new RegExp(`${NUM}\\s*[次遍回](?:都)?重发`),
  new RegExp(`(?:\\bresen[dt]|re-sen[dt]|requested (?:a )?new code)\\s+(?:it\\s+|the\\s+(?:sms|code|message)\\s+)?${EN_NUM}\\s+times?`),
  new RegExp(`(?:\\bresen[dt]|re-sen[dt])\\s+(?:it\\s+)?(twice|once|thrice)`),
  new RegExp(`${EN_NUM}\\s+(?:times?|resends)\\s*(?:already)?\\s*(?:resen|resend)`),
];

const UNIT_MINUTES: Record<string, number> = {
  分钟: 1, 分: 1, 小时: 60, 个小时: 60, 钟头: 60, 个钟头: 60, 天: 1440, 日: 1440,
  minute: 1, minutes: 1, min: 1, mins: 1, hour: 60, hours: 60, hr: 60, hrs: 60, h: 60, day: 1440, days: 1440,
};
const WAIT_ZH = new RegExp(`${NUM}\\s*(?:个多|多个|多)?(个小时|个钟头|小时|钟头|分钟|天)`, 'g');
const WAIT_EN = new RegExp(`(?:^|\\s)${EN_NUM}\\s*(minutes?|mins?|hours?|hrs?|h|days?)(?![a-z])`, 'g');
/** Waits with a half in them: "two and a half hours", "an hour and a half", "half an hour", "两个半小时" (number, unit). */
const HALF_WAITS: Array<[RegExp, (m: RegExpMatchArray) => number | undefined]> = [
  [new RegExp(`(?:^|\\s)${EN_NUM}\\s+and a half\\s+(hours?|days?)(?![a-z])`, 'g'), (m) => half(parseNumber(m[1]!), m[2]!)],
  [/(?:^|\s)an?\s+(hour|day) and a half(?![a-z])/g, (m) => half(1, m[1]!)],
  [/(?:^|\s)half an?\s+(hour|day)(?![a-z])/g, (m) => half(0, m[1]!)],
  [new RegExp(`${NUM}\\s*个半(小时|钟头|天)`, 'g'), (m) => half(parseNumber(m[1]!), m[2]!)],
];
function half(n: number | undefined, unit: string): number | undefined {
  const minutes = UNIT_MINUTES[unit] ?? (unit === '钟头' ? 60 : undefined);
  return n === undefined || minutes === undefined ? undefined : (n + 0.5) * minutes;
}
/** Waits said in words that give no number ("等了半天", "all morning"): read as some hours, never quoted back as a figure. */
const VAGUE_WAIT = /一上午|一下午|大半天|半天|all morning|all afternoon|half a day/;
const VAGUE_WAIT_MINUTES = 240;
const WAIT_WORDS: Array<[RegExp, number]> = [
  [/半(个)?小时/, 30],
  [/一(整)?天|一夜|一晚上|昨天|隔天|第二天|overnight|since yesterday|a whole day|all day/, 1440],
  [VAGUE_WAIT, VAGUE_WAIT_MINUTES],
];

function firstMatch(patterns: RegExp[], text: string): number | undefined {
  for (const re of patterns) {
    const m = re.exec(text);
    const n = m && parseNumber(m[1]!);
    if (n !== undefined && n !== null && n > 0 && n < 100) return n;
  }
  return undefined;
}

/** Counts and durations the user states. */
export function extractCounts(text: string): Pick<Slots, 'failures' | 'resends' | 'waitedMinutes' | 'waitedVaguely'> {
  const out: Pick<Slots, 'failures' | 'resends' | 'waitedMinutes' | 'waitedVaguely'> = {};
  if (FAILURE_CONTEXT.test(text)) {
    const f = firstMatch(FAILURE_PATTERNS, text);
    if (f !== undefined) out.failures = f;
  }
  const r = firstMatch(RESEND_PATTERNS, text);
  if (r !== undefined) out.resends = r;

  let waited = 0;
  // A wait with a half is read whole first, and taken out, so "an hour and a half" is not also "an hour".
  let rest = text;
  for (const [re, minutes] of HALF_WAITS) {
    for (const m of text.matchAll(re)) {
      const n = minutes(m);
      if (n !== undefined) waited = Math.max(waited, n);
      rest = rest.replace(m[0], ' ');
    }
  }
  for (const re of [WAIT_ZH, WAIT_EN]) {
    for (const m of rest.matchAll(re)) {
      // "半天" is "ages", not half a day: it is one of the vague words below.
      if (m[1] === '半' && m[2] === '天') continue;
      const n = parseNumber(m[1]!);
      const unit = UNIT_MINUTES[m[2]!];
      if (n !== undefined && unit) waited = Math.max(waited, n * unit);
    }
  }
  let vague = false;
  if (!waited) {
    for (const [re, minutes] of WAIT_WORDS) if (re.test(text)) waited = Math.max(waited, minutes);
    vague = waited === VAGUE_WAIT_MINUTES && VAGUE_WAIT.test(text);
  }
  // "24小时内" states the rule and "只能等24小时" / "must we wait 24 hours" a wait to come; only count durations the user lived through.
  if (waited && !/(?:内|以内|之内|within|in \d+ hours|多久|多长时间|how long|(?:要|得|只能|需要|必须)等|\b(?:must|have to|has to|need to|needs to|should|will|going to)(?: we| i| you| they)? wait\b)/.test(text)) out.waitedMinutes = waited;
  else if (waited && /(等了|已经|过了|超过|都|快|差不多|have waited|waited|been|already|over|more than|past)/.test(text))
    out.waitedMinutes = waited;
  if (out.waitedMinutes !== undefined && vague) out.waitedVaguely = true;
  return out;
}

/** An alias list for one Table C scenario or scope, in normalised form. */
export interface AliasSet {
  id: string;
  aliases: string[];
}

/** Role names contain scope words (网站负责人 ⊃ 网站); they are not scopes. */
const ROLE_WORDS = /\bboth of them (?=(?:really |still |each |also )?(?:have|has|need|needs|must|should|can|will)\b)|\bboth (?:people|persons|principals|of us|verifiers)\b|两个人都|两人都|备案主体负责人|主体负责人|网站负责人|负责人|(?:entity's|entity|subject|website|site) principal|principal|person in charge/g;

/** "核验全部完成" retells the all-done prompt; its 全部 is not the "all services" scope. */
const ALL_DONE_WORDS = /(?:已经?)?全部(?:都)?(?:核验)?完成|all (?:been )?(?:completed|complete|done)|completed? (?:in )?all/g;

/** "就一个网站,没有App" / "a website, no app": a scope said to be absent is not named. */
const ABSENT_SCOPE =
  /(?:没有|没|不含|不包括|不做|无)(?:做|弄|开发|上)?(?:app|应用|网站|小程序)(?:(?:和|或|跟|、|,)(?:app|应用|网站|小程序))*|(?:app|应用|小程序)(?:还|也)?(?:没做|没有做|没弄|没上|没开发|还没有)|\b(?:no|without(?: an?| any)?) (?:app|apps|website|site|mini program)\b/g;

/** "已经备案过的主体 新增一个网站": the entity already filed is the filing's own, not a scope named. */
const FILED_ENTITY = /(?:已经?|之前)?备案过?的主体|已有的?主体|已备案(?:的)?主体|现有(?:的)?主体/g;
/** "公司信息没变" / "不动网站" / "the website stays the same": a scope said to be unchanged is not the one changed. */
const UNCHANGED_SCOPE =
  /(?:公司|主体|单位|网站|服务)(?:的)?(?:信息|名称|名字)?(?:都|也|倒是)?(?:没变|没改|不变|没动|不动|不改|没有变|没有改|未变|保持不变|保留|留着|还要(?=[,.;?!\s]|$)|还在(?=[,.;?!\s]|$))|(?:公司和网站|网站和公司|主体和网站)(?:都)?(?:还要|保留|还在|不变)(?=[,.;?!\s]|$)|(?:不动|不改|没动|没改)(?:公司|主体|单位|网站|服务)(?:信息)?|\b(?:company|entity|subject|website|site|service)(?: info(?:rmation)?)? (?:is |stays |stayed |was |remains )?(?:unchanged|the same|not changed)\b|\b(?:didn't|did not|don't|do not) (?:change|touch) (?:the )?(?:company|entity|website|site|service)\b/g;

/** "旧号已经注销了", "把手机号变更成新的": a phone number cancelled or changed, not a filing. */
const NUMBER_CANCELLED = /(?:号码?|手机号|手机|电话|sim卡?)\s?(?:\+?\d[\d -]{5,16}\d\s?)?(?:已经?|也|都|早就)?(?:被)?(?:注销|销号)(?:了)?|(?:号码?|手机号|电话)(?:先)?(?:变更|更改|改|换)(?:成|为|到)|\b(?:number|phone|sim)(?: has| was| got)? (?:been )?cancell?ed\b|\bchang(?:e|ed|es|ing) (?:his|her|their|my|our|the) (?:phone |mobile |cell )?number\b/g;

/** A finder of Table C aliases: each match's value is the scenario or scope id. */
export type AliasFinder = (text: string) => PhraseMatch[];

/** Builds one finder over alias sets (scenarios or scopes). */
export function buildAliasFinder(sets: readonly AliasSet[]): AliasFinder {
  return buildPhraseFinder(sets.flatMap((set) => set.aliases.map((text) => ({ text, value: set.id }))));
}

function longestAlias(text: string, find: AliasFinder): string | undefined {
  let best: PhraseMatch | undefined;
  for (const m of find(text)) if (!best || m.length > best.length) best = m;
  return best?.value;
}

/** "网站负责人也换了个人" / "changed the website principal": the website's details change, a service-information change. */
const WEBSITE_PRINCIPAL_CHANGED = /网站负责人[^,.;?!]{0,4}(?:换|变|改)|(?:换|更换|变更|改)了?(?:网站负责人)(?:那块|的)?(?:信息)?|网站(?:也|的)?(?:换|更换|变更)了?(?:个|新的)?负责人|\bnew website principal\b|\bwebsite principal (?:has )?changed\b/g;
/** "换主体负责人" / "the entity principal changed": the entity's details change. */
const ENTITY_PRINCIPAL_CHANGED = /主体负责人[^,.;?!]{0,4}(?:换|变|改)(?![^,.;?!]{0,3}(?:手机|号|电话))|(?:换|更换|变更|改)了?(?:个)?(?:主体负责人)|主体(?:也|的)?(?:换|更换|变更)了?(?:个|新的)?负责人|\bnew (?:entity|subject) principal\b|\b(?:entity|subject) principal (?:has )?changed\b|\bchang(?:e|ed|ing) (?:the )?(?:entity|subject) principal\b/g;

/** Two things named together. */
const TOGETHER = /和|与|跟|加|[+]|都|也|一起|以及|\b(?:and|both|as well|too|also|plus)\b/;

/** Every distinct alias value found in `text`. */
function allAliases(text: string, find: AliasFinder): string[] {
  return [...new Set(find(text).map((m) => m.value))];
}

/** Where one of several filings starts: "客户A", "B客户", "第二个", "另一个", "一个加网站", "client X", "the other one". */
const CASE_MARKER =
  /客户\s?[a-z甲乙丙丁1-9]|[a-z甲乙丙丁](?:\s?客户|公司)|第[一二三四1-4]个(?:客户|网站|备案|公司)?|另(?:外)?一个(?:客户|网站|公司)?|(?<![第另])一个(?=[^,.;?!]{0,4}(?:加|是|做|要|注销|新增|变更|接入|首次))|\bclient\s?[a-z0-9]\b|\b(?:the )?(?:first|second|third|other|another) (?:client|one|site|company)\b|\bone (?:is|adds|wants|needs)\b/g;
/** A marker that names the filing itself (客户A, the second client), not just "one of them". */
const NAMING_MARKER = /[a-z0-9甲乙丙丁]|第|first|second|third/;
/** The filing a message names by its own label ("客户1", "B客户", "client X"), spaces dropped; undefined when none. */
export const caseLabelOf = memoLast((text: string): string | undefined => {
  for (const m of text.matchAll(CASE_MARKER)) if (NAMING_MARKER.test(m[0]) && !/^(?:the )?(?:first|second|third)\b|^第/.test(m[0])) return m[0].replace(/\s+/g, '');
  return undefined;
});
/** Longest label made of the case's own words when its marker names nothing ("一个加网站"). */
const CASE_LABEL_MAX = 16;

/**
 * Several filings named in one message, each with the Table C slots of its own words (a scenario said once
 * before them is shared: "帮两个客户做新增服务,一个加网站,一个加App"). Undefined unless at least two are
 * named and they differ.
 */
export function extractCases(text: string, read: (segment: string) => Pick<Slots, 'scenario' | 'scope'>): FilingCase[] | undefined {
  const marks = [...text.matchAll(CASE_MARKER)];
  if (marks.length < 2) return undefined;
  const shared = read(text.slice(0, marks[0]!.index));
  const cases: FilingCase[] = [];
  marks.forEach((m, i) => {
    const segment = text.slice(m.index, marks[i + 1]?.index ?? text.length);
    const own = read(segment);
    const scenario = own.scenario ?? shared.scenario;
    const scope = own.scope ?? (own.scenario ? undefined : shared.scope);
    if (!scenario && !scope) return;
    const words = segment.replace(/[,.;?!\s]+$/, '').split(/[,.;?!]/)[0]!.trim();
    const label = NAMING_MARKER.test(m[0]) ? m[0] : words.slice(0, CASE_LABEL_MAX);
    cases.push({ label: label.replace(/(?<![a-z])[a-z](?![a-z])/g, (c) => c.toUpperCase()), ...(scenario ? { scenario } : {}), ...(scope ? { scope } : {}) });
  });
  const distinct = new Set(cases.map((c) => `${c.scenario}/${c.scope}`));
  return cases.length >= 2 && distinct.size >= 2 ? cases : undefined;
}

/**
 * The Table C scenario and scope named in the text, if any. Two scopes named
 * together ("公司搬了地址,网站负责人也换了个人") are the scope that combines them, when
 * `combine` knows one.
 */
export function extractTableSlots(
  text: string,
  scenarios: AliasFinder,
  scopes: AliasFinder,
  combine: (found: string[], scenario: string | undefined) => string | undefined = () => undefined,
): Pick<Slots, 'scenario' | 'scope' | 'cases'> {
  const plain = text
    .replace(WEBSITE_PRINCIPAL_CHANGED, ' 服务信息 ')
    .replace(ENTITY_PRINCIPAL_CHANGED, ' 主体信息 ')
    .replace(ROLE_WORDS, ' ')
    .replace(ALL_DONE_WORDS, ' ')
    .replace(ABSENT_SCOPE, ' ')
    .replace(UNCHANGED_SCOPE, ' ')
    .replace(FILED_ENTITY, ' ')
    .replace(NUMBER_CANCELLED, ' ');
  const out: Pick<Slots, 'scenario' | 'scope' | 'cases'> = {};
  const scenario = longestAlias(plain, scenarios);
  const found = allAliases(plain, scopes);
  // (Only when they are named together: "公司搬了地址,网站负责人也换了个人", "网站和小程序".)
  const scope = (found.length >= 2 && TOGETHER.test(text) ? combine(found, scenario) : undefined) ?? longestAlias(plain, scopes);
  if (scenario) out.scenario = scenario;
  if (scope) out.scope = scope;
  const cases = extractCases(text, (segment) => extractTableSlots(segment, scenarios, scopes, combine));
  if (cases) out.cases = cases;
  return out;
}
