import { defineRule, t } from '../src/engine/define.js';
import { COLUMN_NAMES } from '../src/model/labels.js';
import { APPLICATION_COLUMNS, type CellRef } from '../src/model/types.js';

const num = (ref: CellRef | undefined): number | null =>
  ref && ref.value.kind === 'number' && !ref.uncertain ? ref.value.value : null;

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
  },
  check(context) {
    const table = context.model.applications;
    if (!table) return;
    for (const column of APPLICATION_COLUMNS) {
      const cNew = table.get('new', column);
      const cOver = table.get('carried_over', column);
      const cTotal = table.get('total', column);
      const cForward = table.get('carried_forward', column);
      const [a, b, c, d] = [num(cNew), num(cOver), num(cTotal), num(cForward)];
      if (a === null || b === null || c === null || d === null) continue;
      if (a + b === c + d) continue;
      const name = COLUMN_NAMES[column];
      const target = cTotal!.cell!;
      context.report({
        node: target,
        message: t(
          `勾稽关系不平衡（${name.zh}列）：本年新收 ${a} + 上年结转 ${b} = ${a + b}，但办理结果总计 ${c} + 结转下年度 ${d} = ${c + d}`,
          `Request balance fails (column ${name.en}): new ${a} + carried over ${b} = ${a + b}, but total handled ${c} + carried forward ${d} = ${c + d}`,
        ),
        related: [{ node: cNew!.cell!, message: t(`本年新收（${name.zh}）`, `new requests (${name.en})`) }],
      });
    }
  },
});
