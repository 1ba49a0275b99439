/**
 * `report-lint extract [--format json|csv] <paths>`: the data of each report
 * (one extract record per report, see docs/extract.md) as a JSON array or
 * CSV, ordered by agency, then year, then path. A path that cannot be found
 * or read is reported on stderr and ends the run with exit code 2 after the
 * other reports have been extracted; otherwise the exit code is 0.
 */
import { readProblemMessage } from './inputs.js';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { makeParentDirs, writeFailure } from './dirs.js';
import { parseArgs } from 'node:util';
import type { Locale } from '../engine/types.js';
import { analyse } from '../analyse.js';
import { compareRecords, extractRecord, type ExtractRecord } from '../extract/record.js';
import { toCsv } from '../extract/csv.js';
import { discoverFiles } from './files.js';
import type { CliIO } from './io.js';
import { argsError, optionNames, parseLocale, sniffLocale } from './args.js';
import { cliMessages } from './messages.js';
import { readReport } from './read.js';

const FORMATS = ['json', 'csv'] as const;
type ExtractFormat = (typeof FORMATS)[number];

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The subcommand's own texts; the shared ones (file problems, OS reasons) come from messages.ts. */
const TEXTS = {
  'zh-CN': {
    badFormat: (f: string) => `未知的提取格式：${f}（可用：json、csv）`,
    badOption: (d: string) => `extract 的参数有误：${d}（运行 report-lint extract --help 查看用法）`,
    extractFailed: (p: string, m: string) => `提取 ${p} 时出错：${m}`,
    usage: `用法：report-lint extract [选项] <文件 | 目录 | glob 模式>…

把每份报告的数据（标题、机关、年度、统计期限、发布日期和各统计表的数值）
按机关、年度排序输出，每份报告一条记录。字段说明见 docs/extract.md。

选项：
  -f, --format <json|csv>   输出格式（默认 json）；csv 为 UTF-8（带 BOM）、每份报告一行
  -o, --output-file <文件>  把结果写入文件而不是标准输出
      --locale <zh-CN|en>   消息语言（默认 zh-CN）
  -h, --help                显示本帮助

退出码：0 全部提取成功；2 有文件找不到或无法读取（其余文件照常提取）或参数有误。
`,
  },
  en: {
    badFormat: (f: string) => `unknown extract format: ${f} (available: json, csv)`,
    badOption: (d: string) => `invalid extract arguments: ${d} (run report-lint extract --help for usage)`,
    extractFailed: (p: string, m: string) => `error while extracting ${p}: ${m}`,
    usage: `Usage: report-lint extract [options] <file | directory | glob>…

Writes the data of every report (title, agency, year, period, publication
date and the values of the statistics tables), one record per report,
ordered by agency and year. The fields are described in docs/extract.md.

Options:
  -f, --format <json|csv>   output format (default json); csv is UTF-8 with a BOM, one row per report
  -o, --output-file <file>  write to a file instead of standard output
      --locale <zh-CN|en>   message language (default zh-CN)
  -h, --help                show this help

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
  const format = (values.format ?? 'json').toLowerCase();
  if (!FORMATS.includes(format as ExtractFormat)) {
    fail(own.badFormat(values.format!));
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr(own.usage);
    fail(t.noPaths);
    return 2;
  }

  // Find, read and extract; a problem costs that file only.
  let problems = false;
  const problem = (message: string) => {
    fail(message);
    problems = true;
  };
  const records: ExtractRecord[] = [];
  const { files, missing } = await discoverFiles(positionals, io.cwd);
  for (const path of missing) problem(t.fileNotFound(path));
  for (const file of files) {
    const outcome = await readReport(file.absPath);
    if (!outcome.ok) {
      problem(readProblemMessage(outcome.problem, file.displayPath, t));
      continue;
    }
    try {
      records.push(extractRecord(file.displayPath, analyse({ filePath: file.displayPath, text: outcome.text, ...(outcome.pdf ? { uncertain: outcome.pdf.uncertain } : {}) })));
    } catch (error) {
      problem(own.extractFailed(file.displayPath, error instanceof Error ? error.message : String(error)));
    }
  }
  records.sort(compareRecords);

  const text = format === 'csv' ? toCsv(records) : `${JSON.stringify(records, null, 2)}\n`;
  if (values['output-file'] === undefined) io.stdout(text);
  else {
    const target = resolve(io.cwd, values['output-file']);
    try {
      await makeParentDirs(target);
      await writeFile(target, text, 'utf8');
    } catch (error) {
      fail(t.outputFailed(values['output-file'], writeFailure(error, t)));
      return 2;
    }
  }
  return problems ? 2 : 0;
}


