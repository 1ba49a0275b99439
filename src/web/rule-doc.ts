/**
 * The rules' documentation inside the page (docs/rules/<id>.md, put in by
 * scripts/build-web.mjs), so "规则说明" works offline: a small reader for the
 * Markdown those docs use — headings, paragraphs, lists, tables, fenced code
 * blocks, inline code, bold and links (shown as text) — into DOM nodes, never
 * HTML strings.
 */
import { h, type Child } from './dom.js';

declare const __REPORT_LINT_DOCS__: Record<string, string> | undefined;

/** The Markdown of a rule's doc, when the page has it. */
export function ruleDoc(id: string): string | undefined {
  return typeof __REPORT_LINT_DOCS__ === 'object' ? __REPORT_LINT_DOCS__[id] : undefined;
}

/** Inline Markdown: `code`, **bold**, [text](link) as its text. */
function inline(text: string): Child[] {
  const out: Child[] = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\([^)]*\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index! > last) out.push(text.slice(last, m.index));
    out.push(m[1] !== undefined ? h('code', {}, m[1]) : m[2] !== undefined ? h('b', {}, m[2]) : m[3]!);
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The doc as DOM nodes. */
export function renderDoc(markdown: string): HTMLElement {
  const root = h('div', { class: 'rule-doc' });
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const fence = /^(```+|~~~+)(.*)$/.exec(line);
    if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith(fence[1]!); i++) body.push(lines[i]!);
      i++;
      const info = fence[2]!.trim().split(/\s/)[0] ?? '';
      root.append(h('pre', { class: `code${info ? ` lang-${info.replace(/[^\w-]/g, '')}` : ''}` }, h('code', {}, body.join('\n'))));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      root.append(h(`h${Math.min(6, heading[1]!.length + 2)}` as 'h3', {}, ...inline(heading[2]!)));
      i++;
      continue;
    }
    if (/^\s*\|/.test(line)) {
      const rows: string[][] = [];
      for (; i < lines.length && /^\s*\|/.test(lines[i]!); i++) {
        if (/^\s*\|[\s:|-]+\|\s*$/.test(lines[i]!)) continue;
        rows.push(lines[i]!.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
      }
      const [head, ...body] = rows;
      root.append(h('table', {}, h('thead', {}, h('tr', {}, ...(head ?? []).map((c) => h('th', {}, ...inline(c))))), h('tbody', {}, ...body.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, ...inline(c))))))));
      continue;
    }
    if (/^\s*(?:[-*]|\d+\.)\s+/.test(line)) {
      const items: string[] = [];
      for (; i < lines.length && /^\s*(?:[-*]|\d+\.)\s+/.test(lines[i]!); i++) items.push(lines[i]!.replace(/^\s*(?:[-*]|\d+\.)\s+/, ''));
      root.append(h('ul', {}, ...items.map((item) => h('li', {}, ...inline(item)))));
      continue;
    }
    if (line.trim() === '') {
      i++;
      continue;
    }
    const paragraph: string[] = [];
    for (; i < lines.length && lines[i]!.trim() !== '' && !/^(```|~~~|#{1,6}\s|\s*\||\s*(?:[-*]|\d+\.)\s)/.test(lines[i]!); i++) paragraph.push(lines[i]!.trim());
    root.append(h('p', {}, ...inline(paragraph.join(' '))));
  }
  return root;
}
