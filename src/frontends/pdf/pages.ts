/**
 * Pages of a PDF's text: the extracted text separates pages with form feeds
 * (U+000C), so the page of an offset is one more than the form feeds before
 * it. Findings on a PDF name their page ("第3页"), as findings on a Word
 * document name their paragraph.
 */
import type { LintMessage } from '../../results.js';
import type { Locale } from '../../engine/types.js';
import { placeWords } from '../docx.js';

/** The 1-based page of each offset of a text, by its form feeds. */
export function pageLocator(text: string): (offset: number) => number {
  const feeds: number[] = [];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) feeds.push(i);
  return (offset) => {
    let lo = 0;
    let hi = feeds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (feeds[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/**
 * The messages of a PDF input with their pages: `location` set to
 * `{ page }` and the page in words appended to the message ("…（第3页）",
 * "… (page 3)"). Offsets come from `range`, else from line/column.
 */
export function withPdfPages(messages: LintMessage[], text: string, locale: Locale = 'zh-CN'): LintMessage[] {
  if (messages.length === 0) return messages;
  const pageAt = pageLocator(text);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return messages.map((m) => {
    const offset = m.range?.[0] ?? (lineStarts[m.line - 1] ?? 0) + m.column - 1;
    const location = { page: pageAt(offset) };
    const words = placeWords(location, locale);
    return { ...m, message: locale === 'en' ? `${m.message} (${words})` : `${m.message}（${words}）`, location };
  });
}
