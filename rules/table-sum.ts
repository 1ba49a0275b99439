import {
  anchorOf, APPLICATION_COLUMNS, arithmeticMessages, arithmeticOf, candidatesOf, certainNumber, COLUMN_NAMES, defineRule, foldedFinding, join, legacyGroups, movedText,
  REVIEW_GROUP_NAMES, t, tablesOf, type Explanation, type Identity, type TableArithmetic, type RuleContext,
} from '../src/rule-kit.js';

const messages = {
  rowTotal: t(
    '“{{row}}”一行的总计为 {{total}}，但六类申请人之和为 {{parts}} = {{sum}}{{candidates}}',
    'Row “{{row}}”: total is {{total}}, but the six applicant columns add up to {{parts}} = {{sum}}{{candidates}}',
  ),
  shiftedTotals: t(
    '（七）总计 的数值似乎错列（{{direction}}了一列）：各办理结果之和为 {{sums}}，总计行却是 {{totals}}；{{moved}}',
    'The (7) total row looks shifted by one column ({{direction}}): outcomes add up to {{sums}}, but the total row reads {{totals}}; {{moved}}',
  ),
  columnTotal: t(
    '（七）总计（{{column}}列）为 {{total}}，但各办理结果之和为 {{sum}}{{candidates}}',
    '(7) total (column {{column}}) is {{total}}, but the outcome rows add up to {{sum}}{{candidates}}',
  ),
  totalRow: t('（七）总计', '(7) total'),
  reviewTotal: t(
    '{{group}}的总计为 {{total}}，但结果维持、结果纠正、其他结果、尚未审结之和为 {{parts}} = {{sum}}{{candidates}}',
    '{{group}}: total is {{total}}, but upheld + corrected + other + pending = {{parts}} = {{sum}}{{candidates}}',
  ),
  legacyPartOver: t('“{{part}}”{{where}}为 {{value}}，大于其所属的“{{row}}” {{total}}', '“{{part}}”{{where}} is {{value}}, more than “{{row}}” {{total}} it is part of'),
  legacyChannels: t(
    '“{{row}}”{{where}}为 {{total}}，不在各渠道数的范围内（最大 {{largest}}，合计 {{sum}}）',
    '“{{row}}”{{where}} is {{total}}, outside the range of its channels (largest {{largest}}, sum {{sum}})',
  ),
  legacySum: t(
    '“{{row}}”{{where}}为 {{total}}，但其分项之和为 {{parts}} = {{sum}}{{candidates}}',
    '“{{row}}”{{where}} is {{total}}, but its parts add up to {{parts}} = {{sum}}{{candidates}}',
  ),
  inColumn: t('（{{column}}）', ' ({{column}})'),
  // A mistake one correction explains, said once at the wrong cell (src/arithmetic/words.ts).
  ...arithmeticMessages([
    'wrongCell', 'swappedCells', 'shiftedRow', 'shiftedColumn', 'copiedRow', 'candidates', 'manyCandidates', 'useValue',
    'placeRowTotal', 'placeColumnTotal', 'placeBalance', 'placeReview', 'placeLegacy', 'placeChange', 'placeCandidate',
  ]),
};

type Context = RuleContext<Record<string, unknown>, keyof typeof messages>;

