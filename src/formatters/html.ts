/**
 * The html format: one self-contained summary page for a supervising office
 * that checks the reports of many bodies. It has the totals, links to the data
 * files written in the same run, a bar chart (inline SVG) of findings per
 * rule, filters (agency, rule, severity, template) and a search, a table of
 * the reports (sortable), each agency's history across years, and one
 * collapsible section per report (closed beyond 20 reports, shown 50 at a
 * time) with its findings and code frames, at a stable anchor derived from
 * the file path. A report found in several formats is one entry; files that
 * are not reports are listed apart. Without the script the page still shows
 * everything, in its default order.
 *
 * The page loads nothing: CSS and script are inline and a Content Security
 * Policy forbids every other resource. The only URLs are the rules' docs links
 * and the data files. Every piece of report text is escaped.
 */
import type { Formatter, FormatterContext, LintMessage, LintResult } from '../results.js';
import { groupEntries, histories, RANK, rulesFired, type Entry, type FileEntry, type History } from './html-entries.js';
import { barChart, esc, frameHtml, pageTexts, type BarData, type PageTexts } from './html-parts.js';
import { PAGE_SCRIPT } from './html-script.js';
import { CSS } from './html-style.js';
import { messageText } from './location.js';
import { absolutePath, oneLine, severityWord, totals } from './shared.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** Up to this many reports, their sections start open. */
export const OPEN_UP_TO = 20;

function severityBadge(m: LintMessage, t: PageTexts): string {
  const word = severityWord(m.severity);
  return `<span class="sev ${word}">${esc(t.severity[word])}</span>`;
}

/** A table cell with an optional sort key (empty key: sorts last). */
function td(content: string, sortKey?: string | number, cls?: string): string {
  const sort = sortKey === undefined ? '' : ` data-sort="${esc(String(sortKey))}"`;
  return `<td${cls ? ` class="${cls}"` : ''}${sort}>${content}</td>`;
}

function countCell(n: number): string {
  return td(String(n), n, n === 0 ? 'num zero' : 'num');
}

/** The attributes the filters read: agency, year, template, rules and severities present. */
function filterData(e: Entry): string {
  const rules = rulesFired(e.result).map(([id]) => id);
  const severities = [...new Set(e.result.messages.map((m) => severityWord(m.severity)))];
  return (
    ` data-entry="${e.anchor}" data-agency="${esc(e.meta?.agency ?? '')}" data-year="${e.meta?.year ?? ''}"` +
    ` data-template="${e.meta?.template ?? ''}" data-rules="${esc(rules.join(' '))}" data-sev="${severities.join(' ')}"`
  );
}

function tableRow(e: Entry, t: PageTexts, locale: FormatterContext['locale']): string {
  const { result, meta } = e;
  const worst = result.messages[e.worst];
  const text = worst ? oneLine(messageText(worst, locale)) : '';
  const short = text.length > 90 ? `${text.slice(0, 89)}…` : text;
  const worstCell = worst
    ? td(`${severityBadge(worst, t)} <a href="#${e.anchor}-${e.worst + 1}" title="${esc(text)}">${esc(short)}</a>`, RANK[worst.severity], 'worst')
    : td(`<span class="ok">${esc(t.noProblems)}</span>`, 3, 'worst');
  // The first cell names the report: its agency (or "—"), and under it its files, all linking to its section.
  const paths = [e, ...e.versions].map((v) => `<span class="path">${esc(v.path)}</span>`).join('');
  const name = `<a href="#${e.anchor}">${meta?.agency ? `<span class="agency">${esc(meta.agency)}</span>` : `<span class="agency none">${esc(t.noAgency)}</span>`}${paths}</a>`;
  const versions = e.versions.length ? ` data-versions="${esc(e.versions.map((v) => v.path).join('\n'))}"` : '';
  return (
    `<tr data-file="${esc(e.path)}"${versions}${filterData(e)}>` +
    td(name, meta?.agency ?? '', 'name') +
    td(meta?.year ? String(meta.year) : '—', meta?.year ?? '', 'num') +
    td(meta?.template ? esc(t.templates[meta.template]) : '—', meta?.template ?? '') +
    countCell(result.errorCount) +
    countCell(result.warningCount) +
    countCell(result.infoCount) +
    worstCell +
    '</tr>'
  );
}

