/**
 * The standard tables of a generated report: consistent numbers drawn from
 * the seeded generator (every identity of the template holds) and the table
 * grids as the template lays them out (merged header cells, row groups).
 */
import type { Rng } from '../prng.js';
import {
  APP_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS,
  type ActiveItemTruth, type AgencyLevel, type Generation, type GridCell, type LegacyRowTruth, type TableBlock, type TablesTruth, type Value,
} from './types.js';

const DENY = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'];
const UNABLE = ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'];
const REJECT = ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'];
const OTHER_2021 = ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'];

/** Outcome row keys of table 三 in template order. */
export function outcomeRows(gen: '2021' | '2019'): string[] {
  return [
    'granted', 'partial',
    ...DENY.map((_, i) => `deny_${i + 1}`), ...UNABLE.map((_, i) => `unable_${i + 1}`), ...REJECT.map((_, i) => `reject_${i + 1}`),
    ...(gen === '2021' ? ['other_1', 'other_2', 'other_3'] : ['other']),
  ];
}

/** All table-三 row keys in template order. */
export function applicationRows(gen: '2021' | '2019'): string[] {
  return ['new', 'carried_over', ...outcomeRows(gen), 'total', 'carried_forward'];
}

/** How often each outcome is chosen for a handled request. */
const OUTCOME_WEIGHT: Record<string, number> = {
  granted: 40, partial: 12, deny_1: 0.5, deny_2: 0.5, deny_3: 1, deny_4: 2, deny_5: 3, deny_6: 2, deny_7: 1, deny_8: 2,
  unable_1: 25, unable_2: 3, unable_3: 2, reject_1: 3, reject_2: 3, reject_3: 0.5, reject_4: 0.5, reject_5: 1,
  other_1: 3, other_2: 0.5, other_3: 4, other: 6,
};

/** Request volume by agency level: most towns receive none. */
function volume(rng: Rng, level: AgencyLevel): number {
  if (level === 'town' || level === 'street') return rng.chance(0.55) ? 0 : rng.int(1, 12);
  if (level === 'department') return rng.chance(0.3) ? 0 : rng.count(60);
  return rng.chance(0.1) ? rng.int(0, 5) : rng.count(400) + 5;
}

function applications(rng: Rng, gen: '2021' | '2019', level: AgencyLevel, carriedForward?: readonly Value[]): Record<string, Value[]> {
  const rows: Record<string, number[]> = {};
  for (const key of applicationRows(gen)) rows[key] = new Array(7).fill(0);
  const totalNew = volume(rng, level);
  // Who asks: mostly natural persons, some companies, rarely the rest.
  const share = [0.9, 0.07, 0.005, 0.005, 0.01, 0.01];
  for (let i = 0; i < totalNew; i++) rows.new![rng.weighted(share.map((w, c) => [c, w] as const))]!++;
  const outcomes = outcomeRows(gen);
  for (let c = 0; c < 6; c++) {
    rows.carried_over![c] = rows.new![c]! > 0 && rng.chance(0.3) ? rng.int(0, Math.max(1, Math.floor(rows.new![c]! / 8))) : 0;
    if (carriedForward) {
      // Last year's report of an agency whose next report carries these requests over.
      const forward = carriedForward[c] ?? 0;
      const short = forward - rows.new![c]! - rows.carried_over![c]!;
      if (short > 0) rows.new![c]! += short;
      rows.carried_forward![c] = forward;
    }
    const open = rows.new![c]! + rows.carried_over![c]!;
    if (!carriedForward) rows.carried_forward![c] = open > 0 && rng.chance(0.3) ? rng.int(0, Math.max(1, Math.floor(open / 10))) : 0;
    const handled = open - rows.carried_forward![c]!;
    const pairs = outcomes.map((k) => [k, OUTCOME_WEIGHT[k]!] as const);
    for (let i = 0; i < handled; i++) rows[rng.weighted(pairs)]![c]!++;
    rows.total![c] = handled;
  }
  for (const key of Object.keys(rows)) rows[key]![6] = rows[key]!.slice(0, 6).reduce((a, b) => a + b, 0);
  return rows;
}

function review(rng: Rng, level: AgencyLevel): Record<string, Value[]> {
  const out: Record<string, Value[]> = {};
  const busy = level === 'government' ? 6 : level === 'department' ? 2 : 0.4;
  for (const g of REVIEW_GROUPS) {
    const cells = [0, 1, 2, 3].map(() => (rng.chance(0.5) ? 0 : rng.count(busy)));
    out[g] = [...cells, cells.reduce((a, b) => a + b, 0)];
  }
  return out;
}

