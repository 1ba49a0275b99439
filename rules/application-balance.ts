import { anchorOf, arithmeticMessages, arithmeticOf, candidatesOf, COLUMN_NAMES, defineRule, foldedFinding, t } from '../src/rule-kit.js';

/**
 * 勾稽关系 of table 三, per column: 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理.
 * A column one correction explains together with the totals it breaks is
 * table-sum's one finding at the wrong cell; a correction that restores only
 * the balance (two cells of 本年新收 swapped, a cell whose row total cannot be
 * read) is said here, once, at that cell.
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
        '勾稽关系不平衡（{{column}}列）：本年新收 {{new}} + 上年结转 {{over}} = {{in}}，但办理结果总计 {{total}} + 结转下年度 {{forward}} = {{out}}{{candidates}}',
        'Request balance fails (column {{column}}): new {{new}} + carried over {{over}} = {{in}}, but total handled {{total}} + carried forward {{forward}} = {{out}}{{candidates}}',
      ),
      newRequests: t('本年新收（{{column}}）', 'new requests ({{column}})'),
      // A mistake one correction explains, said once at the wrong cell (src/arithmetic/words.ts).
      ...arithmeticMessages([
        'wrongCell', 'swappedCells', 'shiftedRow', 'shiftedColumn', 'copiedRow', 'candidates', 'manyCandidates', 'useValue',
        'placeRowTotal', 'placeColumnTotal', 'placeBalance', 'placeReview', 'placeLegacy', 'placeChange', 'placeCandidate',
      ]),
    },
  },
  check(context) {
    const table = arithmeticOf(context.model).applications;
    if (!table) return;
    for (const mistake of table.mistakes) if (mistake.explanation?.owner === 'application-balance') context.report(foldedFinding(table, mistake.explanation));
    for (const identity of table.identities) {
      if (identity.kind !== 'balance' || identity.residual === 0) continue;
      const mistake = table.mistakeOf(identity);
      if (mistake?.explanation) continue;
      const { sentence, related } = candidatesOf(table, mistake && anchorOf(mistake) === identity ? mistake : undefined);
      const [a, b] = identity.left.map((c) => c.value) as [number, number];
      const [c, d] = identity.right.map((x) => x.value) as [number, number];
      const name = COLUMN_NAMES[identity.column];
      context.report({
        node: identity.right[0]!.ref.cell!,
        messageId: 'unbalanced',
        data: { column: name, new: a, over: b, in: a + b, total: c, forward: d, out: c + d, candidates: sentence },
        related: [{ node: identity.left[0]!.ref.cell!, messageId: 'newRequests', data: { column: name } }, ...related],
      });
    }
  },
});
