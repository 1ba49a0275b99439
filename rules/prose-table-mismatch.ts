import {
  defineRule, factClaims, proseNodes, proseNodesIn, readNumber, statusClaims, t, type ActiveColumn, type Cell, type CellRef, type FactClaim,
  type FactKey, type MessageRef, type ProseNode, type ReportModel, type ReviewColumn, type ReviewGroupKey, type RuleContext, type StatusClaim,
  type Text,
} from '../src/rule-kit.js';

const messages = {
  mismatch: t('{{said}}，但{{where}}为{{amount}}{{unsure}}{{note}}', '{{said}}, but {{where}} is {{amount}}{{unsure}}{{note}}'),
  saysNone: t('正文称没有{{what}}', 'The text says there were no {{what}}'),
  says: t('正文称{{what}}{{amount}}', 'The text gives {{what}} as {{amount}}'),
  cellUncertain: t('（该单元格读取不确定）', ' (the cell could not be read with certainty)'),
  receivedWithCarried: t(
    '；正文的数字等于本年新收{{new}}件加上年结转{{over}}件，“收到”应只计本年新收',
    '; the text\'s figure is new {{new}} plus carried over {{over}}, and “收到” counts the new requests only',
  ),
  handledWithOpen: t(
    '；正文的数字等于本年新收与上年结转之和{{both}}件，其中{{forward}}件结转下年度，并未办结',
    '; the text\'s figure is new plus carried over ({{both}}), {{forward}} of which were carried forward and not handled',
  ),
  statusClaim: t('正文称“{{phrase}}”，但{{where}}为{{amount}}', 'The text says "{{phrase}}", but {{where}} is {{amount}}'),
  receivedTotal: t('表三“本年新收”总计', 'the "new" total of table 三'),
  handledTotal: t('表三“（七）总计”', 'the (7) total of table 三'),
  carriedOverTotal: t('表三“上年结转”总计', 'the "carried over" total of table 三'),
  carriedForwardTotal: t('表三“结转下年度继续办理”总计', 'the "carried forward" total of table 三'),
  reviewTotal: t('表四“行政复议”总计', 'the review total of table 四'),
  litigationTotal: t('表四行政诉讼（未经复议直接起诉、复议后起诉）总计之和', 'the two lawsuit totals of table 四'),
  reviewLitigationTotal: t('表四三组总计之和', 'the three totals of table 四'),
  normativeColumn: t('表二“行政规范性文件”的“{{header}}”', '"{{header}}" of normative documents in table 二'),
  legacyRow: t('附表“{{row}}”', '"{{row}}" in the appendix'),
  reviewCell: t('表四{{group}}“{{column}}”', '"{{column}}" of {{group}} in table 四'),
};

type Id = keyof typeof messages;
type Context = RuleContext<Record<string, unknown>, Id>;
type Phrase = MessageRef<Id>;

/** A table value that a figure in the text can be compared with. */
interface Fact {
  value: number;
  cells: Cell[];
  uncertain: boolean;
  /** Where the value stands ("表三“本年新收”总计"). */
  where: Phrase;
  /** Other readings of the same phrase: `ok` ones are accepted, the others explain a mismatch (`note`). */
  alts?: { value: number; ok: boolean | RegExp; note?: Phrase }[];
}

/** An amount with its unit in Chinese ("20件"), without it in English. */
const amount = (value: number, unit: string): Text => t(`${value}${unit}`, String(value));

/** What the text calls the figure, for messages. */
const SAID: Record<FactKey, Text> = {
  received: t('收到申请', 'requests received'),
  handled: t('办结申请', 'requests handled'),
  carried_over: t('上年结转', 'carried over'),
  carried_forward: t('结转下年度', 'carried forward'),
  review: t('行政复议', 'administrative reviews'),
  litigation: t('行政诉讼', 'lawsuits'),
  review_litigation: t('行政复议和行政诉讼', 'reviews and lawsuits'),
  normative_valid: t('现行有效规范性文件', 'normative documents in force'),
  normative_made: t('制发规范性文件', 'normative documents issued'),
  normative_repealed: t('废止规范性文件', 'normative documents repealed'),
  normative_published: t('公开规范性文件', 'normative documents published'),
  fee: t('收取费用', 'fees charged'),
};

/**
 * Figures and claims in the text against the tables: requests received,
 * handled and carried, 复议/诉讼 counts, 规范性文件 issued/in force, fee
 * amounts of a pre-2019 附表, and "均已办结" / "均获维持" / "均已结案".
 */
