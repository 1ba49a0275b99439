import { defineRule, t, tables, type Cell } from '../src/rule-kit.js';

/**
 * Table values rebuilt from a run of digits whose cut is not certain
 * ("3700000372" with the cells run together): one finding per table row,
 * saying how the run was read, on what assumptions, and how many other cuts
 * were possible. The arithmetic rules leave these cells out.
 */
export default defineRule({
  meta: {
    id: 'parse-uncertain',
    title: t('表格数字串拆分不确定', 'Uncertain split of run-together table cells'),
    severity: 'info',
    description: t(
      '表格单元格连在一起成为数字串时，按表内合计、勾稽关系和正文数字拆分；仍有多种拆法的单元格标为不确定，并说明所作的假定。',
      'When table cells are run together into one digit run, the run is cut using the table totals, the balance identities and figures from the text; cells that could still be cut several ways are marked uncertain, with the assumption made.',
    ),
    fixable: false,
    messages: {
      uncertain: t('{{note}}', '{{note}}'),
    },
  },
  check(context) {
    for (const table of tables(context.root)) {
      for (const row of table.children) {
        const seen = new Set<string>();
        for (const cell of row.children as Cell[]) {
          if (!cell.uncertain || seen.has(cell.uncertain.zh)) continue;
          seen.add(cell.uncertain.zh);
          context.report({ node: cell, messageId: 'uncertain', data: { note: cell.uncertain } });
        }
      }
    }
  },
});
