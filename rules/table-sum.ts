import {
  APPLICATION_COLUMNS, cellOf, certainNumber, COLUMN_NAMES, defineRule, join, legacyGroups, OUTCOME_ROWS_2021, REVIEW_GROUP_NAMES, t,
  type ApplicationsTable, type LegacyTable, type ReviewColumn, type RuleContext,
} from '../src/rule-kit.js';

const messages = {
  rowTotal: t(
    '“{{row}}”一行的总计为 {{total}}，但六类申请人之和为 {{parts}} = {{sum}}',
    'Row “{{row}}”: total is {{total}}, but the six applicant columns add up to {{parts}} = {{sum}}',
  ),
  shiftedTotals: t(
    '（七）总计 的数值似乎错列（{{direction}}了一列）：各办理结果之和为 {{sums}}，总计行却是 {{totals}}；{{moved}}',
    'The (7) total row looks shifted by one column ({{direction}}): outcomes add up to {{sums}}, but the total row reads {{totals}}; {{moved}}',
  ),
  columnTotal: t('（七）总计（{{column}}列）为 {{total}}，但各办理结果之和为 {{sum}}', '(7) total (column {{column}}) is {{total}}, but the outcome rows add up to {{sum}}'),
  totalRow: t('（七）总计', '(7) total'),
  reviewTotal: t(
    '{{group}}的总计为 {{total}}，但结果维持、结果纠正、其他结果、尚未审结之和为 {{parts}} = {{sum}}',
    '{{group}}: total is {{total}}, but upheld + corrected + other + pending = {{parts}} = {{sum}}',
  ),
  legacyPartOver: t('“{{part}}”{{where}}为 {{value}}，大于其所属的“{{row}}” {{total}}', '“{{part}}”{{where}} is {{value}}, more than “{{row}}” {{total}} it is part of'),
  legacyChannels: t(
    '“{{row}}”{{where}}为 {{total}}，不在各渠道数的范围内（最大 {{largest}}，合计 {{sum}}）',
    '“{{row}}”{{where}} is {{total}}, outside the range of its channels (largest {{largest}}, sum {{sum}})',
  ),
  legacySum: t('“{{row}}”{{where}}为 {{total}}，但其分项之和为 {{parts}} = {{sum}}', '“{{row}}”{{where}} is {{total}}, but its parts add up to {{parts}} = {{sum}}'),
  inColumn: t('（{{column}}）', ' ({{column}})'),
};

type Context = RuleContext<Record<string, unknown>, keyof typeof messages>;

/** The six applicant columns that add up to 总计. */
const APPLICANTS = APPLICATION_COLUMNS.filter((c) => c !== 'total');
/** The four results that add up to a table-四 group's 总计. */
const RESULTS: ReviewColumn[] = ['upheld', 'corrected', 'other', 'pending'];

const OUTCOME_ROWS_2019 = [...OUTCOME_ROWS_2021.filter((k) => !k.startsWith('other_')), 'other'];

/**
 * Totals and subtotals of the known tables: the 总计 column of table 三 per
 * row, （七）总计 per column, the three groups of table 四, and the identities
 * of pre-2019 附表.
 */
