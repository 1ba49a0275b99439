import {
  APPLICATION_COLUMNS, cellOf, COLUMN_NAMES, defineRule, normalizeLabel, REVIEW_COLUMN_LABELS, REVIEW_COLUMNS, REVIEW_GROUP_NAMES, t,
  TABLE_NAMES, type ActiveColumn, type CellRef, type MessageRef, type Position, type RuleContext, type Text,
} from '../src/rule-kit.js';

const messages = {
  negative: t('{{where}}为负数 {{value}}，计数不能小于 0', '{{where}} is negative ({{value}}); counts cannot be below 0'),
  fractional: t('{{where}}为小数 {{value}}，件数应为整数', '{{where}} is fractional ({{value}}); counts are whole numbers'),
  notNumber: t('{{where}}应为数字，实际为“{{value}}”', '{{where}} should be a number, found “{{value}}”'),
  blank: t('{{where}}为空，表格要求填写数字（没有发生请填 0）', '{{where}} is blank; the table needs a number (0 when nothing happened)'),
  missing: t('{{where}}缺少数值，表格要求填写数字（没有发生请填 0）', '{{where}} is missing; the table needs a number (0 when nothing happened)'),
  inApplications: t('表三“{{row}}”{{column}}列', 'table 三, “{{row}}”, column {{column}}'),
  inReview: t('表四{{group}}“{{column}}”', 'table 四, {{group}}, {{column}}'),
  inActive: t('表二“{{row}}”', 'table 二, “{{row}}”'),
  inActiveColumn: t('表二“{{row}}”“{{column}}”', 'table 二, “{{row}}”, “{{column}}”'),
  inLegacy: t('附表“{{row}}”', 'appendix row “{{row}}”'),
  blanks: t(
    '{{table}}有 {{count}} 个空格，模板要求填写数字（没有发生请填 0）',
    '{{table}} has {{count}} blank cells; the template needs a number in each (0 when nothing happened)',
  ),
  blankHere: t('{{where}}为空', '{{where}} is blank'),
};

type Id = keyof typeof messages;

type Kind = 'count' | 'signed' | 'amount';

/** What a cell of a table-二 column may hold. */
function activeKind(column: ActiveColumn | null): Kind {
  if (column === 'change') return 'signed';
  if (column === 'amount') return 'amount';
  return 'count';
}

/**
 * Cells of the standard tables that cannot hold what they hold: negative or
 * fractional counts, text where a number belongs, blanks in tables 三 and 四.
 */
