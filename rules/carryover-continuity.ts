import {
  APPLICATION_COLUMNS, COLUMN_NAMES, defineRule, previousReport, t, type ProjectReport, type RuleContext,
} from '../src/rule-kit.js';

const messages = {
  carriedOver: t(
    '上年结转（{{column}}列）为 {{now}}，但{{year}}年度报告的“结转下年度继续办理”为 {{before}}',
    'Carried over (column {{column}}) is {{now}}, but the {{year}} report carried forward {{before}}',
  ),
  carriedForwardThen: t('{{year}}年度结转下年度', '{{year}} carried forward'),
  validDocuments: t(
    '现行有效行政规范性文件 {{valid}} 件，与上年 {{last}} 件 + 本年制发 {{made}} 件 − 本年废止 {{repealed}} 件 = {{expected}} 件相差 {{gap}} 件',
    'Valid normative documents {{valid}}, but last year’s {{last}} + made {{made}} − repealed {{repealed}} = {{expected}} (a gap of {{gap}})',
  ),
  validDocumentsThen: t('{{year}}年度现行有效件数', '{{year}} valid documents'),
  cumulative: t(
    '“{{row}}”历年累计为 {{total}}，但{{year}}年度报告的历年累计 {{last}} 加上本年度 {{annual}} 为 {{expected}}',
    '“{{row}}” cumulative is {{total}}, but the {{year}} cumulative {{last}} plus this year’s {{annual}} is {{expected}}',
  ),
};

type Context = RuleContext<Options, keyof typeof messages>;

interface Options extends Record<string, unknown> {
  /** Relative gap (0–1) above which 现行有效件数 is said not to roll forward. */
  validTolerance: number;
}

/**
 * Across the reports of one agency linted together: this year's 上年结转
 * equals last year's 结转下年度继续办理 per column; 历年累计 continues; and
 * 现行有效件数 rolls forward (a warning: amendments and expiry move it too).
 */
export default defineRule<Options, keyof typeof messages>({
  meta: {
    id: 'carryover-continuity',
    title: t('跨年度数据不衔接', 'Carry-over continuity'),
    severity: 'error',
    description: t(
      '同一机关相邻两年的报告：今年的“上年结转”应等于去年的“结转下年度继续办理”（逐列）；历年累计应当延续；现行有效件数应与去年加减本年制发、废止相符。',
      'For one agency in consecutive years: this year’s carried-over equals last year’s carried-forward per column; cumulative totals continue; valid documents roll forward.',
    ),
    fixable: false,
    scope: 'project',
    messages,
  },
  defaultOptions: { validTolerance: 0.1 },
  check(context) {
    const self = context.project.find((r) => r.root === context.root);
    if (!self) return;
    const previous = previousReport(self, context.project);
    if (!previous) return;
    checkCarryOver(context, previous);
    checkValidDocuments(context, previous);
    checkCumulative(context, previous);
  },
});

function yearOf(report: ProjectReport): number {
  return report.root.data.year!.value;
}

function checkCarryOver(context: Context, previous: ProjectReport): void {
  const now = context.model.applications;
  const before = previous.model.applications;
  if (!now || !before) return;
  const y = yearOf(previous);
  for (const column of APPLICATION_COLUMNS) {
    const a = now.number('carried_over', column);
    const b = before.number('carried_forward', column);
    if (a === null || b === null || a === b) continue;
    context.report({
      node: now.get('carried_over', column)!.cell!,
      messageId: 'carriedOver',
      data: { column: COLUMN_NAMES[column], now: a, year: y, before: b },
      related: [{ node: before.get('carried_forward', column)!.cell!, filePath: previous.filePath, source: previous.source, messageId: 'carriedForwardThen', data: { year: y } }],
    });
  }
}

function checkValidDocuments(context: Context, previous: ProjectReport): void {
  const now = context.model.active;
  const before = previous.model.active;
  if (!now || !before) return;
  const [made, repealed, valid, last] = [
    now.number('normative', 'made'), now.number('normative', 'repealed'), now.number('normative', 'valid'), before.number('normative', 'valid'),
  ];
  if (made === null || repealed === null || valid === null || last === null) return;
  const expected = last + made - repealed;
  const gap = Math.abs(valid - expected);
  if (gap === 0 || gap <= Math.max(1, expected) * context.options.validTolerance) return;
  const y = yearOf(previous);
  context.report({
    node: now.get('normative', 'valid')!.cell!,
    messageId: 'validDocuments',
    data: { valid, last, made, repealed, expected, gap },
    severity: 'warning',
    related: [{ node: before.get('normative', 'valid')!.cell!, filePath: previous.filePath, source: previous.source, messageId: 'validDocumentsThen', data: { year: y } }],
  });
}

/** Pre-2019 附表: 历年累计(t) = 历年累计(t−1) + 本年度(t), for rows with both columns. */
function checkCumulative(context: Context, previous: ProjectReport): void {
  const now = context.model.legacy[0];
  const before = previous.model.legacy[0];
  if (!now || !before) return;
  const y = yearOf(previous);
  for (const row of now.rows) {
    const match = before.rows.find((r) => r.norm === row.norm);
    if (!match) continue;
    const [total, annual, last] = [now.number(row, 'cumulative'), now.number(row, 'year'), before.number(match, 'cumulative')];
    if (total === null || annual === null || last === null || total === last + annual) continue;
    const label = row.label.value.replace(/\s+/g, '');
    context.report({
      node: now.get(row, 'cumulative')!.cell!,
      messageId: 'cumulative',
      data: { row: label, total, year: y, last, annual, expected: last + annual },
      related: [{ node: before.get(match, 'cumulative')!.cell!, filePath: previous.filePath, source: previous.source }],
    });
  }
}
