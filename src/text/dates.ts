/**
 * Garbled and impossible dates in prose, found by one left-to-right pass over
 * the runs of digits (no backtracking regexes, linear in the text length), and
 * the text with every date that has one reading repaired (for readers of the
 * statistics period, which must see "202011日" as 2020年1月1日).
 *
 * Input is `matchText` of a node (full width folded, 〔【［ → "["), plus the
 * node's own value so that replacements keep the digits as written.
 */

export type DateIssueKind =
  | 'missing-marks' // "202011日", "20085月", "1231日", "2020年11日"
  | 'repeated-year-digit' // "20200年"
  | 'repeated-year' // "202020年", "20202020年"
  | 'impossible-date' // "2月30日"
  | 'impossible-month' // "13月"
  | 'doc-number' // "〔201841号"
  | 'doc-number-empty'; // "〔2018〕号"

export interface DateIssue {
  kind: DateIssueKind;
  /** Span in the node value. */
  index: number;
  length: number;
  /** The text of the span as written. */
  found: string;
  /** Every valid reading of the digits, e.g. ["2020年1月11日", "2020年11月1日"]. */
  readings: string[];
  /** The replacement for the span when there is one reading (or the context forces one). */
  fix?: string;
  /** Date marks that are missing: "年", "月". */
  missing?: string[];
  /** Set when a statistics period picked the reading: its start is 1月1日, its end 12月31日. */
  forced?: 'start' | 'end';
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const plausibleYear = (y: number): boolean => y >= 1949 && y <= 2100;
const CLOSE: Record<string, string> = { '〔': '〕', '[': ']', '［': '］', '【': '】' };
/** Words that mark a statistics period in the text just before a date. */
const PERIOD_WORDS = ['统计', '期限', '时限', '期间', '数据'];

export function daysIn(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Month/day splits of a digit string ("1231" → 12|31), each part 1–2 digits, valid in `year`. */
function monthDaySplits(digits: string, year?: number): [string, string][] {
  const out: [string, string][] = [];
  for (let k = 1; k <= 2 && k < digits.length; k++) {
    const m = digits.slice(0, k);
    const d = digits.slice(k);
    if (d.length > 2) continue;
    const mm = Number(m);
    const dd = Number(d);
    if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= daysIn(mm, year)) out.push([m, d]);
  }
  return out;
}

/** Last non-space character before `index`. */
function before(text: string, index: number): string | undefined {
  let i = index - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 ? text[i] : undefined;
}

/** Whether the 40 characters before `index` mention a statistics period. */
function inPeriod(text: string, index: number): boolean {
  const window = text.slice(Math.max(0, index - 40), index);
  return PERIOD_WORDS.some((w) => window.includes(w));
}

/** A date ("…1日", "…11日") in the 20 characters before `index`, so "至1231日" ends a range of dates. */
function nearDate(text: string, index: number): boolean {
  return /\d日/.test(text.slice(Math.max(0, index - 20), index));
}

/** `digits` with one digit removed equals `target` (a doubled digit: "111" for "11"). */
function oneExtraDigit(digits: string, target: string): boolean {
  if (digits.length !== target.length + 1) return false;
  for (let i = 0; i < digits.length; i++) if (digits.slice(0, i) + digits.slice(i + 1) === target) return true;
  return false;
}

/**
 * Finds malformed dates in `text` (matchText of a node); `original` is the node
 * value (same length). `reportYear` breaks ties for a doubled year digit.
 */
export function findDateIssues(text: string, original: string = text, reportYear?: number): DateIssue[] {
  const issues: DateIssue[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i])) {
      i++;
      continue;
    }
    let j = i;
    while (isDigit(text[j])) j++;
    const issue = atRun(text, original, i, j, reportYear);
    if (issue) issues.push(issue);
    i = j;
  }
  return issues;
}

