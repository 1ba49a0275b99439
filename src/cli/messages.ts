/**
 * The command line's own texts (errors, usage, timing table) in Chinese and
 * English. Rule messages are localised by the engine, not here.
 */
import { pick, type Locale } from '../i18n.js';
import type { PdfProblem } from '../frontends/pdf/extract.js';

export interface CliMessages {
  locale: Locale;
  /** Prefix of every line the CLI writes to stderr. */
  prefix: string;
  fileNotFound(path: string): string;
  undecodable(path: string): string;
  unreadable(path: string, reason: string): string;
  notDocx(path: string): string;
  docxTooLarge(path: string, limit: number): string;
  pdfTooLarge(path: string, limit: number): string;
  /** A PDF that cannot be read: scanned, encrypted, damaged, or more pages than the limit. */
  pdfProblem(path: string, problem: PdfProblem, detail: string): string;
  lintCrashed(path: string, message: string, ruleId?: string): string;
  internalError(detail: string): string;
  /** An unknown option; `suggestion` is the known option it most likely misspells. */
  unknownOption(option: string, suggestion?: string): string;
  missingValue(option: string): string;
  badArgs(detail: string): string;
  unknownFormat(name: string, available: string[], suggestion?: string): string;
  badLocale(value: string): string;
  badMaxWarnings(value: string): string;
  badMaxFileSize(value: string): string;
  /** A file larger than --max-file-size (sizes in bytes). */
  fileTooLarge(path: string, size: number, limit: number): string;
  /** The message of an empty (or blank) report. */
  emptyFile: string;
  badRuleOption(value: string, detail: string): string;
  /** An unknown rule id; `suggestion` is the rule id it most likely misspells. */
  unknownRule(id: string, suggestion?: string): string;
  configProblem(path: string, problem: string): string;
  configNotFound(path: string): string;
  jsonSyntax(detail: string, line: number, column: number): string;
  configNotObject: string;
  configUnknownKey(key: string, suggestion?: string): string;
  configRulesNotObject: string;
  configSettingsNotObject: string;
  configNoDefault: string;
  noPaths: string;
  stdinUnavailable: string;
  tooManyWarnings(count: number, max: number): string;
  formatterCrashed(name: string, message: string): string;
  outputFailed(path: string, reason: string): string;
  /** A directory for an output file that could not be created. */
  cannotCreateDir(dir: string, reason: string): string;
  /** A --data-file whose extension names no data format. */
  badDataFile(path: string): string;
  timingHeader: [rule: string, time: string, relative: string];
  configBadExtends(name: string): string;
  configIgnoresInvalid: string;
  fileIgnored(configPath: string): string;
  fixConflict: string;
  fixStdin: string;
  fixWriteFailed(path: string, reason: string): string;
  fixReadOnly(path: string): string;
  suppressConflict: string;
  suppressionsInvalid(path: string, detail: string): string;
  suppressionsWriteFailed(path: string, reason: string): string;
  staleSuppressions(path: string, entries: { file: string; ruleId: string; suppressed: number; found: number }[]): string;
  cacheWriteFailed(path: string, reason: string): string;
  /** Progress bar labels of the two linting phases. */
  progressParse: string;
  progressCheck: string;
  /** The line after a run of several files (seconds with one decimal). */
  finalLine(files: number, errors: number, warnings: number, seconds: string): string;
  /** OS error codes in words. */
  osReason(code: string | undefined, fallback: string): string;
  usage(formats: string[], version: string): string;
}

/** The text of a RangeError from a recursion too deep (a safety net: the readers bound depth themselves). */
const STACK_OVERFLOW = /Maximum call stack size exceeded|too much recursion/;

/** A byte count for people: "12.5 MB", "3.2 KB" or "512 B". */
const megabytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;

