/**
 * Linear time on hostile input: each hostile family (test/fuzz/hostile.ts) is
 * linted at a small and a five times larger size in the same run, and the
 * ratio of the CPU times must stay near five (a quadratic loop gives
 * twenty-five). Only ratios measured in this run are compared, never absolute
 * times, so a slow or busy machine does not fail it. `npm run scaling` fits
 * the same families at 10 kB, 100 kB and 1 MB.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_FAMILIES } from './fuzz/hostile.js';
import { warmUp } from './fuzz/check.js';
import { cpuMs } from './fuzz/growth.js';

/** How much larger the second size is. */
const FACTOR = 5;
/** Growth allowed for five times the input: linear is ≤ 5, n·log n about 6, n^1.5 11, quadratic 25. */
const MAX_RATIO = 12;
/** Smaller sizes for families whose parser is slow per character (remark reads about 250 kB/s). */
const SMALL: Record<string, number> = { 'pipe table rows': 3000 };
/** The small size's time must reach this many milliseconds (doubling the size, up to MAX_SMALL characters). */
const MIN_MS = 25;
const MAX_SMALL = 80_000;

describe('linear time on hostile input (ratios in one run)', () => {
  beforeAll(warmUp, 30_000);

  for (const family of HOSTILE_FAMILIES) {
    it(`${family.name}: ${FACTOR}× the input takes at most ${MAX_RATIO}× the time`, () => {
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
      // One run of the larger size; a ratio over the limit is measured again (best of two at both sizes)
      // before it fails, since a collector pause or another process can land in one run.
      const large = family.make(small * FACTOR);
      let t2 = cpuMs(family, large, 1);
      if (t2 / t1 > MAX_RATIO) {
        t1 = Math.min(t1, cpuMs(family, a, 2));
        t2 = Math.min(t2, cpuMs(family, large, 2));
      }
      expect(t2 / t1, `${small}: ${t1.toFixed(0)} ms, ${small * FACTOR}: ${t2.toFixed(0)} ms`).toBeLessThanOrEqual(MAX_RATIO);
    }, 120_000);
  }
});