function atRun(text: string, original: string, a: number, b: number, reportYear?: number): DateIssue | undefined {
  const digits = text.slice(a, b);
  const prev = text[a - 1];
  const next = text[b];
  // Digits inside identifiers, URLs, decimals and ISO dates are not dates.
  if (prev !== undefined && /[A-Za-z_./:]/.test(prev)) return undefined;
  const raw = (s: number, e: number) => original.slice(s, e);
  const issue = (kind: DateIssueKind, s: number, e: number, rest: Partial<DateIssue> = {}): DateIssue => ({
    kind, index: s, length: e - s, found: raw(s, e), readings: [], ...rest,
  });

  // Document numbers: "〔201841号" (closing bracket lost), "〔2018〕号" (number lost).
  if (prev === '[') {
    const open = original[a - 1]!;
    const close = CLOSE[open] ?? ']';
    if (digits.length >= 5 && next === '号' && plausibleYear(Number(digits.slice(0, 4)))) {
      const fixed = `${open}${raw(a, a + 4)}${close}${raw(a + 4, b + 1)}`;
      return issue('doc-number', a - 1, b + 1, { readings: [fixed], fix: fixed });
    }
    if (digits.length === 4 && text[b] === ']' && text[b + 1] === '号') return issue('doc-number-empty', a - 1, b + 2);
    return undefined;
  }

  // A year with a doubled digit or doubled digits: "20200年", "202020年", "20202020年".
  if (next === '年' && digits.length >= 5 && digits.length <= 8) {
    const years = doubledYears(digits);
    if (years.size === 0) return undefined;
    const list = [...years].map((y) => `${y}年`);
    const pick = years.size === 1 ? list[0] : reportYear !== undefined && years.has(String(reportYear)) ? `${reportYear}年` : undefined;
    return issue(digits.length === 5 ? 'repeated-year-digit' : 'repeated-year', a, b + 1, { readings: list, ...(pick ? { fix: pick } : {}) });
  }

  if (next === '月') return monthRun(text, original, a, b, issue);
  if (next === '日' && prev !== '月') return dayRun(text, original, a, b, issue);
  return undefined;
}

/**
 * The years a run of 5–8 digits reads as when a block of it was typed twice: removing a block that repeats the
 * block beside it leaves a plausible year ("202020" → 2020, "20222" → 2022, "20212021" → 2021).
 */
function doubledYears(digits: string): Set<string> {
  const years = new Set<string>();
  const extra = digits.length - 4;
  for (let k = 0; k + extra <= digits.length; k++) {
    const block = digits.slice(k, k + extra);
    const repeats = (k >= extra && digits.slice(k - extra, k) === block) || digits.slice(k + extra, k + 2 * extra) === block;
    const y = digits.slice(0, k) + digits.slice(k + extra);
    if (repeats && Number(y) >= 1980 && plausibleYear(Number(y))) years.add(y);
  }
  return years;
}

type Make = (kind: DateIssueKind, s: number, e: number, rest?: Partial<DateIssue>) => DateIssue;

/** A run of digits followed by 月: "20085月" (年 lost), "13月", "2月30日". */
function monthRun(text: string, original: string, a: number, b: number, issue: Make): DateIssue | undefined {
  const digits = text.slice(a, b);
  if (digits.length >= 5 && digits.length <= 6 && text[a - 1] !== '年') {
    const year = Number(digits.slice(0, 4));
    const month = Number(digits.slice(4));
    if (!plausibleYear(year) || month < 1 || month > 12) return undefined;
    const fixed = `${original.slice(a, a + 4)}年${original.slice(a + 4, b)}月`;
    return issue('missing-marks', a, b + 1, { readings: [fixed], fix: fixed, missing: ['年'] });
  }
  if (digits.length > 2) return undefined;
  // A year written just before: "2020年2月30日".
  let start = a;
  let year: number | undefined;
  if (text[a - 1] === '年') {
    let y = a - 1;
    while (isDigit(text[y - 1])) y--;
    if (a - 1 - y === 4) {
      year = Number(text.slice(y, a - 1));
      start = y;
    }
  }
  const month = Number(digits);
  if (month > 12 || (month === 0 && year !== undefined)) return issue('impossible-month', start, b + 1);
  if (month === 0) return undefined;
  let d = b + 1;
  while (isDigit(text[d])) d++;
  if (d === b + 1 || d - b - 1 > 2 || text[d] !== '日') return undefined;
  const day = Number(text.slice(b + 1, d));
  if (day >= 1 && day <= daysIn(month, year)) return undefined;
  return issue('impossible-date', start, d + 1);
}

