/**
 * Linear time on hostile input: each hostile family (test/fuzz/hostile.ts) is
 * linted at a small and a ten times larger size in the same run, and the
 * ratio of the CPU times must stay near ten (a quadratic loop gives a
 * hundred). Only ratios measured in this run are compared, never absolute
 * times, so a slow or busy machine does not fail it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintReports } from '../src/lint.js';
import { rules } from '../rules/index.js';
import { HOSTILE_FAMILIES, type HostileFamily } from './fuzz/hostile.js';
import { warmUp } from './fuzz/check.js';

/** Growth allowed for ten times the input: linear is ≤ 10, n·log n about 12, quadratic 100. */
const MAX_RATIO = 25;
/** Smaller sizes for families whose parser is slow per character (remark reads about 250 kB/s). */
const SMALL: Record<string, number> = { 'pipe table rows': 3000 };
/** The small size's time must reach this many milliseconds (doubling the size, up to MAX_SMALL characters). */
const MIN_MS = 40;
const MAX_SMALL = 80_000;

/** CPU milliseconds of the fastest of `runs` lints of `text`. */
function cpuMs(family: HostileFamily, text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    lintReports([{ filePath: `hostile.${family.format}`, text }], { rules });
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('linear time on hostile input (ratios in one run)', () => {
  beforeAll(warmUp, 30_000);

  for (const family of HOSTILE_FAMILIES) {
    it(`${family.name}: 10× the input takes at most ${MAX_RATIO}× the time`, () => {
      // The small size grows until its time is well above the timer's and the collector's noise.
      let small = SMALL[family.name] ?? 10_000;
      let a = family.make(small);
      cpuMs(family, a, 1); // warm the code paths of this family
      let t1 = cpuMs(family, a, 3);
      while (t1 < MIN_MS && small < MAX_SMALL) {
        small *= 2;
        a = family.make(small);
        t1 = cpuMs(family, a, 3);
      }
      const t10 = cpuMs(family, family.make(small * 10), 2);
      expect(t10 / t1, `${small}: ${t1.toFixed(0)} ms, ${small * 10}: ${t10.toFixed(0)} ms`).toBeLessThanOrEqual(MAX_RATIO);
    }, 120_000);
  }
});
