import {
  agencyOf, defineRule, t, type Agency, type MessageRef, type Place, type RuleContext, type Text, type YMD,
} from '../src/rule-kit.js';
import { standingDates } from './publication-deadline/standing-dates.js';

export interface PublicationDeadlineOptions extends Record<string, unknown> {
  /** ≥ 2019: 县级以上人民政府部门 publish by this day of the next year ("MM-DD"). */
  departmentDeadline: string;
  /** ≥ 2019: 县级以上地方人民政府 (and government-level 管委会). */
  governmentDeadline: string;
  /** ≥ 2019: 乡镇/街道 — not fixed by the regulation; set the local rule here. */
  townshipDeadline: string;
  /** 2008–2018: every organ (2008 条例 第三十一条). */
  legacyDeadline: string;
}

const DEFAULTS: PublicationDeadlineOptions = {
  departmentDeadline: '01-31',
  governmentDeadline: '03-31',
  townshipDeadline: '03-31',
  legacyDeadline: '03-31',
};

const messages = {
  beforePeriodEnd: t(
    '{{label}}{{date}}早于统计期结束（{{end}}）：{{year}}年度报告只能在统计期结束后发布',
    '{{label}} {{date}} is before the statistics period ends ({{end}}): the {{year}} report can only be published after it',
  ),
  afterDeadline: t('{{label}}{{date}}晚于法定期限{{deadline}}：{{why}}', '{{label}} {{date}} is after the legal deadline {{deadline}}: {{why}}'),
  publicationDate: t('发布日期', 'Publication date'),
  signatureDate: t('落款日期', 'Signature date'),
  reportDate: t('报告日期', 'Report date'),
  legacyRule: t('2008年《条例》第三十一条：行政机关应于每年{{day}}前公布上一年度报告', '2008 Regulation art. 31: every organ publishes by {{day}}'),
  departmentRule: t(
    '县级以上人民政府部门{{name}}应于每年{{day}}前公布上一年度报告（《条例》第四十九条）',
    'a government department{{name}} must publish by {{day}} (Regulation art. 49)',
  ),
  governmentRule: t(
    '县级以上地方人民政府{{name}}应于每年{{day}}前公布上一年度报告（《条例》第四十九条）',
    'a local people\'s government{{name}} must publish by {{day}} (Regulation art. 49)',
  ),
  townshipRule: t(
    '乡镇、街道{{name}}的期限按本地规定，现按{{day}}计（可配置 townshipDeadline）',
    'township/street office{{name}} deadline per local rule, taken as {{day}} (option townshipDeadline)',
  ),
  unknownKindRule: t('未能判断报告单位是政府部门还是人民政府，按最晚的{{day}}计', 'the kind of agency is unknown; the latest deadline, {{day}}, applies'),
};

type Id = keyof typeof messages;

const num = (d: YMD) => d.year * 10000 + d.month * 100 + d.day;
const en = (d: YMD) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
/** A date: "2021年3月31日" / "2021-03-31". */
const dateText = (d: YMD): Text => t(`${d.year}年${d.month}月${d.day}日`, en(d));
/** The day of a yearly deadline: "3月31日" / "2021-03-31". */
const dayText = (d: YMD): Text => t(`${d.month}月${d.day}日`, en(d));

/** "MM-DD" of year `year`; the default when the option is malformed. */
function deadlineIn(year: number, value: string, fallback: string): YMD {
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(value) ?? /^(\d{1,2})-(\d{1,2})$/.exec(fallback)!;
  return { year, month: Number(m[1]), day: Number(m[2]) };
}

interface Deadline {
  date: YMD;
  why: MessageRef<Id>;
}

