/**
 * The fixed frame of the page: header, input card (text box, file button,
 * check button), notice line, results area (summary, actions, tabs, filters,
 * findings pane, document pane, tables view) and footer. `label` puts the
 * words of the chosen language into it.
 */
import { h } from './dom.js';
import type { Texts } from './i18n.js';

/** File types the file button offers. */
const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.shtml,.docx,.pdf,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf';

export interface Layout {
  title: HTMLElement;
  subtitle: HTMLElement;
  lang: HTMLButtonElement;
  card: HTMLElement;
  input: HTMLTextAreaElement;
  file: HTMLInputElement;
  openLabel: HTMLElement;
  source: HTMLElement;
  run: HTMLButtonElement;
  dropHint: HTMLElement;
  notice: HTMLElement;
  results: HTMLElement;
  summary: HTMLElement;
  print: HTMLButtonElement;
  fix: HTMLButtonElement;
  saveHtml: HTMLButtonElement;
  saveJson: HTMLButtonElement;
  tabText: HTMLButtonElement;
  tabTables: HTMLButtonElement;
  filters: HTMLElement;
  findings: HTMLElement;
  doc: HTMLElement;
  textView: HTMLElement;
  tablesView: HTMLElement;
  footer: HTMLElement;
  popover: HTMLElement;
  /** The tables, drawn for a print-out only (the 表格 tab is a screen view). */
  printTables: HTMLElement;
  /** A rule's explanation, opened from a finding. */
  docDialog: HTMLDialogElement;
}

/** Builds the frame into the body and returns its parts. */
export function buildLayout(version: string): Layout {
  const button = (cls: string, testid: string) => h('button', { type: 'button', class: `button ${cls}`, 'data-testid': testid });
  const l = {
    title: h('h1', {}),
    subtitle: h('p', { class: 'sub' }),
    lang: button('ghost small', 'lang'),
    input: h('textarea', { 'data-testid': 'input', spellcheck: 'false', autocomplete: 'off' }),
    file: h('input', { type: 'file', accept: ACCEPT, 'data-testid': 'file', class: 'visually-hidden' }),
    openLabel: h('span', {}),
    source: h('span', { class: 'source', 'data-testid': 'source' }),
    run: button('primary', 'run'),
    dropHint: h('div', { class: 'drop-hint' }),
    notice: h('div', { class: 'notice', 'data-testid': 'notice', role: 'alert', hidden: true }),
    summary: h('div', { class: 'summary', 'data-testid': 'summary', 'data-run': 0, 'aria-live': 'polite' }),
    print: button('ghost', 'print'),
    fix: button('ghost', 'fix'),
    saveHtml: button('ghost', 'save-html'),
    saveJson: button('ghost', 'save-json'),
    tabText: h('button', { type: 'button', class: 'tab', role: 'tab', 'data-testid': 'tab-text', 'aria-selected': 'true' }),
    tabTables: h('button', { type: 'button', class: 'tab', role: 'tab', 'data-testid': 'tab-tables', 'aria-selected': 'false' }),
    filters: h('div', { class: 'filter-slot' }),
    findings: h('aside', { class: 'pane findings-pane' }),
    doc: h('div', { class: 'pane doc-pane' }),
    tablesView: h('div', { class: 'view tables-view', hidden: true }),
    footer: h('footer', {}),
    popover: h('div', { class: 'popover', 'data-testid': 'popover', role: 'dialog', hidden: true }),
    printTables: h('div', { class: 'print-tables', 'data-testid': 'print-tables' }),
    docDialog: h('dialog', { class: 'doc-dialog', 'data-testid': 'rule-doc' }),
  };
  const card = h('section', { class: 'card input-card', 'data-testid': 'dropzone' },
    l.input,
    h('div', { class: 'input-bar' }, h('label', { class: 'button ghost file-button' }, l.file, l.openLabel), l.source, l.run),
    l.dropHint,
  );
  const textView = h('div', { class: 'view text-view' }, l.findings, l.doc);
  const results = h('section', { class: 'results', 'data-testid': 'results', hidden: true },
    h('div', { class: 'summary-bar' }, l.summary, h('div', { class: 'actions' }, l.fix, l.print, l.saveHtml, l.saveJson)),
    h('div', { class: 'toolbar' }, h('div', { class: 'tabs', role: 'tablist' }, l.tabText, l.tabTables), l.filters),
    textView,
    l.tablesView,
    l.printTables,
  );
  document.body.replaceChildren(
    h('header', { class: 'top' },
      h('div', { class: 'brand' }, h('div', { class: 'logo', 'aria-hidden': 'true' }, '检'), h('div', {}, l.title, l.subtitle)),
      h('div', { class: 'top-right' }, h('span', { class: 'version' }, `report-lint ${version}`), l.lang),
    ),
    h('main', {}, card, l.notice, results),
    l.footer,
    l.popover,
    l.docDialog,
  );
  return { ...l, card, results, textView };
}

/** Puts the words of a language into the frame. */
export function label(l: Layout, t: Texts): void {
  document.title = `${t.title} · report-lint`;
  l.title.textContent = t.title;
  l.subtitle.textContent = t.subtitle;
  l.lang.textContent = t.switchLang;
  l.input.placeholder = t.placeholder;
  l.openLabel.textContent = t.open;
  l.run.textContent = t.run;
  l.dropHint.textContent = t.dropHere;
  l.print.textContent = t.print;
  l.fix.textContent = t.fix;
  l.saveHtml.textContent = t.saveHtml;
  l.saveJson.textContent = t.saveJson;
  l.tabText.textContent = t.tabText;
  l.tabTables.textContent = t.tabTables;
  l.footer.textContent = t.footer;
}
