/**
 * Linear time on hostile input: each hostile family (test/fuzz/hostile.ts) is
 * linted at a small and a ten times larger size in the same run, and the
 * ratio of the CPU times must stay near ten (a quadratic loop gives a
 * hundred). Only ratios measured in this run are compared, never absolute
 * times, so a slow or busy machine does not fail it. `npm run scaling` fits
 * the same families at 10 kB, 100 kB and 1 MB.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_FAMILIES } from './fuzz/hostile.js';
import { warmUp } from './fuzz/check.js';
import { cpuMs } from './fuzz/growth.js';

/** Growth allowed for ten times the input: linear is ≤ 10, n·log n about 12, quadratic 100. */
const MAX_RATIO = 25;
/** Smaller sizes for families whose parser is slow per character (remark reads about 250 kB/s). */
const SMALL: Record<string, number> = { 'pipe table rows': 3000 };
/** The small size's time must reach this many milliseconds (doubling the size, up to MAX_SMALL characters). */
const MIN_MS = 40;
const MAX_SMALL = 80_000;

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
      // One run of the large size; a ratio over the limit is measured again (best of two at both sizes)
      // before it fails, since a collector pause or another process can land in one run.
      const large = family.make(small * 10);
      let t10 = cpuMs(family, large, 1);
      if (t10 / t1 > MAX_RATIO) {
        t1 = Math.min(t1, cpuMs(family, a, 2));
        t10 = Math.min(t10, cpuMs(family, large, 2));
      }
      expect(t10 / t1, `${small}: ${t1.toFixed(0)} ms, ${small * 10}: ${t10.toFixed(0)} ms`).toBeLessThanOrEqual(MAX_RATIO);
    }, 120_000);
  }
});