const ZH_OS: Record<string, string> = {
  ENOENT: '文件不存在',
  EACCES: '没有读取权限',
  EPERM: '操作不被允许',
  EISDIR: '这是一个目录，不是文件',
  ENOTDIR: '路径中的某一部分不是目录',
  ELOOP: '符号链接循环',
  EMFILE: '打开的文件过多',
  ENAMETOOLONG: '文件名过长',
  EIO: '输入/输出错误',
  EBUSY: '文件正被占用',
};

const EN_OS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'symbolic link loop',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
  EBUSY: 'file is busy',
};

const zh: CliMessages = {
  locale: 'zh-CN',
  prefix: 'report-lint: ',
  fileNotFound: (p) => `找不到文件：${p}`,
  undecodable: (p) => `无法读取 ${p}：文件不是可识别的文本编码（支持 UTF-8、UTF-16、GB18030/GBK）`,
  unreadable: (p, reason) => `无法读取 ${p}：${reason}`,
  notDocx: (p) => `无法读取 ${p}：不是有效的 Word 文档（.docx），文件可能已损坏或只是改了扩展名`,
  docxTooLarge: (p, limit) => `跳过 ${p}：Word 文档解压后超过 ${megabytes(limit)}（可能是压缩炸弹），未读取`,
  pdfTooLarge: (p, limit) => `跳过 ${p}：PDF 文件中的压缩数据解压后超过 ${megabytes(limit)}（可能是压缩炸弹），未读取`,
  pdfProblem: (p, problem, detail) =>
    ({
      scanned: `无法检查 ${p}：扫描件没有文字层，无法检查；请提供可复制文字的PDF或Word文件`,
      encrypted: `无法读取 ${p}：PDF 文件已加密（有密码保护），无法取出文字；请提供未加密的PDF或Word文件`,
      damaged: `无法读取 ${p}：不是有效的 PDF 文件，文件可能已损坏、不完整或只是改了扩展名`,
      'too-many-pages': `跳过 ${p}：PDF 页数超过上限（${detail.replace(' > ', ' 页，上限 ')} 页）`,
      'too-much-text': `跳过 ${p}：PDF 中的文字超过上限（1000 万字）`,
    })[problem],
  lintCrashed: (p, m, id) =>
    STACK_OVERFLOW.test(m) ? `无法检查 ${p}：文件结构嵌套过深，超出了程序能处理的层数${id ? `（规则 ${id}）` : ''}` : `检查 ${p} 时出错：${m}${id ? `（规则 ${id}）` : ''}`,
  internalError: (d) => `内部错误（请报告此问题）：${d}`,
  unknownOption: (o, s) => `未知的选项：${o}${s ? `（是不是要用 ${s}？）` : '（运行 report-lint --help 查看用法）'}`,
  missingValue: (o) => `选项 ${o} 需要一个值`,
  badArgs: (d) => `命令行参数有误：${d}`,
  unknownFormat: (n, a, s) => `未知的输出格式：${n}（${s ? `是不是要用 ${s}？` : ''}可用的格式：${a.join('、')}）`,
  badLocale: (v) => `无效的 --locale 值：${v}（应为 zh-CN 或 en）`,
  badMaxWarnings: (v) => `无效的 --max-warnings 值：${v}（应为非负整数）`,
  badMaxFileSize: (v) => `无效的 --max-file-size 值：${v}（应为非负数，可带单位 KB、MB、GB，如 10MB；0 表示不限制）`,
  fileTooLarge: (p, s, l) => `跳过 ${p}：文件大小 ${megabytes(s)} 超过上限 ${megabytes(l)}（可用 --max-file-size 调整，0 表示不限制）`,
  emptyFile: '文件是空的，没有可检查的报告内容',
  badRuleOption: (v, d) => `无效的 --rule 值 ${JSON.stringify(v)}：${d}`,
  unknownRule: (id, s) => `未知的规则：${id}${s ? `（是不是 ${s}？）` : ''}`,
  configProblem: (p, problem) => `配置文件 ${p} 有误：${problem}`,
  configNotFound: (p) => `找不到配置文件：${p}`,
  jsonSyntax: (d, l, c) => `JSON 语法错误（第 ${l} 行第 ${c} 列）：${d}`,
  configNotObject: '配置必须是一个对象',
  configUnknownKey: (k, s) => `未知的配置项 "${k}"（${s ? `是不是 "${s}"？` : ''}可用：extends、rules、settings、ignores）`,
  configRulesNotObject: '"rules" 必须是一个对象',
  configSettingsNotObject: '"settings" 必须是一个对象',
  configNoDefault: '模块没有默认导出（export default { rules: … }）',
  noPaths: '没有指定要检查的文件',
  stdinUnavailable: '无法读取标准输入',
  tooManyWarnings: (n, m) => `警告数（${n}）超过了 --max-warnings 的上限（${m}）`,
  formatterCrashed: (n, m) => `输出格式 ${n} 出错：${m}`,
  outputFailed: (p, r) => `无法写入输出文件 ${p}：${r}`,
  cannotCreateDir: (d, r) => `无法创建目录 ${d}（${r}）`,
  badDataFile: (p) => `无法识别 --data-file 的格式：${p}（扩展名应为 .csv、.xlsx 或 .json）`,
  timingHeader: ['规则', '时间 (ms)', '占比'],
  configBadExtends: (n) => `"extends" 中有未知的预设 "${n}"（可用：recommended、strict）`,
  configIgnoresInvalid: '"ignores" 必须是由 glob 模式字符串组成的数组',
  fileIgnored: (p) => `文件被配置忽略（${p} 中的 ignores）；用 --no-ignore 可以照常检查`,
  fixConflict: '--fix 和 --fix-dry-run 不能同时使用',
  fixStdin: '--fix 不能用于标准输入（无处写回）；请改用 --fix-dry-run',
  fixWriteFailed: (p, r) => `无法写回修复后的 ${p}：${r}（文件未改动）`,
  fixReadOnly: (p) => `未写回修复后的 ${p}：文件是只读的或没有写入权限（文件未改动）`,
  suppressConflict: '--prune-suppressions 不能与 --suppress-all 或 --suppress-rule 同时使用',
  suppressionsInvalid: (p, d) => `抑制文件 ${p} 有误：${d}`,
  suppressionsWriteFailed: (p, r) => `无法写入抑制文件 ${p}：${r}`,
  staleSuppressions: (p, list) =>
    `${p} 中有 ${list.length} 条记录多于现有的问题（问题已修复）；运行 report-lint --prune-suppressions 更新它：\n` +
    list.map((e) => `  ${e.file}  ${e.ruleId}：记录 ${e.suppressed} 个，现有 ${e.found} 个`).join('\n'),
  cacheWriteFailed: (p, r) => `无法写入缓存文件 ${p}：${r}（结果不受影响）`,
  progressParse: '解析',
  progressCheck: '检查',
  finalLine: (f, e, w, s) => `检查了 ${f} 个文件：${e} 个错误，${w} 个警告，用时 ${s} 秒`,
  osReason: (code, fallback) => (code && ZH_OS[code]) || fallback,
  usage: (formats, version) => `report-lint ${version} — 政府信息公开工作年度报告一致性检查工具

用法：report-lint [选项] <文件 | 目录 | glob 模式>…
      report-lint extract [--format json|csv|xlsx] <路径>…（提取报告数据，见 report-lint extract --help）

目录会被递归搜索 .txt .md .markdown .html .htm .shtml .docx .pdf 文件
（跳过 node_modules 和以点开头的目录）。

选项：
  -f, --format <名称>       输出格式（默认 stylish）。可用：${formats.join('、')}
  -c, --config <文件>       使用此配置文件（JSON，或默认导出配置的 .js/.mjs），
                            不再查找 report-lint.config.{js,mjs,json} / .reportlintrc.json
      --rule <规则:级别>    设置规则级别，可重复；级别为 off、info、warn、error，
                            或 JSON，如 'id:["warn",{"选项":1}]'
      --no-ignore           不按配置的 ignores 跳过文件
      --no-warn-ignored     命令行上点名的文件被忽略时不给警告（用于只检查改动文件的钩子）
      --print-config <文件> 以 JSON 打印该文件生效的配置后退出
      --quiet               只报告错误（隐藏警告和提示）
      --max-warnings <n>    警告数超过 n 时以退出码 1 结束
      --max-file-size <大小> 跳过大于此大小的文件并报告（默认 10MB；0 表示不限制）
      --fix                 自动修复能修复的问题并写回文件（保持原编码和换行符）
      --fix-dry-run         只显示修复结果（统一 diff；json 格式下为 output 字段），不写文件
      --report-unused-disable-directives
                            对没有屏蔽任何问题的 report-lint-disable 注释给出警告
      --suppress-all        把现有的全部错误记入抑制文件，以后只报告新问题
      --suppress-rule <规则> 只记录这条规则的错误（可重复）
      --prune-suppressions  从抑制文件中删去已修复的问题
      --suppressions-location <文件>
                            抑制文件的位置（默认 report-lint-suppressions.json）
      --cache               只检查改动过的文件，其余沿用上次的结果
      --cache-location <路径> 缓存文件的位置（默认 .report-lint-cache）
  -o, --output-file <文件>  把结果写入文件而不是标准输出
      --data-file <文件>    同时把各报告的数据写入文件（按扩展名：.csv、.xlsx、.json；
                            可重复；汇总页 -f html 会链接到它们）
      --keys                数据文件的列名用字段名而不是模板的说法
      --locale <zh-CN|en>   消息语言（默认 zh-CN）
      --color, --no-color   强制开启或关闭彩色输出
      --stdin               从标准输入读取报告
      --stdin-filename <名> 标准输入报告的文件名（决定解析方式）
      --print-ast <文件>    以 JSON 打印该文件的报告语法树后退出
  -h, --help                显示本帮助
  -v, --version             显示版本号

退出码：0 没有错误；1 发现错误（或警告超过 --max-warnings）；
        2 无法完成检查（参数、配置或文件有误）。
环境变量：TIMING=1 在输出后打印每条规则的耗时；NO_COLOR / FORCE_COLOR 控制颜色；
          COLUMNS 设定终端宽度（stylish 按它折行，0 表示不折行；输出不是终端时不折行）。
`,
};

