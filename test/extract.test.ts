/**
 * `report-lint extract`: the record of every seed and corpus report checked
 * cell by cell against values written out by hand (test/extract/expected*.ts),
 * text and HTML versions of the Pingtan reports compared, the CSV form, and
 * the subcommand end to end.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/lint.js';
import { extractRecord, type ExtractRecord } from '../src/extract/record.js';
import { CSV_COLUMNS, toCsv } from '../src/extract/csv.js';
import { PINGTAN, PINGTAN_TEXT_PUBLISHED, type Expected } from './extract/expected.js';
import { CORPUS } from './extract/expected-corpus.js';
import { SEEDS } from './extract/expected-seeds.js';
import { runCli, tempTree } from './cli/helpers.js';

const ROOT = join(import.meta.dirname, '..');
const cache = new Map<string, ExtractRecord>();

/** The record of a fixture (path relative to the repository). */
function record(file: string): ExtractRecord {
  let r = cache.get(file);
  if (!r) cache.set(file, (r = extractRecord(file, analyse({ filePath: file, text: readFileSync(join(ROOT, file), 'utf8') }))));
  return r;
}

/** The fixtures every expectation set must cover: seeds, corpus .txt/.md, corpus HTML. */
function fixtureFiles(): string[] {
  const list = (dir: string, re: RegExp) => readdirSync(join(ROOT, dir)).filter((f) => re.test(f)).map((f) => `${dir}/${f}`);
  return [...list('fixtures/seeds', /\.txt$/), ...list('fixtures/corpus', /\.(txt|md)$/), ...list('fixtures/corpus/html', /^r\d+\.html$/)].sort();
}

const ALL: Expected[] = [...SEEDS, ...CORPUS, ...PINGTAN];

describe('extracted values, cell by cell', () => {
  it('cover every seed and corpus report (the .txt twins of the HTML reports are compared below)', () => {
    const covered = [...ALL.map((e) => e.file), ...Object.keys(PINGTAN_TEXT_PUBLISHED)].sort();
    expect(covered).toEqual(fixtureFiles());
  });

  for (const e of ALL) {
    describe(e.file, () => {
      const bug = (part: string) => e.bugs?.[part];
      // A part with a known parsing bug keeps its hand-written expectation and is marked as failing.
      const check = (part: string, fn: () => void) => {
        const known = bug(part);
        if (known) it.fails(`${part} (known parsing bug: ${known})`, fn);
        else it(part, fn);
      };

      it('title, agency, year, template, period, published', () => {
        const r = record(e.file);
        expect({ title: r.title, agency: r.agency, year: r.year, template: r.template, period: r.period, published: r.published }).toEqual(e.info);
        expect(r.filePath).toBe(e.file);
      });

      const active = e.tables.active;
      if (active === null) check('active', () => expect(record(e.file).tables.active).toBeNull());
      else {
        it('active: the items', () => expect(record(e.file).tables.active?.map((i) => i.item)).toEqual(active.map((i) => i.item)));
        for (const item of active) {
          check(`active.${item.item}`, () => expect(record(e.file).tables.active?.find((i) => i.item === item.item)).toEqual(item));
        }
      }
      check('applications', () => expect(record(e.file).tables.applications).toEqual(e.tables.applications));
      check('review', () => expect(record(e.file).tables.review).toEqual(e.tables.review));
      check('legacy', () => expect(record(e.file).tables.legacy).toEqual(e.tables.legacy));
    });
  }
});

describe('text and HTML versions of r004, r019, r020', () => {
  for (const html of PINGTAN) {
    const text = html.file.replace('html/', '').replace(/\.html$/, '.txt');
    it(`${text} extracts the same tables as ${html.file}`, () => {
      const t = record(text);
      const h = record(html.file);
      expect(t.tables).toEqual(h.tables);
      expect({ ...t, filePath: h.filePath, published: h.published, tables: null, uncertain: null }).toEqual({ ...h, tables: null, uncertain: null });
      expect(t.published).toBe(PINGTAN_TEXT_PUBLISHED[text]);
    });
  }

  it('the HTML tables need no assumptions; the digit runs of the text versions are listed as uncertain', () => {
    for (const html of PINGTAN) expect(record(html.file).uncertain).toEqual([]);
    expect(record('fixtures/corpus/r004.txt').uncertain).toEqual([]);
    for (const file of ['fixtures/corpus/r019.txt', 'fixtures/corpus/r020.txt']) {
      const u = record(file).uncertain;
      expect(u.map(({ table, row, column }) => ({ table, row, column }))).toEqual([
        { table: 'active', row: 'normative', column: '本年废止件数' },
        { table: 'active', row: 'normative', column: '现行有效件数' },
      ]);
      expect(u[0]!.note).toMatch(/^各格数字连成了“\d+”，已读作 [\s\S]*\nthe cells run together as “\d+”, read as /);
    }
  });
});

