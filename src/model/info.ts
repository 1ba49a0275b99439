import type { Generation, InputFormat, Located, Paragraph, Heading, ReportInfo, Root, YMD } from '../ast/types.js';
import { sourceRange, type SourceText } from '../ast/source.js';
import { sections, tables, textNodes } from '../ast/walk.js';
import { normalizeLabel } from '../text/normalize.js';
import { matchTextOf } from '../text/node-text.js';

const TITLE = /(?:19|20)\d{2}\s*年(?:度)?[^。，,；]{0,30}?(?:政府)?(?:信息|政务)公开[^。，,；]{0,12}?(?:年度)?报告/;
const PERIOD = /统计(?:数据)?(?:期限|时限|时间|区间|周期|期间|范围)[^。]{0,60}/;
const DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const SHORT_DATE = /(?:^|[至到\-—~～])\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const HEADER_DATE = /(?:日期|发布日期|发布时间|时间|成文日期)\s*[:：]\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/;

/** Detects title, agency, year, statistics period, publication date and template generation. */
export function detectInfo(root: Root, source: SourceText, format: InputFormat): ReportInfo {
  const info: ReportInfo = { format, generation: null };
  const nodes = textNodes(root, { chrome: true });
  const located = (node: Paragraph | Heading, index: number, value: string): Located<string> => {
    const [s, e] = sourceRange(node, index, value.length);
    return { value, position: source.position(s, e) };
  };

  const head = nodes.slice(0, 20);
  for (let i = 0; i < head.length; i++) {
    const title = readTitle(head[i]!, head[i + 1], source);
    if (!title) continue;
    info.title = title.title;
    if (title.agency) info.agency = title.agency;
    info.year = { value: title.year.value, source: 'title', position: title.year.position };
    break;
  }

  for (const node of nodes) {
    if ('role' in node && node.role === 'chrome') continue;
    const text = matchTextOf(node);
    const m = PERIOD.exec(text);
    if (!m) continue;
    const raw = node.value.slice(m.index, m.index + m[0].length);
    const [s, e] = sourceRange(node, m.index, m[0].length);
    const period: NonNullable<ReportInfo['period']> = { raw, position: source.position(s, e) };
    const dates = [...m[0].matchAll(DATE)].map((d) => ymd(d));
    if (dates[0]) period.start = dates[0];
    if (dates[1]) period.end = dates[1];
    else if (dates[0]) {
      const after = m[0].slice(m[0].indexOf('日', m[0].search(DATE)) + 1);
      const short = SHORT_DATE.exec(after);
      if (short) period.end = { year: dates[0].year, month: Number(short[1]), day: Number(short[2]) };
    }
    info.period = period;
    if (!info.year && period.start) {
      info.year = { value: period.start.year, source: 'period', position: period.position };
    }
    break;
  }

  for (const node of nodes.slice(0, 30)) {
    const text = matchTextOf(node);
    const m = HEADER_DATE.exec(text);
    if (!m) continue;
    const value = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    const at = m.index + m[0].indexOf(m[1]!);
    info.published = { ...located(node, at, node.value.slice(at, m.index + m[0].length)), value, source: 'header' };
    break;
  }
  if (!info.published) {
    const tail = nodes.slice(-6).reverse();
    for (const node of tail) {
      const text = matchTextOf(node).trim();
      const m = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/.exec(text);
      if (!m) continue;
      const value = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
      info.published = { ...located(node, 0, node.value), value, source: 'signature' };
      break;
    }
  }

  if (!info.year) {
    const counts = new Map<number, { n: number; node: Paragraph | Heading; index: number }>();
    for (const node of nodes.slice(0, 40)) {
      if ('role' in node && node.role === 'chrome') continue;
      for (const m of matchTextOf(node).matchAll(/((?:19|20)\d{2})年/g)) {
        const y = Number(m[1]);
        const c = counts.get(y);
        if (c) c.n++;
        else counts.set(y, { n: 1, node, index: m.index });
      }
    }
    let best: [number, { n: number; node: Paragraph | Heading; index: number }] | undefined;
    for (const entry of counts) if (!best || entry[1].n > best[1].n) best = entry;
    if (best) info.year = { value: best[0], source: 'body', position: located(best[1].node, best[1].index, String(best[0])).position };
  }

  info.generation = detectGeneration(root, info.year?.value, !!info.title || !!info.period);
  return info;
}

type TextNode = Paragraph | Heading;

/**
 * The title in a node, or split over it and the next one ("2024 年上海市××政府
 * 信息公开工作" + "年度报告", a PDF's title over two lines): the title, the agency
 * named before or after the year, and the year.
 */
