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

/** Page furniture (navigation, header, footer, share bar) that does not hold a section heading. */
export function isChrome(el: Element, headings: Set<Element>): boolean {
  if (!CHROME_TAGS.has(el.tagName) && !CHROME_NAME.test(names(el))) return false;
  return ![...headings].some((h) => contains(el, h));
}

/**
 * Visible text of a node, white space collapsed. With a `limit`, reading stops
 * once the text is surely longer than it (for tests of length on big elements).
 */
export function plainText(node: Nodes, limit = Infinity): string {
  let out = '';
  /** Characters other than white space read so far. */
  let visible = 0;
  const walk = (n: Nodes) => {
    if (visible > limit) return;
    if (n.type === 'text') {
      out += n.value;
      if (limit !== Infinity) visible += n.value.replace(/[ \t\n\r\f]+/g, '').length;
    }
    else if (n.type === 'element') {
      if (neverText(n)) return;
      if (n.tagName === 'br' || n.tagName === 'p' || n.tagName === 'div') out += ' ';
      for (const c of n.children) walk(c);
    } else if (n.type === 'root') for (const c of n.children) walk(c);
  };
  walk(node);
  return out.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

function contains(ancestor: Element | Root, node: Element): boolean {
  if (ancestor === node) return true;
  return ancestor.children.some((c) => c.type === 'element' && contains(c, node));
}

/** Parent chain of every element (root first). */
function parentsOf(tree: Root): Map<Element, (Element | Root)[]> {
  const out = new Map<Element, (Element | Root)[]>();
  const walk = (node: Element | Root, chain: (Element | Root)[]) => {
    for (const c of node.children) {
      if (c.type !== 'element' || neverText(c)) continue;
      out.set(c, chain);
      walk(c, [...chain, c]);
    }
  };
  walk(tree, [tree]);
  return out;
}

/**
 * Finds the report in a page: the lowest element holding every section
 * heading ("一、总体情况" … "六、其他需要报告的事项") outside page chrome,
 * widened to an enclosing content container (class/id TRS_Editor, article,
 * content, …) up to three levels up when that adds little text; without
 * headings, the content container holding most of the text; else <body>.
 * Also returns a report title found outside the container (page header).
 */
export function findBody(tree: Root): PageBody & { headings: Set<Element> } {
  const parents = parentsOf(tree);
  const body = [...parents.keys()].find((e) => e.tagName === 'body') ?? tree;
  const headings = new Set<Element>();
  for (const [el, chain] of parents) {
    if (!HEADING_HOSTS.has(el.tagName)) continue;
    // Row labels of data tables ("一、本年新收…") are not headings; a layout table cell holding the report is no data cell.
    const cell = [...chain].reverse().find((p): p is Element => p.type === 'element' && (p.tagName === 'td' || p.tagName === 'th'));
    if (cell && plainText(cell, 300).length <= 300) continue;
    const text = plainText(el, 60);
    if (text.length > 60) continue;
    const norm = normalizeLabel(text);
    if (SECTION_MARKER.test(norm) && SECTION_KEYWORDS.test(norm)) headings.add(el);
  }
  // Headings inside page chrome (menus, related links) do not locate the report.
  const inChrome = (el: Element) => [el, ...parents.get(el)!].some((p) => p.type === 'element' && (CHROME_TAGS.has(p.tagName) || CHROME_NAME.test(names(p))));
  let located = [...headings].filter((h) => !inChrome(h));
  if (located.length < 2) located = [...headings];
  let container: Element | Root = body;
  if (located.length >= 2) {
    const chains = located.map((h) => [...parents.get(h)!, h]);
    let depth = 0;
    while (chains.every((c) => c[depth] !== undefined && c[depth] === chains[0]![depth])) depth++;
    const lca = chains[0]![depth - 1]!;
    container = lca;
    // The heading hosts themselves are blocks; the container is their common block ancestor.
    if (lca.type === 'element' && located.includes(lca)) container = parents.get(lca)!.at(-1)!;
    const up = container.type === 'element' ? parents.get(container)!.slice(-3).reverse() : [];
    const named = up.find((p): p is Element => p.type === 'element' && p !== body && CONTENT_NAME.test(names(p)) && !CHROME_NAME.test(names(p)));
    // Widen only to a container that adds little text (a title, a date line), not a page column.
    const own = cjkCount(plainText(container));
    if (named && !(container.type === 'element' && CONTENT_NAME.test(names(container))) && cjkCount(plainText(named)) <= own * 1.2) container = named;
  } else {
    const total = cjkCount(plainText(body));
    let best: Element | undefined;
    let bestCount = 0;
    for (const el of parents.keys()) {
      if (!CONTENT_NAME.test(names(el)) || CHROME_NAME.test(names(el)) || inChrome(el)) continue;
      const count = cjkCount(plainText(el));
      if (count > bestCount) {
        best = el;
        bestCount = count;
      }
    }
    if (best && bestCount >= total * 0.5) container = best;
  }
  const result: PageBody & { headings: Set<Element> } = { container, headings };
  if (container !== body) {
    const title = [...parents.keys()].find(
      (el) =>
        (/^h[1-3]$/.test(el.tagName) || /title|tit\b|bt\b/i.test(names(el))) &&
        !contains(container, el) &&
        !parents.get(el)!.some((p) => p.type === 'element' && /^(?:a|h[1-6])$/.test(p.tagName)) &&
        REPORT_TITLE.test(plainText(el)) &&
        plainText(el).length <= 80,
    );
    // Emitted only when the report does not repeat it at its start.
    const head = normalizeLabel(plainText(container).slice(0, 300));
    if (title && !head.includes(normalizeLabel(plainText(title)))) result.title = title;
  }
  // Pages cut down to the report body keep the title only in <head><title>.
  if (!result.title) {
    const documentTitle = findTitleElement(tree);
    const text = documentTitle ? documentTitle.children.map((c) => (c.type === 'text' ? c.value : '')).join('') : '';
    const head = normalizeLabel(plainText(container).slice(0, 300));
    if (documentTitle && REPORT_TITLE.test(text) && !head.includes(normalizeLabel(text))) result.title = documentTitle;
  }
  return result;
}

/** The <title> element of the page, wherever it is. */
function findTitleElement(node: Element | Root): Element | undefined {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'title') return c;
    const found = findTitleElement(c);
    if (found) return found;
  }
  return undefined;
}

function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x4e00 && text.charCodeAt(i) <= 0x9fff) n++;
  return n;
}
