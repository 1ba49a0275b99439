/**
 * Where a table or a row of the report stands, in the template's words:
 * 表二/表三/表四/附表, and a row by its template label ("（三）不予公开
 * 2.其他法律行政法规禁止公开"), by its label as written, or by its position
 * when the label is what could not be read. For messages about the reading
 * of tables (parse-uncertain) and for anything that names a table row.
 */
import type { Cell, Row, Table } from '../ast/types.js';
import { t, type Text } from '../i18n.js';
import { classifyTable } from './index.js';
import { rowWords } from './labels.js';
import type { ReportModel } from './types.js';

export type TableKind = 'active' | 'applications' | 'review' | 'legacy';

export const TABLE_NAMES: Record<TableKind | 'other', Text> = {
  active: t('表二', 'table 二'),
  applications: t('表三', 'table 三'),
  review: t('表四', 'table 四'),
  legacy: t('附表', 'the appendix table'),
  other: t('表格', 'a table'),
};

/** Which standard table a table of the report is, by the model (else by its labels). */
export function tableKind(model: ReportModel, table: Table): TableKind | 'other' {
  if (model.applications?.table === table) return 'applications';
  if (model.review?.table === table) return 'review';
  if (model.active?.items.some((i) => i.table === table)) return 'active';
  if (model.legacy.some((l) => l.table === table)) return 'legacy';
  return classifyTable(table);
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * A row of a table in words: “label”一行 by the template's label of the row
 * the model recognised, else by its label as written; 第N行 when it has no
 * label or its label is uncertain; null for the one data row of table 四.
 */
export function rowPlace(model: ReportModel, table: Table, row: Row): Text | null {
  const position = t(`第${table.children.indexOf(row) + 1}行`, `row ${table.children.indexOf(row) + 1}`);
  if (model.review?.table === table) return null;
  const label = row.children[0];
  if (!label || label.uncertain) return position;
  const named = (words: Text): Text => t(`“${words.zh}”一行`, `row “${words.en}”`);
  const apps = model.applications;
  if (apps?.table === table) {
    for (const r of apps.rows.values()) if (r.row === row) return named(rowWords(r.key));
    return labelled(label) ?? position;
  }
  for (const item of model.active?.items ?? []) {
    if (item.table !== table) continue;
    const r = item.rows.find((x) => row.children.includes(x.label));
    if (r) return t(`第二十条第（${'一二三四五六七八九十'[item.item - 1] ?? item.item}）项“${squeeze(r.label.value)}”一行`, `item (${item.item}) of article 20, row “${squeeze(r.label.value)}”`);
  }
  return labelled(label) ?? position;
}

/** “label”一行 for a label cell with words in it (numbers are not labels). */
function labelled(cell: Cell): Text | null {
  const words = squeeze(cell.value);
  if (!words || /^[\d.,，、\-—%]+$/.test(words)) return null;
  const short = words.length > 24 ? `${words.slice(0, 24)}…` : words;
  return t(`“${short}”一行`, `row “${short}”`);
}
