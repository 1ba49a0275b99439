import type { Element, Nodes, Root, Text } from 'hast';
import type { FrontEndUnit, TextUnit, Unit } from './units.js';
import { capHtmlDepth } from './limits.js';
import { Line, charOffsets } from './html/runs.js';
import { findBody, neverText, type PageIndex } from './html/body.js';
import { rowCells, tableRows, tableUnits } from './html/grid.js';
import { treeParser } from './lazy.js';

/** Elements that start and end a line of text (everything else is inline). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'html', 'legend', 'li', 'main', 'menu', 'nav',
  'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * HTML front end (rehype-parse): the report body is taken out of the page
 * (see html/body.ts), block elements and <br>-separated lines become text
 * units, data tables become rows (see html/grid.ts). Every unit maps its
 * characters to their offsets in the HTML source through segments, entities
 * included.
 */
export function htmlUnits(source: string): FrontEndUnit[] {
  // Elements nested deeper than the limit lose their tags (offsets kept), so no walk of the tree can overflow the stack.
  const { html, notes } = capHtmlDepth(source);
  const tree = treeParser('html').parse(html) as Root;
  const page = findBody(tree);
  const walker = new Walker(html, page.index);
  if (page.title?.tagName === 'title') {
    // <head><title>: its text only, as the first line of the report.
    for (const child of page.title.children) walker.flow(child);
    walker.flush('block');
  } else if (page.title) walker.flow(page.title);
  walker.flow(page.container);
  walker.flush('block');
  return notes.length ? [...walker.units, ...notes] : walker.units;
}

/** A step of the flow walk: a node to enter, the leaving of an element, or the rows of a data table. */
type Step = Nodes | { leave: string; block: boolean; outer: number } | { rows: Element };

class Walker {
  readonly units: Unit[] = [];
  private line = new Line();
  private tableId = 0;
  /** Heading level of the h1–h6 being walked, 0 outside headings. */
  private heading = 0;
  /** Inside <pre>: white space is kept and line feeds end lines. */
  private pre = 0;
  /** The current line began after a <br>: it is a line, not a whole block. */
  private afterBr = false;

  constructor(
    private readonly html: string,
    private readonly page: PageIndex,
  ) {}

  /** Ends the current line; `reason` 'br' marks it and the next line as parts of a block. */
  flush(reason: 'block' | 'br'): void {
    const unit = this.line.take();
    if (unit) {
      if (reason !== 'br' && !this.afterBr) unit.block = true;
      if (this.heading) unit.markupHeading = this.heading;
      this.units.push(unit);
    }
    this.afterBr = reason === 'br';
  }

  /**
   * Walks flow content: text joins the current line, blocks and <br> end it.
   * Depth first in document order with an explicit stack, so that no nesting
   * overflows the call stack: leaving an element is a step of its own, pushed
   * before its children, that undoes what entering it did.
   */
  flow(start: Nodes): void {
    const stack: Step[] = [start];
    const children = (nodes: Nodes[]) => {
      for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
    };
    while (stack.length > 0) {
      const step = stack.pop()!;
      if ('leave' in step) {
        if (step.leave === 'pre') this.pre--;
        if (step.block) this.flush('block');
        this.heading = step.outer;
        continue;
      }
      if ('rows' in step) {
        this.units.push(...tableUnits(step.rows, ++this.tableId, (el) => this.cell(el)));
        continue;
      }
      const node = step;
      if (node.type === 'text') {
        this.text(node, this.line, true);
        continue;
      }
      if (node.type === 'root') {
        children(node.children);
        continue;
      }
      if (node.type !== 'element' || neverText(node) || this.page.isChrome(node)) continue;
      const tag = node.tagName;
      if (tag === 'br') {
        this.flush('br');
        continue;
      }
      if (tag === 'hr') {
        this.flush('block');
        const p = node.position;
        if (p) this.units.push({ kind: 'sep', start: p.start.offset!, end: p.end.offset! });
        continue;
      }
      if (tag === 'table') {
        // A data table becomes rows (after its caption); a layout table (holding the report itself) is walked as flow.
        this.flush('block');
        if (this.isLayout(node)) {
          children(node.children);
          continue;
        }
        stack.push({ rows: node });
        const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
        if (caption) stack.push(caption);
        continue;
      }
      const level = /^h([1-6])$/.exec(tag);
      const block = BLOCKS.has(tag) || level !== null || tag === 'pre';
      if (block) this.flush('block');
      stack.push({ leave: tag, block, outer: this.heading });
      if (level) this.heading = Number(level[1]);
      if (tag === 'pre') this.pre++;
      children(node.children);
    }
  }

  /** Appends a text node; in <pre> (flow only) its line feeds end lines. */
  private text(node: Text, line: Line, flow: boolean): void {
    const p = node.position;
    const offsets = p ? charOffsets(node.value, this.html, p.start.offset!, p.end.offset!) : [];
    if (!(flow && this.pre)) return line.push(node.value, offsets);
    let from = 0;
    for (let i = 0; i <= node.value.length; i++) {
      if (i < node.value.length && node.value[i] !== '\n') continue;
      line.push(node.value.slice(from, i), offsets.slice(from, i), { preserve: true });
      if (i < node.value.length) this.flush('br');
      from = i + 1;
    }
  }

  /** A table holding tables, section headings or long text lays out the page: it is no data table. */
  private isLayout(table: Element): boolean {
    const cells = tableRows(table).flatMap(rowCells);
    return cells.some((c) => this.page.holdsTable(c) || this.page.holdsHeading(c) || this.page.shortText(c, 300) === null);
  }

  /** The text of a table cell on one line; inner blocks and <br> read as spaces. Empty: '' at its content position. */
  private cell(el: Element): TextUnit {
    const line = new Line();
    // Depth first in document order with an explicit stack; `null` is the end of a block (a soft break).
    const stack: (Nodes | null)[] = [...el.children].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node === null) {
        line.softBreak();
        continue;
      }
      if (node.type === 'text') {
        this.text(node, line, false);
        continue;
      }
      if (node.type !== 'element' || neverText(node) || node.tagName === 'table') continue;
      const block = node.tagName === 'br' || BLOCKS.has(node.tagName) || /^h[1-6]$/.test(node.tagName);
      if (block) {
        line.softBreak();
        stack.push(null);
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
    const at = line.firstOffset() ?? contentOffset(el, this.html);
    return line.take() ?? { kind: 'text', value: '', start: at, end: at };
  }
}

const START_TAG = /^<[^\s/>]+(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/;

/** Offset just after an element's start tag. */
function contentOffset(el: Element, html: string): number {
  const start = el.position?.start.offset;
  if (start === undefined) return el.children.find((c) => c.position)?.position?.start.offset ?? 0;
  const m = START_TAG.exec(html.slice(start, start + 4000));
  return m ? start + m[0].length : start;
}
