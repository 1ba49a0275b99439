/**
 * Helpers for rules that read the running text of a report: the prose nodes in
 * document order, sentence spans, counted amounts and percentages with their
 * positions, and the reporting body's self-references (我镇, 本局, 市本级).
 * All functions take `matchText` output (half width, Simplified script), so
 * every index they return is an index into the node's original value.
 */
import type { Cell, Heading, Paragraph, Root, Section } from '../ast/types.js';
import { blocks } from '../ast/walk.js';

export type ProseNode = Paragraph | Heading | Cell;

/**
 * Headings, paragraphs and table cells that hold running text (a flattened
 * page sometimes leaves whole sections inside one cell), in document order.
 */
export function proseNodes(root: Root): ProseNode[] {
  const out: ProseNode[] = [];
  for (const { node } of blocks(root)) {
    if (node.type === 'section') out.push(node.heading);
    else if (node.type === 'paragraph' && node.role !== 'chrome') out.push(node);
    else if (node.type === 'table') {
      for (const row of node.children) {
        for (const cell of row.children) if (isProseCell(cell.value)) out.push(cell);
      }
    }
  }
  return out;
}

/** The prose nodes (as `proseNodes` gives them) inside the sections that pass `test`, headings included. */
export function proseNodesIn(root: Root, test: (section: Section) => boolean): Set<ProseNode> {
  const out = new Set<ProseNode>();
  /** insideAt[d]: one of the d sections enclosing the current block passes `test`. */
  const insideAt = [false];
  for (const { node, depth } of blocks(root)) {
    const inside = insideAt[depth]!;
    if (node.type === 'section') {
      insideAt[depth + 1] = inside || test(node);
      if (insideAt[depth + 1]) out.add(node.heading);
    } else if (!inside) continue;
    else if (node.type === 'paragraph') out.add(node);
    else for (const row of node.children) for (const cell of row.children) out.add(cell);
  }
  return out;
}

function isProseCell(value: string): boolean {
  return value.length >= 30 && /[。，,；]/.test(value) && /[\u4e00-\u9fff]{8}/.test(value);
}

export interface Span {
  start: number;
  end: number;
}

