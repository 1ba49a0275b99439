/**
 * A leaked summary: the page's meta description (the first hundred or so characters of the article, cut
 * off, sometimes with "…") that a copy of the page took along as text, followed by the same paragraph in
 * full — glued to its start ("2022年，我县认真贯彻…扎实推进2022年，我县认真贯彻…扎实推进政务公开工作。") or
 * on a line of its own before it. page-residue reports it; duplicated-text then does not report the
 * repeat.
 */

/** Shortest summary taken for one: 20 characters. */
const MIN = 20;
const ELLIPSIS = /(?:\.{2,6}|…{1,2}|\s)+$/;
/** A summary is prose cut off: it holds a clause break (a title that the introduction repeats does not). */
const PROSE = /[，,；;。]/;

/** Length of a summary glued to the start of a paragraph that then starts again, or 0. */
export function gluedSummary(text: string): number {
  const lead = text.length - text.trimStart().length;
  const head = text.slice(lead, lead + MIN);
  if (head.length < MIN) return 0;
  // The paragraph's opening occurs again: the text before it is the summary when the rest starts with it.
  let from = text.indexOf(head, lead + MIN);
  for (let tries = 0; from >= 0 && from <= lead + 400 && tries < 3; tries++) {
    const cut = text.slice(lead, from);
    const summary = cut.replace(ELLIPSIS, '');
    const cutOff = summary !== cut || !/[。！？!?]$/.test(summary);
    if (cutOff && PROSE.test(summary) && text.startsWith(summary, from)) return from - lead;
    from = text.indexOf(head, from + 1);
  }
  return 0;
}

/**
 * Length of a cut-off copy of the start of `next` at the start of a paragraph: the whole paragraph, or the
 * part up to and including an ellipsis ("…", "...") when more follows it (a reader that joins lines may have
 * run the summary into the title after it). 0 when there is none.
 */
export function summaryOf(text: string, next: string): number {
  const lead = text.length - text.trimStart().length;
  const mark = /\.{2,6}|…{1,2}/.exec(text);
  const end = mark ? mark.index + mark[0].length : text.trimEnd().length;
  const cut = text.slice(lead, end);
  const summary = cut.replace(ELLIPSIS, '');
  const full = next.trim();
  if (summary.length < MIN || !PROSE.test(summary) || full.length <= summary.length || !full.startsWith(summary)) return 0;
  // Cut off mid-sentence, or marked as cut with "…": a whole sentence written twice is a repeat, not a summary.
  return summary !== cut || !/[。！？!?]$/.test(summary) ? end - lead : 0;
}

/** The summary of one of the next paragraphs at the start of a paragraph (a title or meta line may stand between): its length, or 0. */
export function summaryBefore(text: string, following: readonly string[]): number {
  for (const next of following.slice(0, 3)) {
    const length = summaryOf(text, next);
    if (length > 0) return length;
  }
  return 0;
}
