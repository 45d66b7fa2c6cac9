/**
 * Reads pinyin typed without an input method ("duanxin heyan shibai",
 * "zhuan rengong") back into the characters the knowledge base uses, so the
 * Chinese matchers see 短信核验失败 and 转人工. A tiny input method: the
 * syllables are split, every syllable's candidates are the knowledge base's
 * own characters with that reading, and a Viterbi pass picks the sequence the
 * knowledge base's own character pairs make most likely. Built once; `read`
 * is pure and leaves text that is not pinyin (English, codes) untouched.
 *
 * @example
 *   const read = buildPinyinReader(['短信核验失败', '转人工'], englishWords, (ch) => kb.readings[ch]);
 *   read('duanxin heyan shibai le')  // '短信核验失败了' (when 了 is in the corpus)
 *   read('sms not received')         // unchanged
 */
import { isCjk } from './normalize.ts';

/**
 * Every toneless Mandarin syllable (ü written v), minus the interjections m, n,
 * ng, hng and the bare vowels a, e, o, which would read acronyms ("api") as pinyin.
 */
const SYLLABLES = new Set(
  ('ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan ' +
    'chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan ' +
    'dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo ei en eng er fa fan fang fei fen feng fo ' +
    'fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong ' +
    'hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ' +
    'ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo ' +
    'long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ' +
    'ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve ou pa pai pan pang pao pei pen peng pi pian ' +
    'piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ' +
    'ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai ' +
    'shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu ' +
    'tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang ' +
    'yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng ' +
    'zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo').split(' '),
);
const LONGEST_SYLLABLE = 6;

/** Common English words that are also valid pinyin: a run made only of these is English. */
const ENGLISH = new Set(
  ('a an ai am ban bang bin bo bye can change china die e en fan fang gang hang he hen hi ho long lie man manage men ' +
    'no o pan pen pin ran sang she shin sun tan tie wan we yang ye yo you zen ' +
    // Common English words that also split into syllables ("make sense" is not 码可 sen 色).
    'anyone came care case chance chase data decide delete entire face game here human late like line longer make mate ' +
    'mean meantime mine minute more name nice page police same sense share side site sure take taken time').split(' '),
);

/** Longest word, and most syllables in one run, read as pinyin: nobody types more without an input method. */
const MAX_WORD = 36;
const MAX_SYLLABLES = 60;

/** Splits one word into syllables (fewest syllables wins), or undefined when it is not pinyin. */
export function splitSyllables(word: string): string[] | undefined {
  const n = word.length;
  if (n === 0 || n > MAX_WORD) return undefined;
  // count[i]: fewest syllables covering word[0, i); from[i]: where the last of them starts.
  const count = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  count[0] = 0;
  for (let i = 0; i < n; i++) {
    if (count[i] === Infinity) continue;
    for (let len = 1; len <= LONGEST_SYLLABLE && i + len <= n; len++) {
      if (SYLLABLES.has(word.slice(i, i + len)) && count[i]! + 1 < count[i + len]!) {
        count[i + len] = count[i]! + 1;
        from[i + len] = i;
      }
    }
  }
  if (count[n] === Infinity) return undefined;
  const out: string[] = [];
  for (let end = n; end > 0; end = from[end]!) out.push(word.slice(from[end]!, end));
  return out.reverse();
}

/** Share of syllables that must have a character in the corpus for a run to be read as pinyin. */
const MIN_COVERAGE = 0.6;

/**
 * Builds the reader from the corpus whose characters and character pairs it may
 * produce. `readingsOf` gives a character's toneless readings (the knowledge
 * base's `readings`); `englishWords` (the knowledge base's English vocabulary)
 * keeps English like "he can" from being read as pinyin.
 */
