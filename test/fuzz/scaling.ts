/**
 * npm run scaling: every hostile family (hostile.ts) linted at 10 kB, 100 kB
 * and 1 MB (the fastest of three runs, two at 1 MB), the growth exponent
 * fitted to the three points (1 linear, 2 quadratic) and printed as a table.
 * Exits 1 when a family grows faster than MAX_EXPONENT. Options: --family
 * NAME (substring), --sizes 10000,100000,1000000.
 */
import { HOSTILE_FAMILIES } from './hostile.js';
import { warmUp } from './check.js';
import { cpuMs, growthExponent } from './growth.js';

/** n·log n over 10 kB–1 MB fits to about 1.1; anything quadratic to nearly 2. */
const MAX_EXPONENT = 1.3;

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('--sizes') ?? '10000,100000,1000000').split(',').map(Number);
const only = arg('--family');

warmUp();
let worst = 0;
console.log(`family\t${sizes.map((s) => `${s / 1000} kB ms`).join('\t')}\texponent`);
for (const family of HOSTILE_FAMILIES.filter((f) => !only || f.name.includes(only))) {
  const points = sizes.map((size) => {
    const text = family.make(size);
    if (size === sizes[0]) cpuMs(family, text, 1); // warm this family's code paths
    return { size, ms: cpuMs(family, text, size >= 1_000_000 ? 2 : 3) };
  });
  const k = growthExponent(points);
  worst = Math.max(worst, k);
  console.log(`${family.name}\t${points.map((p) => p.ms.toFixed(0)).join('\t')}\t${k.toFixed(2)}${k > MAX_EXPONENT ? '\tworse than linear' : ''}`);
}
console.log(`worst exponent ${worst.toFixed(2)} (limit ${MAX_EXPONENT})`);
process.exitCode = worst > MAX_EXPONENT ? 1 : 0;
