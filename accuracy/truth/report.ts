/**
 * One generated report: agency, year, period, publication date, tables and
 * the prose that states the same figures the way real reports do (totals
 * with breakdowns, percentages, 同比 changes), as a document of headings,
 * paragraphs and tables.
 */
import type { Rng } from '../prng.js';
import { drawAgency, type AgencyDraw } from './agency.js';
import { fillerPool, type PoolSection } from './pool.js';
import { activeGrid, applicationsGrid, drawTables, legacyGrid, reviewGrid } from './tables.js';
import type { Block, Generation, ReportTruth, Sentence, Slot, TablesTruth, Value } from './types.js';

const SECTIONS_NEW = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];
const SECTIONS_OLD = ['概述', '主动公开政府信息情况', '政府信息依申请公开办理情况', '政府信息公开的收费及减免情况', '因政府信息公开申请行政复议、提起行政诉讼的情况', '政府信息公开工作存在的主要问题及改进措施', '需要说明的事项与附表'];
const ORD = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const PROBLEMS = [
  '政策解读形式较为单一，图解、视频等解读方式运用不多', '信息发布把关不严，个别信息存在表述不规范问题', '依申请公开答复的规范性有待进一步提高',
  '公开内容的深度和广度还需拓展', '工作人员业务能力有待提升，培训力度不够', '主动公开的及时性还需加强', '政民互动回应不够及时',
];
const IMPROVE = [
  '加强业务培训，提升工作人员业务水平', '丰富政策解读形式，提高解读质量', '严格信息发布审核，落实“三审三校”制度', '规范依申请公开办理流程，提高答复质量',
  '加强政府网站和政务新媒体管理', '深化重点领域信息公开', '强化监督考核，压实工作责任',
];

