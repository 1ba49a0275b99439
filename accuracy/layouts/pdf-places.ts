/**
 * Finding a report's places in the text the product reads out of a PDF: its
 * paragraphs one per line (wrapped lines joined, page furniture dropped),
 * table rows as "| a | b |" lines or, where it did not see a table, plain
 * lines; pages begin with a form feed.
 *
 * Sentences and headings are found in reading order, ignoring white space
 * (the product joins wrapped lines, a sentence may run over a page break).
 * A table's values are then looked for only between the prose before and
 * after the table: first as a cell ("| 97 |"), else as a number standing
 * alone ("行政许可 97"). A place the product's text does not show is still
 * in the PDF, so it gets an empty span where it should have been (after the
 * place before it): its cell is scored (missed or wrong, never left out) and
 * a finding counts as at the place only when it covers that point.
 */
import { sentenceText, type ReportTruth } from '../truth/types.js';
import type { Span } from './types.js';

/** A place in reading order: a sentence or heading, or a table with its value cells. */
export type Item =
  | { kind: 'text'; ids: string[]; text: string }
  | { kind: 'table'; id: string; cells: { id: string; text: string }[] };

/** The places of a report in reading order; `meta` when the rendering shows the page header line (发布时间…). */
export function readingOrder(truth: ReportTruth, { meta }: { meta: boolean }): Item[] {
  const items: Item[] = [];
  for (const b of truth.doc.blocks) {
    if (b.kind === 'heading') items.push({ kind: 'text', ids: [b.id], text: b.text });
    else if (b.kind === 'para') {
      if (b.role === 'meta' && !meta) continue;
      for (const s of b.sentences) items.push({ kind: 'text', ids: [s.id, b.id], text: sentenceText(s) });
    } else {
      items.push({ kind: 'table', id: b.id, cells: b.rows.flatMap((row) => row.flatMap((c) => (c.id ? [{ id: c.id, text: c.text.trim() }] : []))) });
    }
  }
  return items;
}

/** The same text without white space (and with the full-width bar the PDF front end writes for "|"), with each character's offset. */
function squeeze(text: string): { chars: string; at: number[] } {
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) continue;
    chars += ch === '｜' ? '|' : ch;
    at.push(i);
  }
  return { chars, at };
}

const normal = (s: string) => s.replace(/\s+/g, '').replace(/｜/g, '|');

/** A number standing alone between from and to: not part of a longer number or of a label's "1.". */
function numberAt(text: string, value: string, from: number, to: number): number {
  for (let at = text.indexOf(value, from); at >= 0 && at + value.length <= to; at = text.indexOf(value, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + value.length] ?? ' ';
    if (!/[\d.\-+]/.test(before) && !/[\d.]/.test(after)) return at;
  }
  return -1;
}

/** Where each place of `items` is in the product's text (see the module comment). */
export function locatePdfText(text: string, items: Item[]): Map<string, Span> {
  const spans = new Map<string, Span>();
  const set = (ids: string[], span: Span) => {
    for (const id of ids) {
      const s = spans.get(id);
      if (s) s[1] = Math.max(s[1], span[1]);
      else spans.set(id, [...span]);
    }
  };
  // Prose first, in order.
  const flat = squeeze(text);
  const found: (Span | null)[] = items.map(() => null);
  let from = 0;
  items.forEach((item, i) => {
    if (item.kind !== 'text') return;
    const needle = normal(item.text);
    const k = needle ? flat.chars.indexOf(needle, from) : -1;
    if (k < 0) return;
    found[i] = [flat.at[k]!, flat.at[k + needle.length - 1]! + 1];
    from = k + needle.length;
  });
  // Then every item: prose where found (else an empty span after the place before), tables between their neighbours.
  let pos = 0;
  items.forEach((item, i) => {
    if (item.kind === 'text') {
      const span = found[i] ?? [pos, pos];
      set(item.ids, span);
      pos = span[1];
      return;
    }
    const next = found.slice(i + 1).find((s): s is Span => !!s);
    const end = next ? next[0] : text.length;
    const start = pos;
    for (const cell of item.cells) {
      if (!cell.text) {
        set([cell.id], [pos, pos]);
        continue;
      }
      const boxed = text.indexOf(`| ${cell.text} |`, pos);
      const at = boxed >= 0 && boxed < end ? boxed + 2 : numberAt(text, cell.text, pos, end);
      const span: Span = at >= 0 ? [at, at + cell.text.length] : [pos, pos];
      set([cell.id], span);
      pos = span[1];
    }
    // The table: everything between the prose around it, without the white space at its ends.
    let a = start;
    let b = Math.max(end, pos);
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    set([`table.${item.id}`], [a, b]);
    pos = Math.max(pos, start);
  });
  return spans;
}
