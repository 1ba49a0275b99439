/**
 * Texts that are not whole reports: a file that is no report at all gets one
 * note and no finding (and `kind: 'not-report'` in the results and the
 * extract record); an excerpt that stops part-way gets one finding where it
 * stops instead of a list of what it lost.
 */
import { describe, expect, it } from 'vitest';
import { lintReports, lintText } from '../src/lint.js';
import { analyse } from '../src/analyse.js';
import { extractRecord } from '../src/extract/record.js';
import { rules } from '../rules/index.js';
import { BAD, runCli, tempTree } from './cli/helpers.js';

const README = `# tally

A small tool that counts words in text files. Install it with npm and run it on a folder:

\`\`\`sh
npm install -g tally
tally docs/
\`\`\`

It prints one line per file with the number of words, and a total at the end. Options: --json prints the
counts as JSON, --ignore takes a glob of files to skip, --min hides files with fewer words than given.
本工具统计文本文件的字数。
`;

const NOT_REPORT_ZH = '不是政府信息公开工作年度报告（没有年度报告的标题、统计期限或章节，是其他文档），未作检查';
const GENERATED_ZH = '不是政府信息公开工作年度报告（这是 report-lint 生成的页面），未作检查';

describe('files that are not reports', () => {
  it('a README gets one note of the tool and no rule runs on it', () => {
    const result = lintText({ filePath: 'README.md', text: README }, { rules });
    expect(result.messages.map((m) => [m.ruleId, m.severity, `${m.line}:${m.column}`, m.message])).toEqual([[null, 3, '1:1', NOT_REPORT_ZH]]);
    expect(result.report?.kind).toBe('not-report');
    const english = lintText({ filePath: 'README.md', text: README }, { rules, locale: 'en' });
    expect(english.messages[0]!.message).toBe(
      'Not a government information-disclosure annual report (it has no title, statistics period or sections of an annual report); not checked',
    );
    expect(extractRecord('README.md', analyse({ filePath: 'README.md', text: README })).kind).toBe('not-report');
  });

  it('a page report-lint wrote (its generator tag) is skipped even when it quotes a whole report', async () => {
    const { dir, cleanup } = tempTree({ 'a/report.txt': BAD });
    try {
      const written = await runCli(['--format', 'html', '-o', 'summary.html', 'a'], dir);
      expect(written.code).toBe(1);
      const run = await runCli(['--format', 'json', '.'], dir);
      const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; severity: number; message: string }[] }[];
      const summary = results.find((r) => r.filePath.endsWith('summary.html'))!;
      expect(summary.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 3, message: GENERATED_ZH })]);
      const report = results.find((r) => r.filePath.endsWith('report.txt'))!;
      expect(report.messages.filter((m) => m.ruleId === 'application-balance')).toHaveLength(2);
      expect(run.code).toBe(1);
      const extract = await runCli(['extract', '--format', 'json', '.'], dir);
      const kinds = (JSON.parse(extract.stdout) as { filePath: string; kind: string }[]).map((r) => [r.filePath.replace(/^.*\//, ''), r.kind]).sort();
      expect(kinds).toEqual([['report.txt', 'report'], ['summary.html', 'not-report']]);
    } finally {
      cleanup();
    }
  });

  it('a folder of nothing but non-reports exits 0', async () => {
    const { dir, cleanup } = tempTree({ 'README.md': README });
    try {
      const run = await runCli(['--format', 'json', '.'], dir);
      expect(run.code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('Chinese text without a title or sections is still checked: a fragment of a report is a report', () => {
    const text = '本年度共收到政府信息公开申请10件，办结12件。\n';
    const result = lintText({ filePath: 'x.txt', text }, { rules });
    expect(result.report?.kind).toBe('report');
    expect(result.messages.map((m) => m.ruleId)).toContain('impossible-value');
  });

  it('an HTML report without the generator tag is a report', () => {
    const html = '<html><head><meta name="generator" content="Microsoft Word 15"></head><body><p>本年度共收到政府信息公开申请10件，办结12件。</p></body></html>';
    expect(lintText({ filePath: 'x.html', text: html }, { rules }).report?.kind).toBe('report');
  });

  it('takes no part in the comparisons between reports', () => {
    const results = lintReports([{ filePath: 'README.md', text: README }, { filePath: 'x.txt', text: BAD }], { rules });
    expect(results[0]!.messages).toHaveLength(1);
    expect(results[1]!.report?.kind).toBe('report');
  });
});

const HEAD = `某县2022年政府信息公开工作年度报告
一、总体情况
本年度，我县认真贯彻落实《中华人民共和国政府信息公开条例》。
二、主动公开政府信息情况
第二十条第（一）项 |
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 0 | 0 | 0 |
行政规范性文件 | 3 | 1 | 25 |
第二十条第（五）项 |
信息内容 | 本年处理决定数量 |
行政许可 | 12 |
第二十条第（六）项 |
信息内容 | 本年处理决定数量 |
行政处罚 | 0 |
行政强制 | 0 |
第二十条第（八）项 |
信息内容 | 本年收费金额（单位：万元） |
行政事业性收费 | 0 |
`;

const TABLE_3 = `三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
三、本年度办理结果 |
（一）予以公开 | 3 | 0 | 0 |
`;

const STRUCTURE = ['required-sections', 'required-tables', 'cell-value', 'declared-count', 'template-version'];
const found = (text: string, file = 'x.txt') =>
  lintText({ filePath: file, text }, { rules, only: STRUCTURE }).messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);

describe('texts that stop part-way', () => {
  it('inside table 三: one warning where the text ends, no missing rows, no empty cells of the cut row', () => {
    expect(found(HEAD + TABLE_3)).toEqual(['24:20 required-sections 文本在表三中途结束，报告可能不完整']);
  });

  it('inside table 二: no missing items of article 20', () => {
    expect(found(`${HEAD.slice(0, HEAD.indexOf('行政规范性文件'))}行政规范性文件 | 3 |\n`)).toEqual(['8:12 required-sections 文本在表二中途结束，报告可能不完整']);
  });

  it('at a heading cut short, read as a row of the table above it', () => {
    expect(found(`${HEAD}三、收到\n`)).toEqual(['19:5 required-sections 文本在“三、收到”部分中途结束，报告可能不完整']);
  });

  it('right after the heading of section 三: no “no table under 三”', () => {
    expect(found(`${HEAD}三、收到和处理政府信息公开申请情况\n`)).toEqual(['19:18 required-sections 文本在“三、收到和处理政府信息公开申请情况”部分中途结束，报告可能不完整']);
  });

  it('in Markdown, with the introduction announcing six parts', () => {
    const md = `# 某县2022年政府信息公开工作年度报告

本报告共六个部分：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。

## 一、总体情况

本年度，我县认真贯彻落实《中华人民共和国政府信息公开条例》。

## 二、主动公开政府信息情况

| 第二十条第（一）项 | | | |
|---|---|---|---|
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 0 | 0 | 0 |
`;
    expect(found(md, 'x.md')).toEqual(['14:17 required-sections 文本在表二中途结束，报告可能不完整']);
  });

  it('a report that closes with its signature is whole: the sections it lacks are listed', () => {
    const text = `${HEAD}${TABLE_3.replace('（一）予以公开 | 3 | 0 | 0 |\n', '（一）予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n（七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n')}某县人民政府\n2023年1月20日\n`;
    const messages = found(text);
    expect(messages.filter((m) => m.includes('required-sections'))).toEqual([
      '28:11 required-sections 缺少“四、政府信息公开行政复议、行政诉讼情况”、“五、存在的主要问题及改进情况”、“六、其他需要报告的事项”（全文到此结束）',
    ]);
  });

  it('a whole report has no truncation', () => {
    const model = analyse({ filePath: 'x.txt', text: `${HEAD}三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n无。\n` }).model;
    expect(model.truncated).toBeUndefined();
  });
});
