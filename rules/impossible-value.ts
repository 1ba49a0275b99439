import {
  agencyOf, certainNumber, defineRule, proseNodes, sentenceSpans, t, type LegacyRow, type RuleContext,
} from '../src/rule-kit.js';

const messages = {
  townshipRules: t(
    '乡镇、街道没有规章制定权，“规章”一行却填报了{{values}}：{{who}}，规章只能由国务院部门和省级、设区的市级人民政府制定；疑为误填（应为0，或应计入“行政规范性文件”）',
    'A township or street office cannot make 规章, yet the 规章 row reports {{values}}: {{who}}; only State Council departments and provincial or prefecture-level governments make 规章, so it is probably a mistake (0, or counted under 行政规范性文件)',
  ),
  reporterIsTownship: t('报告单位“{{name}}”是乡镇、街道', 'the reporter “{{name}}” is a township or street office'),
  selfNamedTownship: t('正文自称“{{name}}”，报告单位是乡镇、街道', 'the text calls itself “{{name}}”, a township or street office'),
  rulesRow: t('“规章”行', '规章 row'),
  newOverTotal: t(
    '本年新公开数量{{fresh}}大于对外公开总数量{{total}}（{{row}}）：对外公开总数量包含本年新公开的件数，不会更少',
    '本年新公开 {{fresh}} exceeds 对外公开总数量 {{total}} ({{row}}): the total includes this year\'s new publications',
  ),
  totalPublished: t('对外公开总数量', 'total published'),
  cumulativeBelowYear: t(
    '{{cumulative}}{{total}}小于{{period}}{{value}}（{{row}}）：累计数包含当年数，不会更少',
    '{{cumulative}} {{total}} is below {{period}} {{value}} ({{row}}): the running total includes the year',
  ),
  theYear: t('当年数', 'the year'),
  repliesOverRequests: t(
    '{{cumulative}}的{{answered}}{{done}}多于{{received}}{{got}}：历年累计答复（办结）的申请不会多于收到的申请',
    '{{cumulative}}: {{done}} replies ({{answered}}) exceed {{got}} requests ({{received}}); over all years, replies cannot outnumber requests',
  ),
  requestsReceived: t('收到的申请', 'requests received'),
  handledOverReceived: t(
    '{{verb}}{{done}}件多于收到的{{got}}件，且本句未提到上年结转：{{verb}}的申请不会多于收到的申请',
    '{{done}} handled ({{verb}}) exceeds the {{got}} received, and no carry-over is mentioned',
  ),
};

type Context = RuleContext<Record<string, unknown>, keyof typeof messages>;

/**
 * Values that break facts of the domain: a 乡镇/街道 reporting 规章 (only
 * 国务院部门, 省级 and 设区的市级人民政府 make them, domain-spec §2.7 T-5); 本年新公开
 * greater than 对外公开总数量 (2019 trial table 二); a 历年累计 below the year's
 * figure, or more replies than requests over all years (pre-2019 附表); 办结
 * more than 收到 in one sentence with no carry-over mentioned.
 *
 * Not findings: a 街道 making 行政规范性文件 (it may); 新制作 = 对外公开总数量
 * (a first year of publishing, or a body that counts every document, r027);
 * more replies than requests within one year of a 附表 (last year's requests
 * may be answered this year).
 */
