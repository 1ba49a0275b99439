import { defineRule, t } from '../src/engine/define.js';
import type { RuleContext, Text } from '../src/engine/types.js';
import type { Block, Heading, Paragraph, Root, Section } from '../src/ast/types.js';
import { sourceOffset } from '../src/ast/source.js';
import { matchText } from '../src/text/normalize.js';
import {
  leadingMarker, rewrite, sequenceIssues, shiMarkers, writtenForms,
  type Marker, type SequenceIssue, type Style,
} from '../src/text/numbering.js';

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
  },
  check(context) {
    const visit = (container: Root | Section) => {
      checkContainer(context, container);
      for (const child of container.children) if (child.type === 'section') visit(child);
    };
    visit(context.root);
  },
});

function checkContainer(context: RuleContext, container: Root | Section): void {
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
function withInline(context: RuleContext, items: Item[], from: number): Slot[] {
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

function report(context: RuleContext, slots: Slot[], issues: SequenceIssue[]): void {
  for (const issue of issues) {
    const item = slots[issue.at]!.item;
    if (!item) continue;
    const written = item.node.value.slice(item.marker.index, item.marker.index + item.marker.length).trim();
    const w = (k: number) => `“${rewrite(written, item.marker, k)}”`;
    const n = item.marker.n;
    const p = issue.prev === null ? 0 : slots[issue.prev]!.n;
    const prevItem = issue.prev === null ? null : slots[issue.prev]!.item;
    const twin = issue.twin === undefined ? null : slots[issue.twin]!.item;
    const message = describe(issue, n, p, w, prevItem);
    const other = twin ?? prevItem;
    context.report({
      node: item.node,
      index: item.marker.index,
      length: item.marker.length,
      message,
      ...(other && issue.kind !== 'start'
        ? { related: [{ node: other.node, index: other.marker.index, length: other.marker.length, message: t('相关编号', 'related number') }] }
        : {}),
    });
  }
}

function describe(issue: SequenceIssue, n: number, p: number, w: (k: number) => string, prevItem: Item | null): Text {
  const missing = issue.expected.map(w).join('');
  const line = prevItem ? prevItem.node.position.start.line : 0;
  switch (issue.kind) {
    case 'skip':
      return t(`编号不连续：${w(p)}之后是${w(n)}，缺少${missing}`, `Numbering skips: ${w(p)} is followed by ${w(n)}; ${missing} is missing`);
    case 'repeat':
      return t(`编号重复：${w(n)}出现了两次（前一个在第${line}行）`, `Numbering repeats: ${w(n)} appears twice (the first on line ${line})`);
    case 'order':
      return t(`编号顺序颠倒：${w(p)}之后是${w(n)}`, `Numbering runs backwards: ${w(p)} is followed by ${w(n)}`);
    case 'start':
      return t(`编号不从${w(1)}开始：第一项是${w(n)}，缺少${missing}`, `Numbering does not start at ${w(1)}: the first item is ${w(n)}; ${missing} is missing`);
    case 'restart':
      return t(`编号重新开始：${w(p)}之后又是${w(1)}`, `Numbering restarts: ${w(p)} is followed by ${w(1)} again`);
    case 'mistyped': {
      const should = w(issue.expected[0]!);
      return p === n
        ? t(`${w(n)}疑为${should}：前面已有${w(n)}，后面是${w(n + 2)}`, `${w(n)} should probably read ${should}: ${w(n)} comes before it and ${w(n + 2)} after it`)
        : t(`${w(n)}疑为${should}：${w(p)}之后是${w(n)}，随后又有一个${w(n)}`, `${w(n)} should probably read ${should}: ${w(p)} is followed by ${w(n)}, and another ${w(n)} comes next`);
    }
  }
}
