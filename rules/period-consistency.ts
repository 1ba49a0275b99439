import {
  bookTitleSpans, defineRule, inSpans, proseNodes, repairDates, selfReferences, t, type MessageRef, type ProseNode, type RuleContext, type Section,
} from '../src/rule-kit.js';

const PERIOD = /统计(?:数据)?(?:期限|时限|时间|区间|周期|期间|范围)[^。]{0,60}/;
/** A period given by its end only: "本报告所列数据截至2020年11月30日", "数据统计截止到2020年10月31日". */
const CUTOFF =
  /(?:本报告|报告中|报告所列|所列数据|统计数据|数据统计|统计期限|统计时限|统计时间|统计区间)[^。;]{0,20}?(?:截至|截止(?:到|至|于|日期为|时间为)?|统计至)\s*(?:为|到|至)?\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/;
/** The words just before a period's only date that make it an end: "统计期限截至…". */
const UNTIL = /(?:截至|截止(?:到|至|于)?|统计至)\s*(?:为|到|至)?\s*$/;
const DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const SHORT_END = /^[^\d]{0,8}?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** "现将2018年…信息公开…报告如下", "特向社会公布…2020年政府信息公开工作年度报告": the body naming this report. */
const REPORT_MENTION =
  /(现将|特向社会公布|现向社会公布|现面向社会公开|现予公布|现公布)([\u4e00-\u9fff()（）]{0,20}?)((?:19|20)\d{2})\s*年度?[\u4e00-\u9fff()（）]{0,16}?(?:信息|政务)公开[\u4e00-\u9fff]{0,10}?报告/g;
/** A sentence opening with the year and the reporter: "2017年，我镇…", "2020年,海林市认真…". */
const OPENER = /(?:^|[。；;!?！？\s])((?:19|20)\d{2})\s?年度?\s?[,，]\s?(?:我|本|全)(?:区|县|市|镇|乡|局|委|街道)/g;
/** A plan: "2016年，我们将采取…", "2025年，将重点…", "2017年工作打算". */
const PLAN =
  /(?:^|[。；;!?！？\s:：,，])((?:19|20)\d{2})\s?年度?\s?[,，]?\s?(?![以来起底初末前后上下中内至到月])(?:我们|[\u4e00-\u9fff]{1,10}?)?\s?(?:还)?将(?:采取|继续|进一步|从|重点|按照|着力|围绕|以|严格|不断|加强|持续|在|做好|着重|全面|深入|坚持|认真|切实|大力|积极|聚焦|强化|推进|结合|紧紧|力争|努力)|((?:19|20)\d{2})\s?年度?(?:工作)?打算/g;

/** "2022年,东风区司法局认真履行…": the reporter named at the start of a sentence. */
const NAMED_OPENER =
  /(?:19|20)\d{2}\s?年度?\s?[,，]\s?([^我本全\s\d,，。、;；:：][\u4e00-\u9fff]{1,13}?(?:局|委员会|办公室|人民政府|街道办事处|镇|乡|街道|县|区|市))(?=认真|坚持|全面|深入|按照|严格|紧紧|继续|进一步|信息公开|政务公开|政府信息)/;

const messages = {
  titleYear: t('标题年度为{{title}}年，但统计期限和正文所称的报告年度为{{year}}年', 'The title says {{title}}, but the statistics period and the body give {{year}}'),
  mention: t('正文称本报告为{{said}}年度报告，但报告年度为{{year}}年', 'The body calls this the {{said}} report, but the report year is {{year}}'),
  reportYear: t('报告年度', 'report year'),
  overviewYear: t(
    '概述以“{{said}}年”开头叙述本单位工作，但报告年度为{{year}}年，疑为沿用旧报告',
    'The overview opens with "{{said}}" for the reporter\'s own work, but the report year is {{year}}; probably copied from an older report',
  ),
  planYear: t(
    '改进计划写作“{{said}}年”，但报告年度为{{year}}年，下一年度应为{{next}}年',
    'The plan for the coming year says {{said}}, but the report is for {{year}}; the next year is {{next}}',
  ),
  notFullYear: t(
    '统计期限“{{period}}”不是完整的日历年，应为{{year}}年1月1日至{{year}}年12月31日',
    'The statistics period "{{period}}" is not a full calendar year; expected 1 January to 31 December {{year}}',
  ),
  periodYear: t('统计期限为{{said}}年，但报告年度为{{year}}年', 'The statistics period is {{said}}, but the report year is {{year}}'),
  cutoffInYear: t(
    '统计数据截至“{{date}}”，没有覆盖报告年度全年，应截至{{year}}年12月31日',
    'The figures run only up to "{{date}}", not the whole report year; they should run to 31 December {{year}}',
  ),
  noTitle: t('报告没有标题行：{{year}}，{{agency}}', 'The report has no title line: {{year}}; {{agency}}'),
  yearFrom: t('年度（{{year}}）取自{{source}}（第{{line}}行）', 'the year ({{year}}) was taken from {{source}} (line {{line}})'),
  yearUnknown: t('无法确定报告年度', 'the report year could not be determined'),
  agencyCompiler: t('报告单位仅见于正文（由{{name}}编制）', 'the agency appears only in the body (compiled by {{name}})'),
  agencyNamed: t('报告单位仅见于正文（“{{name}}”）', 'the agency appears only in the body ("{{name}}")'),
  agencySelf: t('报告单位未写明名称，正文自称“{{name}}”', 'the agency is not named; the body calls itself "{{name}}"'),
  agencyUnknown: t('报告单位未写明', 'the agency is not named'),
};

