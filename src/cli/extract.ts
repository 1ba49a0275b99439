/**
 * `report-lint extract [--format json|csv|xlsx] <paths>`: the data of each
 * report (one extract record per report, see docs/extract.md) as a JSON
 * array, CSV or an Excel workbook, ordered by agency, then year, then path;
 * with `--expect units.txt`, the expected agencies without a report. A path that cannot be found
 * or read is reported on stderr and ends the run with exit code 2 after the
 * other reports have been extracted; otherwise the exit code is 0.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rules as allRules } from '../../rules/index.js';
import type { Config, Locale } from '../engine/types.js';
import { analyse, type LintInput } from '../analyse.js';
import { wantsKeys } from '../extract/csv.js';
import { missingReports, parseUnits, runYear } from '../extract/expect.js';
import { compareRecords, extractRecord, type ExtractRecord } from '../extract/record.js';
import type { LintResult } from '../results.js';
import { decodeBytes } from '../text/decode.js';
import { ConfigResolver } from './configs.js';
import { DATA_FORMATS, renderData, writeDataFile, type DataFormat } from './data-files.js';
import { writeFailure } from './dirs.js';
import { readProblemMessage } from './inputs.js';
import { runLint } from './run.js';
import { discoverFiles } from './files.js';
import type { CliIO } from './io.js';
import { argsError, optionNames, parseLocale, sniffLocale } from './args.js';
import { cliMessages } from './messages.js';
import { readReport } from './read.js';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  locale: { type: 'string' },
  keys: { type: 'boolean' },
  expect: { type: 'string' },
  year: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The subcommand's own texts; the shared ones (file problems, OS reasons) come from messages.ts. */
const TEXTS = {
  'zh-CN': {
    badFormat: (f: string) => `未知的提取格式：${f}（可用：json、csv、xlsx）`,
    badOption: (d: string) => `extract 的参数有误：${d}（运行 report-lint extract --help 查看用法）`,
    badYear: (y: string) => `无效的 --year 值：${y}（应为四位年份，如 2023）`,
    xlsxNeedsFile: 'xlsx 是二进制文件，请用 -o 指定要写入的文件（如 -o 年报数据.xlsx）',
    extractFailed: (p: string, m: string) => `提取 ${p} 时出错：${m}`,
    expectUnreadable: (p: string, r: string) => `无法读取 --expect 文件 ${p}：${r}`,
    notReports: (n: number) => `${n} 个文件不是年度报告，已单独列出（CSV 中排在最后，类型为“不是年度报告”；Excel 中在“不是年度报告”表）`,
    missing: (year: number | null, names: string[]) =>
      `${names.length} 个单位没有${year === null ? '' : ` ${year} 年度的`}报告：${names.join('、')}`,
    allPresent: (year: number | null, n: number) => `--expect 中的 ${n} 个单位都有${year === null ? '' : ` ${year} 年度的`}报告`,
    usage: `用法：report-lint extract [选项] <文件 | 目录 | glob 模式>…

把每份报告的数据（标题、机关、年度、统计期限、发布日期、各统计表的数值和
纠错率、申请办结率、公开率）按机关、年度排序输出，每份报告一条记录。
字段和指标的算法见 docs/extract.md。

选项：
  -f, --format <json|csv|xlsx>  输出格式（默认 json）；csv 为 UTF-8（带 BOM）、每份报告一行，
                                列名用模板的说法（如“表三/本年新收/自然人”）；xlsx 为 Excel
                                工作簿：概况、表二、表三、表四、附表和每份报告的问题各一张表
  -o, --output-file <文件>      把结果写入文件而不是标准输出（xlsx 必须指定）
      --keys                    列名用字段名（如 applications.new.natural），便于程序读取
      --expect <文件>           应当提交报告的单位名单（每行一个）：列出当年没有报告的单位
      --year <年份>             --expect 检查的年度（默认为报告中最新的年度）
      --locale <zh-CN|en>       消息语言（默认 zh-CN）；en 时列名用字段名
  -h, --help                    显示本帮助

退出码：0 全部提取成功；2 有文件找不到或无法读取（其余文件照常提取）或参数有误。
`,
  },
  en: {
    badFormat: (f: string) => `unknown extract format: ${f} (available: json, csv, xlsx)`,
    badOption: (d: string) => `invalid extract arguments: ${d} (run report-lint extract --help for usage)`,
    badYear: (y: string) => `invalid --year value: ${y} (expected a four-digit year such as 2023)`,
    xlsxNeedsFile: 'xlsx is a binary file: name the file to write with -o (e.g. -o data.xlsx)',
    extractFailed: (p: string, m: string) => `error while extracting ${p}: ${m}`,
    expectUnreadable: (p: string, r: string) => `cannot read the --expect file ${p}: ${r}`,
    notReports: (n: number) => `${n} file(s) are not annual reports and are listed apart (last in the CSV with kind "not-report"; in the workbook's 不是年度报告 sheet)`,
    missing: (year: number | null, names: string[]) => `${names.length} agencies have no report${year === null ? '' : ` for ${year}`}: ${names.join(', ')}`,
    allPresent: (year: number | null, n: number) => `all ${n} agencies of --expect have a report${year === null ? '' : ` for ${year}`}`,
    usage: `Usage: report-lint extract [options] <file | directory | glob>…

Writes the data of every report (title, agency, year, period, publication
date, the values of the statistics tables and the correction, completion and
disclosure rates), one record per report, ordered by agency and year. The
fields and the formulas are described in docs/extract.md.

Options:
  -f, --format <json|csv|xlsx>  output format (default json); csv is UTF-8 with a BOM, one row per
                                report; xlsx is an Excel workbook with one sheet per table and the
                                findings of every report
  -o, --output-file <file>      write to a file instead of standard output (required for xlsx)
      --keys                    machine keys as column headers (applications.new.natural)
      --expect <file>           the agencies expected to report, one a line: lists those without a report
      --year <year>             the year --expect checks (default: the latest year of the reports)
      --locale <zh-CN|en>       message language (default zh-CN); en also means machine keys
  -h, --help                    show this help

Exit codes: 0 everything extracted; 2 a path was not found or could not be read
(the others are still extracted) or the arguments are invalid.
`,
  },
} satisfies Record<Locale, unknown>;

