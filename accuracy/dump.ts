/** Writing failing cases to a folder: the rendering as the product read it, and a note of truth against reading. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseOutcome } from './lab.js';

const at = (text: string, offset: number) => {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
};

/** Whether a case failed (a wrong or missed cell, a false finding, a crash, a missed defect). */
export function failed(c: CaseOutcome): boolean {
  if (c.reading.crash) return true;
  if (c.kind === 'pair') return !!c.falseFindings?.length;
  if (c.kind === 'clean') return !!(c.cells?.some((x) => x.outcome === 'wrong' || x.outcome === 'missed') || c.falseFindings?.length || c.meta?.some((m) => !m.ok));
  return c.recall === 'missed' || c.recall === 'wrong-place';
}

/** Writes one case: <dir>/<name>/<file> (and the .docx or .pdf bytes), plus NOTE.md. */
export function dumpCase(dir: string, c: CaseOutcome): string {
  const name = `${c.rendered.filePath.replace(/\.[a-z]+$/, '')}${c.kind === 'injected' ? `-${c.injector!.name}` : c.kind === 'pair' ? '-clean-pair' : '-clean'}`;
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  const r = c.rendered;
  // A binary file beside the text the product read from it (Word: the converter's HTML; PDF: its text), and the file a PDF was printed from.
  if (r.bytes) writeFileSync(join(folder, r.filePath), r.bytes);
  if (r.source) writeFileSync(join(folder, `${r.filePath}.source.${r.source.ext}`), r.source.bytes);
  writeFileSync(join(folder, r.bytes ? `${r.filePath}.${r.format === 'pdf' ? 'txt' : 'html'}` : r.filePath), r.text);
  const lines = [`# ${name}`, '', `layout ${c.layout}, generation ${c.generation}, agency ${c.truth.agency.name}, year ${c.truth.year}`, ''];
  if (c.reading.crash) lines.push(`**The product threw:** ${c.reading.crash}`, '');
  const place = (id: string) => {
    const s = r.spans.get(id);
    return s ? `${id} at ${at(r.text, s[0])} “${r.text.slice(s[0], Math.min(s[1], s[0] + 60)).replace(/\n/g, '⏎')}”` : `${id} (not in this rendering)`;
  };
  if (c.kind === 'pair') {
    lines.push('Linted together with the same agency\'s report of the year before (not written here).', '', '## Cross-report findings on this clean pair', '', ...(c.falseFindings ?? []).map((f) => `- ${f.line}:${f.column} ${f.ruleId}: ${f.message}`), '');
  } else if (c.kind === 'clean') {
    const bad = c.cells?.filter((x) => x.outcome === 'wrong' || x.outcome === 'missed') ?? [];
    if (bad.length) lines.push('## Cells read wrong or missed', '', ...bad.map((x) => `- ${x.outcome}: ${place(x.id)} — truth ${JSON.stringify(x.expected)}, read ${JSON.stringify(x.read)}`), '');
    const meta = c.meta?.filter((m) => !m.ok) ?? [];
    if (meta.length) lines.push('## Report data', '', ...meta.map((m) => `- ${m.field}: truth ${JSON.stringify(m.expected)}, read ${JSON.stringify(m.read)}`), '');
    if (c.falseFindings?.length) lines.push('## Findings on this clean rendering', '', ...c.falseFindings.map((f) => `- ${f.line}:${f.column} ${f.ruleId}: ${f.message}`), '');
  } else {
    lines.push(`## Injected: ${c.injector!.name} (rule ${c.injector!.rule})`, '', c.injection!.note, '', 'Expected a finding of that rule overlapping:', ...c.injection!.places.map((p) => `- ${place(p)}`), '');
    lines.push(`Outcome: **${c.recall}**`, '', '## Findings', '', ...c.reading.findings.map((f) => `- ${f.line}:${f.column} ${f.ruleId} (${f.severity}): ${f.message}`), '');
  }
  writeFileSync(join(folder, 'NOTE.md'), lines.join('\n'));
  return folder;
}
