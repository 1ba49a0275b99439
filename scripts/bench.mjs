#!/usr/bin/env node
/**
 * npm run bench: speed and memory of the built command (bin/report-lint.js,
 * see `npm run build`), every figure a ratio to a floor measured in the same
 * run on the same machine:
 *
 * - cold start: one seed report, wall time, against `node -e ""` (target
 *   ≤ 2.5×, stretch 2×); a seed-sized PDF (target: under 0.5 s);
 * - batch: 1,000 copies of the seed reports against a script that only reads
 *   the same files and scans them with one regular expression (≤ 15×,
 *   stretch 10×), and against textlint 15 with two trivial rules on the same
 *   files (report-lint ≥ 10× faster); reports/s, MB/s and peak memory; the
 *   same files split over two processes run at once (what two cores could
 *   give at best, for deciding on worker threads);
 * - memory: peak RSS for 10,000 copies against that for 1,000 (≤ 1.5×);
 * - text size: the same 100 seeds' worth of text linted as 100 reports of one
 *   seed's text, 10 reports of 10× and one report of 100×; time per kB (the
 *   time of a run over 100 one-line reports taken off) at 10× and 100×
 *   against 1× (within ±20 %).
 *
 * Every time is the median of several runs, taken alternately with its floor
 * so that load from other processes hits both; the machine's load average is
 * printed with the table. textlint is installed on first use into
 * node_modules/.cache/report-lint-bench (the npm registry is needed once; the
 * row says so when it cannot be). The corpora are built under os.tmpdir() and
 * removed afterwards. Options: --quick (fewer repetitions; the 10,000-file
 * batch runs once either way), --keep (keep the corpora), --cli <path>
 * (measure another build's bin/report-lint.js, e.g. an older checkout's),
 * --only <sections> (some of cold,batch,textlint,workers,memory,size).
 * Exit code 0 whatever the outcome (the targets are reported, not enforced).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cliArg = process.argv.indexOf('--cli');
const cli = cliArg > 0 ? process.argv[cliArg + 1] : join(root, 'bin', 'report-lint.js');
const quick = process.argv.includes('--quick');
const onlyArg = process.argv.indexOf('--only');
const SECTIONS = ['cold', 'batch', 'textlint', 'workers', 'memory', 'size'];
const only = new Set(onlyArg > 0 ? process.argv[onlyArg + 1].split(',') : SECTIONS);
const wants = (section) => only.has(section);
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

/**
 * A directory of `100 / times` reports, each made of `times` copies of the
 * cold seed's text: the same number of bytes for every `times`, so one run
 * over each differs only in how long its reports are.
 */
function scaled(times) {
  const dir = join(work, `scaled-${times}x`);
  mkdirSync(dir);
  const text = readFileSync(coldSeed, 'utf8').repeat(times);
  for (let i = 0; i < 100 / times; i++) writeFileSync(join(dir, `r${String(i).padStart(3, '0')}.txt`), text);
  return dir;
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

/** Runs node with each argument list at once (one process each); wall milliseconds until the last ends. */
async function together(argLists) {
  const started = process.hrtime.bigint();
  await Promise.all(
    argLists.map(
      (args) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, args, { stdio: 'ignore', env: { ...process.env, FORCE_COLOR: '0' } });
          child.on('error', reject);
          child.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`node ${args[0]} … exited ${code}`))));
        }),
    ),
  );
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * What two cores could give at best: the corpus split in two halves linted by
 * two processes at once (no cross-report comparison between the halves, no
 * coordination), against one process on all of it; medians, run alternately.
 */
async function split(dir, times) {
  const files = readdirSync(dir).sort().map((name) => join(dir, name));
  const half = Math.ceil(files.length / 2);
  const one = [];
  const two = [];
  for (let i = 0; i < times; i++) {
    one.push(run([cli, ...files]).ms);
    two.push(await together([[cli, ...files.slice(0, half)], [cli, ...files.slice(half)]]));
  }
  return { one: median(one), two: median(two) };
}

/** A seed-sized PDF (seed 001 exported by LibreOffice: 4 pages, the three standard tables). */
const coldPdf = join(root, 'fixtures', 'pdf', 'seed-001.libreoffice.pdf');

/** textlint 15 with two trivial rules (a word and a doubled comma), installed once into node_modules/.cache. */
function textlint() {
  const dir = join(root, 'node_modules', '.cache', 'report-lint-bench', 'textlint-15');
  const bin = join(dir, 'node_modules', 'textlint', 'bin', 'textlint.js');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const install = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--no-save', 'textlint@15'], { cwd: dir, stdio: 'ignore', shell: process.platform === 'win32' });
    if (install.status !== 0 || !existsSync(bin)) return undefined;
  }
  const rules = join(dir, 'rules');
  mkdirSync(rules, { recursive: true });
  const rule = (name, needle, message) =>
    writeFileSync(
      join(rules, `${name}.js`),
      `module.exports = (context) => ({ [context.Syntax.Str](node) { const text = context.getSource(node); const i = text.indexOf(${JSON.stringify(needle)}); if (i >= 0) context.report(node, new context.RuleError(${JSON.stringify(message)}, { padding: context.locator.range([i, i + ${needle.length}]) })); } });\n`,
    );
  rule('no-todo', 'TODO', 'TODO found');
  rule('no-doubled-comma', '，，', 'doubled comma');
  return (dir2) => [bin, '--no-textlintrc', '--rulesdir', rules, dir2];
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (bytes) => bytes / (1024 * 1024);
const rows = [];
const row = (what, value, floor, ratio, target, pass) => rows.push({ what, value, floor, ratio, target, pass });
const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');
const loadBefore = load();

