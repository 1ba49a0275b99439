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
import { lintTogether, pdfText, readFile, wordText, type Finding, type Format, type Reading, type Uncertain } from './product.js';
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
  /** Layouts whose files an outside program makes (PDF printing) run on reports 0..pdfCount-1 only (all when absent). */
  pdfCount?: number;
  /** Called for every finished rendering (for dumps and progress). */
  onCase?: (c: CaseOutcome) => void;
}

/** A rendering as the product gets it. */
export interface Rendered {
  filePath: string;
  /** The text the product reads (for Word: the HTML made from the bytes; for PDF: the text its PDF reader makes). */
  text: string;
  bytes?: Uint8Array;
  format: Format;
  spans: Map<string, Span>;
  expect?: Map<string, Value>;
  /** PDF: the stretches of the text the product's reader had to guess about (handed back when linting). */
  uncertain?: Uncertain;
  /** The product could not read the file (a PDF it refused), or the program that makes it failed: counted as a crash. */
  readError?: string;
  /** Milliseconds the product took to turn the bytes into text (Word, PDF). */
  readMs?: number;
  /** The file a PDF was printed from. */
  source?: { ext: 'html' | 'docx'; bytes: Uint8Array };
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
}

const GENERATIONS: Generation[] = ['2021', '2019', 'pre2019', '2021'];
/** The cross-report rules: measured on pairs of reports (one report in PAIR_EVERY, from the second on, in every other layout, alternating). */
const PAIR_RULES = new Set(PAIR_INJECTORS.map((i) => i.rule));
const PAIR_EVERY = 8;

const clone = <T>(x: T): T => structuredClone(x);

async function render(layout: Layout, truth: ReportTruth, rng: Rng): Promise<Rendered> {
  const draft: Draft = await layout.render(truth, rng);
  const filePath = `${truth.id}-${layout.name}.${draft.ext}`;
  const expect = draft.expect ? { expect: draft.expect } : {};
  if (draft.kind === 'text') {
    const { text, spans } = joinPieces(draft.pieces);
    return { filePath, text, format: draft.ext, spans, ...expect };
  }
  const started = performance.now();
  if (draft.ext === 'docx') {
    const text = await wordText(draft.bytes);
    return { filePath, text, bytes: draft.bytes, format: 'docx', spans: draft.locate(text), readMs: performance.now() - started, ...expect };
  }
  const source = draft.source ? { source: draft.source } : {};
  // While a batch is collected there are no bytes yet, and nothing is read.
  if (layout.batch?.collecting) return { filePath, text: '', format: 'pdf', spans: new Map(), ...source };
  const read = draft.problem ? { ok: false as const, message: `no PDF: ${draft.problem}` } : await pdfText(draft.bytes);
  const readMs = performance.now() - started;
  // A PDF the product cannot read still holds every place: they are counted (and missed) at the start.
  if (!read.ok) return { filePath, text: '', bytes: draft.bytes, format: 'pdf', spans: draft.locate(''), readError: read.message, readMs, ...source, ...expect };
  const uncertain = read.uncertain.length ? { uncertain: read.uncertain } : {};
  return { filePath, text: read.text, bytes: draft.bytes, format: 'pdf', spans: draft.locate(read.text), readMs, ...uncertain, ...source, ...expect };
}

/** The product's reading of a rendering (the time it took to turn bytes into text included). */
function read(r: Rendered, lintOnly = false): Reading {
  if (r.readError) return { record: null, findings: [], crash: r.readError, ms: r.readMs ?? 0 };
  const reading = readFile(r.filePath, r.text, r.format, lintOnly, r.uncertain);
  return { ...reading, ms: reading.ms + (r.readMs ?? 0) };
}

/** Whether a finding's range meets a place: overlapping it, or (an empty range) inside or at either end of it. */
const overlaps = (f: Finding, s: Span) => {
  if (!f.range) return false;
  const [a, b] = f.range;
  return a === b ? a >= s[0] && a <= s[1] : a < s[1] && b > s[0];
};

/** The layouts to run (after setup), with notes for those skipped (a program they need is missing). */
export async function activeLayouts(names?: string[], registry: readonly Layout[] = LAYOUTS): Promise<{ layouts: Layout[]; skipped: Record<string, string> }> {
  const skipped: Record<string, string> = {};
  const layouts: Layout[] = [];
  for (const layout of registry) {
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
  const together = (r: Rendered): Reading => {
    if (r.readError || before.readError) return { record: null, findings: [], crash: r.readError ?? before.readError!, ms: 0 };
    return lintTogether([before, r].map((x) => ({ filePath: x.filePath, text: x.text, format: x.format, ...(x.uncertain ? { uncertain: x.uncertain } : {}) })))[1]!;
  };
  const generation = base.generation;
  if (clean && !layout.batch?.collecting) {
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

/**
 * Runs the lab; every rendering's outcome goes to onCase. Layouts whose
 * files an outside program makes in batches (PDF printing) are rendered
 * twice: first only to queue their files, which are then made all at once,
 * then for real.
 */
export async function runCases(options: LabOptions, layouts: Layout[]): Promise<void> {
  const batchers = [...new Set(layouts.flatMap((l) => (l.batch ? [l.batch] : [])))];
  if (batchers.length) {
    for (const b of batchers) b.collecting = true;
    try {
      await eachCase({ ...options, onCase: undefined }, layouts, (l) => !!l.batch);
    } finally {
      for (const b of batchers) b.collecting = false;
    }
    for (const b of batchers) await b.flush((message) => process.stderr.write(`accuracy: ${message}\n`));
  }
  await eachCase(options, layouts);
}

/** Every case of the selection: reports × layouts (only those `only` accepts, at their places in the list), clean, with a defect, in pairs. */
async function eachCase(options: LabOptions, layouts: Layout[], only: (l: Layout) => boolean = () => true): Promise<void> {
  const injectors = INJECTORS.filter((i) => !options.rules || options.rules.includes(i.rule));
  const pairInjectors = PAIR_INJECTORS.filter((i) => !options.rules || options.rules.includes(i.rule));
  for (let n = options.from ?? 0; n < (options.to ?? options.count); n++) {
    const generation = GENERATIONS[n % GENERATIONS.length]!;
    const base = drawReport(new Rng(`${options.seed}:report:${n}`), `r${String(n).padStart(4, '0')}`, generation);
    for (const [li, layout] of layouts.entries()) {
      if (!only(layout) || (layout.generations && !layout.generations.includes(generation))) continue;
      if (layout.batch && options.pdfCount !== undefined && n >= options.pdfCount) continue;
      const collecting = !!layout.batch?.collecting;
      const rng = new Rng(`${options.seed}:${n}:${layout.name}`);
      const clean = options.rules ? undefined : await render(layout, base, rng.fork('clean'));
      if (clean && !collecting) {
        const rendered = clean;
        const reading = read(rendered);
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
        const reading = spans.length ? read(rendered, true) : { record: null, findings: [], ms: 0 };
        const own = reading.findings.filter((f) => f.ruleId === injector.rule);
        const recall = !spans.length ? 'not-rendered' : own.some((f) => spans.some((s) => overlaps(f, s))) ? 'hit' : own.length ? 'wrong-place' : 'missed';
        options.onCase?.({ kind: 'injected', layout: layout.name, generation, truth, rendered, reading, injector, injection, recall });
        break;
      }
      if (n % PAIR_EVERY === 1 && (Math.floor(n / PAIR_EVERY) + li) % 2 === 1 && (clean || pairInjectors.length)) await runPair(options, layout, base, n, n + li, clean, pairInjectors, rng);
    }
  }
}
