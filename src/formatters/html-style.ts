/**
 * The inline stylesheet of the html format: a constant, no report data is
 * ever put into it. The page script is in html-script.ts.
 */

/** The page's CSS: screen layout, severity colours, filters, collapsible sections, and the print layout (A4, a page per report with findings). */
export const CSS = `
:root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#f5f6f8;--card:#fff;--accent:#1d4e89;
--error:#b42318;--error-bg:#fdecea;--warning:#b54708;--warning-bg:#fef4e6;--info:#175cd3;--info-bg:#eaf2fd;--ok:#067647}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.6 "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",system-ui,-apple-system,"Segoe UI",sans-serif}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
code,pre,.mono{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Noto Sans Mono CJK SC","Noto Sans CJK SC",monospace}
main{max-width:1180px;margin:0 auto;padding:0 24px 48px}
header.page{background:var(--accent);color:#fff;padding:28px 0 72px}
header.page .inner{max-width:1180px;margin:0 auto;padding:0 24px}
header.page h1{margin:0;font-size:24px;font-weight:600;letter-spacing:.02em}
header.page p{margin:6px 0 0;opacity:.8;font-size:13px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:-52px 0 24px}
.card{background:var(--card);border-radius:8px;padding:14px 18px;box-shadow:0 1px 3px rgba(16,24,40,.12)}
.card .n{font-size:28px;font-weight:600;line-height:1.2;font-variant-numeric:tabular-nums}
.card .l{color:var(--muted);font-size:13px}
.card.error .n{color:var(--error)}.card.warning .n{color:var(--warning)}.card.info .n{color:var(--info)}
.panel{background:var(--card);border-radius:8px;box-shadow:0 1px 3px rgba(16,24,40,.12);padding:18px 22px;margin-bottom:24px}
h2{font-size:17px;margin:0 0 12px;font-weight:600}
.hint{color:var(--muted);font-size:12px;font-weight:400;margin-left:8px}
svg.chart{display:block;width:100%;height:auto}
svg.chart text{font-size:12px;fill:var(--ink)}
svg.chart .id{font-family:ui-monospace,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace}
svg.chart .t,svg.chart .tick{fill:var(--muted)}
svg.chart .grid{stroke:var(--line)}
.legend{display:flex;gap:16px;font-size:12px;color:var(--muted);margin-top:6px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.table-wrap{overflow-x:auto}
table.reports{width:100%;border-collapse:collapse;font-size:13px}
table.reports th,table.reports td{padding:7px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
table.reports th{background:#f9fafb;color:var(--muted);font-weight:600;white-space:nowrap;position:sticky;top:0}
table.reports td.num,table.reports th.num{text-align:right;font-variant-numeric:tabular-nums}
table.reports tbody tr:hover{background:#f9fafb}
table.reports td.name{min-width:180px;max-width:300px}
table.reports td.name a{display:block}
table.reports td.name .agency{display:block;color:var(--ink);font-weight:600}
table.reports td.name .agency.none{color:var(--muted);font-weight:400}
table.reports td.name .path{display:block;color:var(--muted);font-size:11.5px;word-break:break-all;font-family:ui-monospace,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace}
table.reports td:nth-child(2),table.reports td:nth-child(3){white-space:nowrap}
table.reports td.worst{min-width:280px}
table.reports td.worst a{color:var(--ink);display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}
table.reports td.worst .sev{float:left;margin:1px 8px 0 0}
td.zero{color:#c0c4cc}
button.sort{all:unset;cursor:pointer;display:inline-flex;align-items:center;gap:4px}
button.sort:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
button.sort::after{content:"↕";font-size:11px;opacity:.35}
th[aria-sort=ascending] button.sort::after{content:"▲";opacity:.8}
th[aria-sort=descending] button.sort::after{content:"▼";opacity:.8}
.sev{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600;line-height:20px;white-space:nowrap}
.sev.error{color:var(--error);background:var(--error-bg)}.sev.warning{color:var(--warning);background:var(--warning-bg)}.sev.info{color:var(--info);background:var(--info-bg)}
.ok{color:var(--ok)}
details.report{background:var(--card);border-radius:8px;box-shadow:0 1px 3px rgba(16,24,40,.12);padding:12px 22px;margin-bottom:10px;scroll-margin-top:12px}
details.report:target{box-shadow:0 0 0 2px var(--accent)}
details.report>summary{cursor:pointer;display:flex;flex-wrap:wrap;align-items:center;gap:10px;list-style:none}
details.report>summary::-webkit-details-marker{display:none}
details.report>summary::before{content:"▸";color:var(--muted);width:1em}
details.report[open]>summary::before{content:"▾"}
details.report>summary .heading{font-size:16px;font-weight:600}
details.report[open]>summary{margin-bottom:4px}
details.version{margin:6px 0;padding:4px 10px;border:1px solid var(--line);border-radius:6px}
details.version>summary{cursor:pointer;font-size:13px}
.versions{margin-top:10px}
.versions .hint{margin:0 0 4px}
form.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:0 0 12px}
form.filters input,form.filters select,form.filters button,.toggles button,p.more button{font:inherit;font-size:13px;padding:5px 8px;border:1px solid var(--line);border-radius:6px;background:#fff;color:var(--ink)}
form.filters input{flex:1 1 240px;min-width:200px}
form.filters select{max-width:220px}
form.filters button,.toggles button,p.more button{cursor:pointer}
form.filters output{color:var(--muted);font-size:12px;margin-left:auto}
#reports-table .table-wrap{max-height:70vh;overflow:auto}
.toggles{margin-left:12px;display:inline-flex;gap:6px;vertical-align:middle}
h2.details{display:flex;align-items:center}
p.more{text-align:center}
.panel.data a{font-weight:600;margin-right:8px}
details.panel>summary{cursor:pointer;list-style:none}
details.panel>summary h2{display:inline;margin:0}
details.panel[open]>summary{margin-bottom:12px}
table.history{border-collapse:collapse;font-size:12.5px;width:100%}
table.history th,table.history td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
table.history thead th{background:#f9fafb;color:var(--muted);position:sticky;top:0}
table.history td.none{color:#c0c4cc}
.chips{display:flex;flex-wrap:wrap;gap:3px;margin-top:3px}
.chip{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11px;background:#f2f4f7;border-radius:3px;padding:0 4px}
ul.not-reports{margin:0;padding-left:18px;font-size:13px}
.meta{color:var(--muted);font-size:12px;margin:2px 0 10px;word-break:break-all}
.meta span+span::before{content:" · "}
.counts{display:inline-flex;gap:6px;align-items:center}
.toplink{float:right;font-size:12px}
ol.findings{list-style:none;margin:0;padding:0}
li.finding{border-top:1px solid var(--line);padding:10px 0;scroll-margin-top:12px}
li.finding:target{background:#fffbe6}
.fhead{display:flex;flex-wrap:wrap;gap:8px;align-items:baseline}
.pos{color:var(--muted);font-size:12px}
.rule{font-size:12px}
.rule .title{color:var(--muted);margin-left:4px}
.fixable{font-size:11px;color:var(--ok);border:1px solid #abefc6;border-radius:4px;padding:0 4px}
.msg{margin:4px 0 6px;white-space:pre-wrap;word-break:break-word}
pre.frame{margin:4px 0 0;padding:6px 10px;background:#f8fafc;border:1px solid var(--line);border-radius:6px;font-size:12.5px;line-height:1.7;overflow-x:auto;white-space:pre}
pre.frame .ln{display:inline-block;min-width:3.5em;padding-right:10px;margin-right:10px;border-right:1px solid var(--line);color:#9ca3af;text-align:right;user-select:none}
pre.frame mark{background:var(--error-bg);color:inherit;border-bottom:2px solid var(--error);border-radius:2px}
li.warning pre.frame mark{background:var(--warning-bg);border-color:var(--warning)}
li.info pre.frame mark{background:var(--info-bg);border-color:var(--info)}
ul.related{margin:6px 0 0;padding-left:18px;font-size:12.5px;color:var(--muted)}
ul.related pre.frame{font-size:12px}
p.clean{margin:0;color:var(--ok)}
footer{color:var(--muted);font-size:12px;text-align:center;margin-top:24px}
@page{size:A4;margin:14mm 12mm}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{background:#fff;font-size:10pt}
header.page{background:#fff;color:var(--ink);padding:0 0 8px;border-bottom:2px solid var(--accent)}
header.page .inner,main{max-width:none;padding:0}
.cards{margin:12px 0;grid-template-columns:repeat(6,1fr)}
.card,.panel,details.report{box-shadow:none;border:1px solid var(--line)}
button.sort::after,.toplink,.hint,form.filters,.toggles,p.more{display:none}
details.report>summary::before{content:none}
#reports-table .table-wrap{max-height:none;overflow:visible}
th{position:static}
thead{display:table-header-group}
tr,li.finding,pre.frame,svg.chart{break-inside:avoid}
details.report.has-findings{break-before:page}
pre.frame{white-space:pre-wrap;word-break:break-all}
a{color:inherit}
}
`;
