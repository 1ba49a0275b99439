/**
 * The offline checker page: wires the frame (layout.ts) to the engine
 * (check.ts) and the views. It keeps the current input, the last check and
 * the filters; renders the summary, the findings, the highlighted text and
 * the tables; and handles clicks, files dropped or opened, the language
 * switch, printing and saving.
 */
import { h, replace } from './dom.js';
import { check, pasted, PdfReadError, readFile, rules, tablesOf, type Checked, type Input } from './check.js';
import { download, exportName, findingsHtml, findingsJson } from './export.js';
import { fixText } from '../fix.js';
import type { Encoding } from '../text/decode.js';
import { encodeLike } from './encode.js';
import { displayMap, quoteAt } from './html-view.js';
import { renderDoc, ruleDoc } from './rule-doc.js';
import { localeOf, severityName, texts, type Lang } from './i18n.js';
import { buildLayout, label } from './layout.js';
import { ALL_RULES, renderFilters, renderFindings, ruleTitle, shown, type Filters, type QuoteOf } from './render-findings.js';
import { renderTables } from './render-tables.js';
import { marksOf, renderText, type Span } from './render-text.js';

declare const __REPORT_LINT_VERSION__: string;

const ui = buildLayout(typeof __REPORT_LINT_VERSION__ === 'string' ? __REPORT_LINT_VERSION__ : 'dev');
const state = {
  lang: 'zh' as Lang,
  input: undefined as Input | undefined,
  checked: undefined as Checked | undefined,
  filters: { rule: ALL_RULES, severities: new Set([2, 1, 3]) } as Filters,
  view: 'text' as 'text' | 'tables',
  runs: 0,
};
const t = () => texts(state.lang);

/** Shows a message above the results (or hides it with undefined). */
function notice(text: string | undefined, kind: 'error' | 'info' = 'error'): void {
  ui.notice.hidden = !text;
  ui.notice.className = `notice notice-${kind}`;
  ui.notice.textContent = text ?? '';
}

/** The "source" line under the text box. */
function showSource(): void {
  const input = state.input;
  ui.source.textContent = input?.from === 'file' ? t().sourceFile(input.name, t().kinds[input.format] ?? input.format) : ui.input.value ? t().sourcePasted : '';
  ui.source.dataset.name = input?.name ?? '';
  ui.input.placeholder = input?.format === 'docx' ? t().docxLoaded(input.name) : input?.format === 'pdf' ? t().pdfLoaded(input.name) : t().placeholder;
}

/** Checks the current input and shows the results. */
function run(): void {
  const input = state.input ?? (ui.input.value.trim() ? pasted(ui.input.value) : undefined);
  if (!input) return notice(t().empty, 'info');
  const started = performance.now();
  try {
    state.checked = check(input, state.lang);
  } catch (error) {
    return notice(t().failed(error instanceof Error ? error.message : String(error)));
  }
  const { crashes, result } = state.checked;
  notice(crashes.length ? crashes.map((c) => t().ruleCrashed(c.ruleId, c.message)).join('\n') : undefined);
  if (!result.messages.some((m) => (m.ruleId ?? '') === state.filters.rule)) state.filters.rule = ALL_RULES;
  render();
  state.runs++;
  summarise(performance.now() - started);
  showFirst();
  updateFix();
}

/** After a check: the text pane scrolled to the first finding (in reading order), the list to its top. */
function showFirst(): void {
  ui.findings.scrollTop = 0;
  const marks = Array.from(ui.doc.querySelectorAll<HTMLElement>('[data-findings]'));
  if (marks[0]) reveal(ui.doc, marks[0], true);
  else ui.doc.scrollTop = 0;
}

/** The fix button: on when something can be fixed in a text the page can give back. */
function updateFix(): void {
  const checked = state.checked;
  const structured = checked?.input.format === 'docx' || checked?.input.format === 'pdf';
  const fixable = checked?.result.messages.some((m) => m.fix) ?? false;
  ui.fix.disabled = !checked || structured || !fixable;
  ui.fix.title = structured ? t().fixUnavailable : fixable ? t().fixTitle : t().fixNone;
}