type Id = keyof typeof messages;
type Context = RuleContext<Record<string, unknown>, Id>;

const SOURCE_NAME = { title: t('标题', 'the title'), period: t('统计期限', 'the statistics period'), body: t('正文中最常见的年份', 'the most frequent year in the body') };

/**
 * Report year, statistics period and body must agree: the period is 1 January
 * to 31 December of the report year, the body calls this report by the same
 * year, and plans for the next year name the next year.
 */
export default defineRule({
  meta: {
    id: 'period-consistency',
    title: t('年度与统计期限一致', 'Report year and statistics period agree'),
    severity: 'error',
    description: t(
      '标题年度、统计期限和正文相互矛盾，统计期限不是报告年度的完整日历年，或下一年度的工作打算写成了报告年度；没有标题行时提示年度和单位的来源。',
      'The title year, the statistics period and the body disagree, the period is not the full calendar year, or next year’s plans carry the report year; a missing title line is noted.',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    const { root } = context;
    const info = root.data;
    const nodes = proseNodes(root);
    if (!info.title) reportMissingTitle(context, nodes);
    if (!info.year) return;
    const titleYear = info.year.source === 'title' ? info.year.value : undefined;
    const period = readPeriod(context, nodes);
    const mentions = reportMentions(context, nodes);
    // The report year: the year most of title, period and body agree on (the title wins a tie).
    const votes = new Map<number, number>();
    const vote = (y: number) => votes.set(y, (votes.get(y) ?? 0) + 1);
    if (titleYear !== undefined) vote(titleYear);
    if (period && (period.start ?? period.end).y === period.end.y) vote(period.end.y);
    for (const m of mentions) vote(m.year);
    let year = titleYear ?? info.year.value;
    for (const [y, n] of votes) if (n > (votes.get(year) ?? 0)) year = y;
    if (titleYear !== undefined && year !== titleYear) {
      context.report({ position: info.year.position, messageId: 'titleYear', data: { title: titleYear, year } });
    }
    if (period) checkPeriod(context, period, year);
    for (const m of mentions) {
      if (m.year === year) continue;
      context.report({
        node: m.node, index: m.index, length: 4,
        messageId: 'mention',
        data: { said: m.year, year },
        related: [{ position: info.year.position, messageId: 'reportYear' }],
      });
    }
    const overview = overviewNodes(context);
    for (const node of nodes) {
      const text = context.matchText(node);
      const titles = bookTitleSpans(text);
      // An overview sentence "YYYY年，我镇…" that speaks of another year.
      if (overview.has(node) && info.year.source !== 'body') {
        for (const m of text.matchAll(OPENER)) {
          const at = m.index + m[0].indexOf(m[1]!);
          const y = Number(m[1]);
          if (y === year || inSpans(titles, at)) continue;
          context.report({
            node, index: at, length: 4, severity: 'warning',
            messageId: 'overviewYear',
            data: { said: y, year },
          });
        }
      }
      // Plans written with the report year (or an earlier one) instead of the next year.
      for (const m of text.matchAll(PLAN)) {
        const digits = m[1] ?? m[2]!;
        const at = m.index + m[0].indexOf(digits);
        const y = Number(digits);
        if (y > year || inSpans(titles, at)) continue;
        context.report({
          node, index: at, length: 4,
          messageId: 'planYear',
          data: { said: y, year, next: year + 1 },
        });
      }
    }
  },
});

interface Ymd {
  y: number;
  m: number;
  d: number;
}

interface Period {
  node: ProseNode;
  index: number;
  length: number;
  /** Absent when the period is given by its end only ("截至2020年11月30日"). */
  start?: Ymd;
  end: Ymd;
}

const ymd = (m: RegExpMatchArray): Ymd => ({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) });

/**
 * The first statistics period with readable dates, read after malformed-date's repairs ("202011日" is 2020年1月1日);
 * undefined when absent or when a date has no single reading (malformed-date reports those).
 */
