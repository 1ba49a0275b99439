/**
 * The accuracy lab: draws reports from a seed, renders each in every layout,
 * lets the product read the clean renderings (extraction, findings) and the
 * renderings with one injected defect (did the right rule report it at the
 * right place?), and adds the outcomes up.
 */
import { Rng } from './prng.js';
import { drawPrevious, drawReport } from './truth/report.js';
import type { Generation, ReportTruth, Value } from './truth/types.js';
import { joinPieces, type Draft, type Layout, type Span } from './layouts/types.js';
import { LAYOUTS } from './layouts/index.js';
import { INJECTORS, PAIR_INJECTORS } from './injectors/index.js';
import type { Injection, Injector } from './injectors/types.js';
import { lintTogether, readFile, wordText, type Finding, type Reading } from './product.js';
import { scoreCells, scoreMeta, type CellResult, type MetaResult } from './compare.js';

export interface LabOptions {
  seed: number;
  /** Reports drawn; each is rendered in every layout, clean and with one defect. */
  count: number;
  layouts?: string[];
  rules?: string[];
  /** Only reports from..to-1 (a worker's share); all when absent. */
  from?: number;
  to?: number;
  /** Called for every finished rendering (for dumps and progress). */
  onCase?: (c: CaseOutcome) => void;
}

/** A rendering as the product gets it. */
export interface Rendered {
  filePath: string;
  /** The text the product reads (for Word: the HTML made from the bytes). */
  text: string;
  bytes?: Uint8Array;
  format: 'txt' | 'md' | 'html' | 'docx';
  spans: Map<string, Span>;
  expect?: Map<string, Value>;
}

export interface CaseOutcome {
  /** pair: this report linted with the same agency's report of the year before (cross-report rules only). */
  kind: 'clean' | 'injected' | 'pair';
  layout: string;
  generation: Generation;
  truth: ReportTruth;
  rendered: Rendered;
  reading: Reading;
  /** Clean: extraction per cell, report data, findings (error/warning) not expected by the layout. */
  cells?: CellResult[];
  meta?: MetaResult[];
  falseFindings?: Finding[];
  expectedFindings?: Finding[];
  /** Injected: the injector, its places and the outcome. */
  injector?: Pick<Injector, 'name' | 'rule'>;
  injection?: Injection;
  recall?: 'hit' | 'wrong-place' | 'missed' | 'not-rendered';
  /**
   * A single-cell defect (rendered): whether the arithmetic rules reported anything, whether a finding of theirs is
   * on the injected cell (landed), and whether one names it at least among its related places (the candidates of a
   * mistake the table cannot pin down).
   */
  landing?: { detected: boolean; landed: boolean; named: boolean };
}

/** The rules of the tables' arithmetic, whose findings should land on a mistyped cell. */
const ARITHMETIC_RULES = new Set(['table-sum', 'application-balance']);

const GENERATIONS: Generation[] = ['2021', '2019', 'pre2019', '2021'];
/** The cross-report rules: measured on pairs of reports (one report in PAIR_EVERY, from the second on, in every other layout, alternating). */
const PAIR_RULES = new Set(PAIR_INJECTORS.map((i) => i.rule));
const PAIR_EVERY = 8;

const clone = <T>(x: T): T => structuredClone(x);

async function render(layout: Layout, truth: ReportTruth, rng: Rng): Promise<Rendered> {
  const draft: Draft = await layout.render(truth, rng);
  const filePath = `${truth.id}-${layout.name}.${draft.ext}`;
  if (draft.kind === 'text') {
    const { text, spans } = joinPieces(draft.pieces);
    return { filePath, text, format: draft.ext, spans, ...(draft.expect ? { expect: draft.expect } : {}) };
  }
  if (draft.ext !== 'docx') throw new Error(`no reader for .${draft.ext} renderings yet`);
  const text = await wordText(draft.bytes);
  return { filePath, text, bytes: draft.bytes, format: 'docx', spans: draft.locate(text), ...(draft.expect ? { expect: draft.expect } : {}) };
}

/** Whether a finding's range meets a place: overlapping it, or (an empty range) inside or at either end of it. */
const overlaps = (f: Finding, s: Span) => {
  if (!f.range) return false;
  const [a, b] = f.range;
  return a === b ? a >= s[0] && a <= s[1] : a < s[1] && b > s[0];
};

/** For a single-cell defect the layout shows: did the arithmetic rules report anything, and at the injected cell? */
function landingOf(injection: Injection, rendered: Rendered, reading: Reading): CaseOutcome['landing'] {
  const span = injection.cell ? rendered.spans.get(injection.cell) : undefined;
  if (!span) return undefined;
  const arithmetic = reading.findings.filter((f) => ARITHMETIC_RULES.has(f.ruleId ?? ''));
  const landed = arithmetic.some((f) => overlaps(f, span));
  const named = landed || arithmetic.some((f) => f.related.some(([a, b]) => a < span[1] && b > span[0]));
  return { detected: arithmetic.length > 0, landed, named };
}

/** The layouts to run (after setup), with notes for those skipped. */
export async function activeLayouts(names?: string[]): Promise<{ layouts: Layout[]; skipped: Record<string, string> }> {
  const skipped: Record<string, string> = {};
  const layouts: Layout[] = [];
  for (const layout of LAYOUTS) {
    if (names && !names.includes(layout.name)) continue;
    const note = layout.setup ? await layout.setup() : null;
    if (note) skipped[layout.name] = note;
    else layouts.push(layout);
  }
  return { layouts, skipped };
}

