import { APPLICATION_COLUMNS, COLUMN_NAMES, defineProjectRule, previousReport, t, type ProjectContext, type ProjectEntry } from '../src/rule-kit.js';
import {
  annualSlot, carriedForwardSlot, carriedOverSlot, carryFigures, cumulativeSlot, figureAt, MADE, REPEALED, VALID, type CarryFigures, type Figure,
} from './carryover-continuity/figures.js';

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

type Context = ProjectContext<Options, keyof typeof messages, CarryFigures>;
type Entry = ProjectEntry<CarryFigures>;

interface Options extends Record<string, unknown> {
  /** Relative gap (0–1) above which 现行有效件数 is said not to roll forward. */
  validTolerance: number;
}

/**
 * Across the reports of one agency linted together: this year's 上年结转
 * equals last year's 结转下年度继续办理 per column; 历年累计 continues; and
 * 现行有效件数 rolls forward (a warning: amendments and expiry move it too).
 */
export default defineProjectRule<Options, keyof typeof messages, CarryFigures>({
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
  summarise: carryFigures,
  check(context) {
    const previous = previousReport(context.self, context.project);
    if (!previous) return;
    checkCarryOver(context, previous);
    checkValidDocuments(context, previous);
    checkCumulative(context, previous);
  },
});

/** The related place of a figure of last year's report. */
const then = (previous: Entry, figure: Figure) => ({ position: figure.position, filePath: previous.filePath });

function checkCarryOver(context: Context, previous: Entry): void {
  const now = context.self.summary.applications;
  const before = previous.summary.applications;
  if (!now || !before) return;
  const y = previous.year!;
  APPLICATION_COLUMNS.forEach((column, i) => {
    const over = figureAt(now, carriedOverSlot(i));
    const forward = figureAt(before, carriedForwardSlot(i));
    if (!over || !forward || over.value === forward.value) return;
    context.report({
      position: over.position,
      messageId: 'carriedOver',
      data: { column: COLUMN_NAMES[column], now: over.value, year: y, before: forward.value },
      related: [{ ...then(previous, forward), messageId: 'carriedForwardThen', data: { year: y } }],
    });
  });
}

function checkValidDocuments(context: Context, previous: Entry): void {
  const now = context.self.summary.normative;
  const before = previous.summary.normative;
  if (!now || !before) return;
  const [made, repealed, valid, last] = [figureAt(now, MADE), figureAt(now, REPEALED), figureAt(now, VALID), figureAt(before, VALID)];
  if (!made || !repealed || !valid || !last) return;
  const expected = last.value + made.value - repealed.value;
  const gap = Math.abs(valid.value - expected);
  if (gap === 0 || gap <= Math.max(1, expected) * context.options.validTolerance) return;
  const y = previous.year!;
  context.report({
    position: valid.position,
    messageId: 'validDocuments',
    data: { valid: valid.value, last: last.value, made: made.value, repealed: repealed.value, expected, gap },
    severity: 'warning',
    related: [{ ...then(previous, last), messageId: 'validDocumentsThen', data: { year: y } }],
  });
}

/** Pre-2019 附表: 历年累计(t) = 历年累计(t−1) + 本年度(t), for rows with both columns. */
function checkCumulative(context: Context, previous: Entry): void {
  const now = context.self.summary.legacy;
  const before = previous.summary.legacy;
  if (!now || !before) return;
  const y = previous.year!;
  now.norms.forEach((norm, row) => {
    const match = before.norms.indexOf(norm);
    if (match < 0) return;
    const total = figureAt(now.figures, cumulativeSlot(row));
    const annual = figureAt(now.figures, annualSlot(row));
    const last = figureAt(before.figures, cumulativeSlot(match));
    if (!total || !annual || !last || total.value === last.value + annual.value) return;
    context.report({
      position: total.position,
      messageId: 'cumulative',
      data: { row: now.labels[row]!, total: total.value, year: y, last: last.value, annual: annual.value, expected: last.value + annual.value },
      related: [then(previous, last)],
    });
  });
}