/** Applies the safe fixes (re-checking until nothing changes, as --fix does), downloads the text in its own encoding, and checks it. */
function fixAndDownload(): void {
  const checked = state.checked;
  if (!checked || ui.fix.disabled) return;
  const input = checked.input;
  const outcome = fixText(input.text, (text) => check({ ...input, text }, state.lang).result.messages);
  if (outcome.fixCount === 0) return notice(t().fixNone, 'info');
  const { bytes, encoding, fellBack } = encodeLike(outcome.output, input.encoding as Encoding | undefined, input.bom ?? false);
  const ext = /\.[^.]*$/.exec(input.name)?.[0] ?? '.txt';
  const name = t().fixedName(input.name.slice(0, input.name.length - ext.length) || 'report', ext);
  download(name, 'text/plain', bytes);
  state.input = { ...input, text: outcome.output, name };
  ui.input.value = outcome.output;
  run();
  notice(fellBack ? t().fixedFallback(outcome.fixCount, name) : t().fixed(outcome.fixCount, name, t().encodings[encoding] ?? encoding), 'info');
}

/** Opens a rule's explanation in the page. */
function showDoc(id: string): void {
  const rule = rules[id];
  const markdown = ruleDoc(id);
  const close = h('button', { type: 'button', class: 'pop-close', 'aria-label': t().close }, '×');
  close.addEventListener('click', () => ui.docDialog.close());
  replace(
    ui.docDialog,
    h('div', { class: 'doc-head' }, h('b', {}, rule ? rule.meta.title[state.lang] : id), h('code', {}, id), close),
    markdown ? renderDoc(markdown) : h('p', {}, rule ? rule.meta.description[state.lang] : t().docNone),
  );
  if (!ui.docDialog.open) ui.docDialog.showModal();
}

/** The counts per severity, the report's own data and the time taken. */
function summarise(ms: number): void {
  const { result } = state.checked!;
  const report = result.report;
  const tx = t();
  const count = (n: number, severity: 2 | 1 | 3) =>
    h('span', { class: `count count-${severityName(severity)}${n ? '' : ' zero'}` }, h('b', {}, n), ` ${tx.severity[severity]}`);
  const meta = [state.checked!.input.name, report?.agency, report?.year ? tx.year(report.year) : null, report?.template ? tx.template[report.template] : null, tx.time(ms)];
  replace(ui.summary, count(result.errorCount, 2), count(result.warningCount, 1), count(result.infoCount, 3), h('span', { class: 'meta' }, meta.filter(Boolean).join(' · ')));
  Object.assign(ui.summary.dataset, { errors: result.errorCount, warnings: result.warningCount, infos: result.infoCount, run: state.runs, ms: ms.toFixed(1), checkMs: state.checked!.ms.toFixed(1) });
}

/** Renders findings, filters, highlighted text and (when shown) the tables for the last check. */
function render(): void {
  const checked = state.checked;
  if (!checked) return;
  const { result, input } = checked;
  const tx = t();
  ui.results.hidden = false;
  replace(ui.filters, renderFilters(result.messages, state.filters, rules, state.lang, tx, render));
  replace(ui.findings, renderFindings(result.messages, state.filters, rules, state.lang, tx, quoter(checked)));
  replace(ui.doc, renderText(input.text, input.format, spansOf(checked), input.format === 'pdf' ? tx.page : undefined));
  if (state.view === 'tables') renderTablesView();
  ui.tabText.setAttribute('aria-selected', String(state.view === 'text'));
  ui.tabTables.setAttribute('aria-selected', String(state.view === 'tables'));
  ui.textView.hidden = state.view !== 'text';
  ui.tablesView.hidden = state.view !== 'tables';
  hidePopover();
}

/** The quoted words of each finding, read from the text as the page shows it. */
function quoter(checked: Checked): QuoteOf {
  let view: ReturnType<typeof displayMap> | undefined;
  return (m) => {
    if (!m.range) return undefined;
    view ??= displayMap(checked.input.text, checked.input.format);
    return quoteAt(view, m.range[0], m.range[1]);
  };
}