export default defineRule({
  meta: {
    id: 'prose-table-mismatch',
    title: t('正文与表格不符', 'Text contradicts the tables'),
    severity: 'error',
    description: t(
      '正文中的数字或说法与表格不符：收到、办结、结转的申请数，行政复议、行政诉讼数，规范性文件数，“均已办结”“均获维持”等。',
      'A figure or claim in the text contradicts the tables: requests received, handled and carried, review and lawsuit counts, normative documents, "all handled", "all upheld".',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    const facts = tableFacts(context.model);
    // In section 四 (复议/诉讼) the topic goes without saying.
    const review = context.model.sections.review;
    const inReview = proseNodesIn(context.root, (s) => s === review);
    const year = context.root.data.year?.value;
    for (const node of proseNodes(context.root)) {
      const text = context.matchText(node);
      for (const claim of factClaims(text, { ...(year ? { year } : {}), reviewSection: inReview.has(node) })) {
        const fact = facts[claim.key];
        if (fact) compare(context, node, claim, fact);
      }
      for (const claim of statusClaims(text)) checkStatus(context, node, claim);
    }
  },
});

function compare(context: Context, node: ProseNode, claim: FactClaim, fact: Fact): void {
  // Fee amounts are compared in 元, to the fen.
  if (claim.key === 'fee' && Math.abs((claim.unit === '万元' ? claim.value * 10000 : claim.value) - fact.value) < 0.005) return;
  if (claim.value === fact.value) return;
  const alt = fact.alts?.find((a) => a.value === claim.value);
  if (alt && (alt.ok === true || claim.withCarried || (alt.ok instanceof RegExp && alt.ok.test(claim.verb)))) return;
  const what = SAID[claim.key];
  const said: Phrase = claim.nil
    ? { messageId: 'saysNone', data: { what } }
    : { messageId: 'says', data: { what, amount: amount(claim.value, claim.unit) } };
  context.report({
    node, index: claim.index, length: claim.length,
    messageId: 'mismatch',
    data: {
      said,
      where: fact.where,
      amount: amount(fact.value, claim.key === 'fee' ? '元' : '件'),
      unsure: fact.uncertain ? { messageId: 'cellUncertain' } : '',
      note: alt?.note ?? '',
    },
    related: fact.cells.map((cell) => ({ node: cell, ...fact.where })),
    ...(fact.uncertain || alt || claim.key === 'normative_published' ? { severity: 'warning' as const } : {}),
  });
}

/** The table values that text figures refer to, for whichever template the report follows. */
function tableFacts(model: ReportModel): Partial<Record<FactKey, Fact>> {
  const out: Partial<Record<FactKey, Fact>> = {};
  // A sum of cells; an uncertain reading is used but said (and never makes an error).
  const fact = (refs: (CellRef | undefined)[], messageId: Id): Fact | undefined => {
    const values = refs.map(readNumber);
    if (values.some((v) => v === null)) return undefined;
    const cells = refs.map((r) => r!.cell!).filter(Boolean);
    return { value: values.reduce((a, b) => a + b!.value, 0), cells, uncertain: values.some((v) => v!.uncertain), where: { messageId } };
  };
  const apps = model.applications;
  if (apps) {
    out.received = fact([apps.get('new', 'total')], 'receivedTotal');
    out.handled = fact([apps.get('total', 'total')], 'handledTotal');
    out.carried_over = fact([apps.get('carried_over', 'total')], 'carriedOverTotal');
    out.carried_forward = fact([apps.get('carried_forward', 'total')], 'carriedForwardTotal');
    const over = out.carried_over?.value ?? 0;
    if (out.received && over > 0) {
      const both = out.received.value + over;
      const note: Phrase = { messageId: 'receivedWithCarried', data: { new: out.received.value, over } };
      // 受理 (and 办理) may count the requests carried over; 收到 counts the new ones only.
      out.received.alts = [{ value: both, ok: /受理/, note }];
      const forward = out.carried_forward?.value;
      const open: Phrase | undefined = forward ? { messageId: 'handledWithOpen', data: { both, forward } } : undefined;
      if (out.handled) out.handled.alts = [{ value: both, ok: /办理|处理/, ...(open ? { note: open } : {}) }];
    }
  }
  const review = model.review;
  if (review) {
    const total = (group: ReviewGroupKey) => review.get(group, 'total');
    out.review = fact([total('review')], 'reviewTotal');
    out.litigation = fact([total('litigation_direct'), total('litigation_after_review')], 'litigationTotal');
    out.review_litigation = fact([total('review'), total('litigation_direct'), total('litigation_after_review')], 'reviewLitigationTotal');
  }
  normativeFacts(model, out);
  legacyFacts(model, out);
  return out;
}

/** The template's names of the table-二 columns a figure in the text may refer to, when the table gives none. */
const NORMATIVE_HEADERS: Partial<Record<ActiveColumn, string>> = {
  made: '本年制发件数', repealed: '本年废止件数', valid: '现行有效件数', published: '本年新公开数量',
};

/** Table 二, 第二十条第（一）项, row 行政规范性文件: issued, repealed, in force (2021) or made/published (2019 trial). */
function normativeFacts(model: ReportModel, out: Partial<Record<FactKey, Fact>>): void {
  const active = model.active;
  const row = active?.item(1)?.rows.find((r) => r.key === 'normative');
  if (!active || !row) return;
  const column = (key: ActiveColumn): Fact | undefined => {
    const ref = active.get('normative', key);
    const reading = readNumber(ref);
    if (!reading) return undefined;
    const header = /^\d+$/.test(ref!.column) ? NORMATIVE_HEADERS[key]! : ref!.column;
    const where: Phrase = { messageId: 'normativeColumn', data: { header } };
    return { value: reading.value, cells: [ref!.cell!], uncertain: reading.uncertain, where };
  };
  const valid = column('valid');
  const made = column('made');
  const repealed = column('repealed');
  const published = column('published') ?? made;
  if (valid) out.normative_valid = valid;
  if (made) out.normative_made = made;
  if (repealed) out.normative_repealed = repealed;
  if (published) {
    const others = row.cells.map(readNumber).filter((v) => v !== null);
    out.normative_published = { ...published, alts: others.map((v) => ({ value: v.value, ok: true })) };
  }
}

const LEGACY: [FactKey, RegExp][] = [
  ['received', /^(?:受理|收到)(?:政府信息公开|依申请公开)?(?:信息)?(?:申请)?(?:总)?数$/],
  ['handled', /^申请办结数$/],
  ['review', /^行政复议(?:案件)?数$/],
  ['litigation', /^行政诉讼(?:案件)?数$/],
  ['normative_published', /^(?:其中:)?主动公开规范性文件数$/],
  ['normative_made', /^制发规范性文件总?数$/],
  ['fee', /^(?!.*减免).*(?:收取.*费用|收费(?:金额|总额|数))/],
];

/** A pre-2019 附表: rows by label, in the column of the report year (never 历年累计). */
function legacyFacts(model: ReportModel, out: Partial<Record<FactKey, Fact>>): void {
  for (const table of model.legacy) {
    for (const row of table.rows) {
      const label = row.norm.replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\.)/, '');
      const key = LEGACY.find(([, re]) => re.test(label))?.[0];
      const ref = table.get(row, 'year');
      const reading = readNumber(ref);
      if (!key || out[key] || !reading) continue;
      // Fee amounts are compared in 元.
      const scale = key === 'fee' && /万元/.test(row.norm + (row.unit?.value ?? '')) ? 10000 : 1;
      const where: Phrase = { messageId: 'legacyRow', data: { row: row.label.value.trim() } };
      out[key] = { value: reading.value * scale, cells: [ref!.cell!], uncertain: reading.uncertain, where };
    }
  }
}

