/**
 * npm run accuracy — the accuracy lab. Options:
 *   --seed N          the seed (default 1)
 *   --count N         reports drawn (default 120); each is rendered in every layout, clean and with one defect
 *   --layout a,b      only these layouts          --rule a,b   only defects for these rules (no clean renderings)
 *   --dump DIR        write failing cases (rendering + NOTE.md), at most --dump-max (default 200), 5 per failure class
 *   --json FILE       where the results go (default test-output/accuracy.json)
 *   --write-baseline  run the guard's fixed seed and count and write accuracy/baseline.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadavg } from 'node:os';
import { activeLayouts, runCases, type CaseOutcome } from './lab.js';
import { report, Tally } from './measure.js';
import { prepare } from './product.js';
import { dumpCase, failed } from './dump.js';
import { figures, GUARD, writeBaseline, BASELINE_PATH } from './guard.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const list = (name: string) => opt(name)?.split(',').map((s) => s.trim()).filter(Boolean);

const writing = args.includes('--write-baseline');
const seed = writing ? GUARD.seed : Number(opt('--seed') ?? 1);
const count = writing ? GUARD.count : Number(opt('--count') ?? 120);
const dumpDir = opt('--dump');
const dumpMax = Number(opt('--dump-max') ?? 200);
const jsonPath = opt('--json') ?? 'test-output/accuracy.json';

await prepare();
const { layouts, skipped } = await activeLayouts(writing ? undefined : list('--layout'));
const tally = new Tally(seed, count, skipped);
const started = performance.now();
const load = loadavg()[0]!;
let dumped = 0;
const perClass = new Map<string, number>();
let last = started;
await runCases({
  seed, count, ...(!writing && list('--rule') ? { rules: list('--rule')! } : {}),
  onCase: (c: CaseOutcome) => {
    tally.add(c);
    if (dumpDir && dumped < dumpMax && failed(c)) {
      const cls = `${c.kind}:${c.layout}:${c.injector?.name ?? ''}`;
      if ((perClass.get(cls) ?? 0) < 5) {
        perClass.set(cls, (perClass.get(cls) ?? 0) + 1);
        dumpCase(dumpDir, c);
        dumped++;
      }
    }
    const now = performance.now();
    if (process.stderr.isTTY && now - last > 1000) {
      last = now;
      process.stderr.write(`\raccuracy: ${tally.results.renderings} renderings, ${((now - started) / 1000).toFixed(0)} s`);
    }
  },
}, layouts);
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
const results = tally.finish((performance.now() - started) / 1000);
console.log(report(results));
console.log(`\nload average at start ${load.toFixed(2)} (2 cores); ${(results.renderings / results.seconds).toFixed(1)} renderings/s`);
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify({ ...results, loadAverage: load }, null, 2)}\n`);
console.log(`results written to ${jsonPath}${dumpDir ? `; ${dumped} failing cases in ${dumpDir}` : ''}`);
if (writing) {
  writeBaseline(figures(results));
  console.log(`baseline written to ${BASELINE_PATH} (seed ${seed}, ${count} reports)`);
}
