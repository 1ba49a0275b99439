import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface DocExample {
  kind: '正例' | '反例';
  text: string;
  /** Front-end selector (file name) and rule options from the info string. */
  file: string;
  options: Record<string, unknown>;
  /** Expected findings of a 反例, in Chinese. */
  findings: Finding[];
  /** The same findings in English, when the doc gives them (a ```findings-en block). */
  english?: Finding[];
  /** Line in the .md where the example starts (for failure messages). */
  at: number;
  /** Other reports linted in the same run (blocks marked {"context": true}), e.g. last year's report. */
  context: { file: string; text: string }[];
}

/** A finding as a doc writes it: "line:column-endLine:endColumn message". */
export interface Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface RuleDoc {
  id: string;
  path: string;
  content: string;
  examples: DocExample[];
}

const DOCS = join(import.meta.dirname, '..', '..', 'docs', 'rules');

/**
 * Reads docs/rules/<id>.md. Examples are ```report blocks under a heading that
 * contains 正例 or 反例; a 反例 is followed by a ```findings block with one
 * "line:column-endLine:endColumn message" per expected finding (the whole
 * message), optionally followed by a ```findings-en block with the same
 * findings in English. A block whose info string has {"context": true} is
 * another report of the same run (last year's, say): it is linted together
 * with the next example.
 */
export function readRuleDocs(): RuleDoc[] {
  return readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseDoc(f.replace(/\.md$/, ''), join(DOCS, f)));
}

export function parseDoc(id: string, path: string): RuleDoc {
  const content = readFileSync(path, 'utf8');
  const lines = content.split('\n');
  const examples: DocExample[] = [];
  let kind: DocExample['kind'] | null = null;
  let context: DocExample['context'] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{2,4}\s/.test(line)) {
      kind = line.includes('反例') ? '反例' : line.includes('正例') ? '正例' : null;
      continue;
    }
    const open = /^```report(?:\s+(\{.*\}))?\s*$/.exec(line);
    if (!open || !kind) continue;
    const info = open[1] ? (JSON.parse(open[1]) as { file?: string; options?: Record<string, unknown>; context?: boolean }) : {};
    const body: string[] = [];
    const at = i + 1;
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
    if (info.context) {
      context.push({ file: info.file ?? `context-${context.length}.txt`, text: body.join('\n') + '\n' });
      continue;
    }
    const block = (name: string): Finding[] | undefined => {
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      if (lines[j] !== '```' + name) return undefined;
      const found: Finding[] = [];
      for (j++; j < lines.length && lines[j] !== '```'; j++) {
        const m = /^(\d+):(\d+)-(\d+):(\d+) (.+)$/.exec(lines[j]!);
        if (!m) throw new Error(`${path}:${j + 1}: a finding is "line:column-endLine:endColumn message"`);
        found.push({ line: Number(m[1]), column: Number(m[2]), endLine: Number(m[3]), endColumn: Number(m[4]), message: m[5]! });
      }
      i = j;
      return found;
    };
    const findings = block('findings') ?? [];
    const english = block('findings-en');
    examples.push({
      kind, text: body.join('\n') + '\n', file: info.file ?? 'example.txt', options: info.options ?? {}, findings, ...(english ? { english } : {}), at, context,
    });
    context = [];
  }
  return { id, path, content, examples };
}
