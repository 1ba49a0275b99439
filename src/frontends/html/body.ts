import type { Element, Nodes, Root } from 'hast';
import { SECTION_KEYWORDS } from '../../model/vocabulary.js';
import { normalizeLabel } from '../../text/normalize.js';

/** Elements that never hold report text. */
const NEVER_TEXT = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
  'select', 'button', 'input', 'textarea', 'audio', 'video', 'canvas', 'map',
]);

/** Page furniture by tag name. */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside']);

/** Page furniture by class or id ("topNav", "bdshare", "page-footer", "breadcrumb", …). */
const CHROME_NAME = /nav|footer|header|breadcrumb|crumb|share|sidebar|toolbar|copyright|qrcode|erweima|ewm|print|search|login|friendlink|skip|position|location|dqwz/i;

/** Class or id of a content container of CMS pages. */
const CONTENT_NAME = /TRS_Editor|article|content|zoom|detail|main|zw|text|pages?_?con|news_?con|view/i;

/** Block elements that can carry a section heading ("一、总体情况"). */
const HEADING_HOSTS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'section', 'center']);

const SECTION_MARKER = /^[一二三四五六七八九十]{1,2}[、.]/;

/** The title of a report as it appears in a page header: "…2022年度政府信息公开工作年度报告". */
const REPORT_TITLE = /\d{4}\s*年.{0,30}(?:信息|政务)公开.{0,12}报告/;

export interface PageBody {
  /** The element whose content is the report. */
  container: Element | Root;
  /** A report title found outside the container (page header h1 or "title" block), if any. */
  title?: Element;
}

/** class and id of an element as one string. */
function names(el: Element): string {
  const cls = el.properties.className;
  const list = Array.isArray(cls) ? cls.join(' ') : typeof cls === 'string' ? cls : '';
  const id = typeof el.properties.id === 'string' ? el.properties.id : '';
  return `${list} ${id}`;
}

/** Hidden by attribute or inline style. */
function hidden(el: Element): boolean {
  if (el.properties.hidden !== undefined && el.properties.hidden !== false) return true;
  const style = typeof el.properties.style === 'string' ? el.properties.style : '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Elements skipped wherever they are: scripts, styles, form controls, hidden content. */
export function neverText(el: Element): boolean {
  return NEVER_TEXT.has(el.tagName) || hidden(el);
}

/**
 * Visible text of a node, white space collapsed. With a `limit`, reading stops
 * once the text is surely longer than it (for tests of length on big elements).
 */
export function plainText(node: Nodes, limit = Infinity): string {
  let out = '';
  /** Characters other than white space read so far. */
  let visible = 0;
  // Depth first, in document order, with an explicit stack.
  const stack: Nodes[] = [node];
  while (stack.length > 0 && visible <= limit) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      out += n.value;
      if (limit !== Infinity) visible += n.value.replace(WHITE_RUN, '').length;
      continue;
    }
    if (n.type === 'element') {
      if (neverText(n)) continue;
      if (n.tagName === 'br' || n.tagName === 'p' || n.tagName === 'div') out += ' ';
    } else if (n.type !== 'root') continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out.replace(WHITE_RUN, ' ').trim();
}

const WHITE_RUN = /[ \t\n\r\f]+/g;

/** Collapsed (untrimmed) text kept per element up to this length: enough for every length test of the page reader (≤ 300). */
const SHORT = 400;

/** `a` then `b`, both with white space collapsed, collapsed at their joint; null when longer than SHORT (or either is). */
function join(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  const out = a.endsWith(' ') && b.startsWith(' ') ? a + b.slice(1) : a + b;
  return out.length > SHORT ? null : out;
}

interface Facts {
  parent: Element | Root | undefined;
  /** Index in document order among the indexed elements, and the end (exclusive) of the element's subtree. */
  pre: number;
  end: number;
  /** The nearest <td>/<th> above the element. */
  cell: Element | undefined;
  /** The element or one above it is page furniture by tag, class or id. */
  chrome: boolean;
  /** An element above it is a link or a heading. */
  inLinkOrHeading: boolean;
  /** Its visible text, white space collapsed but not trimmed, when at most SHORT long; else null. */
  short: string | null;
  /** CJK ideographs in its visible text. */
  cjk: number;
  /** A <table> below it (script, hidden and other never-text elements included). */
  table: boolean;
  /** A section heading below it or itself. */
  heading: boolean;
}

/**
 * What the page reader asks about every element — where it sits, whether it
 * is furniture, how long its text is, how many ideographs it holds — answered
 * from one walk of the tree down (document order) and one back up (each
 * element from its children), so that no element's text is read once per
 * ancestor or per heading. Elements under never-text elements are not indexed.
 */
export class PageIndex {
  /** Indexed elements in document order. */
  readonly elements: Element[] = [];
  private readonly facts = new Map<Element | Root, Facts>();