/** Source places of the findings that pass the filters: their ranges, and related places (for tables). */
function spansOf(checked: Checked, related = false): Span[] {
  const text = checked.input.text;
  const starts = [0];
  if (related) for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return checked.result.messages.flatMap((m, index) => {
    if (!shown(m, state.filters)) return [];
    const title = `${ruleTitle(rules, m.ruleId, state.lang, t())}：${m.message}`;
    const at = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1;
    const own = m.range ? { start: m.range[0], end: m.range[1] } : { start: at(m.line, m.column), end: at(m.endLine, m.endColumn) };
    const places = [own, ...(related ? (m.related ?? []).filter((r) => !r.filePath).map((r) => ({ start: at(r.line, r.column), end: at(r.endLine, r.endColumn) })) : [])];
    return places.map((p) => ({ index, severity: m.severity, title, ...p }));
  });
}

/** Draws the 表格 view for the last check. */
function renderTablesView(): void {
  const checked = state.checked!;
  const spans = spansOf(checked, true);
  const involved = (start: number, end: number) => {
    const hit = spans.filter((s) => (s.end > s.start ? s.start < end && s.end > start : s.start >= start && s.start < end));
    return [...new Map(hit.map((s) => [s.index, s])).values()];
  };
  try {
    const { report, record } = tablesOf(checked.input);
    replace(ui.tablesView, renderTables(record, report.model, involved, state.lang, t()));
  } catch (error) {
    replace(ui.tablesView, h('p', { class: 'notice notice-error' }, t().failed(String(error))));
  }
}

/** Marks a finding: selects it in the list, marks its highlights and scrolls the first into view. */
function select(index: number): void {
  if (state.view !== 'text') {
    state.view = 'text';
    render();
  }
  document.querySelectorAll('.marked, .selected').forEach((el) => el.classList.remove('marked', 'selected'));
  const item = ui.findings.querySelector<HTMLElement>(`[data-testid="finding"][data-index="${index}"]`);
  item?.classList.add('selected');
  const marks = marksOf(ui.doc, index);
  for (const mark of marks) {
    mark.classList.add('marked');
    mark.closest('.ln')?.classList.add('marked'); // the whole line too, for short spans
  }
  if (marks[0]) reveal(ui.doc, marks[0], true);
  if (item) reveal(ui.findings, item, false);
}

