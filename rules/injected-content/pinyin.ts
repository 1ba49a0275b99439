/**
 * Pinyin glosses that spam pages put in brackets after characters: "政(zhèng)府" with tone marks, and
 * "信息公开(xinxigongkai)" without — the letters of the bracket read as syllables of Mandarin, as many as
 * the characters before it. Every syllable is checked against the table of Mandarin syllables, so English
 * (pdf, ICP, app) and abbreviations do not read as pinyin.
 */

/** A pinyin reading in brackets straight after a character, with at least one tone mark: "政(zhèng)府". */
export const TONED_PINYIN = /(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g;

/** Lowercase letters in brackets straight after a character: a candidate toneless gloss. */
const TONELESS = /(?<=[\u4e00-\u9fff])\(([a-zü]{4,40}|[a-zü]{1,6}(?:\s{1,3}[a-zü]{1,6}){1,7})\)/g;

const SYLLABLES = new Set(
  `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha
  chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui
  cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er
  fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha
  hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong
  jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang
  lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve lü lüe ma mai man mang mao
  me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin
  ning niu nong nou nu nuan nuo nv nve nü nüe o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
  qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run
  ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang
  shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui
  tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang
  yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei
  zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo`.split(/\s+/),
);

/** English words that happen to read as pinyin and are written after a Chinese word as its translation. */
const ENGLISH = new Set(['china', 'chinese', 'open', 'online', 'hang', 'gang', 'ban', 'pen', 'men', 'she', 'you', 'die', 'tie', 'lie']);

/** How many Mandarin syllables `letters` reads as, or 0 when it does not read as pinyin (at most 6 letters a syllable). */
export function syllableCount(letters: string): number {
  const n = letters.length;
  const best: number[] = new Array(n + 1).fill(0);
  best[0] = 0;
  const ok: boolean[] = new Array(n + 1).fill(false);
  ok[0] = true;
  for (let i = 1; i <= n; i++) {
    for (let k = 1; k <= 6 && k <= i; k++) {
      if (!ok[i - k] || !SYLLABLES.has(letters.slice(i - k, i))) continue;
      // The reading with the fewest syllables (longest syllables first, as a reader would split it).
      if (!ok[i] || best[i - k]! + 1 < best[i]!) best[i] = best[i - k]! + 1;
      ok[i] = true;
    }
  }
  return ok[n] ? best[n]! : 0;
}

export interface PinyinGloss {
  /** The bracket. */
  index: number;
  length: number;
  /** Characters of the word it glosses, just before the bracket. */
  word: number;
}

/** Bracketed pinyin after characters, toned or toneless. */
export function pinyinGlosses(text: string): PinyinGloss[] {
  const out: PinyinGloss[] = [];
  TONED_PINYIN.lastIndex = 0;
  for (let m = TONED_PINYIN.exec(text); m; m = TONED_PINYIN.exec(text)) out.push({ index: m.index, length: m[0].length, word: 1 });
  TONELESS.lastIndex = 0;
  for (let m = TONELESS.exec(text); m; m = TONELESS.exec(text)) {
    const letters = m[1]!.replace(/\s/g, '');
    if (ENGLISH.has(letters)) continue;
    const count = syllableCount(letters);
    if (count < 2) continue;
    // As many characters before the bracket as syllables in it: the gloss of the word it follows.
    let run = 0;
    while (run < count && /[\u4e00-\u9fff]/.test(text[m.index - 1 - run] ?? '')) run++;
    if (run < count) continue;
    out.push({ index: m.index, length: m[0].length, word: count });
  }
  return out.sort((a, b) => a.index - b.index);
}