  constructor(readonly tree: Root) {
    const root: Facts = { parent: undefined, pre: -1, end: 0, cell: undefined, chrome: false, inLinkOrHeading: false, short: '', cjk: 0, table: false, heading: false };
    this.facts.set(tree, root);
    // Down: parents, order, inherited flags.
    const stack: (Element | Root)[] = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const f = this.facts.get(node)!;
      const el = node.type === 'element' ? node : undefined;
      for (let i = node.children.length - 1; i >= 0; i--) {
        const c = node.children[i]!;
        if (c.type !== 'element' || neverText(c)) continue;
        this.facts.set(c, {
          parent: node,
          pre: 0,
          end: 0,
          cell: el && (el.tagName === 'td' || el.tagName === 'th') ? el : f.cell,
          chrome: f.chrome || CHROME_TAGS.has(c.tagName) || CHROME_NAME.test(names(c)),
          inLinkOrHeading: f.inLinkOrHeading || (el !== undefined && /^(?:a|h[1-6])$/.test(el.tagName)),
          short: '',
          cjk: 0,
          table: false,
          heading: false,
        });
        stack.push(c);
      }
      if (el) {
        f.pre = this.elements.length;
        this.elements.push(el);
      }
    }
    // Up: each element from its children, the last in document order first, the root last.
    for (let k = this.elements.length - 1; k >= 0; k--) this.gather(this.elements[k]!, k);
    root.end = this.elements.length;
    this.gather(tree, -1);
  }

  /** Text, ideographs, tables and subtree end of a node, from its children (already gathered). */
  private gather(node: Element | Root, k: number): void {
    const f = this.facts.get(node)!;
    let short: string | null = node.type === 'element' && (node.tagName === 'br' || node.tagName === 'p' || node.tagName === 'div') ? ' ' : '';
    let end = k + 1;
    for (const c of node.children) {
      if (c.type === 'text') {
        if (short !== null) short = join(short, c.value.replace(WHITE_RUN, ' '));
        f.cjk += cjkCount(c.value);
      } else if (c.type === 'element') {
        const g = this.facts.get(c);
        if (!g) {
          // A never-text element: no text, but a table inside it still counts as a table.
          f.table ||= c.tagName === 'table' || hasTable(c);
          continue;
        }
        short = join(short, g.short);
        f.cjk += g.cjk;
        f.table ||= c.tagName === 'table' || g.table;
        end = g.end;
      }
    }
    f.short = short;
    if (node.type === 'element') f.end = end;
  }

  /** The facts of an indexed element (the tree's elements outside never-text ones). */
  private get(el: Element | Root): Facts {
    const f = this.facts.get(el);
    if (!f) throw new Error('page reader: element not indexed');
    return f;
  }

  /** Position of an element in document order. */
  order(el: Element): number {
    return this.get(el).pre;
  }

  parent(el: Element | Root): Element | Root | undefined {
    return this.get(el).parent;
  }

  /** The visible text of an element (as plainText) when it is at most `max` characters long, else null. */
  shortText(el: Element | Root, max: number): string | null {
    // A never-text element (a hidden cell) has no visible text.
    const short = this.facts.get(el)?.short ?? (el.type === 'element' && neverText(el) ? '' : this.get(el).short);
    if (short === null) return null;
    const text = short.trim();
    return text.length <= max ? text : null;
  }

  /** CJK ideographs in the visible text of an element (cjkCount of plainText). */
  cjk(el: Element | Root): number {
    return this.get(el).cjk;
  }

  cell(el: Element): Element | undefined {
    return this.get(el).cell;
  }

  /** The element or one above it is page furniture by tag, class or id. */
  inChrome(el: Element): boolean {
    return this.get(el).chrome;
  }

  inLinkOrHeading(el: Element): boolean {
    return this.get(el).inLinkOrHeading;
  }

  /** `ancestor` is `node` or holds it. */
  contains(ancestor: Element | Root, node: Element): boolean {
    const a = this.get(ancestor);
    const n = this.get(node).pre;
    return a.pre <= n && n < a.end;
  }

  /** A <table> below the element (never-text elements included). */
  holdsTable(el: Element): boolean {
    return this.facts.get(el)?.table ?? hasTable(el);
  }

  /** Marks the section headings: they and every element above them hold a heading. */
  markHeadings(headings: Iterable<Element>): void {
    for (const h of headings) {
      for (let at: Element | Root | undefined = h; at && !this.get(at).heading; at = this.get(at).parent) this.get(at).heading = true;
    }
  }

  /** A section heading is the element or below it (after markHeadings; never under a never-text element). */
  holdsHeading(el: Element): boolean {
    return this.facts.get(el)?.heading ?? false;
  }

  /** Page furniture (navigation, header, footer, share bar) that does not hold a section heading. */
  isChrome(el: Element): boolean {
    if (!CHROME_TAGS.has(el.tagName) && !CHROME_NAME.test(names(el))) return false;
    return !this.holdsHeading(el);
  }
}

