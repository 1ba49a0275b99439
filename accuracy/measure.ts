/**
 * Adding up the outcomes: extraction per layout × generation, findings on
 * clean renderings per layout and per rule, recall per rule and per layout,
 * and the failure classes behind them; printed as tables and kept as JSON.
 */
import type { CaseOutcome } from './lab.js';

export interface CellCounts {
  exact: number;
  uncertain: number;
  wrong: number;
  missed: number;
}

export interface ExtractionRow extends CellCounts {
  renderings: number;
  metaOk: number;
  metaTotal: number;
  crashes: number;
}

export interface RecallCounts {
  injected: number;
  hit: number;
  wrongPlace: number;
  missed: number;
  notRendered: number;
}

/** Single-cell defects: rendered, reported by the arithmetic rules at all, reported at the injected cell, named at least as a related place. */
export interface LandingCounts {
  injected: number;
  detected: number;
  landed: number;
  named: number;
}

export interface Results {
  seed: number;
  count: number;
  renderings: number;
  seconds: number;
  skippedLayouts: Record<string, string>;
  /** layout → generation → counts. */
  extraction: Record<string, Record<string, ExtractionRow>>;
  /** layout → clean renderings and false findings by rule. */
  precision: Record<string, { renderings: number; findings: Record<string, number>; expected: Record<string, number>; ms: number }>;
  /** rule → layout → counts. */
  recall: Record<string, Record<string, RecallCounts>>;
  /** injector → layout → single-cell defects and where their findings landed. */
  landing: Record<string, Record<string, LandingCounts>>;
  /** layout → clean pairs (a report with last year's) and their cross-report findings by rule. */
  pairs: Record<string, { pairs: number; findings: Record<string, number> }>;
  /** The most frequent failure classes: description → count. */
  failures: Record<string, number>;
  slowest: { filePath: string; ms: number }[];
}

const emptyRecall = (): RecallCounts => ({ injected: 0, hit: 0, wrongPlace: 0, missed: 0, notRendered: 0 });

/** Collects outcomes into Results. */
export class Tally {
  readonly results: Results;

  constructor(seed: number, count: number, skipped: Record<string, string>, layouts: string[]) {
    this.results = { seed, count, renderings: 0, seconds: 0, skippedLayouts: skipped, extraction: {}, precision: {}, recall: {}, landing: {}, pairs: {}, failures: {}, slowest: [] };
    // Layouts in registry order (the tables follow it whatever order the outcomes come in).
    for (const name of layouts) {
      this.results.extraction[name] = {};
      this.results.precision[name] = { renderings: 0, findings: {}, expected: {}, ms: 0 };
    }
  }

  private fail(key: string, n = 1): void {
    this.results.failures[key] = (this.results.failures[key] ?? 0) + n;
  }