function readTitle(node: TextNode, next: TextNode | undefined, source: SourceText): { title: Located<string>; agency?: Located<string>; year: Located<number> } | null {
  const own = matchTextOf(node);
  if (own.length > 80 || /^(?:本报告|根据|按照|依据)/.test(own)) return null;
  let text = own;
  let m = TITLE.exec(text);
  let joined = false;
  if (!m && next && own.length <= 40 && next.value.length <= 40 && !(next.type === 'paragraph' && next.role === 'chrome')) {
    text = own + matchTextOf(next).trimStart();
    m = TITLE.exec(text);
    // Only a title that runs on into the next line, not one that lies there whole.
    joined = m !== null && m.index < own.trimEnd().length && m.index + m[0].length > own.length;
    if (!joined) return null;
  }
  if (!m) return null;
  const value = joined ? node.value + next!.value.trimStart() : node.value;
  const lead = joined ? next!.value.length - next!.value.trimStart().length : 0;
  /** Source range of text[a, b) across the two nodes. */
  const range = (a: number, b: number): [number, number] => {
    const at = (k: number, end: boolean): number => {
      const p = end ? k - 1 : k;
      if (p < node.value.length || !joined) return end ? sourceRange(node, p, 1)[1] : sourceRange(node, p, 0)[0];
      const j = p - node.value.length + lead;
      return end ? sourceRange(next!, j, 1)[1] : sourceRange(next!, j, 0)[0];
    };
    return [at(a, false), at(b, true)];
  };
  const located = <T>(a: number, b: number, v: T): Located<T> => {
    const [s, e] = range(a, b);
    return { value: v, position: source.position(s, e) };
  };
  let start = m.index;
  // The agency name stands right before the year ("沭阳县人民政府 2025 年…" may put a space between).
  const prefix = text.slice(0, m.index);
  const agencyMatch = /([\u4e00-\u9fff（）()]{2,30})\s*$/.exec(prefix.replace(/^.*[:：>]\s*/, ''));
  if (agencyMatch) start = m.index - agencyMatch[0].length;
  const end = m.index + m[0].length;
  const out: { title: Located<string>; agency?: Located<string>; year: Located<number> } = {
    title: located(start, end, value.slice(start, end)),
    year: located(0, 0, 0),
  };
  if (agencyMatch) out.agency = located(start, start + agencyMatch[1]!.length, value.slice(start, start + agencyMatch[1]!.length));
  else {
    // Or right after it: "2023年高新区(新市区)司法局政府信息公开工作年度报告".
    const after = /^((?:19|20)\d{2}\s*年度?)([\u4e00-\u9fff（）()]{2,30}?)(?:政府)?(?:信息|政务)公开/.exec(m[0]);
    if (after && !/^(?:政府|政务|度)|信息/.test(after[2]!)) {
      const a = m.index + after[1]!.length;
      out.agency = located(a, a + after[2]!.length, after[2]!);
    }
  }
  const year = Number(/\d{4}/.exec(m[0])![0]);
  const yearIndex = m.index + m[0].indexOf(String(year));
  out.year = located(yearIndex, yearIndex + 4, year);
  return out;
}

function ymd(m: RegExpMatchArray): YMD {
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const TRIAL_LABELS = /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\/减|第二十条第\(九\)项|政府集中采购|采购项目数量/;
const NEW_LABELS = /本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额/;
const LEGACY_LABELS = /指标名称|统计指标|主动公开政府信息数|主动公开文件数|收到申请数|受理.*申请总数|对申请的答复总数|申请答复数|历年累计/;

/** The template the report follows, from its tables and sections; the year decides only when content is silent. */
export function detectGeneration(root: Root, year: number | undefined, titled: boolean): Generation | null {
  let trial = 0;
  let modern = 0;
  let legacy = 0;
  for (const table of tables(root)) {
    for (const row of table.children) {
      for (const cell of row.children) {
        const n = normalizeLabel(cell.value);
        if (TRIAL_LABELS.test(n)) trial++;
        if (NEW_LABELS.test(n)) modern++;
        if (LEGACY_LABELS.test(n)) legacy++;
        if (/^3\.其他$/.test(n) || /逾期不补正/.test(n)) modern++;
      }
    }
  }
  if (trial || modern) return modern > trial ? '2021' : '2019';
  if (legacy) return 'pre2019';
  const top = sections(root).filter((s) => s.level === 1);
  const standard = top.filter((s) => /收到和处理|其他需要报告的事项|总体情况/.test(normalizeLabel(s.title))).length;
  // Without tables, the year decides — but only for a text that is recognisably a report.
  if (year === undefined || (standard < 2 && !titled)) return null;
  if (standard >= 2) return year >= 2021 ? '2021' : year >= 2019 ? '2019' : 'pre2019';
  return year <= 2018 ? 'pre2019' : year >= 2021 ? '2021' : '2019';
}