/**
 * Totals and subtotals of the known tables: the 总计 column of table 三 per
 * row, （七）总计 per column, the three groups of table 四, and the identities
 * of pre-2019 附表. A mistake that one correction explains (one wrong cell, two
 * cells swapped, a row or column one place off, the （七）总计 row copied) is
 * one finding at the wrong cell, for the identities of both arithmetic rules
 * (application-balance leaves it here); a mistake several corrections explain
 * keeps its findings and names the candidates once.
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
    const arithmetic = arithmeticOf(context.model);
    for (const table of tablesOf(arithmetic)) {
      for (const mistake of table.mistakes) if (mistake.explanation?.owner === 'table-sum') reportExplained(context, table, mistake.explanation);
    }
    if (arithmetic.applications) {
      checkRowTotals(context, arithmetic.applications);
      checkOutcomeTotals(context, arithmetic.applications);
    }
    if (arithmetic.review) checkReview(context, arithmetic.review);
    for (const table of arithmetic.legacy) checkLegacyTable(context, table);
  },
});

/** The one finding of an explained mistake; a shifted （七）总计 row in the words of its outcome sums. */
function reportExplained(context: Context, table: TableArithmetic, e: Explanation): void {
  const totalRow = e.kind === 'shift-row' && table.rowKeys[e.changes[0]!.cell.row] === 'total';
  const fromSums = totalRow && e.changes.every((c) => e.restores.some((i) => i.kind === 'column-total' && i.left[0] === c.cell));
  if (!fromSums) {
    context.report(foldedFinding(table, e));
    return;
  }
  const name = (c: (typeof e.changes)[number]) => COLUMN_NAMES[APPLICATION_COLUMNS[c.cell.column]!];
  context.report(
    foldedFinding(table, e, {
      messageId: 'shiftedTotals',
      data: {
        direction: e.direction! > 0 ? t('右移', 'right') : t('左移', 'left'),
        sums: join(e.changes.map((c) => t(`${name(c).zh} ${c.value}`, `${name(c).en} ${c.value}`))),
        totals: join(e.changes.map((c) => t(String(c.cell.value), String(c.cell.value)))),
        moved: movedText(table, e, 'row'),
      },
    }),
  );
}

/**
 * The broken identities of a kind that no single correction explains, each with
 * the sentence naming the candidates when it is the first of its mistake.
 */
function unexplained(table: TableArithmetic, kind: Identity['kind']) {
  return table.identities
    .filter((i) => i.kind === kind && i.residual !== 0 && !table.mistakeOf(i)?.explanation)
    .map((identity) => {
      const mistake = table.mistakeOf(identity);
      const { sentence, related } = mistake && anchorOf(mistake) === identity ? candidatesOf(table, mistake) : candidatesOf(table, undefined);
      return { identity, candidates: sentence, related, ambiguous: Boolean(mistake?.alternatives) };
    });
}

const sumOf = (cells: { value: number }[]) => cells.reduce((a, c) => a + c.value, 0);

function checkRowTotals(context: Context, apps: TableArithmetic): void {
  for (const { identity, candidates, related } of unexplained(apps, 'row-total')) {
    if (identity.kind !== 'row-total') continue;
    context.report({
      node: identity.left[0]!.ref.cell!,
      messageId: 'rowTotal',
      data: { row: identity.row.label.value.replace(/\s+/g, ''), total: identity.left[0]!.value, parts: identity.right.map((c) => c.value).join(' + '), sum: sumOf(identity.right), candidates },
      related: [{ node: identity.row.label }, ...related],
    });
  }
}

