/**
 * Words that compromised web pages and spam mirrors insert into report text.
 *
 * Every word here was checked against the seed reports and the corpus: none
 * occurs in a legitimate report. Words are matched in `matchText` form
 * (Simplified script, half-width), so Traditional copies are caught too.
 * Keep entries that could be part of ordinary report language out of this
 * list ("办证", "代开发票", "刷单" all occur in real reports).
 */

export type InjectedKind = 'spam' | 'gambling' | 'seo';

export interface InjectedWord {
  word: string;
  kind: InjectedKind;
  /** Where the word was seen or why it is here. */
  note: string;
  /** Words it replaced in the original text, offered as suggestions. */
  replaces?: string[];
}

export const INJECTED_WORDS: InjectedWord[] = [
  // A mirror of 海林市's site replaced 关于/有关 by the name of a football fan site (seed 001, nine times).
  { word: '球迷网', kind: 'spam', note: 'seed 001: replaced 关于/有关', replaces: ['关于', '有关'] },
  // Link-farm jargon that shows up in hijacked pages.
  { word: '蜘蛛池', kind: 'seo', note: 'SEO link farm' },

  // Gambling and betting advertisements (hacked government pages are a classic target).
  { word: '博彩', kind: 'gambling', note: 'gambling' },
  { word: '彩票投注', kind: 'gambling', note: 'lottery betting' },
  { word: '体育投注', kind: 'gambling', note: 'sports betting' },
  { word: '足球投注', kind: 'gambling', note: 'football betting' },
  { word: '网上投注', kind: 'gambling', note: 'online betting' },
  { word: '百家乐', kind: 'gambling', note: 'baccarat' },
  { word: '六合彩', kind: 'gambling', note: 'Mark Six lottery' },
  { word: '时时彩', kind: 'gambling', note: 'illegal high-frequency lottery' },
  { word: '北京赛车', kind: 'gambling', note: 'illegal PK10 lottery' },
  { word: '赌场', kind: 'gambling', note: 'casino' },
  { word: '赌球', kind: 'gambling', note: 'football gambling' },
  { word: '真人娱乐', kind: 'gambling', note: 'live casino' },
  { word: '真人视讯', kind: 'gambling', note: 'live casino' },
  { word: '娱乐城', kind: 'gambling', note: 'online casino brand suffix' },
  { word: '老虎机', kind: 'gambling', note: 'slot machine' },
  { word: '电子游艺', kind: 'gambling', note: 'online slots' },
  { word: '葡京', kind: 'gambling', note: 'casino brand' },
  { word: '皇冠体育', kind: 'gambling', note: 'betting brand' },
  { word: '开元棋牌', kind: 'gambling', note: 'gambling app' },
  { word: '彩金', kind: 'gambling', note: 'betting bonus' },
];

/**
 * A gambling word right after one of these (same sentence, within 8
 * characters) is about law enforcement ("打击六合彩"), not an advertisement.
 */
export const ENFORCEMENT_CONTEXT = ['打击', '查处', '取缔', '捣毁', '整治', '查获', '严打', '禁止', '非法', '涉赌', '举报', '防范', '治理', '赌博'];

/** SEO keyword stuffing left by a template: "关键词2", "关键字 3". */
export const SEO_PATTERN = /关键[词字] *\d+/g;

/** A pinyin reading in brackets straight after a character: "政(zhèng)府". At least one tone mark. */
export const PINYIN_PATTERN = /(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g;

/** Names of a government portal; a web address given for one should be a government domain. */
export const PORTAL_PATTERN = /门户网站|门户网|政府网站|政府网|人民政府网|政务网/g;

/** A host name, with an optional scheme ("http://www.qclgf.com", "www.hailin.gov.cn"). */
export const HOST_PATTERN = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}/gi;

/** Domains of government sites: *.gov.cn (and the Hong Kong and Macao government domains). */
export function isGovernmentHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^https?:\/\//, '');
  return /(?:^|\.)gov\.(?:cn|hk|mo)$/.test(h) || /(?:^|\.)政务\.cn$/.test(h);
}
