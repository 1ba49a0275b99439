/** Hand-built results for the formatter tests. */
import type { FormatterContext, LintMessage, LintResult } from '../../src/results.js';

export const CWD = '/work/proj';

const title = '# 2023年政府信息公开工作年度报告';
/** Indented with two ideographic spaces, as Word exports often are. */
export const CJK_LINE = '\u3000\u3000本年度共收到政府信息公开申请120件，办结118件。';
/** One 20 000-character line, as some reports are. */
export const LONG_LINE = '政府信息公开'.repeat(1500) + '依申请公开ABC事项' + '年度报告'.repeat(3000);
export const SOURCE = [title, '', CJK_LINE, LONG_LINE, '结束。'].join('\n');

export const LONG_START = LONG_LINE.indexOf('ABC');

function at(line: number, lineText: string, needle: string, from = 0): Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const i = lineText.indexOf(needle, from);
  if (i < 0) throw new Error(`no ${needle}`);
  return { line, column: i + 1, endLine: line, endColumn: i + 1 + needle.length };
}

export const balance: LintMessage = {
  ruleId: 'application-balance',
  severity: 2,
  message: '收到申请数  与办结数不一致（120 ≠ 118）',
  ...at(3, CJK_LINE, '120'),
  related: [{ ...at(3, CJK_LINE, '118'), message: '办结数在此' }],
};

export const longLine: LintMessage = {
  ruleId: 'long-line-rule',
  severity: 1,
  message: '“ABC”不是规范用语',
  ...at(4, LONG_LINE, 'ABC'),
  location: { paragraph: 3 },
};

export const info: LintMessage = {
  ruleId: 'term-style',
  severity: 3,
  message: 'Line one,\nline two: 100% done',
  ...at(5, '结束。', '结束'),
};

export const fatal: LintMessage = {
  ruleId: null,
  severity: 2,
  fatal: true,
  message: '无法读取文件：编码不是 UTF-8',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
};

function result(filePath: string, messages: LintMessage[], source?: string): LintResult {
  const count = (s: number) => messages.filter((m) => m.severity === s).length;
  return {
    filePath,
    messages,
    errorCount: count(2),
    warningCount: count(1),
    infoCount: count(3),
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...(source === undefined ? {} : { source }),
  };
}

/** A report with three findings, a clean file, and an unreadable file outside the working directory. */
export function sampleResults(): LintResult[] {
  return [
    result('reports/2023年报告.md', [balance, longLine, info], SOURCE),
    result('clean.md', [], '无问题。'),
    result('/elsewhere/outside.md', [fatal]),
  ];
}

export function context(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return {
    cwd: CWD,
    locale: 'zh-CN',
    color: false,
    version: '0.1.0',
    rules: {
      'application-balance': {
        id: 'application-balance',
        title: '申请收支平衡',
        description: '上年结转、本年新收与办理结果、结转下年之间应当平衡。',
        severity: 'error',
        url: 'https://github.com/report-lint/report-lint/blob/main/docs/rules/application-balance.md',
        fixable: false,
      },
      'long-line-rule': {
        id: 'long-line-rule',
        title: '规范用语',
        description: '',
        severity: 'warning',
        url: '',
        fixable: false,
      },
      'term-style': { id: 'term-style', title: '术语', description: '术语风格。', severity: 'info', url: 'https://example.org/term', fixable: true },
    },
    ...overrides,
  };
}