/**
 * A pair: last year's report of the same agency in the same layout, linted
 * together with this year's — clean (false cross-report findings) and with
 * one cross-report defect.
 */
async function runPair(options: LabOptions, layout: Layout, base: ReportTruth, n: number, turn: number, clean: Rendered | undefined, injectors: typeof PAIR_INJECTORS, rng: Rng): Promise<void> {
  const previous = drawPrevious(new Rng(`${options.seed}:previous:${n}`), `${base.id}p`, base);
  const before = await render(layout, previous, rng.fork('previous'));
  const together = (r: Rendered) => lintTogether([before, r].map((x) => ({ filePath: x.filePath, text: x.text, format: x.format })))[1]!;
  const generation = base.generation;
  if (clean) {
    const reading = together(clean);
    const falseFindings = reading.findings.filter((f) => (f.severity === 1 || f.severity === 2) && PAIR_RULES.has(f.ruleId ?? ''));
    options.onCase?.({ kind: 'pair', layout: layout.name, generation, truth: base, rendered: clean, reading, falseFindings });
  }
  const applicable = injectors.filter((i) => !i.generations || i.generations.includes(generation));
  for (let tries = 0; tries < applicable.length; tries++) {
    const injector = applicable[(turn + tries) % applicable.length]!;
    const truth = clone(base);
    const injection = injector.inject(truth, previous, rng.fork(injector.name));
    if (!injection) continue;
    const rendered = await render(layout, truth, rng.fork('injected-pair'));
    const spans = injection.places.map((id) => rendered.spans.get(id)).filter((s): s is Span => !!s);
    const reading = spans.length ? together(rendered) : { record: null, findings: [], ms: 0 };
    const own = reading.findings.filter((f) => f.ruleId === injector.rule);
    const recall = !spans.length ? 'not-rendered' : own.some((f) => spans.some((s) => overlaps(f, s))) ? 'hit' : own.length ? 'wrong-place' : 'missed';
    options.onCase?.({ kind: 'injected', layout: layout.name, generation, truth, rendered, reading, injector, injection, recall });
    return;
  }
}

/** Runs the lab; every rendering's outcome goes to onCase. */
export async function runCases(options: LabOptions, layouts: Layout[]): Promise<void> {
  const injectors = INJECTORS.filter((i) => !options.rules || options.rules.includes(i.rule));
  const pairInjectors = PAIR_INJECTORS.filter((i) => !options.rules || options.rules.includes(i.rule));
  for (let n = options.from ?? 0; n < (options.to ?? options.count); n++) {
    const generation = GENERATIONS[n % GENERATIONS.length]!;
    const base = drawReport(new Rng(`${options.seed}:report:${n}`), `r${String(n).padStart(4, '0')}`, generation);
    for (const [li, layout] of layouts.entries()) {
      if (layout.generations && !layout.generations.includes(generation)) continue;
      const rng = new Rng(`${options.seed}:${n}:${layout.name}`);
      let clean: Rendered | undefined;
      if (!options.rules) {
        const rendered = (clean = await render(layout, base, rng.fork('clean')));
        const reading = readFile(rendered.filePath, rendered.text, rendered.format);
        const metaIds = base.doc.blocks.filter((b) => b.kind === 'para' && (b.role === 'meta' || b.role === 'date')).map((b) => b.id);
        const errorsAndWarnings = reading.findings.filter((f) => f.severity === 1 || f.severity === 2);
        const expected = (f: Finding) => !!f.ruleId && !!layout.expects?.[f.ruleId];
        options.onCase?.({
          kind: 'clean', layout: layout.name, generation, truth: base, rendered, reading,
          cells: scoreCells(base, reading.record, rendered.spans, rendered.expect),
          meta: scoreMeta(base, reading.record, metaIds.some((id) => rendered.spans.has(id))),
          falseFindings: errorsAndWarnings.filter((f) => !expected(f)),
          expectedFindings: errorsAndWarnings.filter(expected),
        });
      }
      // One injected defect per report and layout, the injectors taken in turn so every rule gets its share.
      const applicable = injectors.filter((i) => !i.generations || i.generations.includes(generation));
      // Report n, layout li: injector n + li, so every layout meets every injector in turn.
      const turn = n + li;
      for (let tries = 0; tries < applicable.length; tries++) {
        const injector = applicable[(turn + tries) % applicable.length]!;
        const truth = clone(base);
        const injection = injector.inject(truth, rng.fork(injector.name));
        if (!injection) continue;
        const rendered = await render(layout, truth, rng.fork('injected'));
        const spans = injection.places.map((id) => rendered.spans.get(id)).filter((s): s is Span => !!s);
        const reading = spans.length ? readFile(rendered.filePath, rendered.text, rendered.format, true) : { record: null, findings: [], ms: 0 };
        const own = reading.findings.filter((f) => f.ruleId === injector.rule);
        const recall = !spans.length ? 'not-rendered' : own.some((f) => spans.some((s) => overlaps(f, s))) ? 'hit' : own.length ? 'wrong-place' : 'missed';
        const landing = landingOf(injection, rendered, reading);
        options.onCase?.({ kind: 'injected', layout: layout.name, generation, truth, rendered, reading, injector, injection, recall, ...(landing ? { landing } : {}) });
        break;
      }
      if (n % PAIR_EVERY === 1 && (Math.floor(n / PAIR_EVERY) + li) % 2 === 1 && (clean || pairInjectors.length)) await runPair(options, layout, base, n, n + li, clean, pairInjectors, rng);
    }
  }
}
