/**
 * Hostile input families: texts built to hit the loops that go quadratic on
 * long runs (whitespace runs, repeated clauses, enumeration runs, huge tables,
 * deep nesting). Each family makes a text of about `size` characters, so that
 * the scaling test can time the same family at several sizes and the fuzzer
 * can mix them into its cases.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputFormat } from '../../src/ast/types.js';

/** A real report: its lines exercise every rule. */
const SEED = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'seeds', '004_9c99e8684d928071.txt'), 'utf8');

export interface HostileFamily {
  name: string;
  format: InputFormat;
  /** A text of about `size` UTF-16 units. */
  make(size: number): string;
}

/** `unit` repeated until the text is `size` units long (cut at a unit boundary). */
const fill = (head: string, unit: string, size: number, tail = '') => head + unit.repeat(Math.max(1, Math.ceil((size - head.length - tail.length) / unit.length))) + tail;

const WHITESPACE = ' \t\u3000';

const DIGITS = '零一二三四五六七八九';
/** n (1 ≤ n < 10000) in Chinese numerals, as enumerations count: 十一, 二十, 一百零五. */
export function chineseNumber(n: number): string {
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  digits.forEach((d, i) => {
    const place = digits.length - 1 - i;
    if (d === 0) {
      if (!out.endsWith('零') && digits.slice(i).some((x) => x > 0)) out += '零';
    } else out += (d === 1 && place === 1 && i === 0 ? '' : DIGITS[d]) + units[place];
  });
  return out;
}

/** Items "（一）工作。（二）工作。…" numbered in order until the text is `size` long. */
function enumeration(size: number, item: (k: number) => string): string {
  let out = '一、总体情况\n';
  for (let k = 1; out.length < size; k++) out += item(k);
  return out;
}

export const HOSTILE_FAMILIES: HostileFamily[] = [
  // A run of spaces, tabs and U+3000 that opens a line with text after it.
  { name: 'whitespace run', format: 'txt', make: (n) => fill('一、总体情况\n', WHITESPACE, n, '主动公开12条') },
  // Lines of label, a long blank gap and a figure (space-separated table layout).
  { name: 'whitespace gaps', format: 'txt', make: (n) => fill('一、总体情况\n', `主动公开${WHITESPACE.repeat(40)}12\n`, n) },
  // growth-rate: one long sentence of shares.
  { name: 'repeated shares', format: 'txt', make: (n) => fill('一、总体情况\n本年度收到申请120件，', '其中A占60%、', n, '。') },
  // An enumeration run in one paragraph.
  { name: 'enumeration run', format: 'txt', make: (n) => enumeration(n, (k) => `（${chineseNumber(k % 9999 + 1)}）工作。`) },
  { name: 'numbered items', format: 'txt', make: (n) => enumeration(n, (k) => `${k}.工作；`) },
  // A Markdown pipe table with very many rows.
  { name: 'pipe table rows', format: 'md', make: (n) => fill('# 一、总体情况\n\n| 项目 | 数量 |\n|---|---|\n', '| 主动公开 | 12 |\n', n) },
  // An HTML table with very many rows.
  { name: 'html table rows', format: 'html', make: (n) => fill('<p>一、总体情况</p><table>', '<tr><td>主动公开</td><td>12</td></tr>', n, '</table>') },
  // Deeply nested elements.
  // A real report repeated: every rule over many tables and sections.
  { name: 'report repeated', format: 'txt', make: (n) => fill('', SEED + '\n', n) },
  // A real report repeated into one line: every rule over one huge paragraph.
  { name: 'report one line', format: 'txt', make: (n) => fill('', SEED.replace(/\s*\n\s*/g, ''), n) },
  { name: 'nested divs', format: 'html', make: (n) => fill('<p>一、总体情况</p>', '<div>', n, '主动公开12条') },
  // Many empty blocks in one table cell: the page reader asks, for each, how much text the cell holds.
  { name: 'html blocks in a cell', format: 'html', make: (n) => fill('<p>一、总体情况</p><table><tr><td>', '<p> </p>', n, '</td></tr></table>') },
  // Markdown the parser reads in quadratic time: deep block quotes and lists, runs of emphasis and link marks.
  { name: 'markdown quotes', format: 'md', make: (n) => fill('# 一、总体情况\n\n', '>', n, ' 主动公开12条\n') },
  { name: 'markdown lists', format: 'md', make: (n) => enumeration(n, (k) => `${'  '.repeat(k)}- 主动公开${k}条\n`) },
  { name: 'markdown marks', format: 'md', make: (n) => fill('# 一、总体情况\n\n', '*[a', n, '\n') },
  // Figures and years in one unbroken line (number scans, dates).
  { name: 'figures line', format: 'txt', make: (n) => fill('一、总体情况\n', '2022年1月1日发布12条，增长5.5%，', n) },
  // Section headings over and over.
  { name: 'repeated headings', format: 'txt', make: (n) => fill('', '一、总体情况\n二、主动公开政府信息情况\n', n) },
  // Traditional characters and mixed script over and over.
  { name: 'traditional run', format: 'txt', make: (n) => fill('一、总体情况\n', '本年度發佈信息12條，關鍵詞', n) },
];