/** Sentence spans: text between 。！？!? and line breaks (semicolons stay inside a sentence). */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '。' || c === '!' || c === '?' || c === '！' || c === '？' || c === '\n') {
      if (i + 1 > start) out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Ranges inside 《…》 (titles of documents), which describe other texts, not the report. */
export function bookTitleSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《' && open < 0) open = i;
    else if (text[i] === '》' && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

export function inSpans(spans: Span[], index: number): boolean {
  return spans.some((s) => index >= s.start && index < s.end);
}

/** A counted amount ("28条", "1,552件", "60余人次") or a percentage ("26.98%"). */
export interface Amount {
  value: number;
  /** Digits as written ("26.98", "1,552"). */
  raw: string;
  /** Index of the first digit and length up to the end of the unit or "%". */
  index: number;
  length: number;
  /** Number of decimals printed. */
  decimals: number;
  /** The counting unit ("条"), or "%" for a percentage. */
  unit: string;
  /** Approximate: 余/多 after the number or 约/近/超/左右 around it. */
  approx: boolean;
}

export const COUNT_UNIT = '人次|万元|亿元|元|件|条|个|项|次|篇|期|份|人|家|户|处|场|批|起|宗|封|张|册|名|所|栏';
const NUMBER = '(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?';
const AMOUNT = new RegExp(`(?<![\\d.])${NUMBER}\\s{0,2}(余|多)?\\s{0,2}(${COUNT_UNIT}|%)`, 'g');

/** Amounts and percentages in text[from, to), left to right; ordinals (第3次) and parts of longer digit runs excluded. */
export function amounts(text: string, from = 0, to = text.length): Amount[] {
  const out: Amount[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(AMOUNT)) {
    const index = from + m.index;
    const before = text[index - 1] ?? '';
    if (before === '第') continue;
    const raw = m[2] ? `${m[1]}.${m[2]}` : m[1]!;
    const around = text.slice(Math.max(0, index - 2), index) + text.slice(index + m[0].length, index + m[0].length + 2);
    out.push({
      value: Number(raw.replace(/,/g, '')),
      raw,
      index,
      length: m[0].length,
      decimals: m[2]?.length ?? 0,
      unit: m[4]!,
      approx: Boolean(m[3]) || /约|近|超|左右|余/.test(around),
    });
  }
  return out;
}

/** The amount that starts exactly at `index` (after optional spaces), if any. */
export function amountAt(text: string, index: number): Amount | undefined {
  const first = amounts(text, index, Math.min(text.length, index + 24))[0];
  if (!first) return undefined;
  return /^\s*$/.test(text.slice(index, first.index)) ? first : undefined;
}

/**
 * Whether a printed percentage agrees with an exact value: within half a unit
 * of its last printed digit (rounded), or less than one unit below the value
 * (truncated); approximations (约, 左右, 超) get one unit either way.
 */
export function percentAgrees(printed: Amount, exact: number): boolean {
  const unit = 10 ** -printed.decimals;
  const diff = exact - printed.value;
  const eps = 1e-9;
  if (printed.approx) return Math.abs(diff) <= unit + eps;
  return Math.abs(diff) <= unit / 2 + eps || (diff >= 0 && diff < unit);
}

/** Formats a percentage with two decimals at most ("154.55", "50"). */
export function formatPercent(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Administrative levels a reporting body can have. */
export type Level = '省' | '市' | '区' | '县' | '乡' | '镇' | '街道' | '部门';

/** The level of an agency name: the last level word after dropping 人民政府/办事处/办公室. */
export function agencyLevel(name: string): Level | null {
  const core = name.replace(/[()（）\s]/g, '').replace(/(?:人民政府|政府|办事处|办公室|党政办公室|管委会|管理委员会)+$/, '');
  if (/(?:局|委|厅|中心|办|署|所|院|馆|站|队|处|会)$/.test(core)) return '部门';
  const m = /(街道|镇|乡|县|区|市|省)$/.exec(core);
  return m ? (m[1] as Level) : null;
}

/** A phrase in which the reporting body names its own jurisdiction or body. */
export interface SelfReference {
  index: number;
  length: number;
  /** Text as matched (Simplified): "我镇", "市本级", "全市". */
  text: string;
  level: Level;
  /** "strong": 我X/本X; "scope": X本级 and (加强/负责…)对全X, which only one's own body can say. */
  kind: 'strong' | 'scope';
}

const SELF = /(?:我|本)(街道|镇|乡|县|区|市|局|委|厅)(?![域场长镇])|(?<![省市县区镇乡])(区|县|市|镇|乡)本级|(?:加强|负责|强化|做好)对全(区|县|市|镇|乡)/g;

/** Self-references in a text, outside 《…》 titles. */
export function selfReferences(text: string): SelfReference[] {
  const titles = bookTitleSpans(text);
  const out: SelfReference[] = [];
  for (const m of text.matchAll(SELF)) {
    if (inSpans(titles, m.index)) continue;
    if (m[1]) {
      const level: Level = /[局委厅]/.test(m[1]) ? '部门' : (m[1] as Level);
      out.push({ index: m.index, length: m[0].length, text: m[0], level, kind: 'strong' });
    } else if (m[2]) {
      out.push({ index: m.index, length: m[0].length, text: m[0], level: m[2] as Level, kind: 'scope' });
    } else {
      const at = m.index + m[0].length - 2;
      out.push({ index: at, length: 2, text: text.slice(at, at + 2), level: m[3] as Level, kind: 'scope' });
    }
  }
  return out;
}

/** Ranges inside round brackets "(…)" (after width folding), where texts put asides and sub-counts. */
export function bracketSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') {
      if (depth++ === 0) open = i;
    } else if (c === ')' && depth > 0 && --depth === 0) out.push({ start: open, end: i + 1 });
  }
  return out;
}

/** Clause boundaries: commas, semicolons, colons (width folded) and sentence ends. */
const CLAUSE_BREAK = /[,;:。!?！？\n]/;

/** Start of the clause that holds `index`, not before `floor`. */
export function clauseStart(text: string, index: number, floor = 0): number {
  for (let i = index - 1; i >= floor; i--) if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  return floor;
}

/** End (exclusive) of the clause that holds `index`, not after `ceiling`. */
export function clauseEnd(text: string, index: number, ceiling = text.length): number {
  for (let i = index; i < ceiling; i++) if (CLAUSE_BREAK.test(text[i]!)) return i;
  return ceiling;
}

/** A change rather than a stock: "增加17条", "比上年减少3件", "多2件". */
export function isChange(text: string, amount: Amount): boolean {
  return /(?:增加|减少|增长|下降|上升|提高|降低|多|少|增|减)了?\s{0,2}(?:约|近)?$/.test(text.slice(Math.max(0, amount.index - 6), amount.index));
}