function checkOutcomeTotals(context: Context, apps: TableArithmetic): void {
  const bad = unexplained(apps, 'column-total');
  if (!bad.length) return;
  const columns = apps.identities.filter((i) => i.kind === 'column-total');
  const at = (i: number) => columns.find((c) => c.kind === 'column-total' && c.column === APPLICATION_COLUMNS[i]);
  const sums = APPLICATION_COLUMNS.map((_, i) => (at(i) ? sumOf(at(i)!.right) : null));
  const totals = APPLICATION_COLUMNS.map((_, i) => at(i)?.left[0]!.value ?? null);
  const badAt = bad.map((b) => (b.identity.kind === 'column-total' ? APPLICATION_COLUMNS.indexOf(b.identity.column) : -1));
  const label = context.model.applications!.rows.get('total')!.label;
  // A row one column off that the whole table does not bear out (other identities fail too) is still said as such.
  const shift = bad.some((b) => b.ambiguous) ? 0 : shiftOf(sums, totals, badAt);
  if (shift !== 0) {
    const name = (i: number) => COLUMN_NAMES[APPLICATION_COLUMNS[i]!];
    const moved = badAt
      .filter((i) => totals[i] !== 0)
      .map((i) => t(`${totals[i]} 应在“${name(i - shift).zh}”列`, `${totals[i]} belongs under ${name(i - shift).en}`));
    context.report({
      node: bad[0]!.identity.left[0]!.ref.cell!,
      messageId: 'shiftedTotals',
      data: {
        direction: shift > 0 ? t('右移', 'right') : t('左移', 'left'),
        sums: join(badAt.map((i) => t(`${name(i).zh} ${sums[i]}`, `${name(i).en} ${sums[i]}`))),
        totals: join(badAt.map((i) => t(String(totals[i]), String(totals[i])))),
        moved: join(moved, t('，', '; ')),
      },
      related: [{ node: label }],
    });
    return;
  }
  for (const { identity, candidates, related } of bad) {
    if (identity.kind !== 'column-total') continue;
    context.report({
      node: identity.left[0]!.ref.cell!,
      messageId: 'columnTotal',
      data: { column: COLUMN_NAMES[identity.column], total: identity.left[0]!.value, sum: sumOf(identity.right), candidates },
      related: [{ node: label, messageId: 'totalRow' }, ...related],
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

function checkReview(context: Context, review: TableArithmetic): void {
  for (const { identity, candidates, related } of unexplained(review, 'review')) {
    if (identity.kind !== 'review') continue;
    context.report({
      node: identity.left[0]!.ref.cell!,
      messageId: 'reviewTotal',
      data: { group: REVIEW_GROUP_NAMES[identity.group], total: identity.left[0]!.value, parts: identity.right.map((c) => c.value).join(' + '), sum: sumOf(identity.right), candidates },
      related,
    });
  }
}

/** Pre-2019 附表: totals against their numbered parts, per value column (本年度, 历年累计…). */
function checkLegacyTable(context: Context, arithmetic: TableArithmetic): void {
  const table = arithmetic.legacy!;
  const sums = new Map(unexplained(arithmetic, 'legacy').map((u) => [u.identity.left[0]!.ref, u]));
  for (const group of legacyGroups(table)) {
    for (const parent of group.parent.cells) {
      const column = table.columns.includes(parent.column) ? parent.column : '';
      const where = column ? ({ messageId: 'inColumn', data: { column } } as const) : '';
      const label = group.parent.label.value.replace(/\s+/g, '');
      if (group.kind === 'sum') {
        const broken = sums.get(parent);
        if (!broken || broken.identity.kind !== 'legacy' || broken.identity.parent !== group.parent) continue;
        const nums = broken.identity.right.map((c) => c.value);
        context.report({
          node: parent.cell!,
          messageId: 'legacySum',
          data: { row: label, where, total: broken.identity.left[0]!.value, parts: nums.join(' + '), sum: sumOf(broken.identity.right), candidates: broken.candidates },
          related: [...group.children.map((ch) => ({ node: ch.label })), ...broken.related],
        });
        continue;
      }
      const total = certainNumber(parent);
      if (total === null) continue;
      const parts = group.children.map((child) => table.get(child, parent.column));
      // Blank parts count as 0 only when some part is filled in.
      const values = parts.map((p) => (p && p.value.kind === 'blank' && !p.uncertain ? 0 : certainNumber(p)));
      if (values.some((v) => v === null) || parts.every((p) => !p || p.value.kind === 'blank')) continue;
      const nums = values as number[];
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
      const sum = nums.reduce((a, b) => a + b, 0);
      if (Math.max(...nums) <= total && total <= sum) continue;
      context.report({
        node: parent.cell!,
        messageId: 'legacyChannels',
        data: { row: label, where, total, largest: Math.max(...nums), sum },
        related: group.children.map((ch) => ({ node: ch.label })),
      });
    }
  }
}