/** Runs the extract subcommand (argv without "extract") and returns the exit code; an unexpected error gives 2. */
export async function runExtract(argv: string[], io: CliIO): Promise<number> {
  try {
    return await extract(argv, io);
  } catch (error) {
    const t = cliMessages(sniffLocale(argv));
    io.stderr(`${t.prefix}${t.internalError(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
    return 2;
  }
}

async function extract(argv: string[], io: CliIO): Promise<number> {
  const sniffed = sniffLocale(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const t = cliMessages(sniffed);
    io.stderr(`${t.prefix}${argsError(error, t, TEXTS[sniffed].badOption, optionNames(OPTIONS))}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const locale = values.locale === undefined ? 'zh-CN' : parseLocale(values.locale);
  const t = cliMessages(locale ?? sniffed);
  const own = TEXTS[locale ?? sniffed];
  const fail = (message: string) => io.stderr(`${t.prefix}${message}\n`);
  if (!locale) {
    fail(t.badLocale(values.locale!));
    return 2;
  }
  if (values.help) {
    io.stdout(own.usage);
    return 0;
  }
  const format = (values.format ?? 'json').toLowerCase() as DataFormat;
  if (!DATA_FORMATS.includes(format)) {
    fail(own.badFormat(values.format!));
    return 2;
  }
  let year: number | undefined;
  if (values.year !== undefined) {
    if (!/^\s*\d{4}\s*$/.test(values.year)) {
      fail(own.badYear(values.year));
      return 2;
    }
    year = Number(values.year);
  }
  if (format === 'xlsx' && values['output-file'] === undefined) {
    fail(own.xlsxNeedsFile);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr(own.usage);
    fail(t.noPaths);
    return 2;
  }
  let units: string[] | undefined;
  if (values.expect !== undefined) {
    try {
      const decoded = decodeBytes(await readFile(resolve(io.cwd, values.expect)));
      units = parseUnits(decoded.ok ? decoded.text : '');
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      fail(own.expectUnreadable(values.expect, t.osReason(e.code, e.message)));
      return 2;
    }
  }

  // Find, read and extract; a problem costs that file only.
  let problems = false;
  const problem = (message: string) => {
    fail(message);
    problems = true;
  };
  const records: ExtractRecord[] = [];
  const inputs: LintInput[] = [];
  const { files, missing } = await discoverFiles(positionals, io.cwd);
  for (const path of missing) problem(t.fileNotFound(path));
  for (const file of files) {
    const outcome = await readReport(file.absPath);
    if (!outcome.ok) {
      problem(readProblemMessage(outcome.problem, file.displayPath, t));
      continue;
    }
    const input: LintInput = { filePath: file.displayPath, text: outcome.text, ...(outcome.pdf ? { uncertain: outcome.pdf.uncertain } : {}) };
    try {
      records.push(extractRecord(file.displayPath, analyse(input)));
      inputs.push(input);
    } catch (error) {
      problem(own.extractFailed(file.displayPath, error instanceof Error ? error.message : String(error)));
    }
  }
  records.sort(compareRecords);

  const others = records.filter((r) => r.kind === 'not-report').length;
  if (others > 0) io.stderr(`${t.prefix}${own.notReports(others)}\n`);
  let absent: { agency: string; year: number | null }[] | undefined;
  if (units) {
    const forYear = runYear(records, year);
    absent = missingReports(units, records, forYear);
    const names = absent.map((m) => m.agency);
    io.stderr(`${t.prefix}${names.length ? own.missing(forYear, names) : own.allPresent(forYear, units.length)}\n`);
  }

  // The workbook has the findings of every report too, each linted with its own configuration.
  const results = format === 'xlsx' ? await lintForData(inputs, io.cwd, locale) : undefined;
  const keys = wantsKeys(locale, values.keys ?? false);
  const content = await renderData(format, records, { keys, locale, ...(results ? { results } : {}), ...(absent ? { missing: absent } : {}) });
  if (values['output-file'] === undefined) io.stdout(content as string);
  else {
    try {
      await writeDataFile(resolve(io.cwd, values['output-file']), content);
    } catch (error) {
      fail(t.outputFailed(values['output-file'], writeFailure(error, t)));
      return 2;
    }
  }
  return problems ? 2 : 0;
}

/** Lints the reports with the configuration nearest to each (for the workbook's findings sheet). */
async function lintForData(inputs: LintInput[], cwd: string, locale: Locale): Promise<LintResult[]> {
  const resolver = await ConfigResolver.create({ rules: [] }, cwd, allRules, cliMessages(locale));
  const configs = new Map<string, Config>();
  for (const input of inputs) configs.set(input.filePath, (await resolver.forFile(resolve(cwd, input.filePath))).config);
  return runLint(inputs, { rules: allRules, locale, configFor: (path) => configs.get(path) ?? resolver.global, timing: false }).results;
}
