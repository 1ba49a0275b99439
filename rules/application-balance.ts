import { APPLICATION_COLUMNS, COLUMN_NAMES, defineRule, t } from '../src/rule-kit.js';

/**
 * 勾稽关系 of table 三, per column: 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理.
 */
export default defineRule({
  meta: {
    id: 'application-balance',
    title: t('依申请公开勾稽关系', 'Request balance of table 三'),
    severity: 'error',
    description: t(
      '表三每一列：本年新收 + 上年结转 = 本年度办理结果（七）总计 + 结转下年度继续办理。',
      'In every column of table 三: new + carried over = (7) total + carried forward.',
    ),
    fixable: false,
    messages: {
      unbalanced: t(
        '勾稽关系不平衡（{{column}}列）：本年新收 {{new}} + 上年结转 {{over}} = {{in}}，但办理结果总计 {{total}} + 结转下年度 {{forward}} = {{out}}',
        'Request balance fails (column {{column}}): new {{new}} + carried over {{over}} = {{in}}, but total handled {{total}} + carried forward {{forward}} = {{out}}',
      ),
      newRequests: t('本年新收（{{column}}）', 'new requests ({{column}})'),
    },
  },
  check(context) {
    const table = context.model.applications;
    if (!table) return;
    for (const column of APPLICATION_COLUMNS) {
      const [a, b, c, d] = (['new', 'carried_over', 'total', 'carried_forward'] as const).map((row) => table.number(row, column));
      if (a == null || b == null || c == null || d == null) continue;
      if (a + b === c + d) continue;
      const name = COLUMN_NAMES[column];
      context.report({
        node: table.get('total', column)!.cell!,
        messageId: 'unbalanced',
        data: { column: name, new: a, over: b, in: a + b, total: c, forward: d, out: c + d },
        related: [{ node: table.get('new', column)!.cell!, messageId: 'newRequests', data: { column: name } }],
      });
    }
  },
});
