import { defineRule, t } from '../src/engine/define.js';
import type { Text } from '../src/engine/types.js';
import { textNodes } from '../src/ast/walk.js';
import { sourceRange } from '../src/ast/source.js';
import { daysIn, findDateIssues, type DateIssue } from '../src/text/dates.js';

const quote = (s: string) => `“${s}”`;
const marks = (missing: string[]) => missing.map(quote).join('');
const MARK_EN: Record<string, string> = { 年: 'year (年)', 月: 'month (月)' };

/** The message for one malformed date, in both languages. */
function describe(issue: DateIssue, normalized: string): Text {
  const { found, readings, fix } = issue;
  switch (issue.kind) {
    case 'missing-marks': {
      const missing = issue.missing ?? [];
      const head = `日期缺少${marks(missing)}：${quote(found)}`;
      const headEn = `Date lacks its ${missing.map((m) => MARK_EN[m]).join(' and ')} mark: "${found}"`;
      if (issue.forced) {
        const why = issue.forced === 'start' ? '统计期限应从1月1日起' : '统计期限应至12月31日止';
        const whyEn = issue.forced === 'start' ? 'a statistics period starts on 1 January' : 'a statistics period ends on 31 December';
        return t(`${head}应为${quote(fix!)}（${why}）`, `${headEn} should read "${fix}" (${whyEn})`);
      }
      if (fix) return t(`${head}应为${quote(fix)}`, `${headEn} should read "${fix}"`);
      return t(`${head}可能是${readings.map(quote).join('或')}`, `${headEn} could read ${readings.map((r) => `"${r}"`).join(' or ')}`);
    }
    case 'repeated-year-digit':
      if (fix) return t(`年份多了一位数字：${quote(found)}应为${quote(fix)}`, `Year has an extra digit: "${found}" should read "${fix}"`);
      return t(
        `年份多了一位数字：${quote(found)}可能是${readings.map(quote).join('或')}`,
        `Year has an extra digit: "${found}" could read ${readings.map((r) => `"${r}"`).join(' or ')}`,
      );
    case 'impossible-date': {
      const m = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/.exec(normalized);
      const month = Number(m?.[2]);
      const days = daysIn(month, m?.[1] ? Number(m[1]) : undefined);
      return t(`日期不存在：${quote(found)}（${month}月只有${days}天）`, `No such date: "${found}" (month ${month} has ${days} days)`);
    }
    case 'impossible-month':
      return t(`月份不存在：${quote(found)}（一年只有12个月）`, `No such month: "${found}" (a year has 12 months)`);
    case 'doc-number': {
      const close = fix!.charAt(5);
      return t(`文号缺少${quote(close)}：${quote(found)}应为${quote(fix!)}`, `Document number lacks "${close}": "${found}" should read "${fix}"`);
    }
    case 'doc-number-empty':
      return t(`文号缺少序号：${quote(found)}后没有编号`, `Document number has no serial number: "${found}"`);
  }
}

/**
 * Dates whose 年/月 were lost or garbled ("202011日", "20085月", "1231日"),
 * years with a doubled digit, impossible dates and broken document numbers.
 */
export default defineRule({
  meta: {
    id: 'malformed-date',
    title: t('日期格式错误', 'Malformed date'),
    severity: 'error',
    description: t(
      '日期丢失了“年”“月”或数字错乱（202011日、20085月、1231日）、年份多一位数字、不存在的日期（2月30日、13月）、残缺的文号（〔201841号）。',
      'Dates whose 年/月 marks were lost or garbled, years with a doubled digit, impossible dates and broken document numbers.',
    ),
    fixable: true,
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
          message: describe(issue, normalized),
          ...(issue.fix ? { fix: { range: sourceRange(node, issue.index, issue.length), text: issue.fix } } : {}),
        });
      }
    }
  },
});
