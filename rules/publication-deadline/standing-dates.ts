/**
 * Dates that stand on their own line at the head or the foot of a report: the
 * 落款 date under the signature ("海林市人民政府办公室 / 2021年1月28日") and the
 * date printed under the title ("（2026年1月23日）"). Arabic and Chinese
 * numerals ("二〇二一年一月二十八日") both count.
 */
import { chineseNumeral, matchTextOf, paragraphs, type Paragraph, type Root, type YMD } from '../../src/rule-kit.js';

export interface StandingDate {
  date: YMD;
  node: Paragraph;
  /** Span of the date in the node value. */
  index: number;
  length: number;
  where: 'head' | 'foot';
}

const ARABIC = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const CHINESE = /([〇○零O0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
/** A line that is only a date, or a body's name and then a date, optionally in brackets. */
const ARABIC_LINE = /^\s*(?:[\u4e00-\u9fff()]{2,40}\s{1,8})?\(?\s{0,4}(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\)?\s*$/;
const CHINESE_LINE =
  /^\s*(?:[\u4e00-\u9fff()]{2,40}\s{1,8})?\(?\s{0,4}[〇○零O0一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日\s*\)?\s*$/;

const DIGIT: Record<string, number> = { 〇: 0, '○': 0, 零: 0, O: 0, '0': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The date in a line that is only a date (or a name and a date); null otherwise. */
export function standingDate(text: string): { date: YMD; index: number; length: number } | null {
  if (ARABIC_LINE.test(text)) {
    const m = ARABIC.exec(text)!;
    return { date: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, index: m.index, length: m[0].length };
  }
  if (CHINESE_LINE.test(text)) {
    const m = CHINESE.exec(text)!;
    const year = Number([...m[1]!].map((c) => DIGIT[c] ?? 0).join(''));
    const month = chineseNumeral(m[2]!);
    const day = chineseNumeral(m[3]!);
    if (month === null || day === null) return null;
    return { date: { year, month, day }, index: m.index, length: m[0].length };
  }
  return null;
}

/** Standing dates among the first paragraphs before the first section and the last paragraphs of the report. */
export function standingDates(root: Root): StandingDate[] {
  const prose = paragraphs(root);
  const firstSection = root.children.findIndex((b) => b.type === 'section');
  const beforeSections = firstSection < 0 ? [] : root.children.slice(0, firstSection).filter((b): b is Paragraph => b.type === 'paragraph' && b.role !== 'chrome');
  const out: StandingDate[] = [];
  const seen = new Set<Paragraph>();
  const add = (node: Paragraph, where: StandingDate['where']) => {
    if (seen.has(node)) return;
    const found = standingDate(matchTextOf(node));
    if (!found) return;
    seen.add(node);
    out.push({ ...found, node, where });
  };
  for (const node of beforeSections.slice(0, 8)) add(node, 'head');
  for (const node of prose.slice(-4)) add(node, 'foot');
  return out;
}
