/**
 * The report text with every finding highlighted at its source offsets.
 * Text goes into the page only as text nodes. Plain text and markdown are
 * shown line by line with the line numbers findings use; HTML and Word
 * documents are shown as readable text (html-view.ts). A finding's span
 * becomes one <mark> (split where it crosses a line); spans that cover
 * nothing visible (a missing section, a tag) become an empty mark, a pin.
 */
import type { InputFormat } from '../ast/types.js';
import type { SeverityNumber } from '../results.js';
import { h } from './dom.js';
import { collapse, htmlPieces, type Piece } from './html-view.js';
import { severityName } from './i18n.js';

/** A finding's place in the source: [start, end) offsets, its index in the findings list. */
export interface Span {
  index: number;
  start: number;
  end: number;
  severity: SeverityNumber;
  /** Tooltip text of the finding (its message). */
  title: string;
}

const RANK: Record<SeverityNumber, number> = { 2: 3, 1: 2, 3: 1 };

/** Writes text and marks into the page, opening a new line element at each line break in line mode. */
class Sink {
  private line: HTMLElement;
  private lineNumber = 1;
  private mark: HTMLElement | null = null;
  private key = '';
  private spans: Span[] = [];
  /** Whether the current group of spans got an element yet. */
  private made = false;
  private cr = false;
  private last = '\n';

  private page = 1;

  constructor(
    private readonly root: HTMLElement,
    private readonly lines: boolean,
    /** For a PDF's text: the label of page N, shown where its form feed starts the page. */
    private readonly pageLabel?: (n: number) => string,
  ) {
    this.line = lines ? this.newLine() : root;
    if (pageLabel) this.line.appendChild(this.label());
  }

  private label(): HTMLElement {
    return h('span', { class: 'page-label', 'data-testid': 'page-label', 'data-page': this.page }, this.pageLabel!(this.page));
  }

  /** Writes the text of one piece under the spans that cover it. */
  write(text: string, active: Span[]): void {
    const key = active.map((s) => s.index).sort((a, b) => a - b).join(' ');
    if (key !== this.key) {
      this.endGroup();
      this.key = key;
      this.spans = active;
    }
    if (!this.lines) return this.flow(text);
    // Line breaks (\r\n, \r or \n, as the parser counts lines) start new line elements.
    let from = this.cr && text.startsWith('\n') ? 1 : 0;
    const breaks = /\r\n|\r|\n/g;
    breaks.lastIndex = from;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
      this.put(text.slice(from, m.index));
      this.breakLine();
      from = m.index + m[0].length;
    }
    this.put(text.slice(from));
    this.cr = text.endsWith('\r');
  }

  /** A zero-length finding: an empty mark where it is. */
  pin(span: Span): void {
    this.endGroup();
    this.line.appendChild(markOf([span], String(span.index)));
  }

  /** Closes the last group. */
  finish(): void {
    this.endGroup();
  }

  /** HTML shown as flowing text: no blank runs of lines, no spaces at line starts. */
  private flow(text: string): void {
    if (text === '\n') {
      if (this.last !== '\n') this.put('\n');
      return;
    }
    this.put(this.last === '\n' ? text.replace(/^ +/, '') : text);
  }

  private put(text: string): void {
    if (this.pageLabel && text.includes('\f')) {
      text.split('\f').forEach((part, i) => {
        if (i > 0) {
          this.page++;
          this.mark = null;
          this.line.appendChild(this.label());
        }
        this.put(part);
      });
      return;
    }
    if (text === '') return;
    if (this.key && !this.mark) {
      this.mark = markOf(this.spans, this.key);
      this.line.appendChild(this.mark);
      this.made = true;
    }
    (this.mark ?? this.line).appendChild(document.createTextNode(text));
    this.last = text.at(-1)!;
  }

  /** Ends the group of the current spans; a group that showed nothing leaves a pin. */
  private endGroup(): void {
    if (this.key && !this.made) this.line.appendChild(markOf(this.spans, this.key));
    this.mark = null;
    this.key = '';
    this.made = false;
  }

  private breakLine(): void {
    this.mark = null; // a span crossing the line break continues in a new mark
    this.line = this.newLine();
  }

  private newLine(): HTMLElement {
    const line = h('div', { class: 'ln', 'data-n': this.lineNumber++ });
    this.root.appendChild(line);
    return line;
  }
}

/** A highlight for the spans covering one stretch, coloured by the most serious of them. */
function markOf(spans: Span[], key: string): HTMLElement {
  const worst = spans.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
  return h('mark', {
    class: `hl hl-${severityName(worst.severity)}`,
    'data-testid': 'highlight',
    'data-findings': key,
    title: spans.map((s) => s.title).join('\n'),
  });
}

/** Cuts the plain pieces at every span boundary so each piece is wholly inside or outside each span. */
function cut(pieces: Piece[], spans: Span[]): Piece[] {
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const out: Piece[] = [];
  let c = 0;
  for (const p of pieces) {
    while (c < cuts.length && cuts[c]! <= p.start) c++;
    let at = p.start;
    if (p.plain) {
      for (; c < cuts.length && cuts[c]! < p.end; c++) {
        out.push({ start: at, end: cuts[c]!, show: p.show.slice(at - p.start, cuts[c]! - p.start), plain: true });
        at = cuts[c]!;
      }
    }
    out.push({ ...p, start: at, show: p.plain ? p.show.slice(at - p.start) : p.show });
  }
  return out;
}

/** The report text as page elements, with the given findings highlighted (and a PDF's pages labelled by `pageLabel`). */
export function renderText(source: string, format: InputFormat, spans: Span[], pageLabel?: (n: number) => string): HTMLElement {
  const html = format === 'html' || format === 'docx';
  const root = h('div', { class: html ? 'doc flow' : 'doc lines', 'data-testid': 'document' });
  const sink = new Sink(root, !html, pageLabel);
  const whole: Piece[] = html ? htmlPieces(source) : source ? [{ start: 0, end: source.length, show: source, plain: true }] : [];
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  let next = 0;
  let active: Span[] = [];
  for (const piece of cut(whole, sorted)) {
    // Spans starting before this piece ends join; zero-length ones are pinned here.
    while (next < sorted.length && sorted[next]!.start < piece.end) {
      const span = sorted[next++]!;
      if (span.end <= span.start) sink.pin(span);
      else active.push(span);
    }
    active = active.filter((s) => s.end > piece.start);
    sink.write(html && piece.plain ? collapse(piece.show) : piece.show, active);
  }
  sink.finish();
  // Findings at or past the end of the text are pinned at the end.
  while (next < sorted.length) sink.pin(sorted[next++]!);
  return root;
}

/** The highlights of one finding, in text order. */
export function marksOf(root: ParentNode, index: number): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`[data-findings~="${index}"]`));
}