const fee = (rng: Rng) => (rng.chance(0.35) ? 0 : Math.round(rng.count(3000) * 100 + rng.int(0, 99)) / 100);

function active2021(rng: Rng, level: AgencyLevel): ActiveItemTruth[] {
  const makesRules = level === 'government' && rng.chance(0.3);
  const issued = makesRules ? rng.int(0, 3) : 0;
  const normIssued = level === 'town' || level === 'street' ? rng.int(0, 2) : rng.count(20);
  return [
    { item: 1, header: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [
      { key: 'rules', label: '规章', cells: makesRules ? [issued, rng.int(0, 1), issued + rng.int(0, 40)] : [0, 0, 0] },
      { key: 'normative', label: '行政规范性文件', cells: [normIssued, rng.int(0, 3), normIssued + rng.count(150)] },
    ] },
    { item: 5, header: ['本年处理决定数量'], rows: [{ key: 'license', label: '行政许可', cells: [rng.count(level === 'government' ? 20000 : 800)] }] },
    { item: 6, header: ['本年处理决定数量'], rows: [
      { key: 'penalty', label: '行政处罚', cells: [rng.count(level === 'government' ? 3000 : 200)] },
      { key: 'enforcement', label: '行政强制', cells: [rng.count(60)] },
    ] },
    { item: 8, header: ['本年收费金额（单位：万元）'], rows: [{ key: 'fees', label: '行政事业性收费', cells: [fee(rng)] }] },
  ];
}

function active2019(rng: Rng, level: AgencyLevel): ActiveItemTruth[] {
  const made = (max: number) => {
    const n = rng.count(max);
    return [n, n, n + rng.count(max * 5)];
  };
  const project = (max: number) => [rng.count(max), rng.int(-5, 8), rng.count(max * 20)];
  return [
    { item: 1, header: ['本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: [
      { key: 'rules', label: '规章', cells: level === 'government' && rng.chance(0.3) ? made(2) : [0, 0, 0] },
      { key: 'normative', label: '规范性文件', cells: made(level === 'town' ? 2 : 15) },
    ] },
    { item: 5, header: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [
      { key: 'license', label: '行政许可', cells: project(level === 'government' ? 300 : 40) },
      { key: 'other_services', label: '其他对外管理服务事项', cells: project(40) },
    ] },
    { item: 6, header: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [
      { key: 'penalty', label: '行政处罚', cells: project(level === 'government' ? 1500 : 100) },
      { key: 'enforcement', label: '行政强制', cells: project(50) },
    ] },
    { item: 8, header: ['上一年项目数量', '本年增/减'], rows: [{ key: 'fees', label: '行政事业性收费', cells: [rng.count(20), 0] }] },
    { item: 9, header: ['采购项目数量', '采购总金额'], rows: [{ key: 'procurement', label: '政府集中采购', cells: [rng.count(200), fee(rng)] }] },
  ];
}

