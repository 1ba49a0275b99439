/**
 * Leftovers of web pages and word processors inside running text: HTML
 * comments (Word's <!--[if !supportLists]-->), stray tags, undecoded
 * entities, and page furniture phrases (当前位置：, 打印本页, 扫一扫在手机打开,
 * 字号：大 中 小, 分享到：). Every scan is a single pass or a regex with bounded
 * repetition, so a 20 kB one-line report stays linear.
 *
 * Input is `matchText` of a node (full width folded, 【】→[], ：→:), the same
 * length as the node value, so indexes are indexes into the value.
 */

export type ResidueKind = 'comment' | 'tag' | 'markup' | 'entity' | 'chrome';

export interface Residue {
  kind: ResidueKind;
  index: number;
  length: number;
  /** Replacement text when removing or decoding is safe. */
  fix?: string;
}

const TAG_NAMES =
  'p|span|div|br|font|strong|b|i|u|em|a|img|table|tbody|thead|tr|td|th|ul|ol|li|h[1-6]|sub|sup|hr|center|section|article|header|footer|nav|style|script|meta|link|iframe|input|label|form|o:p|st1:[a-z]+|v:[a-z]+|w:[a-z]+';
/** A start, end or empty tag of a known HTML element; attributes bounded in length. */
const TAG = new RegExp(`</?(?:${TAG_NAMES})(?=[\\s>/])[^<>]{0,300}>`, 'gi');
/** Word's downlevel-revealed conditionals: <![if !supportLists]>, <![endif]>. */
const DOWNLEVEL = /<!\[(?:if [^\]<>]{1,40}|endif)\]>/gi;

const ENTITIES: Record<string, string> = {
  nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', emsp: ' ', ensp: ' ', times: '×', yen: '¥', deg: '°',
};
const ENTITY = /&(?:([a-z]{2,8})|#(\d{2,6})|#x([0-9a-f]{2,5}));/gi;

/**
 * Pieces of markup cut off from their tag and left on report text: a comment's closer with no opener
 * ("-->一、总体情况"), the end of an attribute ('">2022年，我县…', "'/>"). Matched in the text as written
 * (ASCII quotes and angle brackets, not the Chinese marks that fold to them).
 */
const DANGLING = /-->|["']\s{0,3}\/?>/g;

/** Page furniture phrases: each is specific to web-page chrome, never report prose. */
const CHROME_PHRASES: RegExp[] = [
  /(?:您)?当前(?:所在)?位置\s*:|当前(?:所在)?位置\s*首页/g,
  /首页\s*>\s*(?=[\u4e00-\u9fff])/g,
  /打印本页|关闭本页|关闭窗口|打印\s+关闭|\[\s*(?:打印|关闭|返回顶部|收藏|纠错)\s*\]/g,
  /扫一扫\s*(?:在|用)?手机(?:上)?(?:打开|查看|浏览)(?:当前页(?:面)?|本页)?/g,
  /(?:选择阅读)?(?:字号|字体)\s{0,3}:?\s{0,3}\[?\s{0,3}(?:大\s{0,3}中\s{0,3}小|默认\s{0,3}(?:大|超大))\s{0,3}\]?/g,
  /分享(?:到|至)\s*:/g,
  /返回顶部/g,
  /(?:上一篇|下一篇)\s*:/g,
  /(?:浏览次数|阅读次数|访问量|点击量|点击数)\s*:/g,
];

/** HTML comments, joining Word's "<!--[if …]-->X<!--[endif]-->" into one residue whose fix keeps X. */
function comments(text: string, original: string): Residue[] {
  const out: Residue[] = [];
  let i = text.indexOf('<!--');
  // Once no "-->" follows, none of the later openers can close either: search once, not per opener.
  let unclosedFrom = Infinity;
  while (i >= 0) {
    const close = i >= unclosedFrom ? -1 : text.indexOf('-->', i + 4);
    if (close < 0) unclosedFrom = Math.min(unclosedFrom, i);
    const end = close < 0 ? i + 4 : close + 3;
    const body = text.slice(i + 4, close < 0 ? i + 4 : close);
    let residue: Residue = { kind: 'comment', index: i, length: end - i, fix: '' };
    if (/^\[if [^\]]*\]$/.test(body)) {
      // A conditional opener: look for its [endif] comment a short way on.
      const window = text.slice(end, end + 40 + '<!--[endif]-->'.length).indexOf('<!--[endif]-->');
      const next = window < 0 ? -1 : end + window;
      if (next >= 0 && !text.slice(end, next).includes('<!--')) {
        const stop = next + '<!--[endif]-->'.length;
        residue = { kind: 'comment', index: i, length: stop - i, fix: original.slice(end, next) };
        out.push(residue);
        i = text.indexOf('<!--', stop);
        continue;
      }
    }
    out.push(residue);
    i = text.indexOf('<!--', end);
  }
  return out;
}

/**
 * Residue in one node's text. `original` is the node value (for fixes that keep
 * the text as written); `decodeEntities` is false for HTML input, whose front
 * end already decoded them.
 */
export function findResidue(text: string, original: string, decodeEntities: boolean): Residue[] {
  const out: Residue[] = [];
  const found = comments(text, original);
  out.push(...found);
  const covered = (index: number) => found.some((c) => index >= c.index && index < c.index + c.length);
  for (const re of [TAG, DOWNLEVEL]) {
    for (const m of text.matchAll(re)) if (!covered(m.index)) out.push({ kind: 'tag', index: m.index, length: m[0].length, fix: '' });
  }
  const inTag = (index: number) => out.some((r) => index >= r.index && index < r.index + r.length);
  for (const m of original.matchAll(DANGLING)) if (!inTag(m.index)) out.push({ kind: 'markup', index: m.index, length: m[0].length, fix: '' });
  if (decodeEntities) {
    for (const m of text.matchAll(ENTITY)) {
      const decoded = m[1] ? ENTITIES[m[1].toLowerCase()] : String.fromCodePoint(m[2] ? Number(m[2]) : parseInt(m[3]!, 16));
      if (decoded === undefined) continue;
      out.push({ kind: 'entity', index: m.index, length: m[0].length, fix: decoded });
    }
  }
  for (const re of CHROME_PHRASES) {
    for (const m of text.matchAll(re)) {
      if (covered(m.index) || out.some((r) => m.index < r.index + r.length && r.index < m.index + m[0].length)) continue;
      out.push({ kind: 'chrome', index: m.index, length: m[0].trimEnd().length });
    }
  }
  out.sort((a, b) => a.index - b.index);
  // Furniture phrases side by side ("当前位置：首页 >", "【打印】【关闭】") are one leftover.
  const merged: Residue[] = [];
  for (const r of out) {
    const prev = merged[merged.length - 1];
    if (prev && prev.kind === 'chrome' && r.kind === 'chrome' && /^[\s|]{0,3}$/.test(text.slice(prev.index + prev.length, r.index))) {
      prev.length = r.index + r.length - prev.index;
    } else merged.push({ ...r });
  }
  return merged;
}
