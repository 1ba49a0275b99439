/**
 * The fuzzing property: linting any input with every rule never throws,
 * takes less than a second, puts every position inside the file, and gives
 * the same output when run again.
 */
import fc from 'fast-check';
import { SourceText } from '../../src/ast/source.js';
import { lintReports, type LintInput } from '../../src/lint.js';
import type { LintResult } from '../../src/results.js';
import { rules } from '../../rules/index.js';
import { fuzzInput, type FuzzInput } from './reports.js';

/**
 * Milliseconds of CPU time one run (all inputs of a case) may take. CPU time,
 * not wall time, so that other processes on a busy machine do not fail a case.
 */
export const TIME_LIMIT_MS = 1000;

/** One case: usually one report, sometimes two linted together (the cross-report rules then run). */
export const fuzzCase: fc.Arbitrary<FuzzInput[]> = fc.oneof(
  { weight: 6, arbitrary: fuzzInput.map((input) => [input]) },
  { weight: 1, arbitrary: fc.tuple(fuzzInput, fuzzInput).map(([a, b]) => [a, { ...b, filePath: `other-${b.filePath}` }]) },
);

const lint = (inputs: LintInput[]) => lintReports(inputs, { rules });

/** Throws (with what went wrong) when a position of a result lies outside its file. */
export function checkPositions(result: LintResult, text: string): void {
  const source = new SourceText(text);
  const inside = (what: string, line: number, column: number) => {
    if (!Number.isInteger(line) || line < 1 || line > source.lineCount) throw new Error(`${what}: line ${line} outside 1..${source.lineCount}`);
    const length = source.line(line).length;
    if (!Number.isInteger(column) || column < 1 || column > length + 1) throw new Error(`${what}: column ${column} outside 1..${length + 1} of line ${line}`);
  };
  const ordered = (what: string, a: [number, number], b: [number, number]) => {
    if (b[0] < a[0] || (b[0] === a[0] && b[1] < a[1])) throw new Error(`${what}: end ${b.join(':')} before start ${a.join(':')}`);
  };
  const range = (what: string, r: [number, number] | undefined) => {
    if (r && !(Number.isInteger(r[0]) && Number.isInteger(r[1]) && 0 <= r[0] && r[0] <= r[1] && r[1] <= text.length)) {
      throw new Error(`${what}: range ${r.join('..')} outside 0..${text.length}`);
    }
  };
  for (const m of result.messages) {
    const what = `${m.ruleId ?? 'tool'} “${m.message}”`;
    inside(`${what} start`, m.line, m.column);
    inside(`${what} end`, m.endLine ?? m.line, m.endColumn ?? m.column);
    ordered(what, [m.line, m.column], [m.endLine ?? m.line, m.endColumn ?? m.column]);
    range(`${what} range`, m.range);
    range(`${what} fix`, m.fix?.range);
    for (const s of m.suggestions ?? []) range(`${what} suggestion`, s.fix.range);
    // Related places in this same file (others name their file).
    for (const r of m.related ?? []) {
      if (r.filePath !== undefined && r.filePath !== result.filePath) continue;
      inside(`${what} related start`, r.line, r.column);
      inside(`${what} related end`, r.endLine, r.endColumn);
      ordered(`${what} related`, [r.line, r.column], [r.endLine, r.endColumn]);
    }
  }
}

/** Results without the fields that may legitimately differ between runs (none today: the whole result is compared). */
const snapshot = (results: LintResult[]) => JSON.stringify(results);

/** The property for one case; throws on any failure. `again` also checks that a second run gives the same output. */
export function checkCase(inputs: FuzzInput[], again = true): void {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const results = lint(inputs);
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  if (ms > TIME_LIMIT_MS) throw new Error(`took ${Math.round(ms)} ms of CPU, ${Math.round(performance.now() - started)} ms wall (limit ${TIME_LIMIT_MS} ms)`);
  if (results.length !== inputs.length) throw new Error(`${results.length} results for ${inputs.length} inputs`);
  results.forEach((result, i) => checkPositions(result, inputs[i]!.text));
  if (again && snapshot(lint(inputs)) !== snapshot(results)) throw new Error('a second run gave a different output');
}

/**
 * Loads what the first lint of a process loads (dictionaries, parsers), so that
 * start-up is not timed as a case: the Traditional word dictionary a
 * Traditional report loads, and the Markdown and HTML parsers run over tables
 * of up to a thousand rows (the first large table of a process costs up to
 * twice as much before the engine has compiled and sized for them: 30,000
 * characters of Markdown pipe table took 0.8–1.0 s of CPU cold, 0.45 s warm).
 */
export function warmUp(): void {
  lint([{ filePath: 'warm.txt', text: '某县2022年政府信息公开工作年度报告\n一、总体情况\n本年度發佈信息12条。' }]);
  lint([{ filePath: 'warm.txt', text: '某縣2022年政府信息公開工作年度報告\n一、總體情況\n本年度關于發佈信息12條。' }]);
  for (const rows of [300, 1000, 1000]) {
    lint([{ filePath: 'warm.md', text: `# 一、总体情况\n\n| a | 1 |\n|---|---|\n${'| 主动公开 | 12 |\n'.repeat(rows)}` }]);
    lint([{ filePath: 'warm.html', text: `<p>一、总体情况</p><table>${'<tr><td>主动公开</td><td>12</td></tr>'.repeat(rows)}</table>` }]);
  }
}