describe('cell values', () => {
  const report = (file: string, body: string) => extractRecord(file, analyse({ filePath: file, text: body }));
  const md = `## 三、收到和处理政府信息公开申请情况

| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
|---|---|---|---|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | 1,234 | — |  | 无 | / | 0 | 1234 |
| 二、上年结转政府信息公开申请数量 | 3 |
`;

  it('are numbers, null for blank or missing cells, and the trimmed original text otherwise', () => {
    const apps = report('x.md', md).tables.applications!;
    expect(apps.rows.new).toEqual([1234, '—', null, '无', '/', 0, 1234]);
    expect(apps.rows.carried_over).toEqual([3, null, null, null, null, null, null]);
    expect(apps.rows.granted).toEqual([null, null, null, null, null, null, null]);
    // No 其他处理 sub-rows and no template: the single `other` row of the 2019 trial table.
    expect(Object.keys(apps.rows)).toContain('other');
    expect(Object.keys(apps.rows)).not.toContain('other_1');
  });

  it('a blank cell between pipes in a text report stays in its column', () => {
    const text = '三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n一、本年新收政府信息公开申请数量 | 1 | 2 |  | 4 | 5 | 6 | 18 |\n';
    expect(report('x.txt', text).tables.applications!.rows.new).toEqual([1, 2, null, 4, 5, 6, 18]);
  });

  it('a report without tables has every table null', () => {
    expect(report('x.txt', '这不是报告。\n').tables).toEqual({ active: null, applications: null, review: null, legacy: null });
  });
});

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') fields.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') fields.push(field), rows.push(fields), (fields = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

/** The JSON value a CSV column stands for, looked up in the record by the column name. */
function lookup(r: ExtractRecord, column: string): unknown {
  const [table, key, col] = column.split('.');
  const info: Record<string, unknown> = { ...r, period_start: r.period?.start, period_end: r.period?.end };
  if (column === 'legacy') return r.tables.legacy && JSON.stringify(r.tables.legacy);
  if (column === 'uncertain') return r.uncertain.length ? JSON.stringify(r.uncertain) : null;
  if (table === 'applications') return r.tables.applications?.rows[key!]?.[['natural', 'commercial', 'research', 'public_interest', 'legal', 'other', 'total'].indexOf(col!)];
  if (table === 'review') return (r.tables.review as Record<string, unknown[]> | null)?.[key!]?.[['upheld', 'corrected', 'other', 'pending', 'total'].indexOf(col!)];
  if (table === 'active') return r.tables.active?.flatMap((i) => i.rows).find((row) => row.key === key)?.cells[Number(col)];
  return info[column];
}

describe('CSV', () => {
  const files = ALL.map((e) => e.file);

  it('has a BOM, CRLF line ends, a stable header and one row per report whose cells equal the JSON values', () => {
    const records = files.map(record);
    const csv = toCsv(records);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false); // no bare LF outside quoted fields here
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(records.length + 1);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(toCsv([])).toBe('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n');
    records.forEach((r, i) => {
      expect(rows[i + 1]).toHaveLength(CSV_COLUMNS.length);
      CSV_COLUMNS.forEach((column, c) => {
        const value = lookup(r, column);
        expect(rows[i + 1]![c], `${r.filePath} ${column}`).toBe(value === null || value === undefined ? '' : String(value));
      });
    });
  });

  it('covers both templates with a fixed column list', () => {
    expect(CSV_COLUMNS.slice(0, 8)).toEqual(['filePath', 'title', 'agency', 'year', 'template', 'period_start', 'period_end', 'published']);
    expect(CSV_COLUMNS).toHaveLength(8 + 26 * 7 + 15 + 22 + 2);
    for (const c of ['applications.other.total', 'applications.other_1.natural', 'applications.other_3.total', 'applications.carried_forward.total', 'review.litigation_after_review.total', 'active.rules.2', 'active.other_services.2', 'active.fees.1', 'active.procurement.1']) {
      expect(CSV_COLUMNS).toContain(c);
    }
    expect(new Set(CSV_COLUMNS).size).toBe(CSV_COLUMNS.length);
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    const r = { ...record(files[0]!), title: '甲,乙"丙"\n丁' };
    const row = parseCsv(toCsv([r]).slice(1))[1]!;
    expect(row[1]).toBe('甲,乙"丙"\n丁');
    expect(toCsv([r])).toContain('"甲,乙""丙""\n丁"');
  });
});

