import type { Table } from '../ast/types.js';
import { normalizeLabel } from '../text/normalize.js';
import { chineseNumeral, readCell, toChineseNumeral } from '../text/numbers.js';
import type { Text } from '../i18n.js';
import { cellRef } from './applications.js';
import { COLUMN_HEADER, splitColumnNames } from './vocabulary.js';
import type { ActiveItem, ActiveRow } from './types.js';

const ROW_KEYS: [RegExp, string][] = [
  [/^规章$/, 'rules'],
  [/^(?:行政)?规范性文件$/, 'normative'],
  [/^行政许可$/, 'license'],
  [/^其他对外管理服务事项$/, 'other_services'],
  [/^行政处罚$/, 'penalty'],
  [/^行政强制$/, 'enforcement'],
  [/^行政事业性收费$/, 'fees'],
  [/^政府集中采购$/, 'procurement'],
];

const keyOf = (label: string) => ROW_KEYS.find(([re]) => re.test(label))?.[1];

/** The note on the values of a row with fewer values than its sub-table has columns. */
function shortRowNote(count: number, columns: number): Text {
  return {
    zh: `数值只有${count}个，少于${columns}列，不能确定各属哪一列，已按从左到右读取`,
    en: `only ${count} values for ${columns} columns; which column each belongs to is not certain; read from left to right`,
  };
}

/**
 * Reads one "第二十条第（X）项" sub-table of table 二. `endsText`: the text ends
 * with this table, so its last row may have been cut.
 */
export function readActiveItem(table: Table, endsText = false): ActiveItem | null {
  let item: number | null = null;
  let header: string[] = [];
  const rows: ActiveRow[] = [];
  /** The label of the label-only row just before, when it named no row. */
  let pending: string | null = null;
  for (const [index, row] of table.children.entries()) {
    const before = pending;
    pending = null;
    const labels = row.children.map((c) => normalizeLabel(c.value));
    const caption = labels.map((l) => /^第二十条第\(([一二三四五六七八九十]+)\)项/.exec(l)).find(Boolean);
    if (caption) item = chineseNumeral(caption[1]!);
    const infoAt = labels.indexOf('信息内容');
    if (infoAt >= 0) {
      header = labels.slice(infoAt + 1);
      continue;
    }
    // The header row collapsed into one cell ("信息内容本年制发件数本年废止件数现行有效件数").
    const collapsed = labels[0]!.startsWith('信息内容') && labels.slice(1).every((l) => l === '') ? splitColumnNames(labels[0]!.slice(4)) : null;
    if (collapsed) {
      header = collapsed;
      continue;
    }
    const [first, ...values] = row.children;
    if (!first || readCell(first.value).kind !== 'text' || caption) continue;
    // A row of labels only is a (possibly displaced) header, not data. In an empty skeleton
    // without "信息内容" it holds the column headers and the row labels at once.
    if (values.length && values.every((c) => readCell(c.value).kind === 'text')) {
      const columns = labels.filter((l) => COLUMN_HEADER.test(l));
      if (header.length === 0 && columns.length) header = columns;
      row.children.forEach((cell, i) => {
        const key = ROW_KEYS.find(([re]) => re.test(labels[i]!))?.[1];
        if (key) rows.push({ key, label: cell, cells: header.map((h) => cellRef(null, key, h)) });
      });
      continue;
    }
    const norm = labels[0]!;
    let known = keyOf(norm);
    // A lone unknown label (a truncated caption or heading, "三、收到", the first line of a wrapped label) is not a row;
    // known rows stay even when empty.
    if (!known && values.length === 0) {
      pending = norm;
      continue;
    }
    // A label wrapped over two lines ("其他对外管理" + "服务事项 12"): the row is the label they make together.
    if (!known && before !== null) known = keyOf(before + norm);
    const key = known ?? norm;
    // Fewer values than columns, on a row that is not where the text was cut: which cells are missing is a guess.
    const cut = endsText && index === table.children.length - 1;
    if (values.length > 0 && values.length < header.length && !cut) {
      const note = shortRowNote(values.length, header.length);
      for (const c of values) c.uncertain ??= note;
    }
    const cells = (values.length || header.length ? header.map((_, i) => values[i] ?? null) : []).map((c, i) =>
      cellRef(c, key, header[i] ?? String(i)),
    );
    // Empty cells past the last column are no cells of the table.
    let filled = values.length;
    while (filled > header.length && values[filled - 1]!.value.trim() === '') filled--;
    for (let i = header.length; i < filled; i++) cells.push(cellRef(values[i]!, key, String(i)));
    rows.push({ key, label: first, cells });
  }
  if (item === null) return null;
  return { item, table, header, rows };
}
