/** Table defects: a broken 勾稽 column, a mistyped cell, totals that are not the sum of their parts, a shifted 总计 row, bad cell values, impossible values, renamed labels, a missing table or section. */
import type { Rng } from '../prng.js';
import type { TableBlock } from '../truth/types.js';
import { cellById, headingById, num, setCell, tableOf, type Injector } from './types.js';

const COLS = ['natural', 'commercial', 'research', 'public_interest', 'legal', 'other'];
const app = (row: string, col: string) => `applications:${row}:${col}`;

export const brokenBalance: Injector = {
  name: 'broken-balance',
  rule: 'application-balance',
  generations: ['2021', '2019'],
  inject(truth, rng) {
    const col = rng.pick(COLS);
    const k = rng.int(1, 3);
    for (const id of [app('carried_forward', col), app('carried_forward', 'total')]) setCell(truth, id, String(num(cellById(truth, id)) + k));
    return { note: `结转下年度 (${col}) raised by ${k}: 本年新收 + 上年结转 ≠ （七）总计 + 结转`, places: ['new', 'carried_over', 'total', 'carried_forward'].map((r) => app(r, col)) };
  },
};

/** A value written for another: a few more or a few less (never below 0). */
function mistype(value: number, rng: Rng): number {
  const k = rng.int(1, 5);
  return value >= k && rng.int(0, 1) === 0 ? value - k : value + k;
}

export const mistypedCell: Injector = {
  name: 'mistyped-cell',
  rule: 'table-sum',
  generations: ['2021', '2019'],
  inject(truth, rng) {
    const table = tableOf(truth, 'applications');
    const ids = (table?.rows ?? []).flat().flatMap((c) => (c.role === 'value' && c.id ? [c.id] : []));
    if (!ids.length) return null;
    const id = rng.pick(ids);
    const [, row, col] = id.split(':') as [string, string, string];
    const before = num(cellById(truth, id));
    const after = mistype(before, rng);
    setCell(truth, id, String(after));
    // Every identity through the cell breaks: the row's 总计, the column's （七）总计, the column's 勾稽关系. The finding
    // belongs at the cell; one at the total of a broken identity is still about it (recall), but only the cell is a landing.
    const totals = [app(row, 'total'), app('total', col)];
    return { note: `${row} × ${col} mistyped: ${before} written ${after}`, places: [id, ...totals.filter((t) => t !== id)], cell: id };
  },
};

export const shiftedTotal: Injector = {
  name: 'shifted-total-row',
  rule: 'table-sum',
  generations: ['2021', '2019'],
  inject(truth) {
    const values = COLS.map((c) => num(cellById(truth, app('total', c))));
    const firstNonZero = values.findIndex((v) => v > 0);
    if (firstNonZero < 0 || firstNonZero === 5) return null;
    const shifted = [0, ...values.slice(0, 5)];
    if (values[5]! > 0) return null;
    COLS.forEach((c, i) => setCell(truth, app('total', c), String(shifted[i])));
    return { note: '（七）总计 row moved one column to the right (seed 001)', places: COLS.map((c) => app('total', c)) };
  },
};

export const reviewTotal: Injector = {
  name: 'review-total-off',
  rule: 'table-sum',
  generations: ['2021', '2019'],
  inject(truth, rng) {
    const g = rng.pick(['review', 'litigation_direct', 'litigation_after_review']);
    const id = `review:${g}:total`;
    setCell(truth, id, String(num(cellById(truth, id)) + rng.int(1, 3)));
    return { note: `table 四 ${g} 总计 raised`, places: ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `review:${g}:${c}`), cell: id };
  },
};

export const legacyTotal: Injector = {
  name: 'legacy-total-off',
  rule: 'table-sum',
  generations: ['pre2019'],
  inject(truth, rng) {
    const row = rng.pick([0, 3, 7]);
    const col = rng.int(0, 1);
    const id = `legacy:${row}:${col}`;
    setCell(truth, id, String(num(cellById(truth, id)) + rng.int(1, 5)));
    return { note: `附表 row ${row} column ${col} raised: no longer the sum of its 其中 rows`, places: [id], cell: id };
  },
};

export const badCell: Injector = {
  name: 'bad-cell-value',
  rule: 'cell-value',
  generations: ['2021', '2019'],
  inject(truth, rng) {
    const row = rng.pick(['granted', 'partial', 'unable_1', 'new', 'carried_forward']);
    const id = app(row, rng.pick(COLS));
    const v = num(cellById(truth, id));
    const text = rng.pick([`-${Math.max(1, v)}`, `${v}.5`]);
    setCell(truth, id, text);
    return { note: `count cell written as ${text}`, places: [id] };
  },
};