/** A run of digits followed by 日 that has no 月 before it: "202011日", "1231日", "2020年11日". */
function dayRun(text: string, original: string, a: number, b: number, issue: Make): DateIssue | undefined {
  const digits = text.slice(a, b);
  const prev = text[a - 1];
  let yearText = '';
  let rest = digits;
  let origRest = original.slice(a, b);
  const missing: string[] = [];
  let start = a;
  if (digits.length >= 5 && digits.length <= 9 && plausibleYear(Number(digits.slice(0, 4)))) {
    yearText = original.slice(a, a + 4);
    rest = digits.slice(4);
    origRest = original.slice(a + 4, b);
    missing.push('年', '月');
  } else if (prev === '年' && digits.length >= 2 && digits.length <= 4) {
    missing.push('月');
    let y = a - 1;
    while (isDigit(text[y - 1])) y--;
    if (a - 1 - y === 4) {
      yearText = original.slice(y, a - 1);
      start = y;
    }
  } else if ((digits.length === 3 || digits.length === 4) && '至到~-'.includes(before(text, a) ?? 'x') && nearDate(text, a)) {
    missing.push('月');
  } else return undefined;

  const year = yearText ? Number(yearText) : undefined;
  const yearPart = yearText ? `${yearText}年` : '';
  const splits = monthDaySplits(rest, year);
  const readings = splits.map(([m, d]) => {
    const k = m.length;
    return `${yearPart}${origRest.slice(0, k)}月${origRest.slice(k)}日`;
  });
  const found: Partial<DateIssue> = { readings, missing };
  if (readings.length === 1) found.fix = readings[0];
  else {
    // A statistics period runs from 1月1日 to 12月31日: that settles an ambiguous or doubled digit.
    const mark = before(text, start);
    const role = mark && '自由从'.includes(mark) ? 'start' : mark && '至到止'.includes(mark) ? 'end' : undefined;
    if (role && inPeriod(text, start)) {
      const target = role === 'start' ? '11' : '1231';
      const want = role === 'start' ? '1月1日' : '12月31日';
      const [wm, wd] = role === 'start' ? [1, 1] : [12, 31];
      if (rest === target || oneExtraDigit(rest, target) || splits.some(([m, d]) => Number(m) === wm && Number(d) === wd)) {
        found.fix = `${yearPart}${want}`;
        found.forced = role;
      }
    }
  }
  if (readings.length === 0 && !found.fix) return undefined;
  return issue('missing-marks', start, b + 1, found);
}

/** A text with its dates repaired, and the way back to positions in the text as written. */
export interface RepairedText {
  text: string;
  /** The position in the original text of a position in the repaired one; `end` for the end of a span. */
  original(index: number, end?: boolean): number;
}

/**
 * `text` (matchText of a node; `original` is the node value) with every
 * malformed date that has one reading replaced by it ("202011日" → "2020年1月1日").
 */
export function repairDates(text: string, original: string = text, reportYear?: number): RepairedText {
  const fixes = findDateIssues(text, original, reportYear).filter((i) => i.fix !== undefined && (i.kind === 'missing-marks' || i.kind.startsWith('repeated-year')));
  if (fixes.length === 0) return { text, original: (i) => i };
  // Pieces of the repaired text: [start in repaired, start in original, length in repaired, length in original].
  const pieces: [number, number, number, number][] = [];
  let out = '';
  let from = 0;
  for (const f of fixes) {
    pieces.push([out.length, from, f.index - from, f.index - from]);
    out += text.slice(from, f.index);
    pieces.push([out.length, f.index, f.fix!.length, f.length]);
    out += f.fix!;
    from = f.index + f.length;
  }
  pieces.push([out.length, from, text.length - from, text.length - from]);
  out += text.slice(from);
  return {
    text: out,
    original(index, end = false) {
      for (const [at, orig, len, origLen] of pieces) {
        if (index > at + len || (index === at + len && !end)) continue;
        if (len === origLen) return orig + (index - at);
        return index === at ? orig : end ? orig + origLen : orig;
      }
      return text.length;
    },
  };
}
