/**
 * HTML pages: the report body as portals publish it (r019/r020 editor HTML
 * with <p> in every cell and header words split over several <p>; r004
 * Word-exported HTML with MsoNormal paragraphs and &nbsp; padding), tables
 * with the template's rowspan/colspan; and a page that leaves zeros blank.
 */
import type { Rng } from '../prng.js';
import { sentenceText, type GridCell, type ReportTruth, type TableBlock, type Value } from '../truth/types.js';
import { cellIds, sentenceIds } from './common.js';
import { Writer, type Layout } from './types.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface HtmlStyle {
  word: boolean;
  blankZeros: boolean;
  /** Ruling lines (border=1), as the template's tables have them; without, a page whose tables have none. */
  ruled: boolean;
}

/** A cell's content: split over <p>s as narrow cells are (商业</p><p>企业), padded in Word's way. */
function cellContent(w: Writer, t: TableBlock, c: GridCell, rng: Rng, style: HtmlStyle): void {
  const ids = cellIds(t, c);
  const p = style.word ? '<p class=MsoNormal align=center style="text-align:center"><span style="font-size:10.5pt">' : '<p style="text-indent: 0em;">';
  const q = style.word ? '</span></p>' : '</p>';
  if (c.role === 'value' && style.blankZeros && c.text === '0') {
    w.put(p).put('&nbsp;', ...ids).put(q);
    return;
  }
  const text = escape(c.text);
  if ((c.role === 'header' || c.role === 'group') && text.length >= 4 && text.length <= 12 && rng.chance(0.5)) {
    const at = Math.ceil(text.length / 2);
    w.put(p).put(text.slice(0, at), ...ids).put(q).put(p).put(text.slice(at), ...ids).put(style.word ? q : `\n &nbsp; &nbsp; &nbsp;${q}`);
    return;
  }
  w.put(p);
  if (style.word && c.role !== 'value') w.put('<span>&nbsp;</span>');
  w.put(style.word && c.role === 'value' ? `&nbsp;` : '').put(text, ...ids).put(style.word && c.role === 'value' ? '&nbsp;' : '').put(q);
}

function table(w: Writer, t: TableBlock, rng: Rng, style: HtmlStyle): void {
  const border = style.ruled ? 1 : 0;
  w.put(style.word ? `<table class=MsoNormalTable border=${border} cellspacing=0 cellpadding=0 style="border-collapse:collapse">` : `<table cellspacing="0" align="center"${style.ruled ? ' border="1"' : ''}><tbody>`);
  t.rows.forEach((row, i) => {
    w.put(i === 0 && !style.word ? '<tr class="firstRow">' : '<tr>');
    for (const c of row) {
      const span = `${c.colSpan ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}`;
      w.put(`<td${span} valign="center">`);
      cellContent(w, t, c, rng, style);
      w.put('</td>');
    }
    w.put('</tr>');
  });
  w.put(style.word ? '</table>' : '</tbody></table>');
}

/** A report as an HTML page (for the PDF layouts too, which print it). */
export function htmlPage(truth: ReportTruth, rng: Rng, style: HtmlStyle): Writer {
  const w = new Writer();
  w.put(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(truth.title)}_政府信息公开年报</title></head><body>`);
  for (const b of truth.doc.blocks) {
    if (b.kind === 'para' && b.role === 'title') {
      w.put('<div class="article-title"><h1>');
      for (const s of b.sentences) w.put(escape(sentenceText(s)), ...sentenceIds(b, s));
      w.put('</h1>');
      continue;
    }
    if (b.kind === 'para' && b.role === 'meta') {
      w.put('<div class="info"><span>');
      for (const s of b.sentences) w.put(escape(sentenceText(s)), ...sentenceIds(b, s));
      w.put('</span> <span>字号：<a>大</a> <a>中</a> <a>小</a></span></div></div>\n<div class=TRS_Editor>');
      continue;
    }
    if (b.kind === 'heading') {
      const font = b.level === 1 ? '黑体, SimHei' : '楷体, 楷体_GB2312, SimKai';
      w.put(`<p style="text-indent: 2em;"><span style="font-family: ${font};">`).put(escape(b.text), b.id).put('</span></p>');
      continue;
    }
    if (b.kind === 'para') {
      const align = b.role === 'signature' || b.role === 'date' ? ' style="text-align: right;"' : ' style="text-indent: 2em;"';
      w.put(style.word ? '<p class=MsoNormal style="text-indent:32.0pt">' : `<p${align}>`);
      b.sentences.forEach((s) => w.put(escape(sentenceText(s)), ...sentenceIds(b, s)));
      w.put('</p>');
      continue;
    }
    table(w, b, rng, style);
  }
  w.put('</div></body></html>');
  return w;
}

export const htmlRowspan: Layout = {
  name: 'html-rowspan',
  family: 'web',
  description: 'r019/r020 editor HTML or r004 Word-exported HTML: headings as styled <p>, tables with the template\'s rowspan/colspan, header words split over <p>s',
  render: (truth, rng) => ({ kind: 'text', ext: 'html', pieces: htmlPage(truth, rng, { word: rng.chance(0.4), blankZeros: false, ruled: true }).pieces }),
};

export const htmlBlankZeros: Layout = {
  name: 'html-blank-zeros',
  family: 'web',
  description: 'an HTML page whose tables leave every zero blank (&nbsp;): a reader sees empty cells',
  expects: {
    'cell-value': 'blank cells where the template wants 0 are a defect of the report (cell-value says so)',
    'required-tables': 'a table whose values are all zero has no number left once zeros are blank',
  },
  render: (truth, rng) => {
    const expect = new Map<string, Value>();
    for (const b of truth.doc.blocks) if (b.kind === 'table') for (const row of b.rows) for (const c of row) if (c.id && c.text === '0') expect.set(c.id, null);
    return { kind: 'text', ext: 'html', pieces: htmlPage(truth, rng, { word: false, blankZeros: true, ruled: true }).pieces, expect };
  },
};
