/**
 * The 表格 view: the standard tables of the report (表二 主动公开, 表三
 * 依申请公开, 表四 复议诉讼, or a pre-2019 附表) drawn as real tables from the
 * extract record, with every cell that takes part in a finding marked. The
 * values come from extractRecord; the model's cells give the source offsets
 * that are compared with the findings' places.
 */
import type { Cell } from '../ast/types.js';
import type { ExtractCell, ExtractRecord } from '../extract/record.js';
import { applicationRowKeys, cellValue, REVIEW_GROUPS } from '../extract/record.js';
import { COLUMN_NAMES, REVIEW_COLUMN_NAMES, REVIEW_GROUP_NAMES, rowName } from '../model/labels.js';
import type { CellRef, ReportModel } from '../model/types.js';
import { APPLICATION_COLUMNS } from '../model/types.js';
import { APPLICATION_ROW_WORDS } from '../extract/words.js';
import type { SeverityNumber } from '../results.js';
import { h, type Child } from './dom.js';
import { localeOf, severityName, type Lang, type Texts } from './i18n.js';
import { pick } from '../i18n.js';

/** The findings (indices and severities) whose places overlap [start, end) of the source. */
export type Involved = (start: number, end: number) => { index: number; severity: SeverityNumber; title: string }[];

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const RANK: Record<SeverityNumber, number> = { 2: 3, 1: 2, 3: 1 };

