import {
  defineRule, matchText, sourceOffset, t, type Block, type Heading, type MessageRef, type Paragraph, type Root, type RuleContext,
  type Section,
} from '../src/rule-kit.js';
import { leadingMarker, rewrite, sequenceIssues, shiMarkers, writtenForms, type Marker, type SequenceIssue, type Style } from './numbering/markers.js';

const messages = {
  skip: t('编号不连续：{{previous}}之后是{{number}}，缺少{{missing}}', 'Numbering skips: {{previous}} is followed by {{number}}; {{missing}} is missing'),
  repeat: t('编号重复：{{number}}出现了两次（前一个在第{{line}}行）', 'Numbering repeats: {{number}} appears twice (the first on line {{line}})'),
  order: t('编号顺序颠倒：{{previous}}之后是{{number}}', 'Numbering runs backwards: {{previous}} is followed by {{number}}'),
  start: t('编号不从{{first}}开始：第一项是{{number}}，缺少{{missing}}', 'Numbering does not start at {{first}}: the first item is {{number}}; {{missing}} is missing'),
  restart: t('编号重新开始：{{previous}}之后又是{{first}}', 'Numbering restarts: {{previous}} is followed by {{first}} again'),
  mistypedTwice: t(
    '{{number}}疑为{{should}}：前面已有{{number}}，后面是{{next}}',
    '{{number}} should probably read {{should}}: {{number}} comes before it and {{next}} after it',
  ),
  mistyped: t(
    '{{number}}疑为{{should}}：{{previous}}之后是{{number}}，随后又有一个{{number}}',
    '{{number}} should probably read {{should}}: {{previous}} is followed by {{number}}, and another {{number}} comes next',
  ),
  related: t('相关编号', 'related number'),
};

type Id = keyof typeof messages;
type Context = RuleContext<Record<string, unknown>, Id>;

interface Item {
  node: Heading | Paragraph;
  marker: Marker;
  /** Source offsets of the marker. */
  start: number;
  end: number;
}

/** A number in the sequence: an item, or a marker found inline in the text between two items (no node). */
interface Slot {
  n: number;
  item: Item | null;
}

/**
 * Heading and enumeration sequences that skip, repeat, run backwards or restart:
 * 一、二、四; （一）（三）; 1. 2. 2.; 一是…三是 with no 二是; two 四是. Every section
 * (and the top level) is checked on its own, so sub-lists that restart in each
 * section are fine. A number the layout left inside a paragraph ("…。二、主动公开…"
 * not split into a heading) counts as present.
 */
export default defineRule({
  meta: {
    id: 'numbering',
    title: t('编号错误', 'Numbering'),
    severity: 'warning',
    description: t(
      '标题或列举的编号跳号、重号、倒序或重新开始（一、二、四；一是…三是而没有二是；两个四是）。',
      'Heading or enumeration numbers that skip, repeat, run backwards or restart (一、二、四; 一是…三是 with no 二是; two 四是).',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    // Every container, the root first, each section before the sections after it (an explicit stack: no depth overflows).
    const stack: (Root | Section)[] = [context.root];
    while (stack.length > 0) {
      const container = stack.pop()!;
      checkContainer(context, container);
      for (let i = container.children.length - 1; i >= 0; i--) {
        const child = container.children[i]!;
        if (child.type === 'section') stack.push(child);
      }
    }
  },
});

function checkContainer(context: Context, container: Root | Section): void {
  const isRoot = container.type === 'root';
  const from = isRoot ? 0 : container.heading.position.end.offset;
  const byStyle = new Map<Style, Item[]>();
  const prose: Paragraph[] = [];
  for (const child of container.children) {
    const node = nodeOf(child);
    if (!node) continue;
    if (node.type === 'paragraph') prose.push(node);
    const marker = leadingMarker(context.matchText(node));
    if (!marker) continue;
    const item: Item = { node, marker, start: sourceOffset(node, marker.index), end: sourceOffset(node, marker.index + marker.length) };
    const list = byStyle.get(marker.style);
    if (list) list.push(item);
    else byStyle.set(marker.style, [item]);
  }
  for (const [style, items] of byStyle) {
    const slots = withInline(context, items, from);
    const restart = isRoot && style === 'cn' && items.every((i) => i.node.type === 'heading');
    report(context, slots, sequenceIssues(slots.map((s) => s.n), { start: true, restart }));
  }
  // 一是/二是 run across the paragraphs of one section; a numbered heading left inside the text starts a new run.
  let run: Slot[] = [];
  let last: { node: Paragraph; end: number } | null = null;
  const flush = () => {
    report(context, run, sequenceIssues(run.map((s) => s.n), { start: false, restart: false }));
    run = [];
  };
  for (const node of prose) {
    const text = context.matchText(node);
    for (const marker of shiMarkers(text)) {
      const gap = last && last.node === node ? text.slice(last.end, marker.index) : `${last ? context.matchText(last.node).slice(last.end) : ''}\n${text.slice(0, marker.index)}`;
      if (INLINE_HEADING.test(gap)) flush();
      run.push({ n: marker.n, item: { node, marker, start: sourceOffset(node, marker.index), end: sourceOffset(node, marker.index + marker.length) } });
      last = { node, end: marker.index + marker.length };
    }
  }
  flush();
}

/** A numbered heading or item inside running text ("。（四）信息公开平台建设方面", "\n2、"): it ends a 一是/二是 run. */
const INLINE_HEADING = /(?:^\s*|[。;!?:\s])(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.](?!\d))/;

