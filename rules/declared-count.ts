import {
  chineseNumeral, defineRule, matchText, proseNodes, sentenceSpans, t, type ProseNode, type RuleContext, type Section,
} from '../src/rule-kit.js';

const messages = {
  listed: t('声明“{{phrase}}”，但列出的是{{count}}项：{{items}}', 'Says "{{phrase}}" but lists {{count}}: {{items}}'),
  sections: t(
    '声明“{{phrase}}”，但正文有{{count}}个一级标题（到“{{last}}”为止）',
    'Says "{{phrase}}" but the body has {{count}} top-level sections (the last is "{{last}}")',
  ),
  lastSection: t('最后一个一级标题', 'last top-level section'),
  listedParts: t(
    '引言列出{{listed}}个部分（{{items}}），但正文有{{count}}个一级标题（到“{{last}}”为止）',
    'The introduction lists {{listed}} parts ({{items}}) but the body has {{count}} top-level sections (the last is "{{last}}")',
  ),
};

type Context = RuleContext<Record<string, unknown>, keyof typeof messages>;

/** "共6个部分", "十一部分组成", "四个部分". */
const DECLARED = /([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s?个?\s?部分/g;
/** The sentence speaks about the report itself. */
const ABOUT_REPORT = /报告|全文|年报|本文|内容包括/;
/** Words that open a list of parts before the number. */
const OPENER = /(?:由|包括|包含|分为|分成|[:：])/g;
/** Words and separators that may stand between the list and the number ("…与附表共6个部分"). */
const TRAILER = /(?:[\s,，、]|共计|合计|总共|共|等|这|计)$/;
/** Sections that end a report; a document whose last section is one of them is complete. */
const FINAL = /其他需要报告|其它需要报告|需要说明|其他事项|附表|附件|统计表/;

/**
 * The report's own statement of how many parts it has ("共6个部分组成",
 * "包括：概述，…，附表十一部分组成") must match the parts it lists and the
 * number of top-level sections.
 */
export default defineRule({
  meta: {
    id: 'declared-count',
    title: t('声明的部分数', 'Declared number of parts'),
    severity: 'warning',
    description: t(
      '报告声明“共N个部分”或列出各部分，但列出的项数或正文一级标题数与之不同。',
      'The report announces "N parts" or lists its parts, and the list or the top-level sections have a different number.',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    const second = context.model.topSections[1];
    let listed: { node: ProseNode; sentence: string; offset: number } | undefined;
    for (const node of introNodes(context, second)) {
      const text = context.matchText(node);
      for (const s of sentenceSpans(text)) {
        const sentence = text.slice(s.start, s.end);
        if (!ABOUT_REPORT.test(sentence)) continue;
        for (const m of sentence.matchAll(DECLARED)) {
          const declared = /\d/.test(m[1]!) ? Number(m[1]) : chineseNumeral(m[1]!);
          if (!declared || declared < 2) continue;
          checkDeclared(context, node, sentence, s.start, m, declared);
          return;
        }
        listed ??= LIST_OPENER.test(sentence) ? { node, sentence, offset: s.start } : undefined;
      }
    }
    // No number declared: a list of the parts by name must match the sections.
    if (listed && !context.model.truncated) checkListed(context, listed.node, listed.sentence, listed.offset);
  },
});

/** A sentence that lists the report's parts: "本报告包括概述、…", "全文分为…", "内容包括：…". */
const LIST_OPENER = /(?:报告|全文|年报|本文)[^。]{0,12}?(?:包括|包含|分为|分成|由|内容有|内容为)\s*[:：]?\s*/;
/** What may close such a list: "…等内容", "…几个部分组成", "…等方面". */
const LIST_CLOSER = /(?:等|这|几个?|各)?(?:内容|部分|方面)?(?:组成|构成)?[。.;；\s]*$/;

/**
 * "本报告包括概述、主动公开…和其他需要报告的事项。": the parts named without a number. When most items name a
 * section of the body and the last names its last section (the document is complete), the parts counted — items
 * that name the same section joined — must be as many as the top-level sections.
 */
function checkListed(context: Context, node: ProseNode, sentence: string, offset: number): void {
  const top = context.model.topSections;
  const last = top[top.length - 1];
  const opener = LIST_OPENER.exec(sentence);
  if (!last || !opener) return;
  const start = opener.index + opener[0].length;
  const closer = LIST_CLOSER.exec(sentence.slice(start));
  const end = start + (closer ? closer.index : sentence.length - start);
  const nameOf = (piece: string) => top.findIndex((section) => resembles(piece, section.title));
  // A piece joined by 和/及 that names two sections is two parts ("存在的主要问题及改进情况和其他需要报告的事项").
  const pieces = split(sentence.slice(start, end), ALL).flatMap((piece) => {
    let at = -1;
    for (const m of piece.matchAll(CONJ_ALL)) at = m.index;
    if (at <= 0) return [piece];
    const halves = [piece.slice(0, at), piece.slice(at).replace(/^(?:以及|和|及|与)/, '')];
    const names = halves.map(nameOf);
    return names[0]! >= 0 && names[1]! > names[0]! ? halves : [piece];
  });
  if (pieces.length < 3) return;
  // Each piece to the section it names (pieces of one title, "行政复议"、"行政诉讼情况", name the same one).
  const named = pieces.map(nameOf);
  const matched = named.filter((i) => i >= 0).length;
  if (matched / pieces.length < 0.6 || named[named.length - 1] !== top.length - 1) return;
  let parts = 0;
  for (let i = 0; i < named.length; i++) if (named[i]! < 0 || named[i] !== named[i - 1]) parts++;
  if (parts === top.length) return;
  const original = node.value.slice(offset + start, offset + end);
  context.report({
    node, index: offset + start, length: end - start,
    messageId: 'listedParts',
    data: { listed: parts, items: split(original, ALL).join('、'), count: top.length, last: `${last.heading.marker}${last.title}` },
    related: [{ node: last.heading, messageId: 'lastSection' }],
  });
}

/** Prose before the second top-level section (the intro and section 一 of a flattened page included). */
function introNodes(context: Context, stop: Section | undefined): ProseNode[] {
  const nodes = proseNodes(context.root);
  if (!stop) return nodes.slice(0, 12);
  const end = nodes.indexOf(stop.heading);
  return end < 0 ? nodes.slice(0, 12) : nodes.slice(0, end);
}

function checkDeclared(context: Context, node: ProseNode, sentence: string, offset: number, m: RegExpMatchArray, declared: number): void {
  const index = offset + m.index!;
  const length = m[0].length;
  const phrase = node.value.slice(index, index + length);
  const span = listSpan(sentence, m);
  const list = span && sentence.slice(span.start, span.end);
  const parts = list ? count(list) : undefined;
  if (span && parts && parts.min >= 2 && (parts.max < declared || parts.min > declared)) {
    const fewer = parts.max < declared;
    const n = fewer ? parts.max : parts.min;
    // Item names as written (matchText has the same length as the original).
    const original = node.value.slice(offset + span.start, offset + span.end);
    const items = split(original, fewer ? ALL : parts.coarse).join(fewer ? '、' : '；');
    context.report({ node, index, length, messageId: 'listed', data: { phrase, count: n, items } });
    return;
  }
  const top = context.model.topSections;
  const last = top[top.length - 1];
  if (!last) return;
  const complete = list && parts && parts.min >= 2 ? lastItems(list).some((item) => resembles(item, last.title)) : FINAL.test(last.title);
  if (!complete) return;
  const numbered = last.ordinal ?? top.length;
  if (numbered === declared || top.length === declared) return;
  context.report({
    node, index, length,
    messageId: 'sections',
    data: { phrase, count: numbered, last: `${last.heading.marker}${last.title}` },
    related: [{ node: last.heading, messageId: 'lastSection' }],
  });
}

/** Where the list of parts stands in the sentence: after the last opener before the number, or after "部分：". */
function listSpan(sentence: string, m: RegExpMatchArray): { start: number; end: number } | undefined {
  const afterAt = m.index! + m[0].length;
  const colon = /^(?:组成|构成)?\s*[:：]\s*/.exec(sentence.slice(afterAt));
  if (colon) {
    const start = afterAt + colon[0].length;
    return { start, end: trimEnd(sentence, start, sentence.length, /[。.;；\s]$/) };
  }
  const head = sentence.slice(0, m.index);
  let start = -1;
  for (const o of head.matchAll(OPENER)) start = o.index + o[0].length;
  if (start < 0) return undefined;
  return { start, end: trimEnd(head, start, head.length, TRAILER) };
}

/** End of text[start, end) after dropping trailing matches of `tail` (one unit at a time, linear). */
function trimEnd(text: string, start: number, end: number, tail: RegExp): number {
  let e = end;
  for (;;) {
    const m = e > start ? tail.exec(text.slice(Math.max(start, e - 2), e)) : null;
    if (!m) return e;
    e -= m[0].length;
  }
}

const ALL = /[;；,，、]/;
const CONJ = /以及|和|及|与/;
const CONJ_ALL = /以及|和|及|与/g;

function split(list: string, re: RegExp): string[] {
  return list.split(re).map((x) => x.trim()).filter(Boolean);
}

/**
 * Items when split by the coarsest separator (min), and by every separator
 * plus the conjunction that may join the last two items (max); 和 inside an
 * item ("收到和处理…") is not counted.
 */
function count(list: string): { min: number; max: number; coarse: RegExp } {
  const coarse = /[;；]/.test(list) ? /[;；]/ : /[,，]/.test(list) ? /[,，]/ : /、/;
  const all = split(list, ALL);
  const last = all[all.length - 1] ?? '';
  return { min: split(list, coarse).length, max: all.length + (CONJ.test(last) ? 1 : 0), coarse };
}

/** The last item, whole and after its final conjunction ("需要说明的其他事项与附表" → also "附表"). */
function lastItems(list: string): string[] {
  const all = split(list, ALL);
  const last = all[all.length - 1] ?? '';
  const pieces = split(last, CONJ);
  return [last, pieces[pieces.length - 1] ?? last];
}

/** Two titles name the same part: one contains the other, or they share half of their character pairs (in Simplified script). */
function resembles(a: string, b: string): boolean {
  const x = matchText(a).replace(/[^\u4e00-\u9fff]/g, '');
  const y = matchText(b).replace(/[^\u4e00-\u9fff]/g, '');
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const pairs = (s: string) => new Set(Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2)));
  const px = pairs(x);
  const py = pairs(y);
  let shared = 0;
  for (const p of px) if (py.has(p)) shared++;
  return (2 * shared) / (px.size + py.size) >= 0.5;
}
