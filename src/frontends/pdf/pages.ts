/**
 * Pages of a PDF's text: the extracted text separates pages with form feeds
 * (U+000C), so the page of an offset is one more than the form feeds before
 * it. Findings on a PDF name their page ("第3页"), as findings on a Word
 * document name their paragraph (see frontends/registry.ts).
 */
import type { DocLocation } from '../../results.js';
import { prefixLength } from '../../text/sorted.js';

/** The 1-based page of each offset of a text, by its form feeds. */
export function pageLocator(text: string): (offset: number) => number {
  const feeds: number[] = [];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) feeds.push(i);
  return (offset) => {
    return prefixLength(feeds, (f) => f < offset) + 1;
  };
}

/** `locate` for a PDF's extracted text: the page of an offset. */
export function pdfLocator(text: string): (offset: number) => DocLocation {
  const pageAt = pageLocator(text);
  return (offset) => ({ page: pageAt(offset) });
}