function nodeOf(block: Block): Heading | Paragraph | null {
  if (block.type === 'section') return block.heading;
  if (block.type === 'paragraph' && block.role !== 'chrome') return block;
  return null;
}

/** Fills a gap before an item with the missing markers when the text between writes them all, in order. */
function withInline(context: Context, items: Item[], from: number): Slot[] {
  const slots: Slot[] = [];
  let cursor = from;
  let prev = 0;
  for (const item of items) {
    const n = item.marker.n;
    if (n - prev > 1 && n - prev <= 20 && item.start > cursor) {
      const between = matchText(context.source.text.slice(cursor, item.start));
      const found: number[] = [];
      let pos = 0;
      for (let k = prev + 1; k < n; k++) {
        const at = writtenForms(item.marker.style, k)
          .map((f) => between.indexOf(f, pos))
          .filter((i) => i >= 0)
          .sort((a, b) => a - b)[0];
        if (at === undefined) break;
        found.push(k);
        pos = at + 1;
      }
      if (found.length === n - prev - 1) slots.push(...found.map((k) => ({ n: k, item: null })));
    }
    slots.push({ n, item });
    prev = n;
    cursor = item.end;
  }
  return slots;
}

function report(context: Context, slots: Slot[], issues: SequenceIssue[]): void {
  for (const issue of issues) {
    const item = slots[issue.at]!.item;
    if (!item) continue;
    const written = item.node.value.slice(item.marker.index, item.marker.index + item.marker.length).trim();
    const w = (k: number) => `“${rewrite(written, item.marker, k)}”`;
    const n = item.marker.n;
    const p = issue.prev === null ? 0 : slots[issue.prev]!.n;
    const prevItem = issue.prev === null ? null : slots[issue.prev]!.item;
    const twin = issue.twin === undefined ? null : slots[issue.twin]!.item;
    const other = twin ?? prevItem;
    context.report({
      node: item.node,
      index: item.marker.index,
      length: item.marker.length,
      ...describe(issue, n, p, w, prevItem),
      ...(other && issue.kind !== 'start'
        ? { related: [{ node: other.node, index: other.marker.index, length: other.marker.length, messageId: 'related' }] }
        : {}),
    });
  }
}

function describe(issue: SequenceIssue, n: number, p: number, w: (k: number) => string, prevItem: Item | null): MessageRef<Id> {
  const missing = issue.expected.map(w).join('');
  const number = w(n);
  switch (issue.kind) {
    case 'skip':
      return { messageId: 'skip', data: { previous: w(p), number, missing } };
    case 'repeat':
      return { messageId: 'repeat', data: { number, line: prevItem ? prevItem.node.position.start.line : 0 } };
    case 'order':
      return { messageId: 'order', data: { previous: w(p), number } };
    case 'start':
      return { messageId: 'start', data: { first: w(1), number, missing } };
    case 'restart':
      return { messageId: 'restart', data: { previous: w(p), first: w(1) } };
    case 'mistyped': {
      const should = w(issue.expected[0]!);
      return p === n
        ? { messageId: 'mistypedTwice', data: { number, should, next: w(n + 2) } }
        : { messageId: 'mistyped', data: { number, should, previous: w(p) } };
    }
  }
}
