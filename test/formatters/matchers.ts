/**
 * VS Code's built-in problem matcher patterns (eslint-stylish, eslint-compact)
 * and a small model of how VS Code applies a two-line matcher whose second
 * pattern loops: the first pattern must match the line right before a row, and
 * any line that is not a row ends the loop.
 */
import { stripVTControlCharacters } from 'node:util';

export const STYLISH_FILE = /^([^\s].*)$/;
export const STYLISH_ROW = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)(?:\s\s+(.*))?$/;
export const COMPACT = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;

export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string | undefined;
}

function problem(file: string, m: RegExpExecArray): Problem {
  return { file, line: Number(m[1]), column: Number(m[2]), severity: m[3]!, message: m[4]!, code: m[5] };
}

/** The problems VS Code's `$eslint-stylish` matcher reads from terminal output. */
export function matchStylish(output: string): Problem[] {
  const problems: Problem[] = [];
  let file: string | undefined;
  let previous: string | undefined;
  for (const line of stripVTControlCharacters(output).split('\n')) {
    if (file !== undefined) {
      const row = STYLISH_ROW.exec(line);
      if (row) {
        problems.push(problem(file, row));
        continue;
      }
      file = undefined;
    }
    const row = STYLISH_ROW.exec(line);
    const head = previous === undefined ? null : STYLISH_FILE.exec(previous);
    if (row && head) {
      file = head[1]!;
      problems.push(problem(file, row));
    }
    previous = line;
  }
  return problems;
}