function reportsTable(entries: Entry[], t: PageTexts, locale: FormatterContext['locale']): string {
  const c = t.columns;
  const heads = [c.agency, c.year, c.template, t.errors, t.warnings, t.infos, c.worst];
  const numeric = new Set([1, 3, 4, 5]);
  const head = heads.map((h, i) => `<th scope="col"${numeric.has(i) ? ' class="num"' : ''}>${esc(h)}</th>`).join('');
  return (
    `<div class="table-wrap"><table class="reports" id="reports"><thead><tr>${head}</tr></thead>` +
    `<tbody>${entries.map((e) => tableRow(e, t, locale)).join('')}</tbody></table></div>`
  );
}

/** The findings per rule (tool problems without a rule are not a rule and get no bar). */
function ruleBars(results: LintResult[], ctx: FormatterContext): BarData[] {
  const bars = new Map<string, BarData>();
  for (const m of results.flatMap((r) => r.messages)) {
    if (m.ruleId === null) continue;
    let bar = bars.get(m.ruleId);
    if (!bar) bars.set(m.ruleId, (bar = { id: m.ruleId, title: ctx.rules[m.ruleId]?.title ?? '', errors: 0, warnings: 0, infos: 0 }));
    if (m.severity === 2) bar.errors++;
    else if (m.severity === 1) bar.warnings++;
    else bar.infos++;
  }
  return [...bars.values()];
}

/** One finding: severity, position, rule (linked to its docs), message, code frame, related places. */
function findingItem(e: FileEntry, m: LintMessage, i: number, ctx: FormatterContext, t: PageTexts, anchors: Map<string, string>): string {
  const word = severityWord(m.severity);
  const info = m.ruleId === null ? undefined : ctx.rules[m.ruleId];
  const rule =
    m.ruleId === null
      ? `<span class="rule">${esc(t.toolProblem)}</span>`
      : `<span class="rule">${info?.url ? `<a href="${esc(info.url)}">${esc(m.ruleId)}</a>` : esc(m.ruleId)}` +
        `${info ? `<span class="title">${esc(info.title)}</span>` : ''}</span>`;
  const fixable = m.fix ? `<span class="fixable">${esc(t.fixable)}</span>` : '';
  const related = (m.related ?? []).map((r) => {
    const other = r.filePath !== undefined && anchors.get(r.filePath) !== e.anchor ? r.filePath : undefined;
    const target = other === undefined ? undefined : anchors.get(other);
    const where = other === undefined ? '' : target ? `<a href="#${target}">${esc(other)}</a> ` : `${esc(other)} `;
    const frame = other === undefined ? frameHtml(e.lines, r.line, r.column, r.endLine, r.endColumn) : '';
    return `<li>${where}<span class="pos" title="${esc(t.position(r.line, r.column))}">${r.line}:${r.column}</span> ${esc(r.message ?? '')}${frame}</li>`;
  });
  return (
    `<li class="finding ${word}" id="${e.anchor}-${i + 1}">` +
    `<div class="fhead">${severityBadge(m, t)}<span class="pos" title="${esc(t.position(m.line, m.column))}">${m.line}:${m.column}</span>${rule}${fixable}</div>` +
    `<p class="msg">${esc(messageText(m, ctx.locale))}</p>` +
    frameHtml(e.lines, m.line, m.column, m.endLine, m.endColumn) +
    (related.length ? `<ul class="related" aria-label="${esc(t.related)}">${related.join('')}</ul>` : '') +
    '</li>'
  );
}

function findingsList(e: FileEntry, ctx: FormatterContext, t: PageTexts, anchors: Map<string, string>): string {
  return e.result.messages.length
    ? `<ol class="findings">${e.result.messages.map((m, i) => findingItem(e, m, i, ctx, t, anchors)).join('')}</ol>`
    : `<p class="clean">${esc(t.noProblems)}</p>`;
}

