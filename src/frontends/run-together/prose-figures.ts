/**
 * Figures the prose of a report states about its own tables
 * ("现行有效行政规范性文件698件", "收到政府信息公开申请75件", "行政复议案件2件").
 * They settle digit runs the tables' own arithmetic cannot ("8855698" into
 * 本年制发 / 本年废止 / 现行有效). Patterns are bounded, so matching is linear.
 */
import { matchText } from '../../text/normalize.js';

export type FigureTarget =
  | 'normative.made'
  | 'normative.repealed'
  | 'normative.current'
  | 'apps.received'
  | 'apps.natural'
  | 'apps.commercial'
  | 'apps.handled'
  | 'apps.forward'
  | 'review.review'
  | 'review.litigation';

export interface Figure {
  target: FigureTarget;
  value: number;
  /** The sentence fragment, as written (for messages). */
  quote: string;
}

const DOCS = '(?:行政)?规范性文件(?:共计|共)?\\s*(\\d{1,6})\\s*件';
const CASES = '(?:案件)?(?:共计|共)?\\s*(\\d{1,5})\\s*(?:件|起|宗)';

const PATTERNS: [FigureTarget, RegExp][] = [
  ['normative.made', new RegExp(`(?:制发|制定|出台|印发|新制作)(?:的|了)?${DOCS}`, 'g')],
  ['normative.current', new RegExp(`现行有效(?:的)?${DOCS}`, 'g')],
  ['normative.repealed', new RegExp(`(?:废止|宣布失效)(?:的|了)?${DOCS}`, 'g')],
  ['apps.received', /(?:收到|受理|接收|新收|办理)[^。；;，,\d]{0,24}?申请(?:共计|合计|共)?\s*(\d{1,6})\s*件/g],
  ['apps.natural', /自然人(?:申请)?\s*(\d{1,6})\s*件/g],
  ['apps.commercial', /商业企业(?:申请)?\s*(\d{1,6})\s*件/g],
  ['apps.handled', /办结[^。；;，,\d]{0,12}?(\d{1,6})\s*件/g],
  ['apps.forward', /结转(?:至下年度|下年度|到下一年度|至\d{4}年)[^。；;，,\d]{0,12}?(\d{1,6})\s*件/g],
  ['review.review', new RegExp(`行政复议${CASES}`, 'g')],
  ['review.litigation', new RegExp(`行政诉讼${CASES}`, 'g')],
];

const MAX_TEXT = 400_000;
const MAX_PER_TARGET = 20;

/** Every figure of the known kinds in `text` (the first MAX_TEXT characters). */
export function proseFigures(text: string): Figure[] {
  // Every run-together table of a document asks about the same whole text: read it once.
  if (last?.text !== text) last = { text, figures: readFigures(text) };
  return last.figures.map((f) => ({ ...f }));
}

let last: { text: string; figures: Figure[] } | undefined;

function readFigures(text: string): Figure[] {
  const raw = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const folded = matchText(raw);
  const out: Figure[] = [];
  for (const [target, re] of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(folded)) && n++ < MAX_PER_TARGET) {
      out.push({ target, value: Number(m[1]), quote: raw.slice(m.index, m.index + m[0].length) });
    }
  }
  return out;
}
