/**
 * Texts that are not whole reports: a file that is no report at all (a page
 * report-lint wrote, a README), and an excerpt that stops part-way (a stored
 * crawl cut inside a table or after section 三). Neither is checked as if it
 * were a whole report: a file that is no report gets one note and no
 * findings; an excerpt gets one finding where it stops instead of a list of
 * what its lost part would have held.
 */
import type { InputFormat, Root } from '../ast/types.js';
import { reportBody } from '../text/body.js';
import { normalizeLabel } from '../text/normalize.js';
import { APPLICATION_ROW_HEADINGS, STANDARD_SECTIONS } from './vocabulary.js';
import type { NotReportReason, ReportModel, Truncation } from './types.js';

/** The generator tag report-lint writes into its HTML pages (the batch summary, the checker's outputs). */
const GENERATED = /<meta\b[^>]*\bname\s*=\s*["']?generator["']?[^>]*\bcontent\s*=\s*["']?report-lint\b|<meta\b[^>]*\bcontent\s*=\s*["']?report-lint\b[^>]*\bname\s*=\s*["']?generator\b/i;

/**
 * Why a file is not an annual report, or null when it is (or may be) one.
 * 'generated': an HTML page with report-lint's generator tag. 'content': no
 * title, statistics period or standard section of a report, and the text of a
 * document about something else — mostly Latin letters (over 500, more than
 * the Chinese characters), or Markdown code blocks (a README, documentation).
 * Any other text is checked: a fragment of a report is still a report.
 */
export function notReportReason(root: Root, model: Pick<ReportModel, 'sections'>, text: string, format: InputFormat): NotReportReason | null {
  if (format === 'html' && GENERATED.test(text.slice(0, 8192))) return 'generated';
  const info = root.data;
  if (info.title || info.period || Object.keys(model.sections).length > 0) return null;
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (ch >= '\u4e00' && ch <= '\u9fff') han++;
    else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) latin++;
  }
  const fenced = format === 'md' && /^ {0,3}(?:```|~~~)/m.test(text);
  return fenced || (latin > han && latin >= 500) ? 'content' : null;
}

/** The last line of a report: its date, or the agency that signs it. */
const DATE_LINE = /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/;
const SIGNATURE = /^[\u4e00-\u9fff（）()]{2,30}(?:政府|局|委员会|委|办公室|办|办事处|中心|院|所|厅|部|处|站|队|会)$/;

/**
 * Where a text of the 2019/2021 templates stops part-way: the standard
 * sections after the last one present are all missing, and nothing closes the
 * report (no signature date or agency after its last section). The text then
 * stops in the table or the section its last block belongs to.
 */
export function truncation(root: Root, model: Pick<ReportModel, 'generation' | 'sections' | 'topSections'>): Truncation | undefined {
  if (model.generation !== '2019' && model.generation !== '2021') return undefined;
  if (model.topSections.length === 0) return undefined;
  const present = STANDARD_SECTIONS.filter((d) => model.sections[d.key]);
  const last = present[present.length - 1];
  if (!last || last.number === STANDARD_SECTIONS.length) return undefined;
  const missing = STANDARD_SECTIONS.filter((d) => d.number > last.number).map((d) => d.key);
  // After the last standard section there may be nothing but a heading cut short ("三、收到").
  const after = model.topSections.filter((s) => s.position.start.offset > model.sections[last.key]!.position.start.offset);
  if (after.length > 1 || after.some((s) => s.children.length > 0)) return undefined;
  const body = reportBody(root);
  if (!body) return undefined;
  const leaves = body.leaves.filter((l) => l.position.end.offset <= body.end);
  const end = leaves[leaves.length - 1];
  if (!end) return undefined;
  // A report that closes with its date or its agency is whole, however many sections it lacks
  // (a signature right under a table may have been read as its last rows).
  const tail = leaves.slice(-2).flatMap((l) =>
    l.type === 'paragraph' ? [l.value] : l.type === 'table' ? l.children.slice(-2).filter((r) => r.children.length <= 2).flatMap((r) => r.children.map((c) => c.value)) : [],
  ).map(normalizeLabel);
  if (tail.some((l) => DATE_LINE.test(l) || SIGNATURE.test(l))) return undefined;
  const at = end.position.start.offset;
  const section = [...model.topSections].reverse().find((s) => s.position.start.offset <= at);
  const out: Truncation = { missing, ...(section ? { section } : {}) };
  // A heading cut short ("三、收到") that the reader took for the last cell of the table above it.
  const lastRow = end.type === 'table' ? end.children[end.children.length - 1] : undefined;
  const lastCell = lastRow?.children[lastRow.children.length - 1];
  const cut = lastCell ? normalizeLabel(lastCell.value) : '';
  if (/^[一二三四五六七八九十]+、/.test(cut) && !APPLICATION_ROW_HEADINGS.test(cut)) {
    out.heading = cut;
  } else if (end.type === 'table') {
    out.table = end;
    const lastRow = end.children[end.children.length - 1];
    if (lastRow) out.lastRow = lastRow;
  }
  return out;
}