function countBadges(result: LintResult, t: PageTexts): string {
  return (
    [
      ['error', result.errorCount],
      ['warning', result.warningCount],
      ['info', result.infoCount],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([sev, n]) => `<span class="sev ${sev}">${esc(t.severity[sev])} ${n}</span>`)
    .join('');
}

function reportSection(e: Entry, open: boolean, ctx: FormatterContext, t: PageTexts, anchors: Map<string, string>): string {
  const { result, meta } = e;
  const heading = meta?.agency ? `${meta.agency}${meta.year ? ` · ${meta.year}` : ''}` : (meta?.title ?? e.path);
  const details = [`<span class="mono">${esc(e.path)}</span>`];
  if (meta?.title && meta.title !== heading) details.push(`<span>${esc(meta.title)}</span>`);
  if (meta?.template) details.push(`<span>${esc(`${t.columns.template}：${t.templates[meta.template]}`)}</span>`);
  const badges = countBadges(result, t);
  // The other files of the same report: each its own closed section, reachable by its anchor.
  const versions = e.versions.length
    ? `<div class="versions"><p class="hint">${esc(t.otherVersions(e.versions.length))}</p>${e.versions
        .map(
          (v) =>
            `<details class="version" id="${v.anchor}"><summary><span class="mono">${esc(v.path)}</span> ${countBadges(v.result, t) || `<span class="ok">${esc(t.noProblems)}</span>`}</summary>${findingsList(v, ctx, t, anchors)}</details>`,
        )
        .join('')}</div>`
    : '';
  return (
    `<details class="report${result.messages.length ? ' has-findings' : ' clean'}" id="${e.anchor}"${filterData(e)}${open ? ' open' : ''}>` +
    `<summary><span class="heading">${esc(heading)}</span>${badges ? `<span class="counts">${badges}</span>` : `<span class="ok">${esc(t.noProblems)}</span>`}</summary>` +
    `<a class="toplink" href="#reports-table">${esc(t.backToTable)}</a>` +
    `<div class="meta">${details.join('')}</div>` +
    `${findingsList(e, ctx, t, anchors)}${versions}</details>`
  );
}

/** Each agency with reports of several years: per year, the rules that fired (and how often). */
function historyPanel(list: History[], t: PageTexts): string {
  if (list.length === 0) return '';
  const years = [...new Set(list.flatMap((h) => h.years.map((e) => e.meta!.year!)))].sort((a, b) => a - b);
  const rows = list.map((h) => {
    const cells = years.map((year) => {
      const inYear = h.years.filter((e) => e.meta!.year === year);
      if (inYear.length === 0) return '<td class="none">—</td>';
      return `<td>${inYear
        .map((e) => {
          const fired = rulesFired(e.result);
          const rules = fired.length ? fired.map(([id, n]) => `<span class="chip">${esc(id)}${n > 1 ? ` ×${n}` : ''}</span>`).join('') : `<span class="ok">${esc(t.noProblems)}</span>`;
          return `<a href="#${e.anchor}">${countBadges(e.result, t) || ''}</a><div class="chips">${rules}</div>`;
        })
        .join('')}</td>`;
    });
    return `<tr data-agency="${esc(h.agency)}"><th scope="row">${esc(h.agency)}</th>${cells.join('')}</tr>`;
  });
  const head = `<tr><th scope="col">${esc(t.columns.agency.split(' / ')[0]!)}</th>${years.map((y) => `<th scope="col">${y}</th>`).join('')}</tr>`;
  const open = list.length <= OPEN_UP_TO ? ' open' : '';
  return (
    `<details class="panel" id="history"${open}><summary><h2>${esc(t.history)}<span class="hint">${esc(t.historyHint)}</span></h2></summary>` +
    `<div class="table-wrap"><table class="history"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div></details>`
  );
}

/** The filter bar (hidden until the script makes it work). */
function filterBar(entries: Entry[], results: LintResult[], ctx: FormatterContext, t: PageTexts): string {
  const options = (values: [string, string][], all: string) =>
    `<option value="">${esc(all)}</option>${values.map(([v, label]) => `<option value="${esc(v)}">${esc(label)}</option>`).join('')}`;
  const zh = new Intl.Collator('zh-Hans-CN');
  const agencies = [...new Set(entries.map((e) => e.meta?.agency).filter((a): a is string => Boolean(a)))].sort(zh.compare);
  const rules = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)).filter((id): id is string => id !== null))].sort();
  const templates = [...new Set(entries.map((e) => e.meta?.template).filter((x): x is NonNullable<typeof x> => Boolean(x)))];
  return (
    `<form class="filters" id="filters" hidden role="search" aria-label="${esc(t.filters)}">` +
    `<input type="search" name="q" placeholder="${esc(t.search)}" aria-label="${esc(t.search)}">` +
    `<select name="agency" aria-label="${esc(t.columns.agency)}">${options(agencies.map((a) => [a, a]), t.allAgencies)}</select>` +
    `<select name="rule" aria-label="${esc(t.allRules)}">${options(rules.map((id) => [id, ctx.rules[id]?.title ? `${id} ${ctx.rules[id]!.title}` : id]), t.allRules)}</select>` +
    `<select name="sev" aria-label="${esc(t.allSeverities)}">${options((['error', 'warning', 'info'] as const).map((s) => [s, t.severity[s]]), t.allSeverities)}</select>` +
    `<select name="template" aria-label="${esc(t.allTemplates)}">${options(templates.map((x) => [x, t.templates[x]]), t.allTemplates)}</select>` +
    `<button type="reset">${esc(t.reset)}</button>` +
    `<output name="count" data-template="${esc(t.showing)}"></output></form>`
  );
}

