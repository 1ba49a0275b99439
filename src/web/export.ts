/**
 * "Save findings": the results of the current check as a JSON file (the
 * CLI's --format json shape) or as a self-contained HTML page (inline
 * styles, a Content-Security-Policy that loads nothing, every piece of
 * report text escaped). Files are handed to the browser as downloads; no
 * request leaves the page.
 */
import type { InputFormat } from '../ast/types.js';
import type { Rule } from '../engine/types.js';
import { ruleUrl } from '../engine/docs.js';
import { esc } from '../formatters/html-parts.js';
import { serialisable } from '../formatters/json.js';
import type { LintResult } from '../results.js';
import { displayMap, quoteAt } from './html-view.js';
import { localeOf, severityName, type Lang, type Texts } from './i18n.js';
import { pick } from '../i18n.js';
import { placeOf, ruleTitle } from './render-findings.js';

/** Offers `content` as a file download named `name`. */
export function download(name: string, type: string, content: string | Uint8Array): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name of an export: the report's name without its extension, plus a suffix. */
export function exportName(fileName: string, extension: 'json' | 'html'): string {
  return `${fileName.replace(/\.[^.]*$/, '') || 'report'}.report-lint.${extension}`;
}

/** The findings as the CLI's JSON output (one result, no source text). */
export function findingsJson(result: LintResult): string {
  return `${JSON.stringify([serialisable(result)], null, 2)}\n`;
}

const STYLE = `body{font:14px/1.6 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1d2939;margin:32px;max-width:1100px}
h1{font-size:20px;margin:0 0 4px}p.meta{color:#475467;margin:0 0 20px}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #d0d5dd;padding:6px 8px;vertical-align:top;text-align:left}th{background:#f2f4f7;white-space:nowrap}
.sev{font-weight:600;white-space:nowrap}.sev-error .sev{color:#b42318}.sev-warning .sev{color:#b54708}.sev-info .sev{color:#175cd3}
code{font:12px ui-monospace,monospace;color:#475467}td.x{font-size:13px;color:#344054}mark{background:#fee4e2;padding:0 1px}
.sev-warning mark{background:#fef0c7}.sev-info mark{background:#d1e9ff}@media print{body{margin:0}a{color:inherit}}`;

/** The findings as a self-contained HTML page: counts, and a table with the text around each finding. */
export function findingsHtml(result: LintResult, fileName: string, format: InputFormat, rules: Record<string, Rule<any>>, lang: Lang, t: Texts): string {
  const view = displayMap(result.source ?? '', format);
  const rows = result.messages.map((m) => {
    const name = severityName(m.severity);
    const title = esc(ruleTitle(rules, m.ruleId, lang, t));
    const rule = m.ruleId ? `<a href="${esc(ruleUrl(m.ruleId))}">${title}</a><br><code>${esc(m.ruleId)}</code>` : title;
    const [start, end] = m.range ?? [0, 0];
    return `<tr class="sev-${name}"><td class="sev">${esc(t.severity[m.severity])}</td><td>${esc(placeOf(m, lang, t))}</td><td>${rule}</td><td>${esc(m.message)}</td><td class="x">${excerpt(view, start, end)}</td></tr>`;
  });
  const counts = `${t.severity[2]} ${result.errorCount} · ${t.severity[1]} ${result.warningCount} · ${t.severity[3]} ${result.infoCount}`;
  const head = t.findingsHead.map((c) => `<th>${esc(c)}</th>`).join('');
  return `<!doctype html>
<html lang="${localeOf(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(t.exportTitle(fileName))}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(t.exportTitle(fileName))}</h1>
<p class="meta">${esc(t.exportedAt)} ${esc(new Date().toLocaleString(pick({ zh: 'zh-CN', en: 'en-GB' }, localeOf(lang))))} · ${esc(counts)}</p>
${rows.length ? `<table><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>` : `<p>${esc(t.noFindings)}</p>`}
</body>
</html>
`;
}

/** Up to 24 characters of readable text on each side of [start, end), on the same line, the span marked. */
function excerpt(view: { text: string; at(offset: number): number }, start: number, end: number): string {
  const q = quoteAt(view, start, end);
  return `${q.cutBefore ? '…' : ''}${esc(q.before)}<mark>${esc(q.marked)}</mark>${esc(q.after)}${q.cutAfter ? '…' : ''}`;
}
