import { daysIn, defineRule, findDateIssues, t, textNodes, type DateIssue, type MessageRef, type Text } from '../src/rule-kit.js';

const messages = {
  missingMarks: t('日期缺少{{marks}}：“{{found}}”应为“{{fix}}”', 'Date lacks its {{marks}} mark: "{{found}}" should read "{{fix}}"'),
  missingMarksInPeriod: t(
    '日期缺少{{marks}}：“{{found}}”应为“{{fix}}”（{{why}}）',
    'Date lacks its {{marks}} mark: "{{found}}" should read "{{fix}}" ({{why}})',
  ),
  periodStart: t('统计期限应从1月1日起', 'a statistics period starts on 1 January'),
  periodEnd: t('统计期限应至12月31日止', 'a statistics period ends on 31 December'),
  missingMarksUnsure: t('日期缺少{{marks}}：“{{found}}”可能是{{readings}}', 'Date lacks its {{marks}} mark: "{{found}}" could read {{readings}}'),
  yearDigit: t('年份多了一位数字：“{{found}}”应为“{{fix}}”', 'Year has an extra digit: "{{found}}" should read "{{fix}}"'),
  yearRepeated: t('年份重复：“{{found}}”应为“{{fix}}”', 'Year written twice: "{{found}}" should read "{{fix}}"'),
  yearRepeatedUnsure: t('年份重复：“{{found}}”可能是{{readings}}', 'Year written twice: "{{found}}" could read {{readings}}'),
  yearDigitUnsure: t('年份多了一位数字：“{{found}}”可能是{{readings}}', 'Year has an extra digit: "{{found}}" could read {{readings}}'),
  impossibleDate: t('日期不存在：“{{found}}”（{{month}}月只有{{days}}天）', 'No such date: "{{found}}" (month {{month}} has {{days}} days)'),
  impossibleMonth: t('月份不存在：“{{found}}”（一年只有12个月）', 'No such month: "{{found}}" (a year has 12 months)'),
  docNumber: t('文号缺少“{{close}}”：“{{found}}”应为“{{fix}}”', 'Document number lacks "{{close}}": "{{found}}" should read "{{fix}}"'),
  docNumberEmpty: t('文号缺少序号：“{{found}}”后没有编号', 'Document number has no serial number: "{{found}}"'),
};

const MARK_EN: Record<string, string> = { 年: 'year (年)', 月: 'month (月)' };

/** The missing marks: “年”“月” / year (年) and month (月). */
const marks = (missing: string[]): Text => t(missing.map((m) => `“${m}”`).join(''), missing.map((m) => MARK_EN[m]).join(' and '));
/** Possible readings: “…”或“…” / "…" or "…". */
const readingsOf = (readings: string[]): Text => t(readings.map((r) => `“${r}”`).join('或'), readings.map((r) => `"${r}"`).join(' or '));

/** The message for one malformed date. */
function describe(issue: DateIssue, normalized: string): MessageRef<keyof typeof messages> {
  const { found, readings, fix } = issue;
  switch (issue.kind) {
    case 'missing-marks': {
      const missing = marks(issue.missing ?? []);
      if (issue.forced) {
        const why = { messageId: issue.forced === 'start' ? 'periodStart' : 'periodEnd' } as const;
        return { messageId: 'missingMarksInPeriod', data: { marks: missing, found, fix: fix!, why } };
      }
      if (fix) return { messageId: 'missingMarks', data: { marks: missing, found, fix } };
      return { messageId: 'missingMarksUnsure', data: { marks: missing, found, readings: readingsOf(readings) } };
    }
    case 'repeated-year-digit':
      if (fix) return { messageId: 'yearDigit', data: { found, fix } };
      return { messageId: 'yearDigitUnsure', data: { found, readings: readingsOf(readings) } };
    case 'repeated-year':
      if (fix) return { messageId: 'yearRepeated', data: { found, fix } };
      return { messageId: 'yearRepeatedUnsure', data: { found, readings: readingsOf(readings) } };
    case 'impossible-date': {
      const m = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/.exec(normalized);
      const month = Number(m?.[2]);
      return { messageId: 'impossibleDate', data: { found, month, days: daysIn(month, m?.[1] ? Number(m[1]) : undefined) } };
    }
    case 'impossible-month':
      return { messageId: 'impossibleMonth', data: { found } };
    case 'doc-number':
      return { messageId: 'docNumber', data: { close: fix!.charAt(5), found, fix: fix! } };
    case 'doc-number-empty':
      return { messageId: 'docNumberEmpty', data: { found } };
  }
}

/**
 * Dates whose 年/月 were lost or garbled ("202011日", "20085月", "1231日"),
 * years with a doubled digit or written twice ("202020年"), impossible dates
 * and broken document numbers.
 */
export default defineRule({
  meta: {
    id: 'malformed-date',
    title: t('日期格式错误', 'Malformed date'),
    severity: 'error',
    description: t(
      '日期丢失了“年”“月”或数字错乱（202011日、20085月、1231日）、年份多一位数字或写了两遍（20200年、202020年）、不存在的日期（2月30日、13月）、残缺的文号（〔201841号）。',
      'Dates whose 年/月 marks were lost or garbled, years with a doubled digit or written twice (20200年, 202020年), impossible dates and broken document numbers.',
    ),
    fixable: true,
    messages,
  },
  check(context) {
    const reportYear = context.root.data.year?.value;
    for (const node of textNodes(context.root)) {
      const text = context.matchText(node);
      for (const issue of findDateIssues(text, node.value, reportYear)) {
        const normalized = text.slice(issue.index, issue.index + issue.length);
        context.report({
          node,
          index: issue.index,
          length: issue.length,
          ...describe(issue, normalized),
          ...(issue.fix ? { fix: { text: issue.fix } } : {}),
        });
      }
    }
  },
});