function cards(entries: Entry[], files: number, t: PageTexts): string {
  const sum = totals(entries.map((e) => e.result));
  const items: [string, string, number][] = [
    ['', t.reports, entries.length],
    ...(files !== entries.length ? [['', t.files, files] as [string, string, number]] : []),
    ['error', t.withErrors, entries.filter((e) => e.result.errorCount > 0).length],
    ['', t.clean, entries.filter((e) => e.result.messages.length === 0).length],
    ['error', t.errors, sum.errors],
    ['warning', t.warnings, sum.warnings],
    ['info', t.infos, sum.infos],
  ];
  return `<div class="cards">${items
    .map(([cls, label, n]) => `<div class="card ${cls}" data-total="${esc(label)}"><div class="n">${n}</div><div class="l">${esc(label)}</div></div>`)
    .join('')}</div>`;
}

/** Links to the CSV and workbook written in the same run. */
function dataLinks(ctx: FormatterContext, t: PageTexts): string {
  const links = (['xlsx', 'csv'] as const)
    .filter((kind) => ctx.outputs?.[kind])
    .map((kind) => `<a class="data-link" href="${esc(encodeURI(ctx.outputs![kind]!))}" download>${esc(ctx.outputs![kind]!)}</a><span class="hint">${esc(t.dataFile[kind])}</span>`);
  return links.length ? `<div class="panel data" id="data"><h2>${esc(t.data)}</h2><p>${links.join('<br>')}</p></div>` : '';
}

function notReportsPanel(others: FileEntry[], t: PageTexts): string {
  if (others.length === 0) return '';
  const items = others.map((f) => `<li id="${f.anchor}"><span class="mono">${esc(f.path)}</span>${f.meta?.title ? ` <span class="hint">${esc(f.meta.title)}</span>` : ''}</li>`);
  return `<div class="panel" id="not-reports"><h2>${esc(t.notReports)}<span class="hint">${esc(t.notReportsHint)}</span></h2><ul class="not-reports">${items.join('')}</ul></div>`;
}

export const html: Formatter = (results, ctx) => {
  const t = pageTexts(ctx.locale);
  const { entries, others } = groupEntries(results, ctx);
  const files = entries.reduce((n, e) => n + 1 + e.versions.length, 0);
  // Related places in other files link to those files' sections, whichever form their path takes.
  const anchors = new Map<string, string>();
  for (const e of entries.flatMap((x) => [x, ...x.versions])) {
    anchors.set(e.result.filePath, e.anchor);
    anchors.set(absolutePath(e.result.filePath, ctx.cwd), e.anchor);
  }
  const shown = entries.map((e) => e.result);
  const bars = ruleBars(shown, ctx);
  const generated = t.generated(ctx.version);
  const open = entries.length <= OPEN_UP_TO;
  return [
    '<!DOCTYPE html>',
    `<html lang="${t.lang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="report-lint ${esc(ctx.version)}">`,
    `<title>${esc(t.title)}</title><style>${CSS}</style></head>`,
    `<body><header class="page"><div class="inner"><h1>${esc(t.title)}</h1><p>${esc(generated)}</p></div></header><main>`,
    cards(entries, files, t),
    dataLinks(ctx, t),
    `<div class="panel" id="chart"><h2>${esc(t.chart)}</h2>${bars.length ? barChart(bars, t) : `<p class="clean">${esc(t.noFindings)}</p>`}</div>`,
    `<div class="panel" id="reports-table"><h2>${esc(t.table)}<span class="hint">${esc(t.sortHint)}</span></h2>${filterBar(entries, shown, ctx, t)}${reportsTable(entries, t, ctx.locale)}</div>`,
    historyPanel(histories(entries), t),
    `<h2 class="details">${esc(t.details)}<span class="toggles" hidden><button type="button" data-open="1">${esc(t.openAll)}</button><button type="button" data-open="0">${esc(t.closeAll)}</button></span></h2>`,
    `<div id="sections">${entries.map((e) => reportSection(e, open, ctx, t, anchors)).join('\n')}</div>`,
    `<p class="more" hidden><button type="button" id="more">${esc(t.more)}</button></p>`,
    notReportsPanel(others, t),
    `<footer>${esc(generated)}</footer></main>`,
    `<script>${PAGE_SCRIPT}</script></body></html>`,
    '',
  ].join('\n');
};