  add(c: CaseOutcome): void {
    const r = this.results;
    r.renderings++;
    r.slowest.push({ filePath: c.rendered.filePath, ms: Math.round(c.reading.ms) });
    if (r.slowest.length > 20) r.slowest = r.slowest.sort((a, b) => b.ms - a.ms).slice(0, 10);
    if (c.reading.crash) this.fail(`crash on ${c.layout}: ${c.reading.crash.slice(0, 120)}`);

    if (c.kind === 'pair') {
      const p = (r.pairs[c.layout] ??= { pairs: 0, findings: {} });
      p.pairs++;
      for (const f of c.falseFindings ?? []) {
        p.findings[f.ruleId!] = (p.findings[f.ruleId!] ?? 0) + 1;
        this.fail(`false ${f.ruleId} on a clean pair, ${c.layout}: ${messageShape(f.message)}`);
      }
      return;
    }
    if (c.kind === 'clean') {
      const byGen = (r.extraction[c.layout] ??= {});
      const row = (byGen[c.generation] ??= { renderings: 0, exact: 0, uncertain: 0, wrong: 0, missed: 0, metaOk: 0, metaTotal: 0, crashes: 0 });
      row.renderings++;
      if (c.reading.crash) row.crashes++;
      const bad = new Set<string>();
      for (const cell of c.cells ?? []) {
        row[cell.outcome]++;
        if (cell.outcome === 'wrong' || cell.outcome === 'missed') bad.add(`${cell.outcome} ${cellClass(cell.id)} cells on ${c.layout} (${c.generation})`);
      }
      for (const key of bad) this.fail(key);
      for (const m of c.meta ?? []) {
        row.metaTotal++;
        if (m.ok) row.metaOk++;
        else this.fail(`${m.field} misread on ${c.layout} (${c.generation})`);
      }
      const p = (r.precision[c.layout] ??= { renderings: 0, findings: {}, expected: {}, ms: 0 });
      p.renderings++;
      p.ms += c.reading.ms;
      const classes = new Set<string>();
      for (const f of c.falseFindings ?? []) {
        p.findings[f.ruleId ?? '(tool)'] = (p.findings[f.ruleId ?? '(tool)'] ?? 0) + 1;
        classes.add(`false ${f.ruleId} on ${c.layout}: ${messageShape(f.message)}`);
      }
      for (const key of classes) this.fail(key);
      for (const f of c.expectedFindings ?? []) p.expected[f.ruleId!] = (p.expected[f.ruleId!] ?? 0) + 1;
      return;
    }
    const rule = c.injector!.rule;
    const counts = ((r.recall[rule] ??= {})[c.layout] ??= emptyRecall());
    counts.injected++;
    if (c.recall === 'hit') counts.hit++;
    else if (c.recall === 'wrong-place') counts.wrongPlace++;
    else if (c.recall === 'missed') counts.missed++;
    else counts.notRendered++;
    if (c.recall === 'missed' || c.recall === 'wrong-place') this.fail(`${c.recall === 'missed' ? 'missed' : 'misplaced'} ${c.injector!.name} (${rule}) on ${c.layout}`);
    if (c.landing) {
      const l = ((r.landing[c.injector!.name] ??= {})[c.layout] ??= { injected: 0, detected: 0, landed: 0, named: 0 });
      l.injected++;
      if (c.landing.detected) l.detected++;
      if (c.landing.landed) l.landed++;
      if (c.landing.named) l.named++;
      if (c.landing.detected && !c.landing.landed) this.fail(`${c.injector!.name} reported away from the injected cell on ${c.layout}`);
    }
  }

  /** Adds another tally's results (a worker's share). */
  merge(o: Results): void {
    const r = this.results;
    r.renderings += o.renderings;
    for (const [layout, byGen] of Object.entries(o.extraction)) {
      for (const [gen, row] of Object.entries(byGen)) {
        const mine = ((r.extraction[layout] ??= {})[gen] ??= { renderings: 0, exact: 0, uncertain: 0, wrong: 0, missed: 0, metaOk: 0, metaTotal: 0, crashes: 0 });
        for (const k of Object.keys(mine) as (keyof ExtractionRow)[]) mine[k] += row[k];
      }
    }
    for (const [layout, p] of Object.entries(o.precision)) {
      const mine = (r.precision[layout] ??= { renderings: 0, findings: {}, expected: {}, ms: 0 });
      mine.renderings += p.renderings;
      mine.ms += p.ms;
      for (const [k, v] of Object.entries(p.findings)) mine.findings[k] = (mine.findings[k] ?? 0) + v;
      for (const [k, v] of Object.entries(p.expected)) mine.expected[k] = (mine.expected[k] ?? 0) + v;
    }
    for (const [rule, byLayout] of Object.entries(o.recall)) {
      for (const [layout, c] of Object.entries(byLayout)) {
        const mine = ((r.recall[rule] ??= {})[layout] ??= emptyRecall());
        for (const k of Object.keys(mine) as (keyof RecallCounts)[]) mine[k] += c[k];
      }
    }
    for (const [name, byLayout] of Object.entries(o.landing ?? {})) {
      for (const [layout, c] of Object.entries(byLayout)) {
        const mine = ((r.landing[name] ??= {})[layout] ??= { injected: 0, detected: 0, landed: 0, named: 0 });
        for (const k of Object.keys(mine) as (keyof LandingCounts)[]) mine[k] += c[k];
      }
    }
    for (const [layout, p] of Object.entries(o.pairs)) {
      const mine = (r.pairs[layout] ??= { pairs: 0, findings: {} });
      mine.pairs += p.pairs;
      for (const [k, v] of Object.entries(p.findings)) mine.findings[k] = (mine.findings[k] ?? 0) + v;
    }
    for (const [k, v] of Object.entries(o.failures)) this.fail(k, v);
    r.slowest.push(...o.slowest);
  }