try {
  process.stderr.write(`corpora under ${work}; measuring ${cli}\n`);
  const reps = quick ? 3 : 5;

  if (wants('cold')) {
    process.stderr.write('cold start…\n');
    const c = cold(quick ? 5 : 11);
    row('one seed, cold', `${fmt(c.ms)} ms`, `${fmt(c.floor)} ms (node -e "")`, c.ms / c.floor, '≤ 2.5× (stretch 2×)', c.ms / c.floor <= 2.5);
    process.stderr.write('cold start, PDF…\n');
    const p = cold(quick ? 5 : 11, coldPdf);
    row('one seed-sized PDF, cold', `${fmt(p.ms)} ms`, `${fmt(p.floor)} ms (node -e "")`, p.ms / p.floor, '< 500 ms', p.ms < 500);
  }

  const batches = [
    ...(wants('batch') || wants('textlint') || wants('workers') || wants('memory') ? [1000] : []),
    ...(wants('memory') ? [10000] : []),
  ];
  const peaks = new Map();
  for (const count of batches) {
    process.stderr.write(`batch of ${count}…\n`);
    const dir = corpus(count);
    const size = bytesOf(dir);
    const b = count >= 10000 ? paired([cli, dir], [scanScript, dir], 1, false) : paired([cli, dir], [scanScript, dir], reps);
    peaks.set(count, b.rss);
    const ratio = b.ms / b.floor;
    const perSecond = count / (b.ms / 1000);
    row(`${fmt(count)} seed copies`, `${fmt(b.ms)} ms`, `${fmt(b.floor)} ms (read+scan)`, ratio, count === 1000 ? '≤ 15× (stretch 10×)' : '(info)', count === 1000 ? ratio <= 15 : undefined);
    row(`  reports/s, MB/s`, `${fmt(perSecond)} /s, ${fmt(mb(size) / (b.ms / 1000), 2)} MB/s`, `${fmt(count / (b.floor / 1000))} /s`, undefined, '', undefined);
    row(`  peak memory`, `${fmt(mb(b.rss))} MB`, '', undefined, '', undefined);
    if (count === 1000 && wants('textlint')) {
      process.stderr.write('textlint on the same files…\n');
      const tl = textlint();
      if (!tl) row('  textlint 15, 2 rules', 'not measured', '(could not install textlint)', undefined, '≥ 10× faster', undefined);
      else {
        const t = paired(tl(dir), [cli, dir], quick ? 2 : 3);
        // paired() runs its first command (textlint) as the measured one and report-lint as the floor here.
        row('  textlint 15, 2 trivial rules', `${fmt(t.ms)} ms`, `${fmt(t.floor)} ms (report-lint)`, t.ms / t.floor, '≥ 10× (textlint / report-lint)', t.ms / t.floor >= 10);
      }
    }
    if (count === 1000 && wants('workers')) {
      process.stderr.write('the same files in two processes at once…\n');
      const w = await split(dir, quick ? 2 : 3);
      row('  two processes, half each', `${fmt(w.two)} ms`, `${fmt(w.one)} ms (one process)`, w.one / w.two, '(info: speed-up two cores could give)', undefined);
    }
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  if (peaks.size === 2) {
    const growth = peaks.get(10000) / peaks.get(1000);
    row('memory 10,000 / 1,000 files', `${fmt(growth, 2)}×`, `${fmt(mb(peaks.get(1000)))} MB (1,000 files)`, growth, '≤ 1.5×', growth <= 1.5);
  }

  if (wants('size')) {
    // The same 100 seeds' worth of text as 100 reports, 10 reports of 10× and one of 100×; the time of a run
    // over 100 one-line reports taken off (start-up, output, the per-file work that does not grow with the text).
    process.stderr.write('text size…\n');
    const tinyDir = join(work, 'tiny');
    mkdirSync(tinyDir);
    for (let i = 0; i < 100; i++) writeFileSync(join(tinyDir, `r${String(i).padStart(3, '0')}.txt`), '某县人民政府2022年政府信息公开工作年度报告\n');
    const sizes = [1, 10, 100].map((times) => {
      const dir = scaled(times);
      return { times, kb: bytesOf(dir) / 1024, ...paired([cli, dir], [cli, tinyDir], reps) };
    });
    const perKb = (s) => (s.ms - s.floor) / s.kb;
    for (const s of sizes) {
      const files = 100 / s.times;
      row(`${fmt(files)} report${files > 1 ? 's' : ''} of ${s.times}× text (${fmt(s.kb)} kB)`, `${fmt(s.ms)} ms`, `${fmt(s.floor)} ms (100 one-line reports)`, undefined, '', undefined);
    }
    for (const s of sizes.slice(1)) {
      const ratio = perKb(s) / perKb(sizes[0]);
      row(`  time per kB, ${s.times}× / 1×`, `${fmt(perKb(s), 2)} ms/kB`, `${fmt(perKb(sizes[0]), 2)} ms/kB (1×)`, ratio, '0.8–1.2×', ratio >= 0.8 && ratio <= 1.2);
    }
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}

// The table: what was measured, its value, the floor, the ratio and the verdict.
const header = ['measure', 'value', 'floor', 'ratio', 'target', 'result'];
const cells = rows.map((r) => [r.what, r.value, r.floor, r.ratio === undefined ? '' : `${fmt(r.ratio, r.ratio < 10 ? 2 : 1)}×`, r.target, r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL']);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c) => `| ${c.map((s, i) => s.padEnd(widths[i])).join(' | ')} |`;
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`report-lint bench — node ${process.version}, ${cpus().length} cores (${cpu}), ${fmt(totalmem() / 2 ** 30)} GiB`);
console.log(`load average (1, 5, 15 min): ${loadBefore} before, ${load()} after`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const c of cells) console.log(line(c));
