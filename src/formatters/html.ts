/**
 * The html format: one self-contained summary page for a supervising office
 * that checks the reports of many bodies. It has the totals, a bar chart
 * (inline SVG) of findings per rule, a table of the reports (agency, year,
 * template, counts, most serious finding; sortable by a small inline script,
 * grouped by agency and year without it), and one section per report with its
 * findings and code frames, at a stable anchor derived from the file path.
 *
 * The page loads nothing: CSS and script are inline and a Content Security
 * Policy forbids every other resource. The only URLs are the rules' docs links.
 * Every piece of report text is escaped.
 */
import { analyse, reportMeta } from '../analyse.js';
import type { Formatter, FormatterContext, LintMessage, LintResult, ReportMeta } from '../results.js';
import { anchorOf, barChart, esc, frameHtml, pageTexts, type BarData, type PageTexts } from './html-parts.js';
import { CSS, SORT_SCRIPT } from './html-style.js';
import { messageText } from './location.js';
import { absolutePath, oneLine, relativeToCwd, severityWord, totals } from './shared.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** One report as the page shows it. */
interface Entry {
  result: LintResult;
  /** The path shown: relative to the working directory when inside it. */
  path: string;
  anchor: string;
  meta: ReportMeta | undefined;
  lines: string[] | undefined;
  /** Index of the most serious finding (the first of the highest severity), -1 without findings. */
  worst: number;
}

/** Errors first, then warnings, then info. */
const RANK: Record<number, number> = { 2: 0, 1: 1, 3: 2 };

/** The report data of a result; parsed from its source when the result lacks it (e.g. from the cache). */
function metaOf(result: LintResult): ReportMeta | undefined {
  if (result.report) return result.report;
  if (result.source === undefined) return undefined;
  try {
    return reportMeta(analyse({ filePath: result.filePath, text: result.source }));
  } catch {
    return undefined;
  }
}

function entryOf(result: LintResult, ctx: FormatterContext): Entry {
  const path = relativeToCwd(result.filePath, ctx.cwd) ?? result.filePath;
  let worst = -1;
  result.messages.forEach((m, i) => {
    if (worst < 0 || RANK[m.severity]! < RANK[result.messages[worst]!.severity]!) worst = i;
  });
  return {
    result,
    path,
    anchor: anchorOf(path),
    meta: metaOf(result),
    lines: result.source?.split(/\r\n|\r|\n/),
    worst,
  };
}

/** Agency (Chinese collation), then year, then path; missing agency or year last — one agency's years together. */
let collator: Intl.Collator | undefined;

