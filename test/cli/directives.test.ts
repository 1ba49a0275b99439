/** Inline `<!-- report-lint-disable … -->` comments in plain text, Markdown and HTML, through the CLI and directly. */
import { describe, expect, it } from 'vitest';
import { applyDirectives, parseDirectives } from '../../src/engine/directives.js';
import type { LintMessage, LintResult } from '../../src/results.js';
import { BAD, onlyRules, runCli, tempTrees } from './helpers.js';


const tree = tempTrees({ '.reportlintrc.json': onlyRules() });

const lines = BAD.trimEnd().split('\n');
/** BAD with extra lines inserted before line `at` (1-based). */
const withLines = (at: number, ...extra: string[]) => [...lines.slice(0, at - 1), ...extra, ...lines.slice(at - 1)].join('\n') + '\n';
/** [ruleId, line, column, severity] of every message of one JSON result. */
async function findings(file: string, dir: string, extra: string[] = []) {
  const r = await runCli([file, '-f', 'json', ...extra], dir);
  const [result] = JSON.parse(r.stdout) as LintResult[];
  return { code: r.code, stderr: r.stderr, list: result!.messages.map((m) => [m.ruleId, m.line, m.column, m.severity]), messages: result!.messages };
}

/** BAD as a GFM table (findings on line 11) and as an HTML table (line 9). */
const cells = (line: string) => line.replace(/ \|$/, '').split(' | ').concat(Array(8).fill('')).slice(0, 8);
const MD = `${lines[0]}\n\n${lines[1]}\n\n| 项目 | a | b | c | d | e | f | 总计 |\n|---|---|---|---|---|---|---|---|\n${lines
  .slice(2)
  .map((l) => `| ${cells(l).join(' | ')} |`)
  .join('\n')}\n`;
const html = (before7 = '') =>
  `<html><head><title>报告</title></head><body>\n<p>${lines[0]}</p>\n<p>${lines[1]}</p>\n<table>\n${lines
    .slice(2)
    .map((l) => `${l.startsWith('（七）') ? before7 : ''}<tr>${cells(l).map((c) => `<td>${c}</td>`).join('')}</tr>\n`)
    .join('')}</table>\n</body></html>\n`;

