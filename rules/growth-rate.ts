import {
  amountAt, bracketSpans, defineRule, enumerations, formatPercent, spanLookup, percentAgrees, proseNodes, sentenceSpans, t, type Amount, type MessageRef,
  type ProseNode, type RuleContext, type Text,
} from '../src/rule-kit.js';
import { NodeAmounts, SentenceAmounts } from './growth-rate/sentence-amounts.js';

/** "比去年增加17条" / "较上年减少3件" / "比2019年增长5项": a change by a counted amount. */
const CHANGE = /(?:比|较)(?:去年|上年度?|上一年度?|前一年|(?:19|20)\d{2}年度?)(?:同期)?(?:相比)?[,，]?\s*(增加|增长|多|上升|提高|减少|下降|少|降低)了?/g;
/** "由12件增加到20件": old and new amounts. */
const FROM_TO = /(?:由|从)\s*(?=\d)/g;
const TO = /^\s*(增加|增长|上升|提高|减少|下降|降低|降)(?:到|至|为)\s*/;
/** A rate after a change: "，同比增长26.98%". */
const RATE_LEAD = /^[,，]?\s?(?:同比|环比)?(增长|增加|上升|提高|下降|减少|降低)?了?(?:约|近|超过?)?\s?$/;
/** "占53%", "占比51.85%", "占总数的47%". */
const SHARE = /占(?:比|比为|总数的?|总量的?|全部的?|比例为)?(?:约|近|超过?|达)?\s*(?=\d)/g;
/** "办结率100%" and its kin. */
const RATE = /(办结|答复|回复|按时办结|按期办结)率(?:为|达到?)?了?\s*(?=\d)/g;

const DOWN = /减少|下降|少|降低|降/;

const messages = {
  change: t(
    '增幅{{pct}}%与数量不符：本期{{current}}，比上期{{direction}}{{change}}，上期应为{{before}}，幅度应为{{expected}}%{{hint}}',
    'The rate {{pct}}% does not follow from the amounts: now {{current}}, {{direction}} {{change}} on the previous {{before}}, so the rate is {{expected}}%{{hint}}',
  ),
  dividedByCurrent: t(
    '（{{pct}}%≈{{change}}÷{{current}}，除以了本期数而不是上期数）',
    ' ({{pct}}% ≈ {{change}}/{{current}}: divided by the current amount instead of the previous one)',
  ),
  dividedByOther: t('（{{pct}}%≈{{change}}÷{{other}}，似乎除以了另一个数）', ' ({{pct}}% ≈ {{change}}/{{other}}: apparently divided by another figure)'),
  currentAmount: t('本期数量', 'current amount'),
  fromTo: t('幅度{{pct}}%与数量不符：由{{old}}变为{{now}}，幅度应为{{expected}}%', 'The rate {{pct}}% does not follow: from {{old}} to {{now}} is {{expected}}%'),
  previousAmount: t('原数量', 'previous amount'),
  share: t('占比{{pct}}%与数量不符：{{part}}占{{whole}}应为{{expected}}%', 'The share {{pct}}% does not follow: {{part}} of {{whole}} is {{expected}}%'),
  total: t('总数', 'total'),
  rate: t('{{verb}}率{{pct}}%与数量不符：{{verb}}{{done}}、收到{{received}}，应为{{expected}}%', 'The {{verb}} rate {{pct}}% does not follow: {{done}} of {{received}} is {{expected}}%'),
  received: t('收到数量', 'received'),
};

type Id = keyof typeof messages;
type Context = RuleContext<Record<string, unknown>, Id>;

/** An amount with its measure word in Chinese ("20件"), without it in English. */
const amount = (raw: string | number, unit: string): Text => t(`${raw}${unit}`, String(raw));

/**
 * Percentages that must follow from amounts stated beside them: growth
 * (本年 N, 增加 M → M/(N−M)), shares (其中 part 占 P% of the total) and
 * completion rates with both counts given.
 */
