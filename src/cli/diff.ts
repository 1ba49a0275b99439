/**
 * Unified diffs for `--fix-dry-run`, in the shape `git diff` and `patch -p1`
 * read:
 *
 *     --- a/reports/2020.txt
 *     +++ b/reports/2020.txt
 *     @@ -6,3 +6,3 @@
 *      context line
 *     -old line
 *     +new line
 *      context line
 *
 * Fixes never add or remove lines, so line i of the old text pairs with line
 * i of the new one; texts whose line counts differ get one hunk replacing
 * everything. Line endings are not shown; a last line without one is marked
 * with "\ No newline at end of file".
 */

const NO_NEWLINE = '\\ No newline at end of file';

interface Line {
  text: string;
  /** False for a last line without a line ending. */
  ended: boolean;
}

function splitLines(text: string): Line[] {
  if (text === '') return [];
  const parts = text.split(/\r\n|\r|\n/);
  const ended = parts[parts.length - 1] === '';
  if (ended) parts.pop();
  return parts.map((line, i) => ({ text: line, ended: ended || i < parts.length - 1 }));
}

/** "a/…" and "b/…" paths: forward slashes, no leading "./". */
function diffPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
}

/** A hunk range: "start,count" (start is the line before an empty range). */
function range(start: number, count: number): string {
  return count === 0 ? `${start - 1},0` : count === 1 ? `${start}` : `${start},${count}`;
}

function lineOut(prefix: string, line: Line): string[] {
  return line.ended ? [`${prefix}${line.text}`] : [`${prefix}${line.text}`, NO_NEWLINE];
}

/** The unified diff of one file, or "" when the texts are equal. Every line ends with "\n". */
export function unifiedDiff(path: string, oldText: string, newText: string, context = 3): string {
  if (oldText === newText) return '';
  const header = [`--- a/${diffPath(path)}`, `+++ b/${diffPath(path)}`];
  const olds = splitLines(oldText);
  const news = splitLines(newText);
  if (olds.length !== news.length) {
    const body = [`@@ -${range(1, olds.length)} +${range(1, news.length)} @@`];
    for (const l of olds) body.push(...lineOut('-', l));
    for (const l of news) body.push(...lineOut('+', l));
    return [...header, ...body].join('\n') + '\n';
  }
  const changed = olds.map((l, i) => l.text !== news[i]!.text || l.ended !== news[i]!.ended);
  // Group changed lines into hunks whose context stretches overlap or touch.
  const hunks: [number, number][] = [];
  changed.forEach((c, i) => {
    if (!c) return;
    const last = hunks[hunks.length - 1];
    if (last && i - last[1] <= 2 * context + 1) last[1] = i;
    else hunks.push([i, i]);
  });
  const out = [...header];
  for (const [first, last] of hunks) {
    const from = Math.max(0, first - context);
    const to = Math.min(olds.length - 1, last + context);
    out.push(`@@ -${range(from + 1, to - from + 1)} +${range(from + 1, to - from + 1)} @@`);
    let i = from;
    while (i <= to) {
      if (!changed[i]) {
        out.push(...lineOut(' ', olds[i]!));
        i++;
        continue;
      }
      // A run of changed lines: all the old ones, then all the new ones.
      let j = i;
      while (j <= to && changed[j]) j++;
      for (let k = i; k < j; k++) out.push(...lineOut('-', olds[k]!));
      for (let k = i; k < j; k++) out.push(...lineOut('+', news[k]!));
      i = j;
    }
  }
  return out.join('\n') + '\n';
}