export const impossible: Injector = {
  name: 'impossible-value',
  rule: 'impossible-value',
  generations: ['2021', '2019'],
  inject(truth, rng) {
    if (truth.agency.level === 'town' || truth.agency.level === 'street') {
      const ids = [0, 2].map((i) => `active.1:rules:${i}`);
      const n = rng.int(1, 3);
      ids.forEach((id) => setCell(truth, id, String(n)));
      return { note: `a ${truth.agency.level} reports ${n} 规章 made`, places: ids };
    }
    if (truth.generation !== '2019') return null;
    const total = num(cellById(truth, 'active.1:normative:2'));
    // 本年新公开数量 or 本年新制作数量 above the total (a new one raises 本年新公开 with it, as it is published).
    const made = rng.chance(0.5);
    const id = made ? 'active.1:normative:0' : 'active.1:normative:1';
    const value = total + rng.int(1, 5);
    setCell(truth, id, String(value));
    if (made && num(cellById(truth, 'active.1:normative:1')) > total) setCell(truth, 'active.1:normative:1', String(total));
    return { note: `${made ? '本年新制作数量' : '本年新公开数量'} greater than 对外公开总数量`, places: [id, 'active.1:normative:2'] };
  },
};

export const renamedLabel: Injector = {
  name: 'trial-label-in-2021',
  rule: 'template-version',
  generations: ['2021'],
  inject(truth) {
    const t = tableOf(truth, 'active')!;
    for (const row of t.rows) {
      const label = row[0]!;
      if (label.text === '行政规范性文件') {
        label.text = '规范性文件';
        label.id = 'label.normative';
        return { note: '2021 table with the trial label 规范性文件', places: ['label.normative'] };
      }
    }
    return null;
  },
};

/** Template labels as offices misspell them: one character wrong. */
const MISSPELLINGS: Record<string, string> = {
  行政事业性收费: '行政事业型收费', 行政处罚: '行政处法', 政府集中采购: '政府集中采够', 现行有效件数: '现行有效件娄',
  结果维持: '结果维护', 尚未审结: '尚未审决', 复议后起诉: '复议后起拆',
};

export const misspeltLabel: Injector = {
  name: 'misspelt-label',
  rule: 'template-version',
  generations: ['2019', '2021'],
  inject(truth, rng) {
    const cells = ['active', 'review'].flatMap((id) => tableOf(truth, id)?.rows.flat() ?? []).filter((c) => c.role !== 'value' && MISSPELLINGS[c.text]);
    const cell = rng.pick(cells);
    if (!cell) return null;
    const was = cell.text;
    cell.text = MISSPELLINGS[was]!;
    cell.id = 'label.misspelt';
    return { note: `the template label ${was} written ${cell.text}`, places: ['label.misspelt'] };
  },
};

/** The section heading ids around a table. */
const headingAfter = (truth: Parameters<Injector['inject']>[0], table: TableBlock) => {
  const blocks = truth.doc.blocks;
  const at = blocks.indexOf(table);
  const before = blocks.slice(0, at).reverse().find((b) => b.kind === 'heading');
  const after = blocks.slice(at + 1).find((b) => b.kind === 'heading');
  return [before?.id, after?.id].filter((x): x is string => !!x);
};

export const missingTable: Injector = {
  name: 'missing-table',
  rule: 'required-tables',
  generations: ['2021', '2019'],
  inject(truth, rng) {
    const t = tableOf(truth, rng.pick(['applications', 'review']))!;
    const places = headingAfter(truth, t);
    truth.doc.blocks.splice(truth.doc.blocks.indexOf(t), 1);
    return { note: `table ${t.id} removed, its heading kept`, places };
  },
};

export const missingSection: Injector = {
  name: 'missing-section',
  rule: 'required-sections',
  generations: ['2021', '2019'],
  inject(truth, rng) {
    const n = rng.pick([4, 5, 6]);
    const blocks = truth.doc.blocks;
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.id === `h.${n}`);
    if (at < 0) return null;
    const end = blocks.findIndex((b, i) => i > at && ((b.kind === 'heading' && b.level === 1) || (b.kind === 'para' && b.role)));
    blocks.splice(at, (end < 0 ? blocks.length : end) - at);
    const next = headingById(truth, `h.${n + 1}`);
    // A missing last section is reported at the end: the signature lines, or the last paragraph.
    const tail = blocks.filter((b) => b.kind === 'para').slice(-3).map((b) => b.id);
    return { note: `section ${n} removed with its content`, places: next ? [next.id] : tail };
  },
};