/** The legal deadline for the report of `year` by this kind of agency (domain-spec §1.3). */
function deadlineFor(year: number, agency: Agency | null, o: PublicationDeadlineOptions): Deadline {
  const next = year + 1;
  const at = (key: keyof PublicationDeadlineOptions) => deadlineIn(next, o[key] as string, DEFAULTS[key] as string);
  if (year <= 2018) {
    const date = at('legacyDeadline');
    return { date, why: { messageId: 'legacyRule', data: { day: dayText(date) } } };
  }
  const name = agency ? t(`（${agency.name}）`, ` (${agency.name})`) : '';
  const rule = (key: keyof PublicationDeadlineOptions, messageId: Id): Deadline => {
    const date = at(key);
    return { date, why: { messageId, data: { name, day: dayText(date) } } };
  };
  switch (agency?.kind) {
    case 'department':
      return rule('departmentDeadline', 'departmentRule');
    case 'government':
      return rule('governmentDeadline', 'governmentRule');
    case 'township':
      return rule('townshipDeadline', 'townshipRule');
    default: {
      const dates = (['departmentDeadline', 'governmentDeadline', 'townshipDeadline'] as const).map(at);
      const date = dates.reduce((a, b) => (num(b) > num(a) ? b : a));
      return { date, why: { messageId: 'unknownKindRule', data: { day: dayText(date) } } };
    }
  }
}

/**
 * The publication date (page header or metadata) and the 落款 date against the
 * end of the statistics period and the legal deadline: 2008–2018 any organ by
 * 3月31日; 2019 on, departments by 1月31日 and people's governments by 3月31日;
 * 乡镇/街道 by local rule. All deadlines are options.
 */
export default defineRule<PublicationDeadlineOptions, keyof typeof messages>({
  meta: {
    id: 'publication-deadline',
    title: t('发布时限', 'Publication deadline'),
    severity: 'warning',
    description: t(
      '发布日期或落款日期早于统计期结束，或晚于法定期限（2008–2018年：3月31日；2019年起：政府部门1月31日，人民政府3月31日；可配置）。',
      'The publication (or 落款) date is before the period ended or after the legal deadline (2008–2018: 31 March; from 2019: departments 31 January, governments 31 March; configurable).',
    ),
    fixable: false,
    messages,
  },
  defaultOptions: DEFAULTS,
  check(context) {
    const year = context.root.data.year?.value;
    if (year === undefined) return;
    const periodEnd = endOfPeriod(context, year);
    let deadline: Deadline | undefined;
    const checked = new Set<number>();
    for (const { date, place, label } of datesOf(context)) {
      if (checked.has(num(date)) || !valid(date)) continue;
      checked.add(num(date));
      if (num(date) <= num(periodEnd)) {
        context.report({ ...place, messageId: 'beforePeriodEnd', data: { label, date: dateText(date), end: dateText(periodEnd), year } });
        continue;
      }
      deadline ??= deadlineFor(year, agencyOf(context.root), context.options);
      if (num(date) <= num(deadline.date)) continue;
      context.report({ ...place, messageId: 'afterDeadline', data: { label, date: dateText(date), deadline: dateText(deadline.date), why: deadline.why } });
    }
  },
});

function valid(d: YMD): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31;
}

/** The end of the statistics period: 31 December of the report year, or the period's own end when it is later. */
function endOfPeriod(context: RuleContext<PublicationDeadlineOptions>, year: number): YMD {
  const end = context.root.data.period?.end;
  const december: YMD = { year, month: 12, day: 31 };
  return end && valid(end) && num(end) > num(december) ? end : december;
}

/** The header/metadata date first, then the dates standing alone under the title and in the 落款. */
function datesOf(context: RuleContext<PublicationDeadlineOptions>): { date: YMD; place: Place; label: MessageRef<Id> }[] {
  const out: { date: YMD; place: Place; label: MessageRef<Id> }[] = [];
  const published = context.root.data.published;
  if (published) {
    const [y, m, d] = published.value.split('-').map(Number);
    out.push({
      date: { year: y!, month: m!, day: d! },
      place: { position: published.position },
      label: { messageId: published.source === 'header' ? 'publicationDate' : 'signatureDate' },
    });
  }
  for (const s of standingDates(context.root)) {
    out.push({
      date: s.date,
      place: { node: s.node, index: s.index, length: s.length },
      label: { messageId: s.where === 'foot' ? 'signatureDate' : 'reportDate' },
    });
  }
  return out;
}