export default defineRule({
  meta: {
    id: 'growth-rate',
    title: t('增长率与比例', 'Growth rates and shares'),
    severity: 'warning',
    description: t(
      '百分比与同一句（或相邻分句）给出的数量不符：增长率、占比、办结率。',
      'A percentage that does not follow from the amounts stated beside it: growth rates, shares, completion rates.',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    for (const node of proseNodes(context.root)) {
      const text = context.matchText(node);
      const inBracket = spanLookup(bracketSpans(text));
      const sentences = sentenceSpans(text).map((s) => new SentenceAmounts(text, s, inBracket));
      const all = new NodeAmounts(text, sentences);
      // The whole of each listed part, as the enumeration reader sees it (in every shape of list).
      const wholes = new Map<number, Amount>();
      for (const e of enumerations(text)) for (const p of e.parts) wholes.set(p.index, e.whole);
      let carried: { whole: Amount; sentence: number } | undefined;
      sentences.forEach((s, i) => {
        checkChange(context, node, all, i);
        checkFromTo(context, node, text, s);
        carried = checkShares(context, node, text, sentences, i, carried, wholes);
        checkRates(context, node, text, s);
      });
    }
  },
});

/** The first percentage right after `index` in the sentence, if only rate words stand between. */
function rateAfter(text: string, index: number, s: SentenceAmounts): Amount | undefined {
  const pct = s.percentFrom(index, 16);
  if (!pct || !RATE_LEAD.test(text.slice(index, pct.index))) return undefined;
  return pct;
}


/** "本年N条，比去年增加M条，同比增长P%": P must be M / (N − M). */
function checkChange(context: Context, node: ProseNode, all: NodeAmounts, i: number): void {
  const { text, sentences } = all;
  const s = sentences[i]!;
  const body = text.slice(s.span.start, s.span.end);
  for (const m of body.matchAll(CHANGE)) {
    const at = s.span.start + m.index;
    const change = amountAt(text, at + m[0].length);
    if (!change || change.unit === '%') continue;
    const pct = rateAfter(text, change.index + change.length, s);
    if (!pct) continue;
    // The current amount: last one of the same unit before the change; a sentence that opens with 比 continues the previous one.
    // A breakdown in brackets ("2602条（其中…2000条）") is not the current amount.
    let current = s.lastOfUnit(change.unit, at, true);
    if (!current && s.opensAt(at) && i > 0) current = sentences[i - 1]!.lastOfUnit(change.unit);
    if (!current) continue;
    const down = DOWN.test(m[1]!);
    const before = down ? current.value + change.value : current.value - change.value;
    if (before <= 0) continue;
    const expected = (change.value / before) * 100;
    if (percentAgrees(pct, expected)) continue;
    const unit = change.unit;
    context.report({
      node, index: pct.index, length: pct.length,
      messageId: 'change',
      data: {
        pct: pct.raw,
        current: amount(current.raw, unit),
        direction: down ? t('减少', 'down') : t('增加', 'up'),
        change: amount(change.raw, unit),
        before: amount(before, unit),
        expected: formatPercent(expected),
        hint: explain(all, pct, change, current),
      },
      related: [{ node, index: current.index, length: current.length, messageId: 'currentAmount' }],
    });
  }
}

/** How many amounts on either side of the change the hint looks at (so that a long paragraph of findings stays linear). */
const NEARBY = 32;

/** Names the figure that the printed rate was divided by, when one of the amounts nearby gives it. */
function explain(all: NodeAmounts, pct: Amount, change: Amount, current: Amount): MessageRef<Id> | '' {
  if (percentAgrees(pct, (change.value / current.value) * 100)) {
    return { messageId: 'dividedByCurrent', data: { pct: pct.raw, change: change.raw, current: current.raw } };
  }
  for (const other of all.around(change.index, NEARBY)) {
    if (other.unit !== change.unit || other.index === change.index || other.value === 0) continue;
    if (percentAgrees(pct, (change.value / other.value) * 100)) {
      return { messageId: 'dividedByOther', data: { pct: pct.raw, change: change.raw, other: other.raw } };
    }
  }
  return '';
}

/** "由A件增加到B件，增长P%": P must be (B − A) / A. */
function checkFromTo(context: Context, node: ProseNode, text: string, s: SentenceAmounts): void {
  const body = text.slice(s.span.start, s.span.end);
  for (const m of body.matchAll(FROM_TO)) {
    const old = amountAt(text, s.span.start + m.index + m[0].length);
    if (!old || old.unit === '%' || old.value === 0) continue;
    const verb = TO.exec(text.slice(old.index + old.length, s.span.end));
    if (!verb) continue;
    const now = amountAt(text, old.index + old.length + verb[0].length);
    if (!now || now.unit !== old.unit) continue;
    const pct = rateAfter(text, now.index + now.length, s);
    if (!pct) continue;
    const expected = (Math.abs(now.value - old.value) / old.value) * 100;
    if (percentAgrees(pct, expected)) continue;
    context.report({
      node, index: pct.index, length: pct.length,
      messageId: 'fromTo',
      data: { pct: pct.raw, old: amount(old.raw, old.unit), now: amount(now.raw, now.unit), expected: formatPercent(expected) },
      related: [{ node, index: old.index, length: old.length, messageId: 'previousAmount' }],
    });
  }
}

/**
 * "共N件，其中A件，占P%": P must be A / N. The total is the amount before 其中
 * (or the last one of the previous sentence when 其中 opens the sentence, or an
 * amount after 共/总计); a following sentence of the same enumeration keeps it.
 */
function checkShares(
  context: Context, node: ProseNode, text: string, sentences: SentenceAmounts[], i: number,
  carried: { whole: Amount; sentence: number } | undefined, wholes: Map<number, Amount>,
): { whole: Amount; sentence: number } | undefined {
  const s = sentences[i]!;
  const body = text.slice(s.span.start, s.span.end);
  let used: { whole: Amount; sentence: number } | undefined;
  for (const m of body.matchAll(SHARE)) {
    const at = s.span.start + m.index;
    const pct = amountAt(text, at + m[0].length);
    if (!pct || pct.unit !== '%') continue;
    const part = s.lastBefore(at);
    if (!part || part.unit === '%' || at - (part.index + part.length) > 2 || !/^[\s,，]*$/.test(text.slice(part.index + part.length, at))) continue;
    const whole = wholes.get(part.index) ?? wholeFor(sentences, i, part) ?? (carried && carried.sentence === i - 1 && carried.whole.unit === part.unit ? carried.whole : undefined);
    if (!whole || whole.value === 0 || whole === part) continue;
    used = { whole, sentence: i };
    const expected = (part.value / whole.value) * 100;
    if (percentAgrees(pct, expected)) continue;
    context.report({
      node, index: pct.index, length: pct.length,
      messageId: 'share',
      data: { pct: pct.raw, part: amount(part.raw, part.unit), whole: amount(whole.raw, whole.unit), expected: formatPercent(expected) },
      related: [{ node, index: whole.index, length: whole.length, messageId: 'total' }],
    });
  }
  return used;
}

function wholeFor(sentences: SentenceAmounts[], i: number, part: Amount): Amount | undefined {
  const s = sentences[i]!;
  const q = s.lastAmong(part.index);
  if (q >= 0) {
    const whole = s.lastOfUnit(part.unit, q);
    if (whole) return whole;
    if (s.opensAt(q) && i > 0) return sentences[i - 1]!.lastOfUnit(part.unit);
    return undefined;
  }
  return s.lastTotal(part.unit, part.index);
}

/** "收到N件，办结M件，办结率P%": P must be M / N when both counts are stated. */
function checkRates(context: Context, node: ProseNode, text: string, s: SentenceAmounts): void {
  const body = text.slice(s.span.start, s.span.end);
  for (const m of body.matchAll(RATE)) {
    const at = s.span.start + m.index;
    const pct = amountAt(text, at + m[0].length);
    if (!pct || pct.unit !== '%') continue;
    const received = s.firstReceived(at);
    const done = s.lastLedBy(m[1]!, at, received);
    if (!received || !done || done.unit !== received.unit || received.value === 0) continue;
    const expected = (done.value / received.value) * 100;
    if (percentAgrees(pct, expected)) continue;
    context.report({
      node, index: pct.index, length: pct.length,
      messageId: 'rate',
      data: {
        verb: m[1]!,
        pct: pct.raw,
        done: amount(done.raw, done.unit),
        received: amount(received.raw, received.unit),
        expected: formatPercent(expected),
      },
      related: [{ node, index: received.index, length: received.length, messageId: 'received' }],
    });
  }
}
