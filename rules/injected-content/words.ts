/**
 * Words that compromised web pages and spam mirrors insert into report text: the ones no category of
 * categories.ts describes (球迷网 in place of 关于, link-farm jargon) and brand names of casinos and
 * gambling apps.
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

  // Brands of casinos and gambling apps (the kinds of gambling are categories.ts's).
  { word: '葡京', kind: 'gambling', note: 'casino brand' },
  { word: '皇冠体育', kind: 'gambling', note: 'betting brand' },
  { word: '开元棋牌', kind: 'gambling', note: 'gambling app' },
  { word: '威尼斯人', kind: 'gambling', note: 'casino brand' },
];

/** SEO keyword stuffing left by a template: "关键词2", "关键字 3". */
export const SEO_PATTERN = /关键[词字] *\d+/g;

/** Names of a government portal; a web address given for one should be a government domain. */
export const PORTAL_PATTERN = /门户网站|门户网|政府网站|政府网|人民政府网|政务网/g;

/** A host name, with an optional scheme ("http://www.qclgf.com", "www.hailin.gov.cn"). */
export const HOST_PATTERN = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}/gi;

/** Domains of government sites: *.gov.cn (and the Hong Kong and Macao government domains). */
export function isGovernmentHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^https?:\/\//, '');
  return /(?:^|\.)gov\.(?:cn|hk|mo)$/.test(h) || /(?:^|\.)政务\.cn$/.test(h);
}