function readPeriod(context: Context, nodes: ProseNode[]): Period | undefined {
  for (const node of nodes) {
    const repaired = repairDates(context.matchText(node), node.value, context.root.data.year?.value);
    const text = repaired.text;
    const span = (from: number, to: number) => {
      const index = repaired.original(from);
      return { index, length: repaired.original(to, true) - index };
    };
    const m = PERIOD.exec(text);
    if (m) {
      const dates = [...m[0].matchAll(DATE)];
      const first = dates[0];
      if (!first) return undefined;
      const start = ymd(first);
      const second = dates[1];
      const from = m.index + first.index;
      if (second) return { node, ...span(from, m.index + second.index + second[0].length), start, end: ymd(second) };
      const after = first.index + first[0].length;
      const short = SHORT_END.exec(m[0].slice(after));
      if (short) return { node, ...span(from, m.index + after + short[0].length), start, end: { y: start.y, m: Number(short[1]), d: Number(short[2]) } };
      // "统计期限截至2020年11月30日": the only date is the end.
      if (UNTIL.test(m[0].slice(0, first.index))) return { node, ...span(from, from + first[0].length), end: start };
      return undefined;
    }
    const cutoff = CUTOFF.exec(text);
    if (cutoff) {
      const from = cutoff.index + cutoff[0].length - cutoff[1]!.length;
      const end = ymd([...cutoff[1]!.matchAll(DATE)][0]!);
      return { node, ...span(from, from + cutoff[1]!.length), end };
    }
  }
  return undefined;
}

/** The period must run from 1 January to 31 December of the report year; one given by its end must end then. */
function checkPeriod(context: Context, p: Period, year: number): void {
  const span = p.node.value.slice(p.index, p.index + p.length);
  if (!p.start) {
    const yearEnd = p.end.m === 12 && p.end.d === 31;
    if (p.end.y === year && !yearEnd) {
      context.report({ node: p.node, index: p.index, length: p.length, messageId: 'cutoffInYear', data: { date: span, year } });
    } else if (p.end.y !== year && yearEnd) {
      context.report({
        node: p.node, index: p.index, length: p.length,
        messageId: 'periodYear',
        data: { said: p.end.y, year },
        related: [{ position: context.root.data.year!.position, messageId: 'reportYear' }],
      });
    }
    return;
  }
  const full = p.start.m === 1 && p.start.d === 1 && p.end.m === 12 && p.end.d === 31 && p.start.y === p.end.y;
  if (!full) {
    context.report({
      node: p.node, index: p.index, length: p.length,
      messageId: 'notFullYear',
      data: { period: span, year },
    });
  } else if (p.start.y !== year) {
    context.report({
      node: p.node, index: p.index, length: p.length,
      messageId: 'periodYear',
      data: { said: p.start.y, year },
      related: [{ position: context.root.data.year!.position, messageId: 'reportYear' }],
    });
  }
}

/** Sentences in which the body names this report with a year ("现将2018年…信息公开…报告如下"). */
function reportMentions(context: Context, nodes: ProseNode[]): { node: ProseNode; index: number; year: number }[] {
  const out: { node: ProseNode; index: number; year: number }[] = [];
  for (const node of nodes) {
    const text = context.matchText(node);
    const titles = bookTitleSpans(text);
    for (const m of text.matchAll(REPORT_MENTION)) {
      const index = m.index + m[1]!.length + m[2]!.length;
      if (!inSpans(titles, index)) out.push({ node, index, year: Number(m[3]) });
    }
  }
  return out;
}

/** Warns that the report has no title line and says where its year and agency came from. */
function reportMissingTitle(context: Context, nodes: ProseNode[]): void {
  const year = context.root.data.year;
  const yearText: MessageRef<Id> = year
    ? { messageId: 'yearFrom', data: { year: year.value, source: SOURCE_NAME[year.source], line: year.position.start.line } }
    : { messageId: 'yearUnknown' };
  const counts = new Map<string, number>();
  let compiler: string | undefined;
  let named: string | undefined;
  for (const node of nodes) {
    const text = context.matchText(node);
    for (const ref of selfReferences(text)) if (ref.kind === 'strong') counts.set(ref.text, (counts.get(ref.text) ?? 0) + 1);
    compiler ??= /由([\u4e00-\u9fff]{2,20}?)(?:负责)?编制/.exec(text)?.[1];
    named ??= NAMED_OPENER.exec(text)?.[1];
  }
  const self = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const agencyText: MessageRef<Id> = compiler
    ? { messageId: 'agencyCompiler', data: { name: compiler } }
    : named
      ? { messageId: 'agencyNamed', data: { name: named } }
      : self
        ? { messageId: 'agencySelf', data: { name: self } }
        : { messageId: 'agencyUnknown' };
  context.report({
    position: context.source.position(0, 0),
    severity: 'warning',
    messageId: 'noTitle',
    data: { year: yearText, agency: agencyText },
  });
}

/** Prose nodes of the overview (section 一 and the intro before it). */
function overviewNodes(context: Context): Set<ProseNode> {
  const out = new Set<ProseNode>();
  const overview = context.model.sections.overview;
  const firstSection = context.model.topSections[0];
  const inOverview = (s: Section | undefined) => (s ? proseNodes({ ...context.root, children: [s] }) : []);
  for (const node of inOverview(overview)) out.add(node);
  for (const block of context.root.children) {
    if (block === firstSection) break;
    if (block.type === 'paragraph' && block.role !== 'chrome') out.add(block);
  }
  return out;
}
