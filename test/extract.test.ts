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
import { CSV_COLUMNS, CSV_HEADERS, toCsv } from '../src/extract/csv.js';
import { indicators } from '../src/extract/indicators.js';
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
  const rates = indicators(r) as Record<string, number | null>;
  if (column in rates) return rates[column] === null ? null : Math.round(rates[column]! * 10000) / 10000;
  if (table === 'applications') return r.tables.applications?.rows[key!]?.[['natural', 'commercial', 'research', 'public_interest', 'legal', 'other', 'total'].indexOf(col!)];
  if (table === 'review') return (r.tables.review as Record<string, unknown[]> | null)?.[key!]?.[['upheld', 'corrected', 'other', 'pending', 'total'].indexOf(col!)];
  if (table === 'active') return r.tables.active?.flatMap((i) => i.rows).find((row) => row.key === key)?.cells[Number(col)];
  return info[column];
}

describe('CSV', () => {
  const files = ALL.map((e) => e.file);

  it('has a BOM, CRLF line ends, a stable header and one row per report whose cells equal the JSON values', () => {
    const records = files.map(record);
    const csv = toCsv(records, { keys: true });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false); // no bare LF outside quoted fields here
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(records.length + 1);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(toCsv([], { keys: true })).toBe('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n');
    records.forEach((r, i) => {
      expect(rows[i + 1]).toHaveLength(CSV_COLUMNS.length);
      CSV_COLUMNS.forEach((column, c) => {
        const value = lookup(r, column);
        expect(rows[i + 1]![c], `${r.filePath} ${column}`).toBe(value === null || value === undefined ? '' : String(value));
      });
    });
  });

  it('covers both templates with a fixed column list', () => {
    expect(CSV_COLUMNS.slice(0, 12)).toEqual(['filePath', 'title', 'agency', 'year', 'template', 'period_start', 'period_end', 'published', 'kind', 'correction_rate', 'completion_rate', 'disclosure_rate']);
    expect(CSV_COLUMNS).toHaveLength(9 + 3 + 26 * 7 + 15 + 22 + 2);
    expect(CSV_HEADERS).toHaveLength(CSV_COLUMNS.length);
    expect(new Set(CSV_HEADERS).size).toBe(CSV_HEADERS.length);
    for (const c of ['applications.other.total', 'applications.other_1.natural', 'applications.other_3.total', 'applications.carried_forward.total', 'review.litigation_after_review.total', 'active.rules.2', 'active.other_services.2', 'active.fees.1', 'active.procurement.1']) {
      expect(CSV_COLUMNS).toContain(c);
    }
    expect(new Set(CSV_COLUMNS).size).toBe(CSV_COLUMNS.length);
  });

  it('names the columns in the template\'s words by default, with template and kind in words and the indicators as fractions', () => {
    const records = files.map(record);
    const rows = parseCsv(toCsv(records).slice(1));
    expect(rows[0]).toEqual([...CSV_HEADERS]);
    const at = (name: string) => CSV_HEADERS.indexOf(name);
    expect(CSV_HEADERS.slice(0, 12)).toEqual(['文件', '标题', '机关', '年度', '模板', '统计期限起', '统计期限止', '发布日期', '类型', '指标/纠错率', '指标/申请办结率', '指标/公开率']);
    for (const name of ['表三/本年新收/自然人', '表三/不予公开/属于国家秘密/总计', '表三/无法提供/本机关不掌握相关政府信息/其他', '表三/其他处理/申请人逾期未按收费通知要求缴纳费用/总计', '表三/结转下年度继续办理/总计', '表四/行政复议/结果纠正', '表四/行政诉讼（复议后起诉）/尚未审结', '表二/规章/本年制发件数（试行版：本年新制作数量）', '表二/行政事业性收费/本年收费金额（万元）（试行版：上一年项目数量）']) {
      expect(at(name), name).toBeGreaterThan(0);
    }
    const keyed = parseCsv(toCsv(records, { keys: true }).slice(1));
    records.forEach((r, i) => {
      const row = rows[i + 1]!;
      expect(row[at('模板')]).toBe({ '2021': '2021年版', '2019': '2019年试行版', pre2019: '2019年以前', null: '' }[String(r.template)]);
      expect(row[at('类型')]).toBe('年度报告');
      const rates = indicators(r);
      expect(row[at('指标/公开率')]).toBe(rates.disclosure_rate === null ? '' : String(Math.round(rates.disclosure_rate * 10000) / 10000));
      // Every table value is the same under both headers.
      expect(row.slice(12)).toEqual(keyed[i + 1]!.slice(12));
    });
  });

  it('lists files that are not reports after the reports', () => {
    const [a, b] = [record(files[0]!), record(files[1]!)];
    const rows = parseCsv(toCsv([{ ...a, kind: 'not-report' }, b]).slice(1));
    expect(rows.slice(1).map((r) => [r[0], r[8]])).toEqual([
      [b.filePath, '年度报告'],
      [a.filePath, '不是年度报告'],
    ]);
    expect(parseCsv(toCsv([{ ...a, kind: 'not-report' }], { keys: true }).slice(1))[1]![8]).toBe('not-report');
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
    expect(run.stdout.startsWith('\uFEFF' + CSV_HEADERS.join(',') + '\r\n')).toBe(true);
    expect(parseCsv(run.stdout.slice(1)).map((r) => r[2])).toEqual(['机关', '海林市', '鲤城区', '攀枝花市西区', '吴兴区', '']);
    for (const args of [['--keys'], ['--locale', 'en']]) {
      const keyed = await runCli(['extract', '--format', 'csv', ...args, 'fixtures/seeds'], ROOT);
      expect(keyed.stdout.startsWith('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n'), args.join(' ')).toBe(true);
    }
    const { dir, cleanup } = tempTree({ 'a.txt': readFileSync(join(ROOT, SEEDS[1]!.file)) });
    try {
      const toFile = await runCli(['extract', '-f', 'csv', '-o', 'out/data.csv', 'a.txt'], dir);
      expect(toFile).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(readFileSync(join(dir, 'out/data.csv'), 'utf8')).toBe(toCsv([{ ...record(SEEDS[1]!.file), filePath: 'a.txt' }]));
      const keyed = await runCli(['extract', '-f', 'csv', '--keys', '-o', 'out/keys.csv', 'a.txt'], dir);
      expect(keyed.code).toBe(0);
      expect(readFileSync(join(dir, 'out/keys.csv'), 'utf8')).toBe(toCsv([{ ...record(SEEDS[1]!.file), filePath: 'a.txt' }], { keys: true }));
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
    expect(await runCli(['extract', '--format', 'xml', 'fixtures/seeds'], ROOT)).toEqual({ code: 2, stdout: '', stderr: 'report-lint: 未知的提取格式：xml（可用：json、csv、xlsx）\n' });
    const bad = await runCli(['extract', '--frob', 'fixtures/seeds'], ROOT);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('未知的选项：--frob');
  });

  it('is mentioned in the main help', async () => {
    expect((await runCli(['--help'], ROOT)).stdout).toContain('report-lint extract');
  });
});