/** "均已办结" while requests are carried forward; "均获维持" / "均已结案" while table 四 has other results or pending cases. */
function checkStatus(context: Context, node: ProseNode, claim: StatusClaim): void {
  const { applications, review } = context.model;
  const hit = (ref: CellRef | undefined, where: Phrase) => {
    const reading = readNumber(ref);
    return reading && reading.value > 0 ? { ref: ref!, reading, where } : undefined;
  };
  let found: { ref: CellRef; reading: { value: number; uncertain: boolean }; where: Phrase } | undefined;
  if (claim.kind === 'requests_done') {
    found = hit(applications?.get('carried_forward', 'total'), { messageId: 'carriedForwardTotal' });
  } else if (review) {
    const groups: ReviewGroupKey[] = [...(claim.review ? ['review' as const] : []), ...(claim.litigation ? ['litigation_direct' as const, 'litigation_after_review' as const] : [])];
    const names: Record<ReviewGroupKey, Text> = {
      review: t('行政复议', 'review'), litigation_direct: t('未经复议直接起诉', 'lawsuits without review'), litigation_after_review: t('复议后起诉', 'lawsuits after review'),
    };
    const columns: [ReviewColumn, string][] =
      claim.kind === 'cases_closed' ? [['pending', '尚未审结']] : [['corrected', '结果纠正'], ['other', '其他结果'], ...(claim.closedOnly ? [] : [['pending', '尚未审结'] as [ReviewColumn, string]])];
    for (const group of groups) {
      for (const [column, name] of columns) {
        found ??= hit(review.get(group, column), { messageId: 'reviewCell', data: { group: names[group], column: name } });
      }
    }
  }
  if (!found) return;
  const phrase = context.matchText(node).slice(claim.index, claim.index + claim.length);
  context.report({
    node, index: claim.index, length: claim.length,
    messageId: 'statusClaim',
    data: { phrase, where: found.where, amount: amount(found.reading.value, '件') },
    related: [{ node: found.ref.cell!, ...found.where }],
    ...(claim.weak || found.reading.uncertain ? { severity: 'warning' as const } : {}),
  });
}