/** Draws the tables of a report. */
export function renderTables(record: ExtractRecord, model: ReportModel, involved: Involved, lang: Lang, t: Texts): HTMLElement {
  const cell = cellMaker(involved);
  const root = h('div', { class: 'tables', 'data-testid': 'tables' }, h('p', { class: 'muted' }, t.tableHint));
  const { active, applications, review } = record.tables;

  if (active && model.active) {
    const section = h('section', { class: 'table-block' }, h('h3', {}, t.table2));
    active.forEach((item, i) => {
      const items = model.active!.items[i];
      const head = h('tr', {}, h('th', {}, t.content), ...item.header.map((label) => h('th', {}, label)));
      const rows = item.rows.map((row, r) =>
        h('tr', {}, cell('th', row.label, items?.rows[r]?.label, { 'data-row': row.key }), ...row.cells.map((v, c) => cell('td', v, items?.rows[r]?.cells[c], { 'data-row': row.key, 'data-col': c }))),
      );
      section.append(h('table', { class: 'grid', 'data-testid': `table-2-${item.item}` }, h('caption', {}, t.item(pick({ zh: NUMERALS[item.item] ?? String(item.item), en: String(item.item) }, localeOf(lang)))), h('thead', {}, head), h('tbody', {}, ...rows)));
    });
    root.append(section);
  }

  const apps = model.applications;
  if (applications && apps) {
    const variant = apps.variant ?? (model.generation === '2021' ? '2021' : '2019');
    const names = APPLICATION_COLUMNS.map((c) => COLUMN_NAMES[c][lang]);
    const head = [
      h('tr', {}, h('th', { rowspan: 2 }, ''), h('th', { rowspan: 2 }, names[0]), h('th', { colspan: 5 }, t.legalPerson), h('th', { rowspan: 2 }, names[6])),
      h('tr', {}, ...names.slice(1, 6).map((n) => h('th', {}, n))),
    ];
    // Rows in the template's own words, under its group rows (三、本年度办理结果, （三）不予公开 …); English names in English.
    const rows: HTMLElement[] = [];
    const emitted = new Set<string>();
    for (const key of applicationRowKeys(variant)) {
      const words = APPLICATION_ROW_WORDS[key];
      const groups = !words?.group ? [] : /^（[三四五六]）/.test(words.group) ? ['三、本年度办理结果', words.group] : [words.group];
      for (const g of groups.filter((x) => !emitted.has(x))) {
        emitted.add(g);
        if (lang === 'zh') rows.push(h('tr', { class: 'group-row' }, h('th', { colspan: 8 }, g)));
      }
      const row = apps.rows.get(key);
      const name = lang === 'zh' && words ? words.label : rowName(key)[lang];
      rows.push(
        h('tr', { class: words?.group ? 'in-group' : undefined },
          cell('th', name, row?.label, { 'data-row': key, title: row?.label.value.replace(/\s+/g, '') }),
          ...APPLICATION_COLUMNS.map((col, c) => cell('td', applications.rows[key]?.[c] ?? null, apps.get(key, col), { 'data-row': key, 'data-col': col })),
        ),
      );
    }
    root.append(h('section', { class: 'table-block' }, h('h3', {}, t.table3), h('table', { class: 'grid wide', 'data-testid': 'table-3' }, h('thead', {}, ...head), h('tbody', {}, ...rows))));
  }

  if (review && model.review) {
    const groups = REVIEW_GROUPS.map((g) => ({ key: g, refs: model.review!.groups.find((x) => x.key === g)?.cells ?? [] }));
    const head = [
      h('tr', {}, h('th', { colspan: 5, rowspan: 2 }, t.reviewHead), h('th', { colspan: 10 }, t.litigationHead)),
      h('tr', {}, h('th', { colspan: 5 }, REVIEW_GROUP_NAMES.litigation_direct[lang]), h('th', { colspan: 5 }, REVIEW_GROUP_NAMES.litigation_after_review[lang])),
      h('tr', {}, ...groups.flatMap(() => REVIEW_COLUMN_NAMES.map((n) => h('th', {}, n[lang])))),
    ];
    const values = h('tr', {}, ...groups.flatMap(({ key, refs }) => review[key].map((v, c) => cell('td', v, refs[c], { 'data-row': key, 'data-col': c }))));
    root.append(h('section', { class: 'table-block' }, h('h3', {}, t.table4), h('table', { class: 'grid wide', 'data-testid': 'table-4' }, h('thead', {}, ...head), h('tbody', {}, values))));
  }

  for (const [i, table] of model.legacy.entries()) {
    const hasUnit = table.rows.some((r) => r.unit);
    const head = h('tr', {}, h('th', {}, t.label), hasUnit ? h('th', {}, t.unit) : null, ...table.columns.map((c) => h('th', {}, c)));
    const rows = table.rows.map((r) =>
      h('tr', {}, cell('th', r.label.value.replace(/\s+/g, ''), r.label, {}), hasUnit ? cell('td', r.unit?.value.trim() ?? '', r.unit, {}) : null, ...r.cells.map((ref, c) => cell('td', cellValue(ref), ref, { 'data-col': c }))),
    );
    root.append(h('section', { class: 'table-block' }, h('h3', {}, t.tableLegacy), h('table', { class: 'grid', 'data-testid': `table-legacy-${i + 1}` }, h('thead', {}, head), h('tbody', {}, ...rows))));
  }

  if (root.childElementCount === 1) root.append(h('p', { class: 'all-clear' }, t.tablesNone));
  return root;
}

/** Makes table cells: the value as text, marked (and clickable) when a finding involves the cell. */
function cellMaker(involved: Involved) {
  return (tag: 'td' | 'th', value: ExtractCell | Child, source: CellRef | Cell | undefined | null, attributes: Record<string, string | number | undefined>) => {
    const node = source && 'type' in source ? source : source?.cell;
    const pos = node?.position;
    const found = pos && pos.start.offset !== undefined && pos.end.offset !== undefined ? involved(pos.start.offset, pos.end.offset) : [];
    const blank = value === null || value === '';
    const el = h(tag, { ...attributes, class: [blank ? 'blank' : '', typeof value === 'number' ? 'num' : ''].filter(Boolean).join(' ') || undefined }, blank ? '' : (value as Child));
    if (found.length) {
      const worst = found.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
      el.classList.add('hl', `hl-${severityName(worst.severity)}`);
      el.dataset.findings = found.map((f) => f.index).join(' ');
      el.title = found.map((f) => f.title).join('\n');
      el.tabIndex = 0;
    }
    return el;
  };
}
