/** Where the documentation of each rule lives. */
export const DOCS_BASE = 'https://github.com/report-lint/report-lint/blob/main/docs/rules/';

export function ruleUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