/** A <table> anywhere below an element, all elements included. */
export function hasTable(node: Element): boolean {
  const stack: Element[] = [node];
  while (stack.length > 0) {
    for (const c of stack.pop()!.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'table') return true;
      stack.push(c);
    }
  }
  return false;
}

/**
 * Finds the report in a page: the lowest element holding every section
 * heading ("一、总体情况" … "六、其他需要报告的事项") outside page chrome,
 * widened to an enclosing content container (class/id TRS_Editor, article,
 * content, …) up to three levels up when that adds little text; without
 * headings, the content container holding most of the text; else <body>.
 * Also returns a report title found outside the container (page header).
 */
export function findBody(tree: Root): PageBody & { index: PageIndex } {
  const index = new PageIndex(tree);
  const body = index.elements.find((e) => e.tagName === 'body') ?? tree;
  const headings = new Set<Element>();
  for (const el of index.elements) {
    if (!HEADING_HOSTS.has(el.tagName)) continue;
    // Row labels of data tables ("一、本年新收…") are not headings; a layout table cell holding the report is no data cell.
    const cell = index.cell(el);
    if (cell && index.shortText(cell, 300) !== null) continue;
    const text = index.shortText(el, 60);
    if (text === null) continue;
    const norm = normalizeLabel(text);
    if (SECTION_MARKER.test(norm) && SECTION_KEYWORDS.test(norm)) headings.add(el);
  }
  index.markHeadings(headings);
  // Headings inside page chrome (menus, related links) do not locate the report.
  let located = [...headings].filter((h) => !index.inChrome(h));
  if (located.length < 2) located = [...headings];
  let container: Element | Root = body;
  if (located.length >= 2) {
    container = lowestHolding(index, located);
    const lca = container;
    // The heading hosts themselves are blocks; the container is their common block ancestor.
    if (lca.type === 'element' && located.includes(lca)) container = index.parent(lca)!;
    const up: (Element | Root)[] = [];
    for (let at = index.parent(container); at && up.length < 3; at = index.parent(at)) up.push(at);
    const named = up.find((p): p is Element => p.type === 'element' && p !== body && CONTENT_NAME.test(names(p)) && !CHROME_NAME.test(names(p)));
    // Widen only to a container that adds little text (a title, a date line), not a page column.
    const own = index.cjk(container);
    if (named && !(container.type === 'element' && CONTENT_NAME.test(names(container))) && index.cjk(named) <= own * 1.2) container = named;
  } else {
    const total = index.cjk(body);
    let best: Element | undefined;
    let bestCount = 0;
    for (const el of index.elements) {
      if (!CONTENT_NAME.test(names(el)) || CHROME_NAME.test(names(el)) || index.inChrome(el)) continue;
      const count = index.cjk(el);
      if (count > bestCount) {
        best = el;
        bestCount = count;
      }
    }
    if (best && bestCount >= total * 0.5) container = best;
  }
  const result: PageBody & { index: PageIndex } = { container, index };
  let start: string | undefined;
  const head = () => (start ??= normalizeLabel(plainText(container).slice(0, 300)));
  if (container !== body) {
    const title = index.elements.find((el) => {
      if (!(/^h[1-3]$/.test(el.tagName) || /title|tit\b|bt\b/i.test(names(el))) || index.contains(container, el) || index.inLinkOrHeading(el)) return false;
      const text = index.shortText(el, 80);
      return text !== null && REPORT_TITLE.test(text);
    });
    // Emitted only when the report does not repeat it at its start.
    if (title && !head().includes(normalizeLabel(plainText(title)))) result.title = title;
  }
  // Pages cut down to the report body keep the title only in <head><title>.
  if (!result.title) {
    const documentTitle = findTitleElement(tree);
    const text = documentTitle ? documentTitle.children.map((c) => (c.type === 'text' ? c.value : '')).join('') : '';
    if (documentTitle && REPORT_TITLE.test(text) && !head().includes(normalizeLabel(text))) result.title = documentTitle;
  }
  return result;
}

/** The lowest element (or the root) holding every one of `nodes`: the lowest holding the first and the last in document order. */
function lowestHolding(index: PageIndex, nodes: Element[]): Element | Root {
  let first = nodes[0]!;
  let last = nodes[0]!;
  for (const n of nodes) {
    if (index.order(n) < index.order(first)) first = n;
    if (index.order(n) > index.order(last)) last = n;
  }
  let at: Element | Root = first;
  while (!index.contains(at, last)) at = index.parent(at)!;
  return at;
}

/** The <title> element of the page, wherever it is (the first in document order). */
function findTitleElement(tree: Root): Element | undefined {
  const stack: (Element | Root)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element' && node.tagName === 'title') return node;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = node.children[i]!;
      if (c.type === 'element') stack.push(c);
    }
  }
  return undefined;
}

function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x4e00 && text.charCodeAt(i) <= 0x9fff) n++;
  return n;
}
