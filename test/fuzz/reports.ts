/**
 * fast-check arbitraries for fuzzing the linter: reports generated from the
 * pieces real annual reports are made of (title, section headings, prose
 * with figures, tables in pipe, space and run-together layouts), real
 * fixtures mutated (cut, duplicated, joined, figures changed, junk
 * inserted), in plain text, markdown and HTML, plus raw junk text and the
 * hostile families of hostile.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { InputFormat } from '../../src/ast/types.js';
import { HOSTILE_FAMILIES } from './hostile.js';

export interface FuzzInput {
  /** The file name (its extension picks the front end). */
  filePath: string;
  text: string;
  format: InputFormat;
}

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

/** The text fixtures (seeds and corpus): the material that mutations start from. */
export const FIXTURES: { name: string; text: string }[] = [
  ...readdirSync(join(fixtures, 'seeds')).map((name) => join(fixtures, 'seeds', name)),
  ...readdirSync(join(fixtures, 'corpus')).filter((n) => /\.(txt|md)$/.test(n)).map((name) => join(fixtures, 'corpus', name)),
]
  .sort()
  .map((path) => ({ name: path.slice(fixtures.length + 1), text: readFileSync(path, 'utf8') }));

const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const LABELS = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开', '（二）部分公开',
  '（三）不予公开', '1.属于国家秘密', '（七）总计', '四、结转下年度继续办理', '规章', '行政规范性文件', '行政许可', '行政处罚',
  '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '结果维持', '结果纠正', '尚未审结', '总计',
  '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '处理决定数量', '收费金额（单位：万元）',
];
const WORDS = ['本年度', '我局', '严格落实', '政府信息公开条例', '主动公开', '依申请公开', '同比增长', '共计', '其中', '件', '条', '万元', '%', '政策解读', '發佈', '關鍵詞', '第', '页', '附表', '2022年', '2023年1月', '31日', '（', '）', '，', '。', '；', '、'];
const JUNK = ['\u0000', '\uFFFD', '\uFEFF', '\u200B', '\r', '\r\n', '\t', '\u3000', '\u00A0', '｜', '|', '<!-- report-lint-disable -->', '<!-- report-lint-enable -->', '<br>', '&nbsp;', '&#12288;', '**', '#', '> ', '- ', '`', '\\', '😀', '𠮷', '\uD800', '9'.repeat(25), '-0', '1e309', '０１２', '一〇二三'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const number = fc.oneof(fc.nat({ max: 20 }), fc.nat({ max: 100000 }), fc.constantFrom(0, 1, 99, 1e6, -3, 2.5));

/** A run of prose: words, figures and junk pieces. */
const prose = fc.array(fc.oneof({ weight: 6, arbitrary: pick(WORDS) }, { weight: 3, arbitrary: number.map(String) }, { weight: 1, arbitrary: pick(JUNK) }), { maxLength: 40 }).map((xs) => xs.join(''));

/** A table row in one of the layouts reports use: pipes, spaces, tabs, or run together. */
const row = fc
  .tuple(pick(LABELS), fc.array(number, { minLength: 0, maxLength: 8 }), fc.constantFrom(' | ', '  ', '\t', '', '｜'))
  .map(([label, cells, sep]) => [label, ...cells.map(String)].join(sep) + (sep === ' | ' ? ' |' : ''));

/** One line of a generated report. */
const line = fc.oneof({ weight: 2, arbitrary: pick(SECTIONS) }, { weight: 4, arbitrary: prose }, { weight: 5, arbitrary: row }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }, { weight: 1, arbitrary: fc.constant('') });

/** A report assembled from lines under a title. */
const generatedLines = fc
  .tuple(
    fc.constantFrom('某市某区人民政府', '某县财政局', '某镇人民政府', ''),
    fc.integer({ min: 2008, max: 2030 }),
    fc.array(line, { maxLength: 60 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([agency, year, lines, eol]) => [`${agency}${year}年政府信息公开工作年度报告`, ...lines].join(eol));

/**
 * Any code points (lone surrogate halves included), ASCII more often: what
 * fast-check's `unit: 'binary'` strings give, without the 85 MB table that
 * arbitrary keeps for the whole run (a fuzz process's heap would then be
 * twice a real run's, and collecting it would be timed with every case).
 */
const binary = (maxLength: number) =>
  fc.array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0x10ffff })), { maxLength }).map((points) => String.fromCodePoint(...points));

/** Edits applied to a text: each takes the text and random numbers. */
type Edit = { kind: 'cut' | 'dup' | 'insert' | 'digits' | 'join' | 'truncate' | 'swap' | 'flatten' | 'repeat'; at: number; len: number; junk: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('cut', 'dup', 'insert', 'digits', 'join', 'truncate', 'swap', 'flatten', 'repeat'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.nat({ max: 400 }),
  junk: fc.oneof(pick(JUNK), prose, binary(20)),
});

