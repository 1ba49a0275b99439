/**
 * Spam recognised by what it advertises rather than by a fixed list of words: gambling, lottery and betting,
 * adult content, and game or casino platforms ("XX体育官网登录入口"). Each category is a handful of patterns
 * built from the words such advertisements are made of, combined so that the ordinary administrative words
 * they share with reports stay out: 彩票投注站 (a licensed lottery outlet), 娱乐场所, 棋牌室, 成人教育,
 * 社会福利, 黄色预警, 体育局, 网络游戏 (as a trade being regulated) are never matched.
 *
 * Patterns run on `matchText` (Simplified, half-width). A match right after a word of law enforcement
 * ("打击网络赌博平台", "清理淫秽色情网站") is about fighting spam, not spam, and the rule leaves it.
 */

export type SpamCategory = 'gambling' | 'adult' | 'platform';

export interface CategoryPattern {
  category: SpamCategory;
  pattern: RegExp;
}

const GAME = '(?:体育|娱乐|棋牌|电竞|彩票|真人|捕鱼|游戏|博彩)';
const SITE = '(?:官方网站|官网|平台|网站|网址|app|APP|App)';
const ACTION = '(?:登录入口|登陆入口|注册入口|官方入口|登录|登陆|注册|入口|下载安装|下载|网页版|手机版|开户)';

export const CATEGORY_PATTERNS: CategoryPattern[] = [
  // Betting: 投注 except a licensed outlet (彩票投注站), 下注, casinos and their bonuses.
  { category: 'gambling', pattern: /(?:体育|足球|篮球|网上|网络|在线|手机)?(?<!彩票)投注(?!站|点)(?:网|平台|网站|技巧|官网|app|APP)?/g },
  { category: 'gambling', pattern: /(?:在线|网上)下注|下注(?:平台|网站|技巧)|博彩|赌场|赌球|赌城|网赌|赌博(?:网站|网|平台|游戏|app|APP)/g },
  { category: 'gambling', pattern: /娱乐(?:城|官网|网址|开户|注册|登录|平台(?:登录|注册|官网|网址))/g },
  { category: 'gambling', pattern: /真人(?:娱乐|视讯|荷官|百家乐|棋牌|博彩)|百家乐|老虎机|电子游艺|德州扑克/g },
  { category: 'gambling', pattern: /开户送|注册送(?!达|审)|首存|彩金|(?:首|充)值送/g },
  // Lotteries that are illegal or sold as "plans": 时时彩, 六合彩, PK10, 私彩, and a lottery site (not 福利/体育彩票).
  { category: 'gambling', pattern: /时时彩|六合彩|北京赛车|幸运飞艇|(?<![A-Za-z0-9.])(?:pk10|PK10)(?![A-Za-z0-9.])|pk拾|私彩|网彩|黑彩|(?<!福利|体育)彩票(?:平台|网站|官网|app|APP|注册|开户|计划|导师|走势|投注(?!站|点))/g },
  // Adult content.
  { category: 'adult', pattern: /(?:色情|黄色|成人|情色)(?:网站|视频|电影|影院|直播|小说|图片|网址)|午夜(?:影院|福利|剧场)|福利(?:视频|姬|网址|导航|影院)/g },
  { category: 'adult', pattern: /一夜情|约炮|裸聊|女优|无码(?:视频|高清|中文)|自拍偷拍|伦理(?:片|电影|影院)|av(?:在线|女优|视频)|AV(?:在线|女优|视频)/g },
  // Game and casino platforms: a kind of game, a site and what to do there ("XX体育app下载", "棋牌官网登录入口").
  { category: 'platform', pattern: new RegExp(`${GAME}${SITE}${ACTION}|${GAME}(?:官网|官方网站)`, 'g') },
  { category: 'platform', pattern: /棋牌(?:游戏|平台|官网|app|APP)|捕鱼(?:游戏|达人|平台)|电竞(?:竞猜|下注)/g },
];

/**
 * Words before a match that make it a report of law enforcement or content governance, in the same
 * clause within 8 characters ("严厉打击网络赌博平台", "清理淫秽色情网站").
 */
export const ENFORCEMENT_CONTEXT = [
  '打击', '查处', '取缔', '捣毁', '整治', '查获', '严打', '禁止', '非法', '涉赌', '举报', '防范', '治理', '赌博', '扫黄', '涉黄',
  '淫秽', '低俗', '清理', '封堵', '屏蔽', '违法', '违规', '不良', '有害', '侦破', '抵制', '警惕', '谨防', '远离', '拒绝',
];

/** The 8 characters before `index` in the same clause name law enforcement ("打击六合彩"; not "…基层治理，时时彩"). */
export function enforcement(text: string, index: number): boolean {
  let window = text.slice(Math.max(0, index - 8), index);
  const stop = window.search(/[。;；，,][^。;；，,]*$/);
  if (stop >= 0) window = window.slice(stop + 1);
  return ENFORCEMENT_CONTEXT.some((w) => window.includes(w));
}

export interface CategoryMatch {
  category: SpamCategory;
  index: number;
  length: number;
}

/** Every category match in `text`, longest first where two overlap, none after a word of enforcement. */
export function categoryMatches(text: string): CategoryMatch[] {
  const all: CategoryMatch[] = [];
  for (const { category, pattern } of CATEGORY_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      all.push({ category, index: m.index, length: m[0].length });
    }
  }
  all.sort((a, b) => a.index - b.index || b.length - a.length);
  return firstOfOverlaps(all).filter((m) => !enforcement(text, m.index));
}

/**
 * Of matches sorted by where they start (and, starting together, by
 * preference), the first of each run of overlapping ones, stretched to the
 * end of the run: one finding per stretch of spam. The matches are copied.
 */
export function firstOfOverlaps<T extends { index: number; length: number }>(sorted: readonly T[]): T[] {
  const kept: T[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.index < last.index + last.length) {
      if (m.index + m.length > last.index + last.length) last.length = m.index + m.length - last.index;
      continue;
    }
    kept.push({ ...m });
  }
  return kept;
}
