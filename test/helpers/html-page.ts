/** Reading the html format's page in tests: parsing with rehype-parse and small queries on the tree. */
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export interface Page {
  root: Root;
  /** Every element in document order. */
  all: Element[];
}

/** Parses a whole HTML document. */
export function parsePage(html: string): Page {
  const root = unified().use(rehypeParse).parse(html);
  const all: Element[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'element') {
        all.push(node);
        walk(node.children);
        if (node.content) walk(node.content.children);
      }
    }
  };
  walk(root.children);
  return { root, all };
}

/** An attribute as a string (class lists joined by spaces), undefined when absent. */
export function attr(el: Element, name: string): string | undefined {
  const key = name === 'class' ? 'className' : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const value = el.properties[key];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export function hasClass(el: Element, cls: string): boolean {
  return (attr(el, 'class') ?? '').split(' ').includes(cls);
}

/** The text content of an element. */
export function text(el: Element | Root): string {
  return el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');
}

/** Elements below `el` (not itself) that match. */
export function find(el: Element | Root, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (test(node)) out.push(node);
      walk(node.children);
    }
  };
  walk(el.children);
  return out;
}

/** The rows of the reports table body. */
export function tableRows(page: Page): Element[] {
  const table = page.all.find((e) => attr(e, 'id') === 'reports');
  if (!table) throw new Error('no reports table');
  return find(table, (e) => e.tagName === 'tr' && attr(e, 'data-file') !== undefined);
}

/** A row's cells as text. */
export function cells(row: Element): string[] {
  return find(row, (e) => e.tagName === 'td').map((c) => text(c).trim());
}
