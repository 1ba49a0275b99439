/**
 * The injector registry. To add an injector: write it in the file of its
 * family (or a new file) and list it here; the lab picks it up for the
 * rule it names.
 */
import { garbledDate, latePublication, wrongPeriod } from './dates.js';
import { badConversion, doubled, foreignPlace, halfConvertedWord, residue, spam } from './integrity.js';
import { feeContradiction, growthRate, handledOverReceived, lostListNumber, lostNumber, proseFactsDiffer, proseMismatch, proseSum, proseSumShapes, shareInListOff } from './prose.js';
import { thinProblems } from './sections.js';
import { skippedOrdinal, wrongPartCount } from './structure.js';
import { badCell, brokenBalance, impossible, legacyTotal, missingSection, missingTable, misspeltLabel, mistypedCell, renamedLabel, reviewTotal, shiftedTotal } from './tables.js';
import type { Injector } from './types.js';

export const INJECTORS: readonly Injector[] = [
  brokenBalance, mistypedCell, shiftedTotal, reviewTotal, legacyTotal, badCell, impossible, renamedLabel, misspeltLabel, missingTable, missingSection,
  proseMismatch, proseSum, growthRate, lostNumber, feeContradiction,
  proseSumShapes, proseFactsDiffer, handledOverReceived, lostListNumber, thinProblems, shareInListOff,
  garbledDate, wrongPeriod, latePublication,
  spam, badConversion, halfConvertedWord, residue, doubled, foreignPlace,
  wrongPartCount, skippedOrdinal,
];

export { PAIR_INJECTORS } from './pairs.js';

/** Rules with no injector, and why. */
export const NOT_INJECTED: Readonly<Record<string, string>> = {
  'parse-uncertain': 'a note on the tool\'s own confidence, not a defect of the report',
};