export function buildPinyinReader(
  corpus: Iterable<string>,
  englishWords: ReadonlySet<string>,
  readingsOf: (ch: string) => readonly string[] | undefined,
): (normalized: string) => string {
  const unigrams = new Map<string, number>();
  const bigrams = new Map<string, number>();
  for (const text of corpus) {
    let prev = '';
    for (const ch of text) {
      if (!isCjk(ch)) {
        prev = '';
        continue;
      }
      unigrams.set(ch, (unigrams.get(ch) ?? 0) + 1);
      if (prev) bigrams.set(prev + ch, (bigrams.get(prev + ch) ?? 0) + 1);
      prev = ch;
    }
  }
  const candidates = new Map<string, Array<{ ch: string; weight: number }>>();
  for (const [ch, count] of unigrams) {
    for (const syllable of readingsOf(ch) ?? []) {
      if (!SYLLABLES.has(syllable)) continue;
      let list = candidates.get(syllable);
      if (!list) candidates.set(syllable, (list = []));
      list.push({ ch, weight: Math.log(1 + count) });
    }
  }

  /** The likeliest characters for a run of syllables; a syllable without candidates stays as it is. */
  function decode(syllables: string[]): { text: string; covered: number; attested: boolean } {
    let out = '';
    let covered = 0;
    let attested = false;
    let i = 0;
    while (i < syllables.length) {
      if (!candidates.has(syllables[i]!)) {
        out += ` ${syllables[i]} `;
        i++;
        continue;
      }
      // A run of syllables that all have candidates: Viterbi over it.
      let j = i;
      while (j < syllables.length && candidates.has(syllables[j]!)) j++;
      const chars = [...viterbi(syllables.slice(i, j))];
      for (let k = 1; k < chars.length && !attested; k++) attested = bigrams.has(chars[k - 1]! + chars[k]!);
      out += chars.join('');
      covered += j - i;
      i = j;
    }
    return { text: out, covered, attested };
  }

  function viterbi(run: string[]): string {
    let layer = candidates.get(run[0]!)!.map((c) => ({ ch: c.ch, score: c.weight, path: c.ch }));
    for (let k = 1; k < run.length; k++) {
      layer = candidates.get(run[k]!)!.map((c) => {
        let best = layer[0]!;
        let bestScore = -Infinity;
        for (const p of layer) {
          const s = p.score + 3 * Math.log(1 + (bigrams.get(p.ch + c.ch) ?? 0));
          if (s > bestScore) {
            bestScore = s;
            best = p;
          }
        }
        return { ch: c.ch, score: bestScore + c.weight, path: best.path + c.ch };
      });
    }
    return layer.reduce((a, b) => (b.score > a.score ? b : a)).path;
  }

  /** The characters for one group of consecutive pinyin words, or undefined when it should stay as typed. */
  function readGroup(words: string[], split: string[][]): string | undefined {
    const syllables = split.flat();
    const english = words.every((w) => englishWords.has(w) || ENGLISH.has(w));
    if (syllables.length < 2 || syllables.length > MAX_SYLLABLES || english) return undefined;
    // Read only when most syllables have characters and at least one pair is a word the corpus uses.
    const { text, covered, attested } = decode(syllables);
    return attested && covered / syllables.length >= MIN_COVERAGE ? text.trim() : undefined;
  }

  return (normalized) => {
    if (!/[a-z]{2}/.test(normalized)) return normalized;
    return normalized.replace(/[a-z]+(?:[ ']+[a-z]+)*/g, (run) => {
      // Words at even indexes, the separators between them at odd ones.
      const parts = run.split(/([ ']+)/);
      let out = '';
      let i = 0;
      while (i < parts.length) {
        const words: string[] = [];
        const split: string[][] = [];
        let j = i;
        for (let s: string[] | undefined; j < parts.length && (s = splitSyllables(parts[j]!)); j += 2) {
          words.push(parts[j]!);
          split.push(s);
        }
        if (words.length === 0) {
          out += parts[i]! + (parts[i + 1] ?? '');
          i += 2;
          continue;
        }
        // parts[i .. j-2] are the group's words and separators; parts[j-1] is the separator after it.
        out += readGroup(words, split) ?? parts.slice(i, j - 1).join('');
        out += parts[j - 1] ?? '';
        i = j;
      }
      return out;
    });
  };
}