export default defineRule({
  meta: {
    id: 'impossible-value',
    title: t('不合常理的数值', 'Implausible value'),
    severity: 'warning',
    description: t(
      '违背领域常识的数值：乡镇、街道填报规章；办结数多于收到数；累计数小于当年数；本年新公开数量大于对外公开总数量。',
      'Values that break domain facts: a township or street office reporting 规章; 办结 more than 受理; a cumulative total below the year; 本年新公开 above 对外公开总数量.',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    checkTownshipRules(context);
    checkTrialTotals(context);
    checkLegacy(context);
    checkProse(context);
  },
});

/** A township or street office cannot make 规章: table 二, 第二十条第（一）项, row 规章 must be 0. */
function checkTownshipRules(context: Context): void {
  const agency = agencyOf(context.root);
  if (agency?.kind !== 'township') return;
  for (const item of context.model.active?.items ?? []) {
    if (item.item !== 1) continue;
    const row = item.rows.find((r) => r.key === 'rules');
    const positive = (row?.cells ?? []).filter((c) => (certainNumber(c) ?? 0) > 0);
    if (!row || positive.length === 0) continue;
    const list = positive.map((c) => `${/^\d+$/.test(c.column) ? '' : c.column}${certainNumber(c)}`).join('、');
    const who = { messageId: agency.source === 'title' ? 'reporterIsTownship' : 'selfNamedTownship', data: { name: agency.name } } as const;
    context.report({
      node: positive[0]!.cell!,
      messageId: 'townshipRules',
      data: { values: list, who },
      related: [{ node: row.label, messageId: 'rulesRow' }],
    });
  }
}

/** 2019 trial table 二, 第（一）项: 本年新公开数量 cannot exceed 对外公开总数量. */
function checkTrialTotals(context: Context): void {
  const active = context.model.active;
  for (const row of active?.item(1)?.rows ?? []) {
    const fresh = active!.number(row.key, 'published');
    const total = active!.number(row.key, 'total_published');
    if (fresh === null || total === null || fresh <= total) continue;
    context.report({
      node: active!.get(row.key, 'published')!.cell!,
      messageId: 'newOverTotal',
      data: { fresh, total, row: row.label.value.trim() },
      related: [{ node: active!.get(row.key, 'total_published')!.cell!, messageId: 'totalPublished' }],
    });
  }
}

const RECEIVED_ROW = /申请总数$|^(?:\([一二三四五六七八九十]+\))?收到申请数$|^受理.*申请数$/;
const ANSWERED_ROW = /答复总数$|申请答复数$|申请办结数$/;

/** Pre-2019 附表: 历年累计 ≥ 本年度 in every row; over all years, replies ≤ requests. */
function checkLegacy(context: Context): void {
  for (const table of context.model.legacy) {
    const cumName = table.columnName('cumulative');
    if (cumName === null) continue;
    const period = table.columnName('year');
    if (period) {
      for (const row of table.rows) {
        const year = table.number(row, 'year');
        const cum = table.number(row, 'cumulative');
        if (year === null || cum === null || cum >= year) continue;
        context.report({
          node: table.get(row, 'cumulative')!.cell!,
          messageId: 'cumulativeBelowYear',
          data: { cumulative: cumName, total: cum, period, value: year, row: label(row) },
          related: [{ node: table.get(row, 'year')!.cell!, messageId: 'theYear' }],
        });
      }
    }
    const received = table.rows.find((r) => RECEIVED_ROW.test(r.norm));
    const answered = table.rows.find((r) => ANSWERED_ROW.test(r.norm));
    if (!received || !answered) continue;
    const got = table.number(received, 'cumulative');
    const done = table.number(answered, 'cumulative');
    if (got === null || done === null || done <= got) continue;
    context.report({
      node: table.get(answered, 'cumulative')!.cell!,
      messageId: 'repliesOverRequests',
      data: { cumulative: cumName, answered: label(answered), done, received: label(received), got },
      related: [{ node: table.get(received, 'cumulative')!.cell!, messageId: 'requestsReceived' }],
    });
  }
}

function label(row: LegacyRow): string {
  return row.label.value.replace(/\s+/g, '').replace(/^其中[:：]/, '');
}

const RECEIVED = /(?:收到|受理|新收)[^。;\d]{0,20}?申请[^。;\d]{0,8}?(\d+)\s*件/;
const DONE = /(?:办结|答复)[^。;\d]{0,8}?(\d+)\s*件/g;

/** "共收到申请10件，办结12件" with no carry-over mentioned in the sentence. */
function checkProse(context: Context): void {
  for (const node of proseNodes(context.root)) {
    const text = context.matchText(node);
    if (!text.includes('办结') && !text.includes('答复')) continue;
    for (const span of sentenceSpans(text)) {
      const sentence = text.slice(span.start, span.end);
      const r = RECEIVED.exec(sentence);
      if (!r || /结转|上年|往年|累计|历年|以来/.test(sentence)) continue;
      const got = Number(r[1]);
      for (const d of sentence.slice(r.index + r[0].length).matchAll(DONE)) {
        const done = Number(d[1]);
        if (done <= got) continue;
        const at = span.start + r.index + r[0].length + d.index + d[0].lastIndexOf(d[1]!);
        const verb = d[0].slice(0, 2);
        context.report({
          node, index: at, length: d[1]!.length + 1,
          messageId: 'handledOverReceived',
          data: { verb, done, got },
          related: [{ node, index: span.start + r.index + r[0].lastIndexOf(r[1]!), length: r[1]!.length + 1, messageId: 'requestsReceived' }],
        });
        break;
      }
    }
  }
}