/** The pre-2019 附表 (年度 and 历年累计 columns), identities holding in both columns. */
function legacy(rng: Rng, year: number, level: AgencyLevel): { columns: string[]; rows: LegacyRowTruth[] } {
  const big = level === 'government' ? 3000 : 400;
  const pair = (n: number, extra: number) => [n, n + extra];
  const split = (n: number, parts: number, weights: number[]) => {
    const out = new Array(parts).fill(0);
    for (let i = 0; i < n; i++) out[rng.weighted(weights.map((w, j) => [j, w] as const))]!++;
    return out as number[];
  };
  const active = rng.count(big) + 1;
  const [web, gazette] = split(active, 2, [9, 1]) as [number, number];
  const webCum = web + rng.count(big * 3);
  const gazetteCum = gazette + rng.count(20);
  const activeCum = webCum + gazetteCum;
  const requests = rng.count(level === 'government' ? 60 : 10);
  const channels = split(requests, 3, [2, 5, 3]);
  const channelsCum = channels.map((c) => c + rng.count(10));
  const requestsCum = channelsCum.reduce((a, b) => a + b, 0);
  const replies = split(requests, 4, [5, 2, 1, 2]);
  const more = split(requestsCum - requests, 4, [5, 2, 1, 2]);
  const rc = replies.map((r, i) => r + more[i]!);
  const appeals = rng.count(3);
  const rows: LegacyRowTruth[] = [
    { label: '主动公开文件数', unit: '条', cells: [active, activeCum] },
    { label: '其中：1.政府网站公开数', unit: '条', cells: [web!, webCum] },
    { label: '2.政府公报公开数', unit: '条', cells: [gazette!, gazetteCum] },
    { label: '受理政府信息公开申请总数', unit: '件', cells: [requests, requestsCum] },
    { label: '其中：1.当面申请数', unit: '件', cells: [channels[0]!, channelsCum[0]!] },
    { label: '2.网上申请数', unit: '件', cells: [channels[1]!, channelsCum[1]!] },
    { label: '3.信函、传真申请数', unit: '件', cells: [channels[2]!, channelsCum[2]!] },
    { label: '对申请的答复总数', unit: '件', cells: [requests, requestsCum] },
    { label: '其中：1.同意公开答复数', unit: '件', cells: [replies[0]!, rc[0]!] },
    { label: '2.同意部分公开答复数', unit: '件', cells: [replies[1]!, rc[1]!] },
    { label: '3.不予公开答复数', unit: '件', cells: [replies[2]!, rc[2]!] },
    { label: '4.其他类型答复数', unit: '件', cells: [replies[3]!, rc[3]!] },
    { label: '接受行政申诉、举报数', unit: '件', cells: pair(0, rng.count(2)) },
    { label: '行政复议数', unit: '件', cells: pair(appeals, rng.count(3)) },
    { label: '行政诉讼数', unit: '件', cells: pair(0, rng.count(2)) },
  ];
  return { columns: [`${year}年度`, '历年累计'], rows };
}

/** Draws the tables of one report. */
export function drawTables(rng: Rng, gen: Generation, level: AgencyLevel, year: number, carriedForward?: readonly Value[]): TablesTruth {
  if (gen === 'pre2019') return { active: null, applications: null, review: null, legacy: legacy(rng, year, level) };
  return {
    active: gen === '2021' ? active2021(rng, level) : active2019(rng, level),
    applications: applications(rng, gen, level, carriedForward),
    review: review(rng, level),
    legacy: null,
  };
}

// ---- grids ----

/** How a value is written in a cell: 本年增/减 with a sign when the report writes one, amounts with two decimals as given. */
export function formatValue(v: Value, signed = false): string {
  if (v === null) return '';
  if (signed && v > 0) return `+${v}`;
  return String(v);
}

const v = (id: string, value: Value, signed = false): GridCell => ({ text: formatValue(value, signed), id, role: 'value' });

/** Table 二 as one 4-column table: a caption row per item, its header row and its rows. */
export function activeGrid(items: ActiveItemTruth[]): TableBlock {
  const rows: GridCell[][] = [];
  for (const item of items) {
    const cap = ['一', '二', '三', '四', '五', '六', '七', '八', '九'][item.item - 1];
    rows.push([{ text: `第二十条第（${cap}）项`, role: 'caption', colSpan: 4 }]);
    const span = item.header.length === 1 ? 3 : item.header.length === 2 ? undefined : undefined;
    rows.push([
      { text: '信息内容', role: 'header' },
      ...item.header.map((h, i) => ({ text: h, role: 'header' as const, ...(span ? { colSpan: 3 } : item.header.length === 2 && i === 1 ? { colSpan: 2 } : {}) })),
    ]);
    for (const r of item.rows) {
      rows.push([
        { text: r.label, role: 'label' },
        ...r.cells.map((c, i) => ({
          ...v(`active.${item.item}:${r.key}:${i}`, c, item.header[i] === '本年增/减'),
          ...(span ? { colSpan: 3 } : item.header.length === 2 && i === 1 ? { colSpan: 2 } : {}),
        })),
      ]);
    }
  }
  return { kind: 'table', id: 'active', rows, headerRows: 0, width: 4 };
}

const APP_LABEL: Record<string, string> = {
  new: '一、本年新收政府信息公开申请数量',
  carried_over: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partial: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  other: '（六）其他处理',
  total: '（七）总计',
  carried_forward: '四、结转下年度继续办理',
};
DENY.forEach((l, i) => (APP_LABEL[`deny_${i + 1}`] = l));
UNABLE.forEach((l, i) => (APP_LABEL[`unable_${i + 1}`] = l));
REJECT.forEach((l, i) => (APP_LABEL[`reject_${i + 1}`] = l));
OTHER_2021.forEach((l, i) => (APP_LABEL[`other_${i + 1}`] = l));
export const APPLICATION_LABELS: Readonly<Record<string, string>> = APP_LABEL;

