/**
 * npm run accuracy — the accuracy lab. Options:
 *   --seed N          the seed (default 1)
 *   --count N         reports drawn (default 100); each is rendered in every layout, clean and with one defect
 *   --layout a,b      only these layouts          --rule a,b   only defects for these rules (no clean renderings)
 *   --pdf-count N     the PDF layouts (printed by LibreOffice or Chromium) run on the first N reports only (default 8)
 *   --dump DIR        write failing cases (rendering + NOTE.md), at most --dump-max (default 200), 5 per failure class
 *   --dump-all        dump passing cases too (to look at the renderings)
 *   --json FILE       where the results go (default test-output/accuracy.json)
 *   --jobs N          worker threads (default 1: in this thread; see docs/accuracy.md for when more help)
 *   --write-baseline  run the guard's fixed seed, count and layouts (not the PDF ones) and write accuracy/baseline.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { activeLayouts } from './lab.js';
import { report, Tally, type Results } from './measure.js';
import { figures, GUARD, guardLayouts, writeBaseline, BASELINE_PATH } from './guard.js';
import { runShare, type WorkerTask } from './worker.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const list = (name: string) => opt(name)?.split(',').map((s) => s.trim()).filter(Boolean);

const writing = args.includes('--write-baseline');
const seed = writing ? GUARD.seed : Number(opt('--seed') ?? 1);
const count = writing ? GUARD.count : Number(opt('--count') ?? 100);
const layoutNames = writing ? guardLayouts() : list('--layout');
const rules = writing ? undefined : list('--rule');
const dump = opt('--dump');
const dumpMax = Number(opt('--dump-max') ?? 200);
const jsonPath = opt('--json') ?? 'test-output/accuracy.json';
const jobs = Math.max(1, Math.min(Number(opt('--jobs') ?? 1), count));
/** Printing and reading a PDF costs ten to twenty times what a text layout costs: by default the PDF layouts see the first 8 reports (two of each turn of the generations). */
const pdfCount = Math.min(count, Number(opt('--pdf-count') ?? 8));

const { layouts, skipped } = await activeLayouts(layoutNames);
const tally = new Tally(seed, count, skipped, layouts.map((l) => l.name));
const load = loadavg()[0]!;
const started = performance.now();
let dumped = 0;
const progress = new Array<number>(jobs).fill(0);
let last = 0;

function onProgress(j: number, renderings: number): void {
  progress[j] = renderings;
  const now = performance.now();
  if (process.stderr.isTTY && now - last > 1000) {
    last = now;
    process.stderr.write(`\raccuracy: ${progress.reduce((a, b) => a + b, 0)} renderings, ${((now - started) / 1000).toFixed(0)} s`);
  }
}

/** Runs reports from..to in a worker thread (in this thread when there is one job). */
function share(from: number, to: number, j: number): Promise<void> {
  const task: WorkerTask = { lab: true, seed, count, from, to, pdfCount, dumpMax: Math.ceil(dumpMax / jobs), ...(layoutNames ? { layouts: layoutNames } : {}), ...(rules ? { rules } : {}), ...(dump ? { dump } : {}), ...(args.includes('--dump-all') ? { dumpAll: true } : {}) };
  if (jobs === 1) {
    return runShare(task, (n) => onProgress(j, n)).then((m) => {
      tally.merge(m.results);
      dumped += m.dumped;
    });
  }
  return new Promise((resolve, reject) => {
    // The worker runs TypeScript too: its entry registers tsx's loader in the thread first.
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: task });
    worker.on('message', (m: { kind: 'progress'; renderings: number } | { kind: 'done'; results: Results; dumped: number }) => {
      if (m.kind === 'progress') return onProgress(j, m.renderings);
      tally.merge(m.results);
      dumped += m.dumped;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${j} exited with ${code}`))));
  });
}

const bounds = Array.from({ length: jobs + 1 }, (_, j) => Math.round((count * j) / jobs));
await Promise.all(bounds.slice(0, -1).map((from, j) => share(from, bounds[j + 1]!, j)));
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
const results = tally.finish((performance.now() - started) / 1000);
// Files first, so that a closed pipe (| head) cannot lose them.
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify({ ...results, jobs, loadAverage: load }, null, 2)}\n`);
if (writing) writeBaseline(figures(results));
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
console.log(report(results));
console.log(`\n${jobs} worker thread(s); load average at start ${load.toFixed(2)} on 2 cores; ${(results.renderings / results.seconds).toFixed(1)} renderings/s`);
console.log(`results written to ${jsonPath}${dump ? `; ${dumped} failing cases in ${dump}` : ''}`);
if (writing) console.log(`baseline written to ${BASELINE_PATH} (seed ${seed}, ${count} reports)`);
