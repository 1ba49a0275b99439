/**
 * Word files (.docx) as an office drafts them: body paragraphs, bold
 * headings, and the three standard tables as real Word tables with merged
 * header cells (w:gridSpan across columns, w:vMerge down rows), zipped
 * with JSZip. The product reads a .docx as the HTML its converter makes;
 * the places are found in that HTML in document order.
 */
import JSZip from 'jszip';
import { sentenceText, type ReportTruth, type TableBlock } from '../truth/types.js';
import { denseGrid } from './common.js';
import type { Layout, Span } from './types.js';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run of text; `small` in tables (小五, 9 pt, as offices set the template's wide tables). */
const run = (text: string, bold = false, small = false) =>
  `<w:r>${bold || small ? `<w:rPr>${bold ? '<w:b/>' : ''}${small ? '<w:sz w:val="18"/>' : ''}</w:rPr>` : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;
const para = (runs: string, center = false) => `<w:p>${center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : ''}${runs}</w:p>`;

/** The text width of an A4 page with Word's Chinese default margins (3.17 cm left and right), in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1800;

/** Column widths that fill the text width as offices set them: the label columns (before the first value) 40 %, the value columns the rest. */
function columnWidths(t: TableBlock, grid: ReturnType<typeof denseGrid>): number[] {
  const valueColumns = grid.flatMap((row) => row.flatMap((p, c) => (p?.cell.role === 'value' ? [c] : [])));
  const labels = valueColumns.length ? Math.min(...valueColumns) : 1;
  const values = t.width - labels;
  if (!labels || !values) return Array.from({ length: t.width }, () => Math.floor(TEXT_WIDTH / t.width));
  return Array.from({ length: t.width }, (_, c) => Math.floor(c < labels ? (0.4 * TEXT_WIDTH) / labels : (0.6 * TEXT_WIDTH) / values));
}

function tableXml(t: TableBlock): string {
  const grid = denseGrid(t);
  const widths = columnWidths(t, grid);
  const rows = grid.map((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < t.width; c++) {
      const p = row[c];
      if (!p) {
        cells.push('<w:tc><w:p/></w:tc>');
        continue;
      }
      const span = p.cell.colSpan ?? 1;
      if (p.covered && p.row === r) continue; // covered by a cell to the left (gridSpan)
      if (p.col !== c) continue;
      const props = `${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${(p.cell.rowSpan ?? 1) > 1 ? `<w:vMerge${p.row === r ? ' w:val="restart"' : ''}/>` : ''}`;
      const body = p.row === r ? para(run(p.cell.text, p.cell.role === 'header', true), p.cell.role !== 'label') : '<w:p/>';
      const width = widths.slice(c, c + span).reduce((a, b) => a + b, 0);
      cells.push(`<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${props}</w:tcPr>${body}</w:tc>`);
    }
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** The places in reading order, with the text that shows them. */
type Expected = { ids: string[]; text: string; cell: boolean };

/** The date every part of the zip carries (and no folder entries, which would carry the time of day): the same report gives the same bytes, which the PDF layouts cache by. */
const ZIP_DATE = new Date(Date.UTC(2024, 0, 1));

/** A report as a Word file, and its places in reading order. */
export async function docx(truth: ReportTruth): Promise<{ bytes: Uint8Array; order: Expected[] }> {
  const body: string[] = [];
  const order: Expected[] = [];
  for (const b of truth.doc.blocks) {
    if (b.kind === 'para') {
      if (b.role === 'meta') continue;
      body.push(para(b.sentences.map((s) => run(sentenceText(s), b.role === 'title')).join(''), b.role === 'title'));
      for (const s of b.sentences) order.push({ ids: [s.id, b.id], text: sentenceText(s), cell: false });
    } else if (b.kind === 'heading') {
      body.push(para(run(b.text, true)));
      order.push({ ids: [b.id], text: b.text, cell: false });
    } else {
      body.push(tableXml(b), '<w:p/>');
      for (const row of b.rows) for (const c of row) order.push({ ids: c.id ? [c.id, `table.${b.id}`] : [`table.${b.id}`], text: c.text, cell: true });
    }
  }
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>', { date: ZIP_DATE, createFolders: false });
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>', { date: ZIP_DATE, createFolders: false });
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`, { date: ZIP_DATE, createFolders: false });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, order };
}

/** Finds the places in the converter's HTML in order: cells as ">text<", sentences by their text. */
function locate(html: string, order: Expected[]): Map<string, Span> {
  const spans = new Map<string, Span>();
  let pos = 0;
  for (const e of order) {
    const text = xml(e.text);
    if (!text) continue;
    const at = e.cell ? html.indexOf(`>${text}<`, pos) : html.indexOf(text, pos);
    if (at < 0) continue;
    const start = e.cell ? at + 1 : at;
    const span: Span = [start, start + text.length];
    for (const id of e.ids) {
      const s = spans.get(id);
      if (s) s[1] = span[1];
      else spans.set(id, [...span]);
    }
    pos = span[1];
  }
  return spans;
}

export const wordDocx: Layout = {
  name: 'docx',
  family: 'word',
  description: 'a real Word file: bold headings, the standard tables with merged header cells (gridSpan, vMerge); read through the product\'s .docx converter',
  async render(truth) {
    const { bytes, order } = await docx(truth);
    return { kind: 'binary', ext: 'docx', bytes, locate: (html) => locate(html, order) };
  },
};