const GROUPS: [string, string, number][] = [
  ['deny_1', '（三）不予公开', 8],
  ['unable_1', '（四）无法提供', 3],
  ['reject_1', '（五）不予处理', 5],
  ['other_1', '（六）其他处理', 3],
];

/** Table 三 with the template's merged cells: the note over three header rows, 三、本年度办理结果 spanning its outcome rows. */
export function applicationsGrid(gen: '2021' | '2019', data: Record<string, Value[]>): TableBlock {
  const rows: GridCell[][] = [
    [
      { text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', role: 'header', colSpan: 3, rowSpan: 3 },
      { text: '申请人情况', role: 'header', colSpan: 7 },
    ],
    [
      { text: '自然人', role: 'header', rowSpan: 2 },
      { text: '法人或其他组织', role: 'header', colSpan: 5 },
      { text: '总计', role: 'header', rowSpan: 2 },
    ],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => ({ text, role: 'header' as const })),
  ];
  const values = (key: string) => APP_COLUMNS.map((c, i) => v(`applications:${key}:${c}`, data[key]![i]!));
  rows.push([{ text: APP_LABEL.new!, role: 'label', colSpan: 3 }, ...values('new')]);
  rows.push([{ text: APP_LABEL.carried_over!, role: 'label', colSpan: 3 }, ...values('carried_over')]);
  const outcomes = outcomeRows(gen);
  outcomes.forEach((key, i) => {
    const row: GridCell[] = [];
    if (i === 0) row.push({ text: '三、本年度办理结果', role: 'group', rowSpan: outcomes.length + 1 });
    const group = GROUPS.find(([first]) => first === key);
    if (group) row.push({ text: group[1], role: 'group', rowSpan: group[2] });
    const grouped = /^(deny|unable|reject)_/.test(key) || (gen === '2021' && key.startsWith('other_'));
    row.push({ text: APP_LABEL[key]!, role: 'label', ...(grouped ? {} : { colSpan: 2 }) }, ...values(key));
    rows.push(row);
  });
  rows.push([{ text: APP_LABEL.total!, role: 'label', colSpan: 2 }, ...values('total')]);
  rows.push([{ text: APP_LABEL.carried_forward!, role: 'label', colSpan: 3 }, ...values('carried_forward')]);
  return { kind: 'table', id: 'applications', rows, headerRows: 3, width: 10 };
}

export const REVIEW_HEADS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** Table 四: two header levels over fifteen values. */
export function reviewGrid(data: Record<string, Value[]>): TableBlock {
  const rows: GridCell[][] = [
    [{ text: '行政复议', role: 'header', colSpan: 5 }, { text: '行政诉讼', role: 'header', colSpan: 10 }],
    [
      ...REVIEW_HEADS.map((text) => ({ text, role: 'header' as const, rowSpan: 2 })),
      { text: '未经复议直接起诉', role: 'header', colSpan: 5 },
      { text: '复议后起诉', role: 'header', colSpan: 5 },
    ],
    [...REVIEW_HEADS, ...REVIEW_HEADS].map((text) => ({ text, role: 'header' as const })),
    REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c, i) => v(`review:${g}:${c}`, data[g]![i]!))),
  ];
  return { kind: 'table', id: 'review', rows, headerRows: 3, width: 15 };
}

/** The pre-2019 附表: 指标名称 | 单位 | 年度 | 历年累计. */
export function legacyGrid(data: { columns: string[]; rows: LegacyRowTruth[] }): TableBlock {
  const rows: GridCell[][] = [
    [{ text: '指标名称', role: 'header' }, { text: '单位', role: 'header' }, ...data.columns.map((text) => ({ text, role: 'header' as const }))],
    ...data.rows.map((r, i) => [
      { text: r.label, role: 'label' as const },
      { text: r.unit ?? '', role: 'unit' as const },
      ...r.cells.map((c, j) => v(`legacy:${i}:${j}`, c)),
    ]),
  ];
  return { kind: 'table', id: 'legacy', rows, headerRows: 1, width: 4 };
}
