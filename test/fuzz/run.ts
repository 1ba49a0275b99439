/**
 * npm run fuzz: the fuzzing property (check.ts) over 100,000 cases, split
 * over one child process per core, with progress on stderr. Options:
 * --runs N (default 100000), --seed S (default: random, printed), --jobs J.
 * A failure (not shrunk) is printed with its seed and path and saved as
 * JSON under the system temp directory; the exit code is then 1.
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { checkCase, fuzzCase, warmUp } from './check.js';

type FromChild = { kind: 'progress'; done: number } | { kind: 'done'; done: number; failure?: Failure };
interface Failure {
  seed: number;
  path?: string;
  error: string;
  counterexample: unknown;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** In a child: runs `runs` cases from `seed`, telling the parent every 500 cases. */
function child(runs: number, seed: number): void {
  warmUp();
  let done = 0;
  const details = fc.check(
    fc.property(fuzzCase, (inputs) => {
      checkCase(inputs);
      if (++done % 500 === 0) process.send!({ kind: 'progress', done } satisfies FromChild);
    }),
    // No shrinking: shrinking a slow case reruns hundreds of slow cases; the seed and path reproduce it.
    { numRuns: runs, seed, endOnFailure: true },
  );
  const failure: Failure | undefined = details.failed
    ? {
        seed,
        ...(details.counterexamplePath ? { path: details.counterexamplePath } : {}),
        error: String(details.errorInstance instanceof Error ? details.errorInstance.stack : details.errorInstance),
        counterexample: details.counterexample,
      }
    : undefined;
  // Said at once (the parent prints the saved details at the end), so that a long run shows it while the other processes go on.
  if (failure) process.stderr.write(`fuzz: failure in the process of seed ${seed} after ${details.numRuns} cases: ${failure.error.split('\n')[0]}\n`);
  // A failure stops the run: count the cases actually run.
  process.send!({ kind: 'done', done: details.failed ? details.numRuns : runs, ...(failure ? { failure } : {}) } satisfies FromChild, () => process.exit(0));
}

/** In the parent: forks the children, prints progress, reports the outcome. */
async function parent(): Promise<number> {
  const runs = Number(arg('--runs') ?? 100_000);
  const seed = Number(arg('--seed') ?? Math.floor(Math.random() * 2 ** 31));
  const jobs = Math.max(1, Math.min(Number(arg('--jobs') ?? availableParallelism()), runs));
  const started = performance.now();
  const done = new Array<number>(jobs).fill(0);
  const failures: Failure[] = [];
  process.stderr.write(`fuzz: ${runs} cases, seed ${seed}, ${jobs} processes\n`);
  let last = 0;
  const report = (force = false) => {
    const total = done.reduce((a, b) => a + b, 0);
    const now = performance.now();
    if (!force && now - last < 2000) return;
    last = now;
    process.stderr.write(`fuzz: ${total}/${runs} cases, ${failures.length} failures, ${((now - started) / 1000).toFixed(0)} s\n`);
  };
  await Promise.all(
    done.map(
      (_, j) =>
        new Promise<void>((resolve) => {
          const share = Math.floor(runs / jobs) + (j < runs % jobs ? 1 : 0);
          const worker = fork(fileURLToPath(import.meta.url), ['--child', String(share), String(seed + j)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
          worker.on('message', (m: FromChild) => {
            done[j] = m.done;
            if (m.kind === 'done' && m.failure) failures.push(m.failure);
            report();
          });
          worker.on('exit', (code) => {
            if (code !== 0 && failures.length === 0) failures.push({ seed: seed + j, error: `child exited with ${code}`, counterexample: null });
            resolve();
          });
        }),
    ),
  );
  report(true);
  for (const failure of failures) {
    const file = join(tmpdir(), `report-lint-fuzz-failure-${failure.seed}.json`);
    writeFileSync(file, JSON.stringify(failure, null, 2));
    process.stderr.write(`\nFAILED (seed ${failure.seed}, path ${failure.path ?? '-'}; saved to ${file}):\n${failure.error}\n`);
  }
  const total = done.reduce((a, b) => a + b, 0);
  console.log(`fuzz: ${total} cases in ${((performance.now() - started) / 1000).toFixed(0)} s: ${failures.length === 0 ? 'no failure' : `${failures.length} failure(s)`}`);
  return failures.length === 0 ? 0 : 1;
}

if (process.argv[2] === '--child') child(Number(process.argv[3]), Number(process.argv[4]));
else process.exitCode = await parent();
