import {
  defineRule, enumerations, formatPercent, proseNodes, t, type Enumeration, type ProseNode, type RuleContext,
} from '../src/rule-kit.js';

const messages = {
  partsDiffer: t('总数{{whole}}与其后列举的各项之和不符：{{terms}} = {{sum}}', 'The whole {{whole}} does not match the parts listed after it: {{terms}} = {{sum}}'),
  firstPart: t('列举的第一项', 'first listed part'),
  sharesOver: t('其中各项占比之和超过100%：{{terms}} = {{sum}}%', 'The shares add up to more than 100%: {{terms}} = {{sum}}%'),
  whole: t('总数', 'whole'),
};

type Context = RuleContext<Record<string, unknown>, keyof typeof messages>;

/** Longest list looked at; longer runs of numbers are tables flattened into text, not enumerations. */
const MAX_PARTS = 30;

/**
 * Enumerations whose parts do not add up to the whole they are announced as:
 * "共372条，其中主动公开368条、依申请4条", lists of categories, channels and
 * agencies after 其中 / 分别为, and lists of shares ("其中A占60%、B占45%").
 */
export default defineRule({
  meta: {
    id: 'prose-sum',
    title: t('正文列举之和不符', 'Enumeration does not add up'),
    severity: 'warning',
    description: t(
      '正文“共N件，其中A件、B件……”一类列举，各分项之和与所称总数不符；或各项占比之和超过100%。',
      'An enumeration "N in all, of which A, B, …" whose parts do not add up to the stated whole, or shares that add up to more than 100%.',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    for (const node of proseNodes(context.root)) {
      const text = context.matchText(node);
      for (const e of enumerations(text)) {
        if (e.parts.length) checkParts(context, node, text, e);
        else checkShares(context, node, e);
      }
    }
  },
});

/** Publication channels: one item may be counted in several, so their sum may exceed the whole. */
const CHANNEL = /网站|网|微博|微信|公众号|新媒体|政务号|客户端|app|公开栏|公告栏|报|电视|广播|渠道|平台|抖音|头条|短信|热线/i;

/**
 * Silent whenever some run of consecutive parts makes the whole (a list
 * followed by other figures, two breakdowns of one whole, an aside before the
 * list), or when the list reads as items with their own breakdowns that make
 * the whole or are a single item with its breakdown. Parts that fall short
 * are only reported when they cover most of the whole and the list is not
 * announced as partial (主要, 包括, …等): "共500条，其中政策解读30条、图片解读20条"
 * picks out examples, it does not enumerate. Parts that exceed the whole are
 * not reported for publication channels, which may count one item twice.
 */
function checkParts(context: Context, node: ProseNode, text: string, e: Enumeration): void {
  const { whole, parts } = e;
  if (parts.length < 2 || parts.length > MAX_PARTS || whole.approx || parts.some((p) => p.approx)) return;
  const values = parts.map((p) => p.value);
  // Decimal amounts (万元) may each be rounded; counts must match exactly.
  const decimals = Math.max(whole.decimals, ...parts.map((p) => p.decimals));
  const near = (a: number, b: number) => Math.abs(a - b) <= (decimals ? (parts.length * 10 ** -decimals) / 2 : 0) + 1e-9;
  const runs = runSums(values);
  const read = readings(values, near);
  // The whole, or (for a list that takes its whole from earlier sentences) another amount there.
  for (const w of [whole, ...e.alternatives]) {
    if (runs.some((r) => near(r.sum, w.value))) return;
    if (read.some((r) => near(r.sum, w.value) || r.items === 1)) return;
  }
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum < whole.value && (e.hedged || sum * 2 < whole.value)) return;
  if (sum > whole.value && parts.some((p, i) => CHANNEL.test(text.slice(i ? parts[i - 1]!.index + parts[i - 1]!.length : e.marker, p.index)))) return;
  const terms = parts.map((p) => p.raw).join(' + ');
  context.report({
    node, index: whole.index, length: whole.length,
    messageId: 'partsDiffer',
    // English leaves out the Chinese measure word (件, 条).
    data: { whole: t(`${whole.raw}${whole.unit}`, whole.raw), terms, sum: t(`${fmt(sum)}${whole.unit}`, fmt(sum)) },
    related: [{ node, index: parts[0]!.index, length: parts[0]!.length, messageId: 'firstPart' }],
  });
}

/** "其中A占60%、B占45%": shares of one whole cannot add up to more than 100%. */
function checkShares(context: Context, node: ProseNode, e: Enumeration): void {
  const shares = e.shares;
  if (shares.length < 2 || shares.some((s) => s.approx)) return;
  const sum = shares.reduce((a, s) => a + s.value, 0);
  // Each printed share may be rounded up by half a unit of its last digit.
  const slack = shares.reduce((a, s) => a + 10 ** -s.decimals / 2, 0);
  if (sum <= 100 + slack + 1e-9) return;
  context.report({
    node, index: shares[0]!.index, length: shares[0]!.length,
    messageId: 'sharesOver',
    data: { terms: shares.map((s) => `${s.raw}%`).join(' + '), sum: formatPercent(sum) },
    related: [{ node, index: e.whole.index, length: e.whole.length, messageId: 'whole' }],
  });
}

/**
 * The ways to read a list as items each optionally followed by its own breakdown
 * (a run of two or more values that adds up to it): "自然人90件，涉及征收50件、
 * 社保40件" is one item. Gives the sum and number of the top-level items.
 */
function readings(values: number[], near: (a: number, b: number) => boolean): { sum: number; items: number }[] {
  const memo = new Map<number, { sum: number; items: number }[]>();
  const from = (i: number): { sum: number; items: number }[] => {
    if (i >= values.length) return [{ sum: 0, items: 0 }];
    const known = memo.get(i);
    if (known) return known;
    const out: { sum: number; items: number }[] = [];
    const add = (next: number) => {
      for (const r of from(next)) if (out.length < 64) out.push({ sum: r.sum + values[i]!, items: r.items + 1 });
    };
    add(i + 1);
    let run = 0;
    for (let j = i + 1; j < values.length; j++) {
      run += values[j]!;
      if (j > i + 1 && near(run, values[i]!)) add(j + 1);
    }
    memo.set(i, out);
    return out;
  };
  return from(0);
}

/** Sums of every run of consecutive values. */
function runSums(values: number[]): { from: number; length: number; sum: number }[] {
  const out: { from: number; length: number; sum: number }[] = [];
  for (let i = 0; i < values.length; i++) {
    let sum = 0;
    for (let j = i; j < values.length; j++) {
      sum += values[j]!;
      out.push({ from: i, length: j - i + 1, sum });
    }
  }
  return out;
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