describe('report-lint extract', () => {
  it('writes the JSON records ordered by agency (pinyin), then year', async () => {
    const run = await runCli(['extract', 'fixtures/corpus/html/r020.html', 'fixtures/seeds', 'fixtures/corpus/html/r004.html', 'fixtures/corpus/html/r019.html'], ROOT);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const records = JSON.parse(run.stdout) as ExtractRecord[];
    expect(records.map((r) => [r.agency, r.year])).toEqual([
      ['海林市', 2020],
      ['鲤城区', 2018],
      ['攀枝花市西区', 2022],
      ['平潭综合实验区', 2022],
      ['平潭综合实验区', 2023],
      ['平潭综合实验区', 2024],
      ['吴兴区', 2020],
      [null, 2017],
    ]);
    expect(records[3]).toEqual(record('fixtures/corpus/html/r004.html'));
    expect(run.stdout).toBe(JSON.stringify(records, null, 2) + '\n');
  });

  it('writes CSV with one row per report, to a file when asked', async () => {
    const run = await runCli(['extract', '--format', 'csv', 'fixtures/seeds'], ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    expect(parseCsv(run.stdout.slice(1)).map((r) => r[2])).toEqual(['agency', '海林市', '鲤城区', '攀枝花市西区', '吴兴区', '']);
    const { dir, cleanup } = tempTree({ 'a.txt': readFileSync(join(ROOT, SEEDS[1]!.file)) });
    try {
      const toFile = await runCli(['extract', '-f', 'csv', '-o', 'out/data.csv', 'a.txt'], dir);
      expect(toFile).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(readFileSync(join(dir, 'out/data.csv'), 'utf8')).toBe(toCsv([{ ...record(SEEDS[1]!.file), filePath: 'a.txt' }]));
    } finally {
      cleanup();
    }
  });

  it('reports a missing or unreadable path, still extracts the others, and exits 2', async () => {
    const { dir, cleanup } = tempTree({ 'good.txt': readFileSync(join(ROOT, SEEDS[2]!.file)), 'bad.txt': new Uint8Array([0, 1, 2, 0, 255, 254, 0]) });
    try {
      const run = await runCli(['extract', 'nope.txt', 'good.txt', 'bad.txt'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('report-lint: 找不到文件：nope.txt\n');
      expect(run.stderr).toContain('无法读取 bad.txt');
      expect((JSON.parse(run.stdout) as ExtractRecord[]).map((r) => r.filePath)).toEqual(['good.txt']);
      const en = await runCli(['extract', '--locale', 'en', 'nope.txt'], dir);
      expect(en).toEqual({ code: 2, stdout: '[]\n', stderr: 'report-lint: no such file: nope.txt\n' });
    } finally {
      cleanup();
    }
  });

  it('checks its arguments: --help, no paths, unknown format or option', async () => {
    const help = await runCli(['extract', '--help'], ROOT);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('用法：report-lint extract');
    expect((await runCli(['extract', '-h', '--locale', 'en'], ROOT)).stdout).toContain('Usage: report-lint extract');
    const none = await runCli(['extract'], ROOT);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('没有指定要检查的文件');
    expect(await runCli(['extract', '--format', 'xml', 'fixtures/seeds'], ROOT)).toEqual({ code: 2, stdout: '', stderr: 'report-lint: 未知的提取格式：xml（可用：json、csv）\n' });
    const bad = await runCli(['extract', '--frob', 'fixtures/seeds'], ROOT);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('未知的选项：--frob');
  });

  it('is mentioned in the main help', async () => {
    expect((await runCli(['--help'], ROOT)).stdout).toContain('report-lint extract');
  });
});
