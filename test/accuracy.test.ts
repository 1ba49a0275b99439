/**
 * The accuracy lab in the test suite: its own parts (the truth keeps the
 * template's identities, renderings put every place where they say, the
 * guard catches a fall) and the guard run — a small fixed-seed run whose
 * figures may not fall below accuracy/baseline.json.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../accuracy/prng.js';
import { drawPrevious, drawReport } from '../accuracy/truth/report.js';
import { applicationRows, outcomeRows } from '../accuracy/truth/tables.js';
import { sentenceText, type ReportTruth } from '../accuracy/truth/types.js';
import { activeLayouts, runCases } from '../accuracy/lab.js';
import { joinPieces } from '../accuracy/layouts/types.js';
import { LAYOUTS } from '../accuracy/layouts/index.js';
import { INJECTORS, PAIR_INJECTORS } from '../accuracy/injectors/index.js';
import { findSlot } from '../accuracy/injectors/types.js';
import { Tally } from '../accuracy/measure.js';
import { prepare, ruleIds } from '../accuracy/product.js';
import { figures, GUARD, guardLayouts, readBaseline, regressions, type Figures } from '../accuracy/guard.js';

const reports = (n: number, gen: '2021' | '2019' | 'pre2019') => Array.from({ length: n }, (_, i) => drawReport(new Rng(`test:${gen}:${i}`), `t${i}`, gen));
const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

describe('accuracy lab: the truth', () => {
  it('keeps every identity of table 三 and 四 (2021 and 2019 trial)', () => {
    for (const gen of ['2021', '2019'] as const) {
      for (const r of reports(40, gen)) {
        const a = r.tables.applications!;
        expect(Object.keys(a)).toEqual(applicationRows(gen));
        for (let c = 0; c < 7; c++) {
          expect(a.new![c]! + a.carried_over![c]!).toBe(a.total![c]! + a.carried_forward![c]!);
          expect(sum(outcomeRows(gen).map((k) => a[k]![c]!))).toBe(a.total![c]);
        }
        for (const row of Object.values(a)) expect(sum(row.slice(0, 6))).toBe(row[6]);
        for (const g of Object.values(r.tables.review!)) expect(sum(g.slice(0, 4))).toBe(g[4]);
      }
    }
  });

  it('keeps the 附表 identities in both columns (pre-2019)', () => {
    for (const r of reports(40, 'pre2019')) {
      const rows = r.tables.legacy!.rows;
      for (const j of [0, 1]) {
        const v = (i: number) => rows[i]!.cells[j]!;
        expect(v(0)).toBe(v(1) + v(2));
        expect(v(3)).toBe(v(4) + v(5) + v(6));
        expect(v(7)).toBe(v(8) + v(9) + v(10) + v(11));
      }
      for (const row of rows) expect(row.cells[1]!).toBeGreaterThanOrEqual(row.cells[0]!);
    }
  });

  it('states in the prose the figures of its tables', () => {
    for (const r of reports(20, '2021')) {
      const figure = (name: string) => findSlot(r, name)?.slot.text;
      const a = r.tables.applications!;
      if (a.new![6]) expect(figure('apps_new')).toBe(String(a.new![6]));
      if (a.new![6]) expect(figure('apps_handled')).toBe(String(a.total![6]));
      expect(figure('normative_issued')).toBe(String(r.tables.active![0]!.rows[1]!.cells[0]));
      expect([figure('period_start'), figure('period_end')]).toEqual([`${r.year}年1月1日`, `${r.year}年12月31日`]);
      const parts = [0, 1, 2].map((i) => Number(figure(`active_part_${i}`)));
      expect(parts.reduce((x, y) => x + y, 0)).toBe(Number(figure('active_total')));
      const text = r.doc.blocks.flatMap((b) => (b.kind === 'para' ? b.sentences.map(sentenceText) : [])).join('');
      expect(text).toContain(`统计期限`);
    }
  });

  it('is the same for the same seed and different for another', () => {
    const a = drawReport(new Rng('s:1'), 'x', '2021');
    expect(drawReport(new Rng('s:1'), 'x', '2021')).toEqual(a);
    expect(drawReport(new Rng('s:2'), 'x', '2021')).not.toEqual(a);
  });
});

describe('accuracy lab: renderings and injectors', () => {
  const truth: ReportTruth = drawReport(new Rng('render'), 'x', '2021');
  const values = new Map<string, string>();
  for (const b of truth.doc.blocks) if (b.kind === 'table') for (const row of b.rows) for (const c of row) if (c.id) values.set(c.id, c.text);

  it('every text layout puts each table value where its span says', async () => {
    for (const layout of LAYOUTS) {
      if (layout.batch) continue; // PDF printing: test/accuracy-pdf.test.ts
      const draft = await layout.render(truth, new Rng('r'));
      if (draft.kind !== 'text' || layout.name === 'traditional') continue;
      const { text, spans } = joinPieces(draft.pieces);
      let seen = 0;
      for (const [id, value] of values) {
        const span = spans.get(id);
        if (!span) continue;
        seen++;
        const shown = text.slice(...span);
        expect(shown === value || (shown === '&nbsp;' && value === '0'), `${layout.name} ${id}: ${shown} ≠ ${value}`).toBe(true);
      }
      expect(seen, layout.name).toBeGreaterThan(layout.name === 'excerpt' ? 0 : values.size - 1);
    }
  });

  it('every injector names a rule of the product and a place in the report', () => {
    const drawn = { '2021': reports(12, '2021'), '2019': reports(12, '2019'), pre2019: reports(12, 'pre2019') };
    for (const injector of INJECTORS) {
      expect(ruleIds).toContain(injector.rule);
      let placed = false;
      for (const gen of injector.generations ?? ['2021', '2019', 'pre2019'] as const) {
        for (const [i, base] of drawn[gen].entries()) {
          const copy = structuredClone(base);
          const injection = injector.inject(copy, new Rng(`inj:${i}`));
          if (!injection) continue;
          expect(copy, injector.name).not.toEqual(base);
          expect(injection.places.length).toBeGreaterThan(0);
          placed = true;
        }
      }
      expect(placed, injector.name).toBe(true);
    }
  });
});

describe('accuracy lab: pairs of reports', () => {
  it('draws last year\'s report of the same agency, carrying forward what this year carries over', () => {
    for (const [i, r] of reports(20, '2021').entries()) {
      const prev = drawPrevious(new Rng(`prev:${i}`), 'p', r);
      expect(prev.agency).toEqual(r.agency);
      expect(prev.year).toBe(r.year - 1);
      expect(prev.tables.applications!.carried_forward).toEqual(r.tables.applications!.carried_over);
      const a = prev.tables.applications!;
      for (let c = 0; c < 7; c++) expect(a.new![c]! + a.carried_over![c]!).toBe(a.total![c]! + a.carried_forward![c]!);
    }
  });

  it('every pair injector names a rule of the product and changes this year\'s report', () => {
    for (const injector of PAIR_INJECTORS) {
      expect(ruleIds).toContain(injector.rule);
      const r = reports(1, '2021')[0]!;
      const prev = drawPrevious(new Rng('prev'), 'p', r);
      const copy = structuredClone(r);
      const injection = injector.inject(copy, prev, new Rng('pair'));
      expect(injection, injector.name).not.toBeNull();
      expect(copy).not.toEqual(r);
    }
  });
});

describe('accuracy lab: the guard', () => {
  const base: Figures = { seed: 1, count: 1, layouts: { a: { exact: 90, uncertain: 10, wrong: 0, missed: 0, falsePer100: 5, recall: 80 } }, rules: { 'table-sum': 50 } };

  it('catches a fall in every figure, and a wrong-and-certain cell once they reached 0', () => {
    expect(regressions(base, base)).toEqual([]);
    const worse = (patch: Partial<Figures['layouts'][string]>) => ({ ...base, layouts: { a: { ...base.layouts.a!, ...patch } } });
    expect(regressions(worse({ exact: 89, uncertain: 11 }), base)).toHaveLength(1);
    expect(regressions(worse({ wrong: 1 }), base)[0]).toMatch(/may never rise again/);
    expect(regressions(worse({ falsePer100: 6 }), base)).toHaveLength(1);
    expect(regressions(worse({ recall: 79 }), base)).toHaveLength(1);
    expect(regressions({ ...base, rules: { 'table-sum': 40 } }, base)).toHaveLength(1);
    expect(regressions(worse({ exact: 95, uncertain: 5, falsePer100: 0, recall: 90 }), base)).toEqual([]);
  });

  let now: Figures;
  beforeAll(async () => {
    await prepare();
    // Not the PDF layouts: the suite needs neither LibreOffice nor Chromium, and gives the same figures everywhere.
    const { layouts, skipped } = await activeLayouts(guardLayouts());
    const tally = new Tally(GUARD.seed, GUARD.count, skipped, layouts.map((l) => l.name));
    await runCases({ seed: GUARD.seed, count: GUARD.count, onCase: (c) => tally.add(c) }, layouts);
    now = figures(tally.finish(0));
  }, 60_000);

  it(`the fixed-seed run (seed ${GUARD.seed}, ${GUARD.count} reports) does not fall below accuracy/baseline.json`, () => {
    const baseline = readBaseline();
    expect(baseline.seed).toBe(GUARD.seed);
    expect(regressions(now, baseline)).toEqual([]);
  });
});