export default defineRule({
  meta: {
    id: 'table-sum',
    title: t('表格合计不符', 'Table totals'),
    severity: 'error',
    description: t(
      '已知表格中的合计、小计必须等于各分项之和：表三每行的总计列、（七）总计行、表四三组的总计、2019年以前附表的分项。',
      'Totals and subtotals in the known tables equal the sum of their parts: table 三 row totals and (7) total, table 四 groups, pre-2019 appendix identities.',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    const apps = context.model.applications;
    if (apps) {
      checkRowTotals(context, apps);
      checkOutcomeTotals(context, apps);
    }
    checkReview(context);
    for (const table of context.model.legacy) checkLegacyTable(context, table);
  },
});

function checkRowTotals(context: Context, apps: ApplicationsTable): void {
  for (const row of [...apps.rows.values(), ...apps.unknownRows]) {
    const parts = APPLICANTS.map((column) => certainNumber(cellOf(row, column)));
    const total = certainNumber(cellOf(row, 'total'));
    if (total === null || parts.some((p) => p === null)) continue;
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    if (sum === total) continue;
    const label = row.label.value.replace(/\s+/g, '');
    context.report({
      node: cellOf(row, 'total')!.cell!,
      messageId: 'rowTotal',
      data: { row: label, total, parts: (parts as number[]).join(' + '), sum },
      related: [{ node: row.label }],
    });
  }
}

function checkOutcomeTotals(context: Context, apps: ApplicationsTable): void {
  const keys = apps.variant === '2019' ? OUTCOME_ROWS_2019 : apps.variant === '2021' ? [...OUTCOME_ROWS_2021] : null;
  const totalRow = apps.rows.get('total');
  if (!keys || !totalRow) return;
  const present = keys.filter((k) => apps.rows.has(k));
  if (present.length < keys.length - 1) return; // too incomplete to add up
  const sums: (number | null)[] = APPLICATION_COLUMNS.map((col) => {
    let s = 0;
    for (const k of present) {
      const v = apps.number(k, col);
      if (v === null) return null;
      s += v;
    }
    return s;
  });
  const totals = APPLICATION_COLUMNS.map((col) => apps.number('total', col));
  const bad = APPLICATION_COLUMNS.map((_, i) => i).filter((i) => sums[i] !== null && totals[i] !== null && sums[i] !== totals[i]);
  if (bad.length === 0) return;
  const shift = shiftOf(sums, totals, bad);
  if (shift !== 0) {
    const first = bad[0]!;
    const name = (i: number) => COLUMN_NAMES[APPLICATION_COLUMNS[i]!];
    const moved = bad
      .filter((i) => totals[i] !== 0)
      .map((i) => t(`${totals[i]} 应在“${name(i - shift).zh}”列`, `${totals[i]} belongs under ${name(i - shift).en}`));
    context.report({
      node: apps.get('total', APPLICATION_COLUMNS[first]!)!.cell!,
      messageId: 'shiftedTotals',
      data: {
        direction: shift > 0 ? t('右移', 'right') : t('左移', 'left'),
        sums: join(bad.map((i) => t(`${name(i).zh} ${sums[i]}`, `${name(i).en} ${sums[i]}`))),
        totals: join(bad.map((i) => t(String(totals[i]), String(totals[i])))),
        moved: join(moved, t('，', '; ')),
      },
      related: [{ node: totalRow.label }],
    });
    return;
  }
  for (const i of bad) {
    const col = APPLICATION_COLUMNS[i]!;
    context.report({
      node: apps.get('total', col)!.cell!,
      messageId: 'columnTotal',
      data: { column: COLUMN_NAMES[col], total: totals[i]!, sum: sums[i]! },
      related: [{ node: totalRow.label, messageId: 'totalRow' }],
    });
  }
}

/** +1/-1 when the totals equal the sums moved one column right/left over every mismatched column; else 0. */
function shiftOf(sums: (number | null)[], totals: (number | null)[], bad: number[]): number {
  if (bad.length < 2) return 0;
  for (const k of [1, -1]) {
    const fits = bad.every((i) => {
      const from = i - k;
      return from >= 0 && from < 6 && i < 6 && sums[from] !== null && totals[i] === sums[from];
    });
    if (fits && totals[6] === sums[6]) return k;
  }
  return 0;
}

function checkReview(context: RuleContext): void {
  const review = context.model.review;
  if (!review) return;
  for (const group of review.groups) {
    const parts = RESULTS.map((column) => review.number(group.key, column));
    const total = review.number(group.key, 'total');
    if (total === null || parts.some((p) => p === null)) continue;
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    if (sum === total) continue;
    context.report({
      node: review.get(group.key, 'total')!.cell!,
      messageId: 'reviewTotal',
      data: { group: REVIEW_GROUP_NAMES[group.key], total, parts: (parts as number[]).join(' + '), sum },
    });
  }
}

/** Pre-2019 附表: totals against their numbered parts, per value column (本年度, 历年累计…). */
function checkLegacyTable(context: Context, table: LegacyTable): void {
  for (const group of legacyGroups(table)) {
    for (const parent of group.parent.cells) {
      const total = certainNumber(parent);
      if (total === null) continue;
      const parts = group.children.map((child) => table.get(child, parent.column));
      // Blank parts count as 0 only when some part is filled in.
      const values = parts.map((p) => (p && p.value.kind === 'blank' && !p.uncertain ? 0 : certainNumber(p)));
      if (values.some((v) => v === null) || parts.every((p) => !p || p.value.kind === 'blank')) continue;
      const nums = values as number[];
      const sum = nums.reduce((a, b) => a + b, 0);
      const column = table.columns.includes(parent.column) ? parent.column : '';
      const where = column ? ({ messageId: 'inColumn', data: { column } } as const) : '';
      const label = group.parent.label.value.replace(/\s+/g, '');
      if (group.kind === 'subset') {
        if (nums[0]! > total) {
          context.report({
            node: parts[0]!.cell!,
            messageId: 'legacyPartOver',
            data: { part: group.children[0]!.label.value.replace(/\s+/g, ''), where, value: nums[0]!, row: label, total },
            related: [{ node: parent.cell! }],
          });
        }
        continue;
      }
      const ok = group.kind === 'channels' ? Math.max(...nums) <= total && total <= sum : total === sum;
      if (ok) continue;
      context.report({
        node: parent.cell!,
        ...(group.kind === 'channels'
          ? { messageId: 'legacyChannels', data: { row: label, where, total, largest: Math.max(...nums), sum } }
          : { messageId: 'legacySum', data: { row: label, where, total, parts: nums.join(' + '), sum } }),
        related: group.children.map((ch) => ({ node: ch.label })),
      });
    }
  }
}
