/**
 * How a hostile family's linting time grows with its size: CPU time (user +
 * system, so other processes on a busy machine count little) of the fastest
 * of a few runs, at sizes of the same run compared as ratios, never as
 * absolute times. Used by test/scaling.test.ts (two sizes, in the suite) and
 * by `npm run scaling` (10 kB, 100 kB and 1 MB, fitted).
 */
import { lintReports } from '../../src/lint.js';
import { rules } from '../../rules/index.js';
import type { HostileFamily } from './hostile.js';

/** CPU milliseconds of the fastest of `runs` lints of `text` as a file of the family's format. */
export function cpuMs(family: HostileFamily, text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    lintReports([{ filePath: `hostile.${family.format}`, text }], { rules });
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * The exponent k of t ≈ c·nᵏ fitted to (size, ms) points by least squares on
 * their logarithms: 1 is linear, about 1.1 n·log n, 2 quadratic.
 */
export function growthExponent(points: { size: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den ? num / den : 0;
}