/** Applies one edit to a text. */
export function applyEdit(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  const end = Math.min(text.length, at + e.len);
  switch (e.kind) {
    case 'cut':
      return text.slice(0, at) + text.slice(end);
    case 'dup':
      return text.slice(0, end) + text.slice(at, end) + text.slice(end);
    case 'insert':
      return text.slice(0, at) + e.junk + text.slice(at);
    case 'digits':
      return text.slice(0, at) + text.slice(at, end).replace(/\d+/g, (d) => String((Number(d) * 7 + e.len) % 100000)) + text.slice(end);
    case 'join':
      return text.slice(0, at) + text.slice(at, end).replace(/\r?\n/g, e.len % 2 ? '' : '\u3000') + text.slice(end);
    case 'truncate':
      return text.slice(0, at);
    case 'flatten':
      // The whole report on one line (PDF copies), joined by spaces, ideographic spaces or nothing.
      return text.replace(/\r?\n/g, [' ', '\u3000', ''][e.len % 3]!);
    case 'repeat':
      return text.repeat(2 + (e.len % 3));
    case 'swap': {
      const lines = text.split('\n');
      const i = Math.floor(e.at * lines.length);
      const j = e.len % Math.max(1, lines.length);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
  }
}

/** A fixture with a few edits. */
const mutated = fc.tuple(fc.nat({ max: FIXTURES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([i, edits]) => edits.reduce(applyEdit, FIXTURES[i]!.text));

/** Plain text as markdown: headings marked, pipe rows as GFM tables, some emphasis. */
function asMarkdown(text: string, variant: number): string {
  return text
    .split('\n')
    .map((l, i) => (/^[一二三四五六]、/.test(l) ? `${'#'.repeat(1 + (variant % 3))} ${l}` : l.includes(' | ') ? `| ${l}${i % 5 === 0 ? '\n|---|---|' : ''}` : variant % 2 ? `*${l}*` : l))
    .join('\n');
}

/** Plain text as HTML: each line a paragraph, table row or raw text, with entities and stray tags. */
function asHtml(text: string, variant: number): string {
  const body = text
    .split('\n')
    .map((l) => {
      const escaped = l.replace(/&/g, '&amp;').replace(/</g, variant % 3 ? '&lt;' : '<');
      if (escaped.includes(' | ')) return `<tr>${escaped.split(' | ').map((c) => `<td>${c}</td>`).join('')}</tr>`;
      return variant % 2 ? `<p>${escaped}</p>` : `${escaped}<br>`;
    })
    .join('\n');
  return variant % 4 === 0 ? `<html><head><title>报告</title></head><body><table>${body}</table></body></html>` : `<div class="content">${body}</div>`;
}

/**
 * The largest input, in characters, of the file as linted (after the text is
 * made Markdown or HTML): about ten typical reports. Bigger files are
 * the bad-input tests' and the bench's business (parsing is linear, but remark
 * alone reads only about 250 KB of markdown a second, so a 1 s limit caps the size).
 */
export const MAX_INPUT = 100_000;

/**
 * A hostile family (hostile.ts: long blank runs, enumerations, huge tables,
 * deep nesting) of up to 30,000 characters in its own format, or a piece of a
 * plain-text family inserted into a fixture.
 */
const hostile: fc.Arbitrary<FuzzInput> = fc.oneof(
  fc.tuple(fc.constantFrom(...HOSTILE_FAMILIES), fc.integer({ min: 20, max: 30_000 })).map(([family, size]) => ({
    filePath: `hostile.${family.format}`, format: family.format, text: family.make(size),
  })),
  fc
    .tuple(fc.nat({ max: FIXTURES.length - 1 }), fc.constantFrom(...HOSTILE_FAMILIES.filter((f) => f.format === 'txt')), fc.integer({ min: 20, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([i, family, size, at]) => {
      const text = FIXTURES[i]!.text;
      const cut = Math.floor(at * text.length);
      return { filePath: 'hostile.txt', format: 'txt' as const, text: text.slice(0, cut) + family.make(size) + text.slice(cut) };
    }),
);

/** Generated, mutated or junk text, in one of the three text formats. */
const ordinary: fc.Arbitrary<FuzzInput> = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: generatedLines }, { weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: binary(200) }),
    fc.constantFrom<InputFormat>('txt', 'txt', 'txt', 'md', 'html'),
    fc.nat({ max: 11 }),
  )
  .map(([whole, format, variant]) => {
    // The limit holds for the file as linted: markup can more than double a text of many short lines.
    if (format === 'md') return { filePath: 'fuzz.md', format, text: asMarkdown(whole.slice(0, MAX_INPUT), variant).slice(0, MAX_INPUT) };
    if (format === 'html') return { filePath: 'fuzz.html', format, text: asHtml(whole.slice(0, MAX_INPUT), variant).slice(0, MAX_INPUT) };
    return { filePath: 'fuzz.txt', format, text: whole.slice(0, MAX_INPUT) };
  });

/** Any fuzz input: ordinary (generated, mutated, junk) or hostile. */
export const fuzzInput: fc.Arbitrary<FuzzInput> = fc.oneof({ weight: 9, arbitrary: ordinary }, { weight: 1, arbitrary: hostile });