  finish(seconds: number): Results {
    this.results.seconds = Math.round(seconds * 10) / 10;
    this.results.slowest = this.results.slowest.sort((a, b) => b.ms - a.ms).slice(0, 10);
    return this.results;
  }
}

/** A message with its particulars (numbers, quoted labels) taken out, so one kind of finding is one class. */
function messageShape(message: string): string {
  return message.replace(/“[^”]*”/g, '“…”').replace(/\d+(\.\d+)?/g, 'N').slice(0, 48);
}

/** The table a cell id belongs to (table 二's items together). */
function cellClass(id: string): string {
  const table = id.split(':')[0]!;
  return table.startsWith('active.') ? 'active' : table;
}

// ---- summaries ----

export interface Summary {
  /** layout → figures over all generations. */
  layouts: Record<string, { renderings: number; cells: number; exact: number; uncertain: number; wrong: number; missed: number; falsePer100: number }>;
  /** rule → false findings per 100 clean renderings (all layouts). */
  rulesPrecision: Record<string, number>;
  /** rule → recall (hits / injected and rendered). */
  rulesRecall: Record<string, { injected: number; recall: number }>;
  /** layout → recall over all rules. */
  layoutsRecall: Record<string, { injected: number; recall: number }>;
  /** Single-cell defects over all injectors and layouts: the share of those the arithmetic rules reported whose finding is on the injected cell, and of all. */
  landing: LandingCounts & { ofDetected: number; namedOfDetected: number; ofInjected: number };
}

const share = (n: number, d: number) => (d ? Math.round((n / d) * 10000) / 100 : 0);

export function summarise(r: Results): Summary {
  const layouts: Summary['layouts'] = {};
  for (const [layout, byGen] of Object.entries(r.extraction)) {
    if (!Object.keys(byGen).length) continue;
    const t = { renderings: 0, exact: 0, uncertain: 0, wrong: 0, missed: 0 };
    for (const row of Object.values(byGen)) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += row[k];
    const cells = t.exact + t.uncertain + t.wrong + t.missed;
    const p = r.precision[layout]!;
    const false_ = Object.values(p.findings).reduce((a, b) => a + b, 0);
    layouts[layout] = { renderings: t.renderings, cells, exact: share(t.exact, cells), uncertain: share(t.uncertain, cells), wrong: t.wrong, missed: t.missed, falsePer100: share(false_, p.renderings) * 100 / 100 };
  }
  const cleanTotal = Object.values(r.precision).reduce((a, p) => a + p.renderings, 0);
  const rulesPrecision: Record<string, number> = {};
  for (const p of Object.values(r.precision)) for (const [rule, n] of Object.entries(p.findings)) rulesPrecision[rule] = (rulesPrecision[rule] ?? 0) + n;
  for (const rule of Object.keys(rulesPrecision)) rulesPrecision[rule] = share(rulesPrecision[rule]!, cleanTotal);
  const rulesRecall: Summary['rulesRecall'] = {};
  const layoutsRecall: Summary['layoutsRecall'] = {};
  const layoutAcc: Record<string, [number, number]> = {};
  for (const [rule, byLayout] of Object.entries(r.recall)) {
    let injected = 0;
    let hit = 0;
    for (const [layout, c] of Object.entries(byLayout)) {
      const n = c.injected - c.notRendered;
      injected += n;
      hit += c.hit;
      const acc = (layoutAcc[layout] ??= [0, 0]);
      acc[0] += n;
      acc[1] += c.hit;
    }
    rulesRecall[rule] = { injected, recall: share(hit, injected) };
  }
  for (const layout of Object.keys(r.extraction)) if (!layoutAcc[layout]) delete layoutAcc[layout];
  for (const [layout, [n, hit]] of Object.entries(layoutAcc).sort((a, b) => Object.keys(r.extraction).indexOf(a[0]) - Object.keys(r.extraction).indexOf(b[0]))) layoutsRecall[layout] = { injected: n, recall: share(hit, n) };
  return { layouts, rulesPrecision, rulesRecall, layoutsRecall, landing: landingSummary(Object.values(r.landing ?? {}).flatMap((x) => Object.values(x))) };
}