export default defineRule({
  meta: {
    id: 'cell-value',
    title: t('单元格数值无效', 'Invalid cell value'),
    severity: 'error',
    description: t(
      '标准表格中的计数单元格必须是非负整数：负数、小数、文字或应填未填的空白都不行；金额须为非负数。',
      'Count cells of the standard tables must be non-negative integers (no negatives, fractions, text or blanks where a number is required); amounts must be non-negative.',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    const apps = context.model.applications;
    // An excerpt that stops in a table cuts its last row short: that row's empty cells are not left empty.
    const cutRow = context.model.truncated?.lastRow;
    // A table with no number at all is an empty skeleton: required-tables reports it once.
    if (apps && [...apps.rows.values()].some((r) => r.cells.some((c) => c.value.kind === 'number'))) {
      const blanks: Blank[] = [];
      for (const row of apps.rows.values()) {
        if (row.row === cutRow) continue;
        const filled = row.cells.filter((c) => c.value.kind === 'number').length;
        for (const column of APPLICATION_COLUMNS) {
          const where = { messageId: 'inApplications', data: { row: row.label.value.replace(/\s+/g, ''), column: COLUMN_NAMES[column] } } as const;
          // A blank 总计 of a row with values is an omission of its own, not a zero left blank.
          const own = column === 'total' && hasValues(row.cells);
          // A row without any value is said missing once, at its first column.
          checkCell(context, cellOf(row, column)!, 'count', where, filled > 0 || column === APPLICATION_COLUMNS[0] ? row.label : null, true, own ? null : blanks);
        }
      }
      reportBlanks(context, blanks, TABLE_NAMES.applications);
    }
    const review = context.model.review;
    const reviewCut = !!review && context.model.truncated?.table === review.table;
    if (review && !reviewCut && review.groups.some((g) => g.cells.some((c) => c.value.kind === 'number'))) {
      const blanks: Blank[] = [];
      for (const group of review.groups) {
        for (const column of REVIEW_COLUMNS) {
          const where = { messageId: 'inReview', data: { group: REVIEW_GROUP_NAMES[group.key], column: REVIEW_COLUMN_LABELS[column] } } as const;
          const own = column === 'total' && hasValues(group.cells);
          checkCell(context, review.get(group.key, column)!, 'count', where, null, true, own ? null : blanks);
        }
      }
      reportBlanks(context, blanks, TABLE_NAMES.review);
    }
    const active = context.model.active;
    for (const item of active?.items ?? []) {
      for (const row of item.rows) {
        for (const ref of row.cells) {
          const header = item.header.includes(ref.column) ? normalizeLabel(ref.column) : '';
          const label = row.label.value.replace(/\s+/g, '');
          const where: MessageRef<Id> = header ? { messageId: 'inActiveColumn', data: { row: label, column: header } } : { messageId: 'inActive', data: { row: label } };
          checkCell(context, ref, activeKind(active!.columnOf(ref)), where, null, false);
        }
      }
    }
    for (const table of context.model.legacy) {
      for (const row of table.rows) {
        if (row.unit && /元/.test(row.unit.value)) continue;
        for (const ref of row.cells) {
          const where = { messageId: 'inLegacy', data: { row: row.label.value.replace(/\s+/g, '') } } as const;
          checkCell(context, ref, 'count', where, null, false);
        }
      }
    }
  },
});

/** A blank cell where the table needs a number, and how to name it. */
interface Blank {
  ref: CellRef;
  where: MessageRef<Id>;
}

/** Whether a row (or a table-四 group) holds a value other than 0 outside its total. */
function hasValues(cells: CellRef[]): boolean {
  return cells.some((c) => c.column !== 'total' && c.value.kind === 'number' && c.value.value !== 0);
}

/**
 * Blank cells of one table: a table that leaves its zeros blank throughout gets one
 * finding (at its first blank, the others as related places), a single blank its own.
 */
function reportBlanks(context: RuleContext<Record<string, unknown>, Id>, blanks: Blank[], table: Text): void {
  const [first, ...others] = blanks;
  if (!first) return;
  if (others.length === 0) {
    context.report({ node: first.ref.cell!, messageId: 'blank', data: { where: first.where } });
    return;
  }
  context.report({
    node: first.ref.cell!,
    messageId: 'blanks',
    data: { table, count: blanks.length },
    related: blanks.map((b) => ({ node: b.ref.cell!, messageId: 'blankHere', data: { where: b.where } })),
  });
}

/**
 * Reports one cell. Blanks are reported only where a number is required
 * (`blankAt` names the row label to point at when the cell itself is missing);
 * blank cells go to `blanks`, when given, to be told once for their table.
 */
function checkCell(
  context: RuleContext<Record<string, unknown>, Id>,
  ref: CellRef,
  kind: Kind,
  where: MessageRef<Id>,
  blankAt: { position: Position } | null,
  blankRequired = true,
  blanks: Blank[] | null = null,
): void {
  const v = ref.value;
  if (ref.uncertain) return;
  if (v.kind === 'number') {
    if (v.value < 0 && kind !== 'signed') {
      context.report({ node: ref.cell!, messageId: 'negative', data: { where, value: v.raw.trim() } });
    } else if (!Number.isInteger(v.value) && kind !== 'amount') {
      context.report({ node: ref.cell!, messageId: 'fractional', data: { where, value: v.raw.trim() } });
    }
    return;
  }
  if (v.kind === 'text') {
    if (kind === 'amount' && /^\d+(?:\.\d+)?万?元$/.test(normalizeLabel(v.raw))) return;
    context.report({ node: ref.cell!, messageId: 'notNumber', data: { where, value: v.raw.trim() } });
    return;
  }
  if (v.kind === 'blank' && blankRequired) {
    if (ref.cell && blanks) {
      blanks.push({ ref, where });
      return;
    }
    const node = ref.cell ?? blankAt;
    if (!node) return;
    context.report({ node, messageId: ref.cell ? 'blank' : 'missing', data: { where } });
  }
}
