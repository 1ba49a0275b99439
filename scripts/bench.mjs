#!/usr/bin/env node
/**
 * npm run bench: speed and memory of the built CLI (dist/, see `npm run build`)
 * against two floors measured in the same run on the same machine:
 *
 * - cold start: one seed report, wall time, against `node -e ""`; the same
 *   for a seed-sized PDF (target: under 0.5 s);
 * - batch: 1,000 and 10,000 copies of the seed reports, wall time, reports/s,
 *   MB/s and peak memory, against a script that only reads the same files and
 *   scans them with one regular expression;
 * - text size: one report made of 1×, 10× and 100× a seed's text.
 *
 * Every time is the median of several runs, taken alternately with its
 * floor so that load from other processes hits both. The corpora are built
 * under os.tmpdir() and removed afterwards. Options: --quick (skip the
 * 10,000-file batch, fewer repetitions), --keep (keep the corpora).
 * Prints a table with the numbers, the ratios and PASS/FAIL per target; the
 * exit code is 0 whatever the outcome (the targets are reported, not enforced).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'report-lint.js');
const quick = process.argv.includes('--quick');
const keep = process.argv.includes('--keep');
const seedDir = join(root, 'fixtures', 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seedDir, f));
const coldSeed = join(seedDir, '002_968440a473f92860.txt');

const work = mkdtempSync(join(tmpdir(), 'report-lint-bench-'));

/** A hook loaded with --import that prints the peak resident memory (bytes) on stderr at exit. */
const rssHook = join(work, 'rss-hook.mjs');
writeFileSync(rssHook, "process.on('exit', () => process.stderr.write(`\\nBENCH_MAXRSS=${process.resourceUsage().maxRSS * 1024}\\n`));\n");

/** The read-and-scan floor: reads every file under the given paths and counts the digit runs. */
const scanScript = join(work, 'read-and-scan.mjs');
writeFileSync(
  scanScript,
  `import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
let runs = 0;
const visit = (path) => {
  if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
  else runs += (readFileSync(path, 'utf8').match(/\\d+/g) ?? []).length;
};
for (const path of process.argv.slice(2)) visit(path);
process.stdout.write(runs + '\\n');
`,
);

/** Copies the seeds round-robin into a fresh directory until it holds `count` files. */
function corpus(count) {
  const dir = join(work, `corpus-${count}`);
  mkdirSync(dir);
  for (let i = 0; i < count; i++) copyFileSync(seeds[i % seeds.length], join(dir, `r${String(i).padStart(5, '0')}.txt`));
  return dir;
}

/** One report made of `times` copies of the cold seed's text. */
function scaled(times) {
  const path = join(work, `scaled-${times}x.txt`);
  writeFileSync(path, readFileSync(coldSeed, 'utf8').repeat(times));
  return path;
}

/** Total bytes of the files under a path. */
function bytesOf(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((n, name) => n + bytesOf(join(path, name)), 0);
}

/** Runs node with the arguments; wall milliseconds and peak memory (when the hook is on). */
function run(args, { memory = false } = {}) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, memory ? ['--import', rssHook, ...args] : args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const stderr = child.stderr?.toString() ?? '';
  if (child.status !== 0 && child.status !== 1) throw new Error(`node ${args.join(' ')} exited ${child.status}:\n${stderr.slice(0, 2000)}`);
  const rss = /BENCH_MAXRSS=(\d+)/.exec(stderr);
  return { ms, rss: rss ? Number(rss[1]) : undefined };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Runs a command and its floor alternately `times` times; medians of both, and the largest peak memory of the command. */
function paired(args, floorArgs, times, warm = true) {
  const ms = [];
  const floor = [];
  let rss = 0;
  if (warm) run(args); // warm the file system cache (a corpus just written is warm already)
  for (let i = 0; i < times; i++) {
    const r = run(args, { memory: true });
    ms.push(r.ms);
    rss = Math.max(rss, r.rss ?? 0);
    floor.push(run(floorArgs).ms);
  }
  return { ms: median(ms), floor: median(floor), rss };
}