function landingSummary(counts: LandingCounts[]): Summary['landing'] {
  const t = counts.reduce(
    (a, c) => ({ injected: a.injected + c.injected, detected: a.detected + c.detected, landed: a.landed + c.landed, named: a.named + c.named }),
    { injected: 0, detected: 0, landed: 0, named: 0 },
  );
  return { ...t, ofDetected: share(t.landed, t.detected), namedOfDetected: share(t.named, t.detected), ofInjected: share(t.landed, t.injected) };
}

// ---- printing ----

/** Display width: CJK characters count two columns. */
const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);

export function table(head: string[], rows: (string | number)[][]): string {
  const all = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i]! - width(c)) : ' '.repeat(widths[i]! - width(c)) + c)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

const pctText = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : '-');

/** The tables the lab prints. */
export function report(r: Results): string {
  const out: string[] = [];
  out.push(`accuracy: seed ${r.seed}, ${r.count} reports, ${r.renderings} renderings in ${r.seconds} s`);
  for (const [name, note] of Object.entries(r.skippedLayouts)) out.push(`skipped layout ${name}: ${note}`);
  const ext: (string | number)[][] = [];
  for (const [layout, byGen] of Object.entries(r.extraction)) {
    for (const [gen, x] of Object.entries(byGen).sort()) {
      const cells = x.exact + x.uncertain + x.wrong + x.missed;
      ext.push([layout, gen, x.renderings, cells, pctText(x.exact, cells), pctText(x.uncertain, cells), x.wrong, x.missed, pctText(x.metaOk, x.metaTotal), x.crashes]);
    }
  }
  out.push('', 'Extraction (clean renderings): cells read exactly / marked uncertain / wrong and certain / missed', table(['layout', 'generation', 'files', 'cells', 'exact', 'uncertain', 'wrong', 'missed', 'data ok', 'crashes'], ext));
  const s = summarise(r);
  const prec = Object.entries(r.precision).filter(([, p]) => p.renderings).map(([layout, p]) => {
    const n = Object.values(p.findings).reduce((a, b) => a + b, 0);
    const top = Object.entries(p.findings).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v}`).join(', ');
    const exp = Object.values(p.expected).reduce((a, b) => a + b, 0);
    return [layout, p.renderings, ((n / p.renderings) * 100).toFixed(0), exp ? ((exp / p.renderings) * 100).toFixed(0) : '-', top, Math.round(p.ms / p.renderings)];
  });
  out.push('', 'Precision: error and warning findings on clean renderings, per 100 reports (expected: findings the layout itself warrants; ms: lint and extract per file)', table(['layout', 'files', 'false/100', 'expected/100', 'most frequent', 'ms'], prec));
  const byRule = Object.entries(s.rulesPrecision).sort((a, b) => b[1] - a[1]).map(([rule, v]) => [rule, v.toFixed(1)]);
  if (byRule.length) out.push('', 'Precision by rule: false findings per 100 clean renderings (all layouts)', table(['rule', 'per 100'], byRule));
  const pairRows = Object.entries(r.pairs).map(([layout, p]) => [layout, p.pairs, ...['carryover-continuity', 'year-over-year-reuse'].map((rule) => (((p.findings[rule] ?? 0) / p.pairs) * 100).toFixed(0))]);
  if (pairRows.length) out.push('', 'Cross-report rules on clean pairs (a report linted with the same agency\'s report of the year before): findings per 100 pairs', table(['layout', 'pairs', 'carryover-continuity', 'year-over-year-reuse'], pairRows));
  const rec = Object.entries(r.recall).sort().map(([rule, byLayout]) => {
    const t = Object.values(byLayout).reduce((a, c) => ({ injected: a.injected + c.injected - c.notRendered, hit: a.hit + c.hit, wrongPlace: a.wrongPlace + c.wrongPlace, missed: a.missed + c.missed }), { injected: 0, hit: 0, wrongPlace: 0, missed: 0 });
    const worst = Object.entries(byLayout).map(([l, c]) => [l, c.hit / Math.max(1, c.injected - c.notRendered)] as const).sort((a, b) => a[1] - b[1])[0];
    return [rule, t.injected, pctText(t.hit, t.injected), t.wrongPlace, t.missed, worst && worst[1] < 1 ? `${worst[0]} ${(worst[1] * 100).toFixed(0)}%` : ''];
  });
  out.push('', 'Recall by rule: injected defects reported by the right rule at the right place', table(['rule', 'injected', 'recall', 'wrong place', 'missed', 'weakest layout'], rec));
  const landing = Object.entries(r.landing ?? {}).sort().map(([name, byLayout]) => {
    const t = landingSummary(Object.values(byLayout));
    const worst = Object.entries(byLayout).filter(([, c]) => c.detected).map(([l, c]) => [l, c.landed / c.detected] as const).sort((a, b) => a[1] - b[1])[0];
    return [name, t.injected, t.detected, t.landed, pctText(t.landed, t.detected), pctText(t.named, t.detected), pctText(t.landed, t.injected), worst && worst[1] < 1 ? `${worst[0]} ${(worst[1] * 100).toFixed(0)}%` : ''];
  });
  if (landing.length) {
    const a = s.landing;
    landing.push(['all', a.injected, a.detected, a.landed, pctText(a.landed, a.detected), pctText(a.named, a.detected), pctText(a.landed, a.injected), '']);
    out.push(
      '',
      'Single-cell defects: reported by table-sum or application-balance (detected), at the injected cell (landed), or naming it as a candidate (named)',
      table(['injector', 'injected', 'detected', 'landed', 'landed/detected', 'named/detected', 'landed/injected', 'weakest layout (landed)'], landing),
    );
    const layouts = Object.keys(r.extraction).map((layout) => [layout, landingSummary(Object.values(r.landing).flatMap((byLayout) => (byLayout[layout] ? [byLayout[layout]] : [])))] as const);
    const byLayout = layouts.filter(([, t]) => t.injected).map(([layout, t]) => [layout, t.injected, t.detected, t.landed, pctText(t.landed, t.detected), pctText(t.named, t.detected), pctText(t.landed, t.injected)]);
    out.push('', 'Single-cell defects by layout (all injectors above)', table(['layout', 'injected', 'detected', 'landed', 'landed/detected', 'named/detected', 'landed/injected'], byLayout));
  }
  const recL = Object.entries(s.layoutsRecall).map(([l, x]) => [l, x.injected, `${x.recall.toFixed(1)}%`]);
  out.push('', 'Recall by layout (all rules)', table(['layout', 'injected', 'recall'], recL));
  const fails = Object.entries(r.failures).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 30).map(([k, v]) => [v, k]);
  out.push('', 'Most frequent failure classes (renderings)', table(['count', 'class'], fails));
  return out.join('\n');
}