/** Scrolls a pane so the element is in view (centred, or just inside), then the window only if needed. */
function reveal(pane: HTMLElement, el: HTMLElement, centre: boolean): void {
  const outer = pane.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  if (centre) pane.scrollTop += box.top - outer.top - (outer.height - box.height) / 2;
  else if (box.top < outer.top + 40 || box.bottom > outer.bottom) pane.scrollTop += box.top - outer.top - 40;
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Shows the findings of a highlight or table cell next to it, and selects them in the list. */
function showPopover(target: HTMLElement, x: number, y: number): void {
  const indices = (target.dataset.findings ?? '').split(' ').filter(Boolean).map(Number);
  const messages = state.checked?.result.messages ?? [];
  document.querySelectorAll('.selected').forEach((el) => el.classList.remove('selected'));
  const items = indices.map((index) => {
    const m = messages[index]!;
    ui.findings.querySelector(`[data-index="${index}"]`)?.classList.add('selected');
    const row = h('button', { type: 'button', class: `pop-item sev-${severityName(m.severity)}`, 'data-index': index },
      h('span', { class: `badge badge-${severityName(m.severity)}` }, t().severity[m.severity]),
      h('b', {}, ruleTitle(rules, m.ruleId, state.lang, t())),
      h('span', {}, m.message),
    );
    row.addEventListener('click', () => select(index));
    return row;
  });
  const close = h('button', { type: 'button', class: 'pop-close', 'aria-label': t().close }, '×');
  close.addEventListener('click', hidePopover);
  replace(ui.popover, h('div', { class: 'pop-head' }, t().highlightTitle, close), ...items);
  ui.popover.hidden = false;
  const box = ui.popover.getBoundingClientRect();
  ui.popover.style.left = `${Math.max(8, Math.min(x, innerWidth - box.width - 8))}px`;
  ui.popover.style.top = `${y + 14 + box.height < innerHeight ? y + 14 : Math.max(8, y - box.height - 14)}px`;
  const first = ui.findings.querySelector<HTMLElement>('.selected');
  if (first) reveal(ui.findings, first, false);
}

function hidePopover(): void {
  ui.popover.hidden = true;
}

/** Opens a file from the file button or a drop, then checks it. */
async function open(file: File | undefined): Promise<void> {
  if (!file) return;
  let input: Input | undefined;
  try {
    input = await readFile(file);
  } catch (error) {
    if (error instanceof PdfReadError) return notice(t().pdfProblem(file.name, error.problem));
    throw error;
  }
  if (!input) return notice(t().unreadable(file.name));
  state.input = input;
  ui.input.value = input.format === 'docx' || input.format === 'pdf' ? '' : input.text;
  showSource();
  run();
}

// Events: the check button, typing or pasting (which replaces an opened file), the file button.
ui.run.addEventListener('click', run);
ui.input.addEventListener('input', () => {
  state.input = undefined;
  showSource();
});
ui.file.addEventListener('change', () => {
  void open(ui.file.files?.[0]).finally(() => (ui.file.value = ''));
});

// Files dropped anywhere on the page are opened (and never navigated to).
document.addEventListener('dragover', (e) => {
  e.preventDefault();
  ui.card.classList.add('dragging');
});
document.addEventListener('dragleave', (e) => {
  if (!e.relatedTarget) ui.card.classList.remove('dragging');
});
document.addEventListener('drop', (e) => {
  e.preventDefault();
  ui.card.classList.remove('dragging');
  void open(e.dataTransfer?.files[0]);
});

// Clicking a finding marks it in the text; clicking a highlight or marked cell lists its findings.
document.addEventListener('click', (e) => {
  const target = e.target as HTMLElement;
  const doc = target.closest<HTMLElement>('[data-doc]');
  if (doc) return showDoc(doc.dataset.doc!);
  if (target.closest('a, .popover, dialog')) return;
  const finding = target.closest<HTMLElement>('[data-testid="finding"]');
  if (finding) return select(Number(finding.dataset.index));
  const marked = target.closest<HTMLElement>('[data-findings]');
  if (marked) return showPopover(marked, e.clientX, e.clientY);
  hidePopover();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') hidePopover();
  const el = e.target as HTMLElement;
  if (e.key === 'Enter' && el.matches('[data-testid="finding"]')) select(Number(el.dataset.index));
});

// Views, language, printing and saving.
ui.tabText.addEventListener('click', () => ((state.view = 'text'), render()));
ui.tabTables.addEventListener('click', () => ((state.view = 'tables'), render()));
ui.lang.addEventListener('click', () => {
  state.lang = state.lang === 'zh' ? 'en' : 'zh';
  document.documentElement.lang = localeOf(state.lang);
  label(ui, t());
  showSource();
  if (state.checked) {
    state.input ??= state.checked.input;
    run();
  }
});
ui.print.addEventListener('click', () => print());
ui.fix.addEventListener('click', fixAndDownload);
// A print-out has the tables too (the 表格 tab is a screen view): drawn just before printing.
addEventListener('beforeprint', () => {
  if (!state.checked) return replace(ui.printTables);
  const spans = spansOf(state.checked, true);
  const involved = (start: number, end: number) => [...new Map(spans.filter((s) => s.start < end && s.end > start).map((s) => [s.index, s])).values()];
  try {
    const { report, record } = tablesOf(state.checked.input);
    replace(ui.printTables, renderTables(record, report.model, involved, state.lang, t()));
  } catch {
    replace(ui.printTables);
  }
});
ui.saveJson.addEventListener('click', () => {
  const c = state.checked;
  if (c) download(exportName(c.input.name, 'json'), 'application/json', findingsJson(c.result));
});
ui.saveHtml.addEventListener('click', () => {
  const c = state.checked;
  if (c) download(exportName(c.input.name, 'html'), 'text/html', findingsHtml(c.result, c.input.name, c.input.format, rules, state.lang, t()));
});

label(ui, t());
ui.input.focus();
