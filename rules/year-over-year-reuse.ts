import { defineProjectRule, previousReport, t, type ProjectEntry } from '../src/rule-kit.js';
import { reusedShare, sentenceIndex, sentencesOf } from './year-over-year-reuse/sentences.js';

interface Options extends Record<string, unknown> {
  /** Share (0–1) of this year's text found in last year's report above which it is reported. */
  threshold: number;
  /** Share above which a report of another agency counts as a near copy. */
  otherAgencyThreshold: number;
}

const messages = {
  repeatsLastYear: t(
    '本报告 {{share}} 的文字（{{sentences}} 句）与{{year}}年度报告相同，超过 {{threshold}}',
    '{{share}} of this report’s text ({{sentences}} sentences) repeats the {{year}} report (over {{threshold}})',
  ),
  matchesOtherAgency: t('本报告 {{share}} 的文字与其他机关的报告（{{other}}）相同', '{{share}} of this report’s text matches another agency’s report ({{other}})'),
};

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * A report whose text largely repeats the previous year's report of the
 * same agency (evaluators score "more than 50% repeated"), or nearly
 * copies the report of another agency linted in the same run.
 */
export default defineProjectRule<Options, keyof typeof messages, string[]>({
  meta: {
    id: 'year-over-year-reuse',
    title: t('内容与往年雷同', 'Reused text'),
    severity: 'warning',
    description: t(
      '本年度报告的文字大部分与上一年度报告相同（默认超过 50%），或与同批检查的其他机关的报告几乎相同。',
      'Most of the text repeats last year’s report (over 50% by default), or nearly copies another agency’s report in the same run.',
    ),
    fixable: false,
    scope: 'project',
    messages,
  },
  defaultOptions: { threshold: 0.5, otherAgencyThreshold: 0.8 },
  summarise: sentencesOf,
  check(context) {
    const self = context.self;
    const index = sentenceIndex(context.project);
    const previous = previousReport(self, context.project);
    if (previous) {
      const share = reusedShare(self, index, (o) => o === previous);
      if (share.ratio > context.options.threshold) {
        context.report({
          position: self.title,
          messageId: 'repeatsLastYear',
          data: { share: percent(share.ratio), sentences: share.sentences, year: previous.year!, threshold: percent(context.options.threshold) },
          related: [relatedTitle(previous)],
        });
      }
    }
    const agency = self.agency;
    const share = reusedShare(self, index, (o) => o.agency !== agency || !agency);
    if (share.ratio <= context.options.otherAgencyThreshold || !share.mostFrom) return;
    const other = share.mostFrom;
    context.report({
      position: self.title,
      messageId: 'matchesOtherAgency',
      data: { share: percent(share.ratio), other: other.agencyName ?? other.filePath },
      related: [relatedTitle(other)],
    });
  },
});

function relatedTitle(report: ProjectEntry) {
  return { filePath: report.filePath, position: report.title };
}
