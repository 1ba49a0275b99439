import { foldWidth } from './normalize.js';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** "一" → 1, "十一" → 11, "二十三" → 23; null when not a Chinese numeral below 100. */
export function chineseNumeral(text: string): number | null {
  if (!text || text.length > 4) return null;
  if (text === '十') return 10;
  const ten = text.indexOf('十');
  if (ten === -1) {
    if (text.length !== 1) return null;
    return DIGITS[text] ?? null;
  }
  const tensPart = text.slice(0, ten);
  const onesPart = text.slice(ten + 1);
  const tens = tensPart === '' ? 1 : DIGITS[tensPart];
  const ones = onesPart === '' ? 0 : DIGITS[onesPart];
  if (tens === undefined || ones === undefined || onesPart.length > 1 || tensPart.length > 1) return null;
  return tens * 10 + ones;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → "一", 11 → "十一", 23 → "二十三". */
export function toChineseNumeral(n: number): string {
  if (n < 10) return CN[n]!;
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
}

export type CellValue =
  | { kind: 'number'; value: number; raw: string }
  | { kind: 'blank'; raw: string }
  | { kind: 'dash'; raw: string }
  | { kind: 'text'; raw: string };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Reads a table cell: a number, blank, a dash/slash placeholder, or other text. */
export function readCell(raw: string): CellValue {
  const t = foldWidth(raw).replace(/\s+/g, '');
  if (t === '') return { kind: 'blank', raw };
  if (/^[-—–/\\~～]+$/.test(t) || t === '无' || t === '無') return { kind: 'dash', raw };
  if (NUMBER.test(t)) return { kind: 'number', value: Number(t.replace(/,/g, '')), raw };
  return { kind: 'text', raw };
}

/** True when the raw text reads as a number (the signed or decimal forms included). */
export function isNumeric(raw: string): boolean {
  return readCell(raw).kind === 'number';
}

/** True for what stands in a value position of a table: a number, a blank or dash, or an amount with its unit ("160.5964万元"). */
export function isValueCell(raw: string): boolean {
  return readCell(raw).kind !== 'text' || /^[+-]?\d+(?:\.\d+)?\s*(?:万元|元|亿元)$/.test(foldWidth(raw).trim());
}
