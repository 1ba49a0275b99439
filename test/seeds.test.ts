import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { rules } from '../rules/index.js';
import type { LintResult } from '../src/results.js';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');

function lint(name: string): LintResult {
  const filePath = join(SEEDS, name);
  return lintText({ filePath, text: readFileSync(filePath, 'utf8') }, { rules });
}

/** "rule line:column" of every finding, optionally without some rules. */
function found(result: LintResult, except: string[] = []): string[] {
  return result.messages.filter((m) => !except.includes(m.ruleId!)).map((m) => `${m.ruleId} ${m.line}:${m.column}`);
}

function at(result: LintResult, ruleId: string, line: number, column: number) {
  const m = result.messages.find((x) => x.ruleId === ruleId && x.line === line && x.column === column);
  expect(m, `${ruleId} at ${line}:${column}`).toBeDefined();
  return m!;
}

describe('seed 000 (吴兴区 2020, 2019 trial, whole sections on one line)', () => {
  const r = lint('000_d1e77e32c8ba032b.txt');
  it('reports exactly the three sections without tables', () => {
    expect(found(r)).toEqual(['required-tables 7:1505', 'required-tables 8:1', 'required-tables 9:1']);
    expect(r.messages.every((m) => m.severity === 2)).toBe(true);
    expect(at(r, 'required-tables', 7, 1505).message).toContain('二、主动公开政府信息情况');
  });
});

describe('seed 001 (海林市 2020, one cell per line)', () => {
  const r = lint('001_b6ebaffc46ffe707.txt');
  it('reports the garbled dates, the spam, the shifted total row (once, for both columns it unbalances) and the missing address', () => {
    expect(found(r)).toEqual([
      'injected-content 8:27',
      'injected-content 8:62',
      'malformed-date 8:138',
      'malformed-date 8:147',
      'injected-content 12:26',
      'injected-content 18:167',
      'injected-content 20:81',
      'injected-content 20:93',
      'injected-content 22:33',
      'table-sum 528:1',
      'injected-content 618:287',
      'placeholder 622:10',
      'injected-content 622:19',
    ]);
  });
  it('explains each finding with its numbers', () => {
    expect(at(r, 'malformed-date', 8, 138).message).toContain('2020年1月1日');
    expect(at(r, 'malformed-date', 8, 147).message).toContain('2020年12月31日');
    const shifted = at(r, 'table-sum', 528, 1);
    expect(shifted.message).toBe(
      '（七）总计 的数值似乎错列（右移了一列）：各办理结果之和为 法律服务机构 1、其他 0，总计行却是 0、1；1 应在“法律服务机构”列',
    );
    // The 勾稽关系 of both columns fails only because of the shift: its places are the finding's related places, not findings of their own.
    expect(shifted.related!.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(['530:1 应为 0', '184:1 法律服务机构列的勾稽关系', '186:1 其他列的勾稽关系']);
    expect(at(r, 'placeholder', 622, 10).message).toContain('网址为/');
  });
  it('finds nothing in table 四 and in the 372 = 368 + 4 prose', () => {
    expect(r.messages.filter((m) => m.line >= 550 && m.line < 614)).toEqual([]);
    expect(r.messages.filter((m) => m.line === 16)).toEqual([]);
  });
});

describe('seed 002 (攀枝花市西区 2022, the clean report)', () => {
  it('gives no diagnostics at all', () => {
    const r = lint('002_968440a473f92860.txt');
    expect(r.messages).toEqual([]);
    expect(r.errorCount + r.warningCount + r.infoCount).toBe(0);
  });
});

describe('seed 003 (鲤城区 2018, pre-2019 with a flattened 附表)', () => {
  const r = lint('003_673a0e93baba7a0a.txt');
  it('reports the garbled dates, the broken document number and the missing count', () => {
    expect(found(r)).toEqual([
      'malformed-date 6:110',
      'malformed-date 6:257',
      'malformed-date 6:265',
      'malformed-date 20:13',
      'placeholder 28:163',
      'malformed-date 56:15',
    ]);
    expect(at(r, 'malformed-date', 6, 110).message).toContain('〔2018〕41号');
    expect(at(r, 'malformed-date', 20, 13).message).toContain('2008年5月');
    expect(at(r, 'placeholder', 28, 163).message).toMatch(/等\s份/);
  });
  it('accepts the six declared parts and the balanced appendix', () => {
    expect(r.messages.some((m) => m.ruleId === 'declared-count' || m.ruleId === 'table-sum')).toBe(false);
  });
});

describe('seed 004 (衡南县某镇 2017, Traditional, no title)', () => {
  const r = lint('004_9c99e8684d928071.txt');
  it('reports everything but the bad conversions exactly', () => {
    expect(found(r, ['mixed-script'])).toEqual([
      'period-consistency 1:1',
      'foreign-region 3:12',
      'injected-content 7:158',
      'growth-rate 22:191',
      'injected-content 27:11',
    ]);
    expect(at(r, 'injected-content', 7, 158).severity).toBe(2);
    expect(at(r, 'injected-content', 27, 11).message).toContain('www.qclgf.com');
    expect(at(r, 'growth-rate', 22, 191).message).toContain('26.98%');
    expect(at(r, 'foreign-region', 3, 12).message).toContain('我縣');
    expect(at(r, 'period-consistency', 1, 1).severity).toBe(1);
  });
  it('reports the bad Traditional conversions as warnings with fixes', () => {
    const mixed = r.messages.filter((m) => m.ruleId === 'mixed-script');
    expect(mixed.every((m) => m.severity === 1)).toBe(true);
    expect(at(r, 'mixed-script', 3, 188).message).toContain('方麵');
    expect(at(r, 'mixed-script', 7, 158).message).toContain('关键词');
    const words = new Set(mixed.map((m) => /“(.{2})”应为/.exec(m.message)?.[1]).filter(Boolean));
    for (const w of ['方麵', '全麵', '當麵', '同誌', '製度', '製定', '製發']) expect(words, w).toContain(w);
    expect(mixed.filter((m) => m.fix).length).toBeGreaterThan(30);
  });
  it('accepts 63 = 28 + 35, 3 = 2 + 1 and the eleven declared parts', () => {
    expect(r.messages.some((m) => ['table-sum', 'declared-count', 'cell-value'].includes(m.ruleId!))).toBe(false);
  });
});
