import {
  defineRule, mentionsFees, noFeeStatements, proseNodes, proseNodesIn, readNumber, t, type CellRef, type MessageRef, type ReportModel,
  type Text,
} from '../src/rule-kit.js';

const messages = {
  saysNoFee: t('正文称“{{phrase}}”，但{{where}}为{{amount}}：{{meaning}}', 'The text says "{{phrase}}", but {{where}} is {{amount}}: {{meaning}}'),
  feesNotMentioned: t(
    '{{where}}为{{amount}}，但报告没有说明信息处理费的收取情况（应在“其他需要报告的事项”中说明）',
    '{{where}} is {{amount}}, but the report says nothing about information-processing fees (section 六 should)',
  ),
  unpaidTotal: t('表三“申请人逾期未按收费通知要求缴纳费用”总计', 'the "fee notice not paid" total of table 三'),
  feeNoticeSent: t('说明曾发出收费通知，请核对信息处理费的收取情况', 'a fee notice was sent; check what the text says about fees'),
  legacyRow: t('附表“{{row}}”', '"{{row}}" in the appendix'),
  legacyFees: t('附表显示本年收取了费用', 'the appendix shows fees charged this year'),
};

type Id = keyof typeof messages;

/** A table value that shows fees were asked for. */
interface FeeEvidence {
  ref: CellRef;
  where: MessageRef<Id>;
  /** The value with its unit ("1件", "300元"). */
  amount: Text;
  /** What the value means for fees. */
  meaning: MessageRef<Id>;
}

/**
 * What the text says about 信息处理费 (information-processing fees) against the
 * tables: "未收取信息处理费" while table 三 counts requests dropped because the
 * requester did not pay after a 收费通知, or a pre-2019 附表 shows fees
 * charged; and table 三 showing such requests while the report never mentions
 * fees. The 行政事业性收费 row of table 二 is the agency's administrative fees,
 * not information-processing fees, and is never read here.
 */
export default defineRule({
  meta: {
    id: 'fee-consistency',
    title: t('信息处理费表述与表格不符', 'Information-processing fees'),
    severity: 'warning',
    description: t(
      '关于信息处理费的表述与表格不符：表三“申请人逾期未按收费通知要求缴纳费用”大于0，正文却称未收取信息处理费或只字未提；附表有收费金额而正文称未收费。',
      'Statements on information-processing fees contradict the tables: table 三 counts requests dropped for an unpaid fee notice while the text says no fee was charged (or says nothing about fees); a pre-2019 appendix shows fees while the text says none.',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    const evidence = feeEvidence(context.model);
    if (!evidence) return;
    let mentioned = false;
    // Section 六 and a pre-2019 section on 收费及减免 are about fees without saying so in every sentence.
    const other = context.model.sections.other;
    const feeNodes = proseNodesIn(context.root, (s) => s === other || /收费|处理费/.test(s.title));
    for (const node of proseNodes(context.root)) {
      const text = context.matchText(node);
      if (mentionsFees(text)) mentioned = true;
      for (const s of noFeeStatements(text, feeNodes.has(node))) {
        mentioned = true;
        const phrase = text.slice(s.index, s.index + s.length);
        const { where, amount, meaning } = evidence;
        context.report({
          node, index: s.index, length: s.length,
          messageId: 'saysNoFee',
          data: { phrase, where, amount, meaning },
          related: evidence.ref.cell ? [{ node: evidence.ref.cell, ...where }] : [],
          ...(evidence.ref.uncertain ? { severity: 'warning' as const } : {}),
        });
      }
    }
    if (!mentioned && evidence.ref.cell && evidence.ref.row === 'other_2') {
      context.report({
        node: evidence.ref.cell,
        messageId: 'feesNotMentioned',
        data: { where: evidence.where, amount: evidence.amount },
        ...(evidence.ref.uncertain ? { severity: 'warning' as const } : {}),
      });
    }
  },
});

/**
 * Table 三 (2021): （六）其他处理 2. 申请人逾期未按收费通知要求缴纳费用 > 0 in the
 * total column; pre-2019 附表: a fee row (not 减免) above 0 in the year column.
 */
function feeEvidence(model: ReportModel): FeeEvidence | undefined {
  const unpaid = model.applications?.get('other_2', 'total');
  const value = readNumber(unpaid)?.value;
  if (value !== undefined && value > 0) {
    return {
      ref: unpaid!,
      amount: t(`${value}件`, String(value)),
      where: { messageId: 'unpaidTotal' },
      meaning: { messageId: 'feeNoticeSent' },
    };
  }
  for (const table of model.legacy) {
    for (const row of table.rows) {
      if (!/收取.*费用|收费(?:金额|总额|数)/.test(row.norm) || /减免/.test(row.norm)) continue;
      const amount = readNumber(table.get(row, 'year'))?.value;
      if (amount === undefined || amount <= 0) continue;
      const tenThousands = /万元/.test(row.norm + (row.unit?.value ?? ''));
      return {
        ref: table.get(row, 'year')!,
        amount: tenThousands ? t(`${amount}万元`, `${amount} × 10,000 yuan`) : t(`${amount}元`, `${amount} yuan`),
        where: { messageId: 'legacyRow', data: { row: row.label.value.trim() } },
        meaning: { messageId: 'legacyFees' },
      };
    }
  }
  return undefined;
}
