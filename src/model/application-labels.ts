/**
 * Row labels of table 三 as real layouts give them: a group label in the
 * first cell of its group's first row ("三、本年度办理结果 | （一）予以公开 | 2 …",
 * a flattened rowspan), group and sub-row in one cell ("（三）不予公开1.属于国家
 * 秘密", a collapsed PDF conversion), the group label alone in the middle of
 * its rows, and labels wrapped over two rows. The group labels are context;
 * the row is the sub-row they hold.
 */
import { SUB_ROWS } from './vocabulary.js';

export type Group = 'results' | 'deny' | 'unable' | 'reject' | 'other' | null;

const GROUPS: [RegExp, Exclude<Group, null | 'results'>][] = [
  [/^不予公开$/, 'deny'],
  [/^无法提供$/, 'unable'],
  [/^不予处理$/, 'reject'],
  [/^其他处理/, 'other'],
];

/** A label without its numbering: "（一）予以公开" → "予以公开", "3.其他" → "其他". */
export function bare(label: string): string {
  return label.replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\.)/, '');
}

interface LabelReading {
  /** The row key, null for a group label or an unknown label. */
  key: string | null;
  /** The group the label sets or sits in. */
  group: Group;
  /** True when the label names something of the template (a row or a group). */
  known: boolean;
}

/** Key of one table-三 label (normalised, one numbered part) given the group it sits in. */
function readPart(label: string, group: Group): LabelReading {
  const b = bare(label);
  const row = (key: string | null, g: Group): LabelReading => ({ key, group: g, known: true });
  if (/^本年新收/.test(b)) return row('new', null);
  if (/^上年结转/.test(b)) return row('carried_over', null);
  if (/^结转下年度/.test(b)) return row('carried_forward', null);
  if (/^本年度办理结果/.test(b)) return row(null, 'results');
  if (/^总计$/.test(b)) return row('total', 'results');
  if (/^予以公开/.test(b)) return row('granted', 'results');
  if (/^部分公开/.test(b)) return row('partial', 'results');
  for (const [re, g] of GROUPS) if (re.test(b)) return row(null, g);
  if (/^\(六\)其他$/.test(label)) return row(null, 'other');
  if (group && group !== 'results') {
    for (const [re, key] of SUB_ROWS[group]) if (re.test(b)) return row(key, group);
  }
  // Labels out of their group (a missing or displaced group row) still have one meaning.
  for (const g of ['deny', 'unable', 'reject', 'other'] as const) {
    for (const [re, key] of SUB_ROWS[g]) if (key !== 'other_3' && re.test(b)) return row(key, g);
  }
  return { key: null, group, known: false };
}

/** Numbering that starts a label inside a cell: "（三）", "三、", "1.". */
const INNER_MARKER = /\([一二三四五六七]\)|[一二三四]、|[1-8]\.(?!\d)/g;

/** A cell holding a group label and its sub-row ("（三）不予公开1.属于国家秘密") in its numbered parts. */
export function labelParts(label: string): string[] {
  const parts: string[] = [];
  let from = 0;
  INNER_MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INNER_MARKER.exec(label))) {
    if (m.index === 0) continue;
    parts.push(label.slice(from, m.index));
    from = m.index;
  }
  parts.push(label.slice(from));
  return parts;
}

/**
 * Reads the label cells of one row in order (the group labels first, the
 * sub-row last), each possibly holding several numbered parts. `complete` is
 * false when the last part names nothing of the template (a fragment of a
 * wrapped label, or a label the template does not have).
 */
export function readLabels(labels: string[], group: Group): { key: string | null; group: Group; complete: boolean } {
  let current: Group = group;
  let last: LabelReading = { key: null, group, known: false };
  for (const label of labels) {
    for (const part of labelParts(label)) {
      last = readPart(part, current);
      if (last.known) current = last.group;
    }
  }
  return { key: last.known ? last.key : null, group: current, complete: last.known };
}
