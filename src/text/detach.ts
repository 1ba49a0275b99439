/**
 * A copy of a string that does not hold on to the text it was cut from. V8
 * keeps a substring of 13 or more characters as a view into its parent, so a
 * title kept after its report was checked would keep the whole report's text
 * alive; what a run keeps of every report (summaries, findings) is detached.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
