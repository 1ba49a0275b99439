/**
 * The layout registry. To add a layout: write it in a file of its family
 * (or a new file) and list it here. A layout that needs an outside tool
 * (LibreOffice or Chromium for PDF files) has a setup() that returns a note
 * when the tool is missing; the lab then skips it and says so.
 * (A layout's place in the list picks its injectors, see lab.ts: add new
 * layouts at the end, or the figures of those after it change.)
 */
import { crawlerOneLine, crawlerPortal } from './crawler.js';
import { mdIndented, txtCellPerLine, txtClean, txtPipeCells, txtPipeRows } from './plain.js';
import { htmlBlankZeros, htmlRowspan } from './web.js';
import { mdGfm, pdfMarkdown } from './markdown.js';
import { pdfText } from './pdf.js';
import { wordDocx } from './word.js';
import { excerpt, traditional } from './converted.js';
import { printedLayouts } from './printed.js';
import type { Layout } from './types.js';

export const LAYOUTS: readonly Layout[] = [
  txtClean, txtCellPerLine, txtPipeCells, txtPipeRows, mdIndented,
  crawlerOneLine, crawlerPortal,
  htmlRowspan, htmlBlankZeros,
  mdGfm,
  pdfText, pdfMarkdown,
  wordDocx,
  traditional, excerpt,
  // Last: the layouts before them keep their places in the list (and so their injectors).
  ...printedLayouts(),
];