const en: CliMessages = {
  locale: 'en',
  prefix: 'report-lint: ',
  fileNotFound: (p) => `no such file: ${p}`,
  undecodable: (p) => `cannot read ${p}: not a recognised text encoding (UTF-8, UTF-16, GB18030/GBK are supported)`,
  unreadable: (p, reason) => `cannot read ${p}: ${reason}`,
  notDocx: (p) => `cannot read ${p}: not a valid Word document (.docx); the file may be damaged or merely renamed`,
  docxTooLarge: (p, limit) => `skipped ${p}: the Word document unpacks to more than ${megabytes(limit)} (possibly a zip bomb); not read`,
  pdfTooLarge: (p, limit) => `skipped ${p}: the compressed data in the PDF unpacks to more than ${megabytes(limit)} (possibly a compression bomb); not read`,
  pdfProblem: (p, problem, detail) =>
    ({
      scanned: `cannot check ${p}: a scanned PDF has no text layer; provide a PDF with selectable text or a Word file`,
      encrypted: `cannot read ${p}: the PDF is encrypted (password-protected), its text cannot be read; provide an unencrypted PDF or a Word file`,
      damaged: `cannot read ${p}: not a valid PDF file; it may be damaged, truncated or merely renamed`,
      'too-many-pages': `skipped ${p}: the PDF has more pages than the limit (${detail.replace(' > ', ' pages, limit ')})`,
      'too-much-text': `skipped ${p}: the PDF holds more text than the limit (10 million characters)`,
    })[problem],
  lintCrashed: (p, m, id) =>
    STACK_OVERFLOW.test(m) ? `cannot check ${p}: the file is nested deeper than the program can follow${id ? ` (rule ${id})` : ''}` : `error while checking ${p}: ${m}${id ? ` (rule ${id})` : ''}`,
  internalError: (d) => `internal error (please report it): ${d}`,
  unknownOption: (o, s) => `unknown option: ${o}${s ? ` (did you mean ${s}?)` : ' (run report-lint --help for usage)'}`,
  missingValue: (o) => `option ${o} needs a value`,
  badArgs: (d) => `invalid arguments: ${d}`,
  unknownFormat: (n, a, s) => `unknown format: ${n} (${s ? `did you mean ${s}? ` : ''}available formats: ${a.join(', ')})`,
  badLocale: (v) => `invalid --locale: ${v} (expected zh-CN or en)`,
  badMaxWarnings: (v) => `invalid --max-warnings: ${v} (expected a non-negative integer)`,
  badMaxFileSize: (v) => `invalid --max-file-size: ${v} (expected a non-negative number, optionally with KB, MB or GB, e.g. 10MB; 0 means no limit)`,
  fileTooLarge: (p, s, l) => `skipped ${p}: its size ${megabytes(s)} is over the limit of ${megabytes(l)} (change it with --max-file-size; 0 means no limit)`,
  emptyFile: 'the file is empty: there is no report to check',
  badRuleOption: (v, d) => `invalid --rule value ${JSON.stringify(v)}: ${d}`,
  unknownRule: (id, s) => `unknown rule: ${id}${s ? ` (did you mean ${s}?)` : ''}`,
  configProblem: (p, problem) => `invalid config file ${p}: ${problem}`,
  configNotFound: (p) => `config file not found: ${p}`,
  jsonSyntax: (d, l, c) => `JSON syntax error (line ${l}, column ${c}): ${d}`,
  configNotObject: 'the config must be an object',
  configUnknownKey: (k, s) => `unknown config key "${k}" (${s ? `did you mean "${s}"? ` : ''}allowed: extends, rules, settings, ignores)`,
  configRulesNotObject: '"rules" must be an object',
  configSettingsNotObject: '"settings" must be an object',
  configNoDefault: 'the module has no default export (export default { rules: … })',
  noPaths: 'no files to check were given',
  stdinUnavailable: 'cannot read standard input',
  tooManyWarnings: (n, m) => `too many warnings (${n}, maximum: ${m})`,
  formatterCrashed: (n, m) => `formatter ${n} failed: ${m}`,
  outputFailed: (p, r) => `cannot write output file ${p}: ${r}`,
  cannotCreateDir: (d, r) => `cannot create directory ${d} (${r})`,
  badDataFile: (p) => `cannot tell the format of --data-file ${p} (the extension should be .csv, .xlsx or .json)`,
  timingHeader: ['Rule', 'Time (ms)', 'Relative'],
  configBadExtends: (n) => `unknown preset "${n}" in "extends" (available: recommended, strict)`,
  configIgnoresInvalid: '"ignores" must be an array of glob pattern strings',
  fileIgnored: (p) => `File ignored by the config (ignores in ${p}); use --no-ignore to check it anyway`,
  fixConflict: '--fix and --fix-dry-run cannot be used together',
  fixStdin: '--fix cannot be used with standard input (nowhere to write); use --fix-dry-run instead',
  fixWriteFailed: (p, r) => `cannot write the fixed ${p}: ${r} (the file is unchanged)`,
  fixReadOnly: (p) => `did not write the fixed ${p}: the file is read-only or not writable by you (the file is unchanged)`,
  suppressConflict: '--prune-suppressions cannot be used with --suppress-all or --suppress-rule',
  suppressionsInvalid: (p, d) => `invalid suppressions file ${p}: ${d}`,
  suppressionsWriteFailed: (p, r) => `cannot write the suppressions file ${p}: ${r}`,
  staleSuppressions: (p, list) =>
    `${p} suppresses more errors than there are now (${list.length} entries; they were fixed); run report-lint --prune-suppressions to update it:\n` +
    list.map((e) => `  ${e.file}  ${e.ruleId}: ${e.suppressed} suppressed, ${e.found} found`).join('\n'),
  cacheWriteFailed: (p, r) => `cannot write the cache file ${p}: ${r} (the results are not affected)`,
  progressParse: 'parsing',
  progressCheck: 'checking',
  finalLine: (f, e, w, s) =>
    `Checked ${f} files: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'} in ${s} s`,
  osReason: (code, fallback) => (code && EN_OS[code]) || fallback,
  usage: (formats, version) => `report-lint ${version} — consistency linter for government information-disclosure annual reports

Usage: report-lint [options] <files | directories | globs>…
       report-lint extract [--format json|csv|xlsx] <paths>… (extract the data; see report-lint extract --help)

Directories are searched recursively for .txt .md .markdown .html .htm .shtml .docx .pdf
files (node_modules and dot-directories are skipped).

Options:
  -f, --format <name>       Output format (default stylish). Available: ${formats.join(', ')}
  -c, --config <file>       Use this config file (JSON, or .js/.mjs with a default export)
                            instead of looking for report-lint.config.{js,mjs,json} / .reportlintrc.json
      --rule <id:severity>  Set a rule's severity, repeatable; off, info, warn, error,
                            or JSON such as 'id:["warn",{"option":1}]'
      --no-ignore           Do not skip the files a config's ignores name
      --no-warn-ignored     No warning when a file named on the command line is ignored (for hooks)
      --print-config <file> Print the effective config of the file as JSON and exit
      --quiet               Report errors only (hide warnings and info)
      --max-warnings <n>    Exit with code 1 when there are more than n warnings
      --max-file-size <size> Skip (and report) files larger than this (default 10MB; 0: no limit)
      --fix                 Fix what can be fixed and write the files back (same encoding and line endings)
      --fix-dry-run         Show the fixes (unified diff; an output field with json) without writing
      --report-unused-disable-directives
                            Warn about report-lint-disable comments that hide nothing
      --suppress-all        Record every current error in the suppressions file; report only new ones
      --suppress-rule <id>  Record the errors of this rule only (repeatable)
      --prune-suppressions  Remove fixed problems from the suppressions file
      --suppressions-location <file>
                            Suppressions file (default report-lint-suppressions.json)
      --cache               Check only changed files, reuse the last results for the others
      --cache-location <p>  Cache file (default .report-lint-cache)
  -o, --output-file <file>  Write the results to a file instead of stdout
      --data-file <file>    Also write the data of the reports (by extension: .csv, .xlsx, .json;
                            repeatable; the -f html summary links to them)
      --keys                Machine keys instead of the template's words as data headers
      --locale <zh-CN|en>   Message language (default zh-CN)
      --color, --no-color   Force coloured output on or off
      --stdin               Read a report from standard input
      --stdin-filename <n>  File name of the stdin report (selects the parser)
      --print-ast <file>    Print the report AST of the file as JSON and exit
  -h, --help                Show this help
  -v, --version             Show the version

Exit codes: 0 no errors; 1 errors found (or more warnings than --max-warnings);
            2 the check could not be done (bad option, config or file).
Environment: TIMING=1 prints per-rule times after the output; NO_COLOR / FORCE_COLOR control colour;
             COLUMNS sets the terminal width stylish wraps to (0: never; no wrapping off a terminal).
`,
};

/** The CLI texts for a locale. */
export function cliMessages(locale: Locale): CliMessages {
  return pick({ zh, en }, locale);
}