function byAgencyYear(a: Entry, b: Entry): number {
  const zh = (collator ??= new Intl.Collator('zh-Hans-CN'));
  const agencyA = a.meta?.agency ?? null;
  const agencyB = b.meta?.agency ?? null;
  const yearA = a.meta?.year ?? null;
  const yearB = b.meta?.year ?? null;
  const agency = agencyA === agencyB ? 0 : agencyA === null ? 1 : agencyB === null ? -1 : zh.compare(agencyA, agencyB);
  const year = yearA === yearB ? 0 : yearA === null ? 1 : yearB === null ? -1 : yearA - yearB;
  return agency || year || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

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

function tableRow(e: Entry, t: PageTexts, locale: FormatterContext['locale']): string {
  const { result, meta } = e;
  const worst = result.messages[e.worst];
  const text = worst ? oneLine(messageText(worst, locale)) : '';
  const short = text.length > 90 ? `${text.slice(0, 89)}…` : text;
  const worstCell = worst
    ? td(`${severityBadge(worst, t)} <a href="#${e.anchor}-${e.worst + 1}" title="${esc(text)}">${esc(short)}</a>`, RANK[worst.severity], 'worst')
    : td(`<span class="ok">${esc(t.noProblems)}</span>`, 3, 'worst');
  // The first cell names the report: its agency (or "—"), and under it the file, both linking to its section.
  const name = `<a href="#${e.anchor}">${meta?.agency ? `<span class="agency">${esc(meta.agency)}</span>` : `<span class="agency none">${esc(t.noAgency)}</span>`}<span class="path">${esc(e.path)}</span></a>`;
  return (
    `<tr data-file="${esc(e.path)}">` +
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
function findingItem(e: Entry, m: LintMessage, i: number, ctx: FormatterContext, t: PageTexts, anchors: Map<string, string>): string {
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

function reportSection(e: Entry, ctx: FormatterContext, t: PageTexts, anchors: Map<string, string>): string {
  const { result, meta } = e;
  const heading = meta?.agency ? `${meta.agency}${meta.year ? ` · ${meta.year}` : ''}` : (meta?.title ?? e.path);
  const details = [`<span class="mono">${esc(e.path)}</span>`];
  if (meta?.title && meta.title !== heading) details.push(`<span>${esc(meta.title)}</span>`);
  if (meta?.template) details.push(`<span>${esc(`${t.columns.template}：${t.templates[meta.template]}`)}</span>`);
  const badges = (
    [
      ['error', result.errorCount],
      ['warning', result.warningCount],
      ['info', result.infoCount],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([sev, n]) => `<span class="sev ${sev}">${esc(t.severity[sev])} ${n}</span>`)
    .join('');
  const body = result.messages.length
    ? `<ol class="findings">${result.messages.map((m, i) => findingItem(e, m, i, ctx, t, anchors)).join('')}</ol>`
    : `<p class="clean">${esc(t.noProblems)}</p>`;
  return (
    `<section class="report${result.messages.length ? ' has-findings' : ' clean'}" id="${e.anchor}">` +
    `<a class="toplink" href="#reports-table">${esc(t.backToTable)}</a>` +
    `<h3>${esc(heading)}</h3><div class="meta">${details.join('')}</div>` +
    (badges ? `<div class="counts">${badges}</div>` : '') +
    `${body}</section>`
  );
}

function cards(results: LintResult[], t: PageTexts): string {
  const sum = totals(results);
  const items: [string, string, number][] = [
    ['', t.reports, results.length],
    ['error', t.withErrors, results.filter((r) => r.errorCount > 0).length],
    ['', t.clean, results.filter((r) => r.messages.length === 0).length],
    ['error', t.errors, sum.errors],
    ['warning', t.warnings, sum.warnings],
    ['info', t.infos, sum.infos],
  ];
  return `<div class="cards">${items
    .map(([cls, label, n]) => `<div class="card ${cls}" data-total="${esc(label)}"><div class="n">${n}</div><div class="l">${esc(label)}</div></div>`)
    .join('')}</div>`;
}

export const html: Formatter = (results, ctx) => {
  const t = pageTexts(ctx.locale);
  const entries = results.map((r) => entryOf(r, ctx)).sort(byAgencyYear);
  // Related places in other files link to those files' sections, whichever form their path takes.
  const anchors = new Map<string, string>();
  for (const e of entries) {
    anchors.set(e.result.filePath, e.anchor);
    anchors.set(absolutePath(e.result.filePath, ctx.cwd), e.anchor);
  }
  const bars = ruleBars(results, ctx);
  const generated = t.generated(ctx.version);
  return [
    '<!DOCTYPE html>',
    `<html lang="${t.lang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="report-lint ${esc(ctx.version)}">`,
    `<title>${esc(t.title)}</title><style>${CSS}</style></head>`,
    `<body><header class="page"><div class="inner"><h1>${esc(t.title)}</h1><p>${esc(generated)}</p></div></header><main>`,
    cards(results, t),
    `<div class="panel" id="chart"><h2>${esc(t.chart)}</h2>${bars.length ? barChart(bars, t) : `<p class="clean">${esc(t.noFindings)}</p>`}</div>`,
    `<div class="panel" id="reports-table"><h2>${esc(t.table)}<span class="hint">${esc(t.sortHint)}</span></h2>${reportsTable(entries, t, ctx.locale)}</div>`,
    `<h2 class="details">${esc(t.details)}</h2>`,
    ...entries.map((e) => reportSection(e, ctx, t, anchors)),
    `<footer>${esc(generated)}</footer></main>`,
    `<script>${SORT_SCRIPT}</script></body></html>`,
    '',
  ].join('\n');
};