describe('inline disable comments through the CLI', () => {
  it('disable-next-line hides the findings of the next non-blank line (plain text)', async () => {
    const dir = tree({
      'plain.txt': withLines(7, '<!-- report-lint-disable-next-line placeholder -->'),
      'next.txt': withLines(7, '<!-- report-lint-disable-next-line application-balance -->', '', '   '),
    });
    expect((await findings('plain.txt', dir)).list).toEqual([
      ['application-balance', 8, 25, 2],
      ['application-balance', 8, 33, 2],
    ]);
    const hidden = await findings('next.txt', dir);
    expect(hidden).toMatchObject({ code: 0, stderr: '', list: [] });
  });

  it('disable … enable hides a stretch; a blanket disable hides everything after it', async () => {
    const dir = tree({
      'block.txt': withLines(7, '<!-- report-lint-disable application-balance -- 已向上级说明 -->'),
      'reenabled.txt': withLines(7, '<!-- report-lint-disable application-balance -->', '<!-- report-lint-enable application-balance -->'),
      'all.txt': `<!-- report-lint-disable -->\n${BAD}`,
      'allback.txt': withLines(7, '<!-- report-lint-disable -->', '<!-- report-lint-enable -->'),
      'except.txt': withLines(7, '<!-- report-lint-disable -->', '<!-- report-lint-enable application-balance -->'),
    });
    expect((await findings('block.txt', dir)).list).toEqual([]);
    expect((await findings('reenabled.txt', dir)).list).toHaveLength(2);
    expect((await findings('all.txt', dir)).code).toBe(0);
    expect((await findings('all.txt', dir)).list).toEqual([]);
    expect((await findings('allback.txt', dir)).list).toHaveLength(2);
    expect((await findings('except.txt', dir)).list).toHaveLength(2);
  });

  it('works in Markdown and HTML alike', async () => {
    const dir = tree({
      'table.md': MD,
      'hidden.md': MD.replace('| （七）', '<!-- report-lint-disable-next-line application-balance -->\n| （七）'),
      'table.html': html(),
      'hidden.html': html('<!-- report-lint-disable-next-line application-balance -->\n'),
    });
    expect((await findings('table.md', dir)).list.map((f) => f.slice(0, 2))).toEqual([
      ['application-balance', 11],
      ['application-balance', 11],
    ]);
    expect((await findings('hidden.md', dir)).list).toEqual([]);
    expect((await findings('table.html', dir)).list.map((f) => f.slice(0, 2))).toEqual([
      ['application-balance', 9],
      ['application-balance', 9],
    ]);
    expect((await findings('hidden.html', dir)).list).toEqual([]);
  });

  it('an unknown rule id is a warning of the tool (ruleId null); the exit code stays that of the findings', async () => {
    const dir = tree({ 'unknown.txt': `<!-- report-lint-disable no-such-rule -->\n${BAD}` });
    const r = await findings('unknown.txt', dir);
    expect(r.code).toBe(1);
    expect(r.list).toEqual([
      [null, 1, 1, 1],
      ['application-balance', 8, 25, 2],
      ['application-balance', 8, 33, 2],
    ]);
    expect(r.messages[0]!.message).toBe('report-lint-disable 注释中的规则“no-such-rule”不存在');
    const en = await findings('unknown.txt', dir, ['--locale', 'en']);
    expect(en.messages[0]!.message).toBe('Unknown rule "no-such-rule" in a report-lint-disable comment');
  });

  it('--report-unused-disable-directives warns about comments that hid nothing', async () => {
    const dir = tree({
      'unused.txt': withLines(7, '<!-- report-lint-disable-next-line placeholder, application-balance -->', '<!-- report-lint-disable-next-line -->'),
    });
    expect((await findings('unused.txt', dir)).list).toEqual([]);
    const r = await findings('unused.txt', dir, ['--report-unused-disable-directives']);
    expect(r.list).toEqual([[null, 7, 1, 1]]);
    expect(r.messages[0]!.message).toBe('没有用到的 report-lint-disable-next-line 注释（没有屏蔽规则“placeholder”的问题）');
  });
});

describe('parseDirectives / applyDirectives', () => {
  const m = (ruleId: string | null, line: number, offset: number): LintMessage => ({
    ruleId,
    severity: 2,
    message: 'x',
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    range: [offset, offset + 1],
  });

  it('reads the kind, the rule ids (comma, space or 、) and drops the -- explanation', () => {
    const text = '<!--report-lint-disable a,b 、c -- 原因 -->\n<!-- report-lint-enable-->\n<!-- report-lint-disabled -->\n<!-- report-lint-disable-next-line x --> ';
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length];
    expect(parseDirectives(text)).toEqual([
      { kind: 'disable', ruleIds: ['a', 'b', 'c'], range: at('<!--report-lint-disable a,b 、c -- 原因 -->') },
      { kind: 'enable', ruleIds: [], range: at('<!-- report-lint-enable-->') },
      { kind: 'disable-next-line', ruleIds: ['x'], range: at('<!-- report-lint-disable-next-line x -->') },
    ]);
  });

  it('never hides messages of the tool itself, and leaves messages alone without directives', () => {
    const text = '<!-- report-lint-disable -->\nabc\n';
    const tool = m(null, 2, 29);
    expect(applyDirectives(text, [tool, m('a', 2, 30)], { isKnownRule: () => true })).toEqual([tool]);
    const messages = [m('a', 1, 0)];
    expect(applyDirectives('no comments', messages, { isKnownRule: () => true })).toBe(messages);
  });

  it('scans a long adversarial text in linear time', () => {
    const text = '<!-- report-lint-disable '.repeat(40_000) + 'a'.repeat(100_000);
    const started = performance.now();
    expect(parseDirectives(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