/** Cold start: the CLI's wall time without the memory hook (it would add its own start-up). */
function cold(times, file = coldSeed) {
  const ms = [];
  const floor = [];
  run([cli, file]);
  for (let i = 0; i < times; i++) {
    ms.push(run([cli, file]).ms);
    floor.push(run(['-e', '']).ms);
  }
  return { ms: median(ms), floor: median(floor) };
}

/** A seed-sized PDF (seed 001 exported by LibreOffice: 4 pages, the three standard tables). */
const coldPdf = join(root, 'fixtures', 'pdf', 'seed-001.libreoffice.pdf');

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (bytes) => bytes / (1024 * 1024);
const rows = [];
const row = (what, value, floor, ratio, target, pass) => rows.push({ what, value, floor, ratio, target, pass });

try {
  process.stderr.write(`corpora under ${work}\n`);
  const reps = quick ? 3 : 5;

  process.stderr.write('cold start…\n');
  const c = cold(quick ? 5 : 11);
  row('one seed, cold', `${fmt(c.ms)} ms`, `${fmt(c.floor)} ms (node -e "")`, c.ms / c.floor, '≤ 2×', c.ms / c.floor <= 2);
  process.stderr.write('cold start, PDF…\n');
  const p = cold(quick ? 5 : 11, coldPdf);
  row('one seed-sized PDF, cold', `${fmt(p.ms)} ms`, `${fmt(p.floor)} ms (node -e "")`, p.ms / p.floor, '< 500 ms', p.ms < 500);

  const batches = quick ? [1000] : [1000, 10000];
  const peaks = new Map();
  for (const count of batches) {
    process.stderr.write(`batch of ${count}…\n`);
    const dir = corpus(count);
    const size = bytesOf(dir);
    const b = count >= 10000 ? paired([cli, dir], [scanScript, dir], 1, false) : paired([cli, dir], [scanScript, dir], reps);
    peaks.set(count, b.rss);
    const ratio = b.ms / b.floor;
    const perSecond = count / (b.ms / 1000);
    row(`${fmt(count)} seed copies`, `${fmt(b.ms)} ms`, `${fmt(b.floor)} ms (read+scan)`, ratio, count === 1000 ? '≤ 8×' : '(info)', count === 1000 ? ratio <= 8 : undefined);
    row(`  reports/s, MB/s`, `${fmt(perSecond)} /s, ${fmt(mb(size) / (b.ms / 1000), 2)} MB/s`, `${fmt(count / (b.floor / 1000))} /s`, undefined, '', undefined);
    row(`  peak memory`, `${fmt(mb(b.rss))} MB`, '', undefined, '', undefined);
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  if (peaks.size === 2) {
    const growth = peaks.get(10000) / peaks.get(1000);
    row('memory 10,000 / 1,000 files', `${fmt(growth, 2)}×`, '', undefined, 'flat (≤ 1.5×)', growth <= 1.5);
  }

  process.stderr.write('text size…\n');
  const sizes = [1, 10, 100].map((times) => ({ times, ...paired([cli, scaled(times)], ['-e', ''], reps) }));
  for (const s of sizes) row(`one report, ${s.times}× text`, `${fmt(s.ms)} ms`, `${fmt(s.floor)} ms (node -e "")`, s.ms / s.floor, '', undefined);
  for (let i = 1; i < sizes.length; i++) {
    const growth = (sizes[i].ms - sizes[0].floor) / (sizes[i - 1].ms - sizes[0].floor);
    row(`  time ${sizes[i].times}× / ${sizes[i - 1].times}× text`, `${fmt(growth, 1)}×`, '(start-up excluded)', undefined, '≤ 12×', growth <= 12);
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}

// The table: what was measured, its value, the floor, the ratio and the verdict.
const header = ['measure', 'value', 'floor', 'ratio', 'target', 'result'];
const cells = rows.map((r) => [r.what, r.value, r.floor, r.ratio === undefined ? '' : `${fmt(r.ratio, 1)}×`, r.target, r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL']);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c) => `| ${c.map((s, i) => s.padEnd(widths[i])).join(' | ')} |`;
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`report-lint bench — node ${process.version}, ${cpus().length} cores (${cpu}), ${fmt(totalmem() / 2 ** 30)} GiB`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const c of cells) console.log(line(c));