const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(2)}%`;

/** One of several phrasings (reports of one agency in two years seldom word a sentence the same). */
const one = <T>(rng: Rng, variants: (() => T)[]): T => rng.pick(variants)();

class Builder {
  blocks: Block[] = [];
  private sentences = 0;
  private paras = 0;

  constructor(private readonly rng: Rng) {}

  sentence(...parts: (string | Slot)[]): Sentence {
    return { id: `s${++this.sentences}`, parts };
  }

  para(sentences: Sentence[], role?: 'title' | 'meta' | 'signature' | 'date'): void {
    if (sentences.length) this.blocks.push({ kind: 'para', id: `p${++this.paras}`, sentences, ...(role ? { role } : {}) });
  }

  heading(id: string, level: 1 | 2, text: string): void {
    this.blocks.push({ kind: 'heading', id, level, text });
  }

  private used = new Set<string>();

  /** Filler sentences from the fixtures, never one used before in this report. */
  filler(section: PoolSection, n: number): Sentence[] {
    const picked = this.rng.sample(fillerPool()[section].filter((t) => !this.used.has(t)), n);
    for (const t of picked) this.used.add(t);
    return picked.map((t) => this.sentence(t));
  }

  /** "一是…。二是…。三是…。" — an enumeration as reports write it. */
  enumeration(items: string[], lead: string): Sentence[] {
    return [this.sentence(lead), ...items.map((item, i) => this.sentence({ slot: `enum_${i}`, text: `${ORD[i]}是` }, `${item}。`))];
  }
}

const slot = (name: string, text: string | number): Slot => ({ slot: name, text: String(text) });

function date(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function publication(rng: Rng, gen: Generation, agency: AgencyDraw, year: number): string {
  const lastMonth = gen !== 'pre2019' && agency.level === 'department' ? 1 : 3;
  const month = rng.int(1, lastMonth);
  return date(year + 1, month, rng.int(month === 1 ? 8 : 1, month === 2 ? 28 : month === 1 ? 30 : 30));
}

/** The template generation a report year follows. */
export const generationOf = (year: number): Generation => (year >= 2021 ? '2021' : year >= 2019 ? '2019' : 'pre2019');

/** The same agency's report of the year before (its 结转下年度 what the given report carried over). */
export function drawPrevious(rng: Rng, id: string, next: ReportTruth): ReportTruth {
  const carried = next.tables.applications?.carried_over;
  return drawReport(rng, id, generationOf(next.year - 1), { agency: next.agency, year: next.year - 1, ...(carried ? { carriedForward: carried } : {}) });
}

/** The report of one agency and year: its truth and its document. */
export function drawReport(rng: Rng, id: string, gen: Generation, given: { agency?: AgencyDraw; year?: number; carriedForward?: readonly Value[] } = {}): ReportTruth {
  const year = given.year ?? (gen === '2021' ? rng.int(2021, 2025) : gen === '2019' ? rng.int(2019, 2020) : rng.int(2009, 2018));
  const agency = given.agency ?? drawAgency(rng);
  const tables = drawTables(rng, gen, agency.level, year, given.carriedForward);
  const published = publication(rng, gen, agency, year);
  const b = new Builder(rng);
  const titleAgency = agency.name;
  const title = `${titleAgency}${year}年${rng.chance(0.2) ? '度' : ''}政府信息公开工作年度报告`;
  b.para([b.sentence(titleAgency, slot('title_year', `${year}年`), title.slice(titleAgency.length + String(year).length + 1))], 'title');
  const [py, pm, pd] = published.split('-').map(Number) as [number, number, number];
  b.para([b.sentence('发布时间：', slot('published', published), `  来源：${agency.office}`)], 'meta');

  const sections = gen === 'pre2019' ? SECTIONS_OLD : SECTIONS_NEW;
  // Introduction: basis, declared parts, statistics period, where to read it.
  const basis = gen === '2021' ? '（国办公开办函〔2021〕30号）' : gen === '2019' ? '（国办公开办函〔2019〕60号）' : '';
  const intro: Sentence[] = [
    b.sentence(one(rng, [
      () => `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）${gen === 'pre2019' ? '和上级有关文件' : `和《中华人民共和国政府信息公开工作年度报告格式》${basis}`}要求编制。`,
      () => `依据《中华人民共和国政府信息公开条例》（以下简称《条例》）${gen === 'pre2019' ? '等规定' : `和《中华人民共和国政府信息公开工作年度报告格式》${basis}`}，编制本报告。`,
      () => `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）${gen === 'pre2019' ? '和省、市有关文件' : basis ? `和国务院办公厅政府信息与政务公开办公室${basis.slice(1, -1)}要求` : ''}，特向社会公布${agency.name}${year}年政府信息公开工作年度报告。`,
    ])),
  ];
  if (rng.chance(0.6)) {
    intro.push(b.sentence(`本报告${gen === 'pre2019' ? '由' : '共分'}`, slot('parts', `${sections.length}`), `个部分${gen === 'pre2019' ? '组成' : ''}：${sections.map((x) => x.replace('、', '和')).join('、')}。`));
  }
  const start = slot('period_start', `${year}年1月1日`);
  const end = slot('period_end', `${year}年12月31日`);
  intro.push(one(rng, [
    () => b.sentence('本报告中所列数据的统计期限自', start, '起至', end, '止。'),
    () => b.sentence('本报告所列数据统计期限为', start, '至', end, '。'),
    () => b.sentence('本报告数据统计期限自', start, '至', end, '止。'),
  ]));
  intro.push(b.sentence(one(rng, [
    () => `本报告的电子版可在“${agency.parent}人民政府”门户网站（${agency.site}）查阅或下载。如对本报告有任何疑问，请与${agency.office}联系。`,
    () => `本报告电子版可在${agency.parent}人民政府门户网站政务公开栏目查阅。如有疑问，请与${agency.office}联系。`,
    () => `如对本报告有疑问，请与${agency.office}联系（地址：${agency.parent}行政中心）。`,
  ])));
  b.para(intro);

  const h1 = (i: number) => b.heading(`h.${i + 1}`, 1, `${ORD[i]}、${sections[i]}`);
  if (gen === 'pre2019') legacyBody(b, rng, agency, year, tables, h1);
  else templateBody(b, rng, gen, agency, year, tables, h1);

  b.para([b.sentence(agency.name)], 'signature');
  b.para([b.sentence(slot('signed', `${py}年${pm}月${pd}日`))], 'date');
  return {
    id, generation: gen, agency, year, title,
    period: { start: date(year, 1, 1), end: date(year, 12, 31) },
    published, tables, doc: { blocks: b.blocks },
  };
}

function templateBody(b: Builder, rng: Rng, gen: '2021' | '2019', agency: AgencyDraw, year: number, tables: TablesTruth, h1: (i: number) => void): void {
  const apps = tables.applications!;
  const review = tables.review!;
  const self = agency.self;
  h1(0);
  b.para([b.sentence(one(rng, [
    () => `${year}年，${self}认真贯彻落实《条例》，扎实推进政府信息公开工作。`,
    () => `${year}年，在上级主管部门的指导下，${self}严格执行《条例》相关规定，政府信息公开工作有序开展。`,
    () => `${year}年，${self}坚持以公开为常态、不公开为例外，持续深化政务公开。`,
  ])), ...b.filler('overview', 1)]);
  const sub = (i: number, text: string) => b.heading(`h.1.${i}`, 2, `（${ORD[i - 1]}）${text}`);
  // (一) 主动公开: total with breakdown and 同比.
  sub(1, rng.pick(['主动公开情况', '主动公开方面', '主动公开政府信息情况']));
  const parts = [rng.count(2000) + 10, rng.count(800) + 5, rng.count(300) + 1];
  const total = parts.reduce((a, c) => a + c, 0);
  const more = rng.int(1, Math.max(1, Math.floor(total / 4)));
  const growth = total - more > 0 && rng.chance(0.7);
  const lead = one(rng, [() => `${year}年，${self}通过政府门户网站主动公开政府信息`, () => `全年共主动公开政府信息`, () => `${year}年，${self}累计发布各类政府信息`]);
  const t = slot('active_total', total);
  const active: Sentence[] = [
    growth
      ? b.sentence(lead, t, '条，比上年增加', slot('growth_amount', more), one(rng, [() => '条，同比增长', () => '条，增长']), slot('growth_rate', pct(more, total - more)), '。')
      : b.sentence(lead, t, '条。'),
    one(rng, [
      () => b.sentence('其中，工作动态', slot('active_part_0', parts[0]!), '条、通知公告', slot('active_part_1', parts[1]!), '条、政策文件', slot('active_part_2', parts[2]!), '条。'),
      () => b.sentence('其中发布工作动态', slot('active_part_0', parts[0]!), '条，通知公告', slot('active_part_1', parts[1]!), '条，政策文件', slot('active_part_2', parts[2]!), '条。'),
    ]),
  ];
  const normative = tables.active!.find((i) => i.item === 1)!.rows.find((r) => r.key === 'normative')!;
  const issued = slot('normative_issued', normative.cells[0]!);
  active.push(gen === '2021'
    ? one(rng, [() => b.sentence('本年制发行政规范性文件', issued, '件。'), () => b.sentence(`${self}全年共制发行政规范性文件`, issued, '件，均已主动公开。')])
    : one(rng, [() => b.sentence('本年新制作规范性文件', issued, '件。'), () => b.sentence('全年新制作并公开规范性文件', issued, '件。')]));
  active.push(...b.filler('overview', 1));
  b.para(active);
  // (二) 依申请公开: totals, parts, percentages.
  sub(2, rng.pick(['依申请公开情况', '依申请公开方面', '依申请公开办理情况']));
  const col = (key: string, c = 6) => apps[key]![c]!;
  const req: Sentence[] = [];
  if (col('new') === 0 && col('carried_over') === 0) {
    req.push(b.sentence(one(rng, [() => `${year}年，${self}未收到政府信息公开申请。`, () => `全年未收到依申请公开信件。`, () => `本年度${self}没有收到政府信息公开申请。`])));
  } else {
    const legal = col('new') - col('new', 0);
    const lead = one(rng, [() => `${year}年，${self}共收到政府信息公开申请`, () => '全年新收政府信息公开申请', () => `本年度${self}收到政府信息公开申请`]);
    req.push(b.sentence(lead, slot('apps_new', col('new')), '件，其中自然人申请', slot('apps_new_natural', col('new', 0)), '件、法人或其他组织申请', slot('apps_new_legal', legal), one(rng, [() => '件；上年结转', () => '件，另有上年结转申请']), slot('apps_carried', col('carried_over')), '件。'));
    const handled = col('total');
    if (handled > 0 && col('granted') > 0 && rng.chance(0.7)) {
      req.push(b.sentence(rng.pick(['全年办结', '共办结', '已办结']), slot('apps_handled', handled), '件，其中予以公开', slot('apps_granted', col('granted')), '件，占', slot('apps_granted_pct', pct(col('granted'), handled)), '。'));
    } else {
      req.push(b.sentence(rng.pick(['全年办结', '共办结', '已办结']), slot('apps_handled', handled), '件。'));
    }
    req.push(b.sentence(rng.pick(['结转下年度继续办理', '结转下一年度办理', '转入下年度办理']), slot('apps_forward', col('carried_forward')), '件。'));
  }
  const reviews = review.review![4]!;
  const suits = review.litigation_direct![4]! + review.litigation_after_review![4]!;
  req.push(reviews + suits === 0
    ? b.sentence(rng.pick(['全年未发生因政府信息公开引起的行政复议、行政诉讼案件。', '本年度没有因政府信息公开申请行政复议、提起行政诉讼的情况。']))
    : b.sentence(rng.pick(['因政府信息公开被申请行政复议', '全年因政府信息公开引起行政复议']), slot('review_total', reviews), '件，被提起行政诉讼', slot('litigation_total', suits), '件。'));
  b.para(req);
  const filler: [number, string, PoolSection][] = [
    [3, rng.pick(['政府信息管理情况', '政府信息管理方面']), 'management'],
    [4, rng.pick(['平台建设情况', '政府信息公开平台建设情况', '信息公开平台建设方面']), 'platform'],
    [5, rng.pick(['监督保障情况', '监督保障方面']), 'supervision'],
  ];
  for (const [i, text, section] of filler) {
    sub(i, text);
    b.para(b.filler(section, rng.int(1, 3)));
  }
  h1(1);
  b.blocks.push(activeGrid(tables.active!));
  h1(2);
  b.blocks.push(applicationsGrid(gen, apps));
  h1(3);
  b.blocks.push(reviewGrid(review));
  h1(4);
  b.para(b.enumeration(rng.sample(PROBLEMS, 3), rng.pick([`${year}年，${self}政府信息公开工作取得了一定成效，但也存在一些不足：`, '对照新形势新要求，工作中仍存在一些问题：', `${self}政府信息公开工作还存在以下不足：`])));
  b.para(b.enumeration(rng.sample(IMPROVE, 3), rng.pick([`${year + 1}年，${self}将从以下方面加以改进：`, '下一步，将采取以下措施：', `针对上述问题，${self}将重点做好以下工作：`])));
  h1(5);
  const feeRow = gen === '2021' ? col('other_2') : 0;
  b.para([feeRow > 0
    ? b.sentence('本年度发出信息处理费收费通知', slot('fee_notices', feeRow), '件，申请人均逾期未缴纳。')
    : b.sentence(slot('fee_statement', rng.pick(['本年度未收取信息处理费', `${year}年，${self}无收取信息处理费情况`, '本年度没有收取信息处理费'])), '，无其他需要报告的事项。')]);
}

function legacyBody(b: Builder, rng: Rng, agency: AgencyDraw, year: number, tables: TablesTruth, h1: (i: number) => void): void {
  const rows = tables.legacy!.rows;
  const cell = (i: number, j = 0) => rows[i]!.cells[j]!;
  const self = agency.self;
  h1(0);
  b.para([b.sentence(`${year}年，${self}认真贯彻落实《条例》，`), ...b.filler('overview', 2)]);
  h1(1);
  b.para([
    b.sentence(`${year}年，${self}主动公开政府信息`, slot('active_total', cell(0)), '条，其中通过政府网站公开', slot('active_part_0', cell(1)), '条，政府公报公开', slot('active_part_1', cell(2)), '条。'),
    b.sentence(`截至${year}年底，累计主动公开政府信息`, slot('active_cumulative', cell(0, 1)), '条。'),
    ...b.filler('platform', 1),
  ]);
  h1(2);
  b.para(cell(3) === 0
    ? [b.sentence(`${year}年，${self}未收到政府信息公开申请。`)]
    : [
        b.sentence(`${year}年，${self}共受理政府信息公开申请`, slot('apps_new', cell(3)), '件，其中当面申请', slot('apps_part_0', cell(4)), '件、网上申请', slot('apps_part_1', cell(5)), '件、信函、传真申请', slot('apps_part_2', cell(6)), '件。'),
        b.sentence('对申请的答复中，同意公开', slot('reply_0', cell(8)), '件，同意部分公开', slot('reply_1', cell(9)), '件，不予公开', slot('reply_2', cell(10)), '件，其他类型答复', slot('reply_3', cell(11)), '件。'),
      ]);
  h1(3);
  b.para([b.sentence(slot('fee_statement', `${year}年，${self}依申请提供政府信息未收取任何费用`), '。')]);
  h1(4);
  b.para([cell(13) === 0 ? b.sentence(`${year}年，${self}未发生因政府信息公开申请行政复议、提起行政诉讼的情况。`) : b.sentence(`${year}年，因政府信息公开申请行政复议`, slot('review_total', cell(13)), '件。')]);
  h1(5);
  b.para(b.enumeration(rng.sample(PROBLEMS, 3), `${self}政府信息公开工作虽然取得一定成绩，但也存在一些问题：`));
  b.para(b.enumeration(rng.sample(IMPROVE, 3), `下一步，${self}将采取以下措施：`));
  h1(6);
  b.para([b.sentence(`附表中数据统计期限为${year}年1月1日至${year}年12月31日。`)]);
  b.blocks.push(legacyGrid(tables.legacy!));
}
