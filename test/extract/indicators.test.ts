/** The indicators a supervisor ranks by: 纠错率, 申请办结率, 公开率, from the extract record. */
import { describe, expect, it } from 'vitest';
import { indicators } from '../../src/extract/indicators.js';
import type { ExtractRecord } from '../../src/extract/record.js';

const row = (total: number | string | null): (number | string | null)[] => [0, 0, 0, 0, 0, 0, total];

function record(rows: Record<string, (number | string | null)[]>, review: ExtractRecord['tables']['review']): ExtractRecord {
  return {
    filePath: 'a.txt', title: null, agency: null, year: 2023, template: '2021', kind: 'report', period: null, published: null,
    tables: { active: null, applications: { columns: ['natural', 'commercial', 'research', 'public_interest', 'legal', 'other', 'total'], rows }, review, legacy: null },
    uncertain: [],
  };
}

const REVIEW = { review: [3, 1, 0, 2, 6], litigation_direct: [1, 1, 1, 0, 3], litigation_after_review: [0, 0, 0, 1, 1] };

describe('indicators', () => {
  it('computes the three rates from table 三 (总计 column) and table 四', () => {
    const r = record({ new: row(40), carried_over: row(10), granted: row(20), partial: row(5), total: row(45) }, REVIEW);
    // 纠错率: corrected 1 + 1 + 0 over concluded (3+1+0) + (1+1+1) + (0+0+0) = 7; pending cases are not concluded.
    expect(indicators(r)).toEqual({ correction_rate: 2 / 7, completion_rate: 45 / 50, disclosure_rate: 25 / 45 });
  });

  it('is null for a value that is missing, not a number, or uncertain, and for a zero denominator', () => {
    expect(indicators(record({ new: row(0), carried_over: row(0), granted: row(0), partial: row(0), total: row(0) }, null))).toEqual({
      correction_rate: null,
      completion_rate: null,
      disclosure_rate: null,
    });
    const text = record({ new: row('—'), carried_over: row(1), granted: row(1), partial: row(null), total: row(1) }, REVIEW);
    expect(indicators(text).completion_rate).toBeNull();
    expect(indicators(text).disclosure_rate).toBeNull();
    const doubtful = record({ new: row(4), carried_over: row(0), granted: row(2), partial: row(0), total: row(4) }, REVIEW);
    doubtful.uncertain = [{ table: 'applications', row: 'granted', column: 'total', note: '' }];
    expect(indicators(doubtful)).toEqual({ correction_rate: 2 / 7, completion_rate: 1, disclosure_rate: null });
  });
});
