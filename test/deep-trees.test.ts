/**
 * Our own walks of the report tree use explicit stacks: a tree nested far
 * deeper than the call stack allows (built directly, since the front ends cap
 * the depth of what they read) is walked in document order without overflow.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Paragraph, Root, Section, Table } from '../src/ast/types.js';
import { blocks, paragraphs, sections, tables, textNodes } from '../src/ast/walk.js';
import { proseNodesIn } from '../src/text/prose.js';
import { markUncertain } from '../src/frontends/pdf/uncertain.js';
import { problemsContent } from '../rules/required-sections/problems.js';

/** Deeper than any recursive walk of ours could go (they overflowed at 5,000). */
const DEPTH = 100_000;

const at = (offset: number) => ({ start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 2, offset: offset + 1 } });
const paragraph = (value: string, offset: number): Paragraph => ({ type: 'paragraph', value, position: at(offset) }) as Paragraph;
const table = (offset: number): Table =>
  ({ type: 'table', position: at(offset), children: [{ type: 'row', position: at(offset), children: [{ type: 'cell', value: '12', position: at(offset) }] }] }) as unknown as Table;
const section = (k: number, children: Block[]): Section =>
  ({ type: 'section', number: null, level: 1, ordinal: null, title: `节${k}`, heading: { type: 'heading', value: `节${k}`, marker: '', title: `节${k}`, position: at(k) }, children, position: at(k) }) as unknown as Section;

/** Sections nested DEPTH deep, each holding a paragraph before its subsection and the deepest a table. */
function deepReport(): Root {
  let inner: Section = section(DEPTH - 1, [paragraph(`段${DEPTH - 1}`, DEPTH - 1), table(DEPTH)]);
  for (let k = DEPTH - 2; k >= 0; k--) inner = section(k, [paragraph(`段${k}`, k), inner]);
  return { type: 'root', children: [inner, paragraph('尾', DEPTH + 1)], position: at(0), data: {} } as unknown as Root;
}

describe('walks of a report tree nested 100,000 deep', () => {
  const root = deepReport();

  it('blocks: every block in document order with its depth', () => {
    const seen = [...blocks(root)];
    expect(seen).toHaveLength(2 * DEPTH + 2);
    expect(seen.slice(0, 4).map(({ node, depth }) => [node.type, depth])).toEqual([['section', 0], ['paragraph', 1], ['section', 1], ['paragraph', 2]]);
    expect(seen.slice(-2).map(({ node, depth }) => [node.type, depth])).toEqual([['table', DEPTH], ['paragraph', 0]]);
  });

  it('sections, paragraphs, tables and text nodes in document order', () => {
    expect(sections(root).map((s) => s.title).slice(0, 3)).toEqual(['节0', '节1', '节2']);
    const texts = paragraphs(root).map((p) => p.value);
    expect(texts).toHaveLength(DEPTH + 1);
    expect([texts[0], texts[1], texts.at(-2), texts.at(-1)]).toEqual(['段0', '段1', `段${DEPTH - 1}`, '尾']);
    expect(tables(root)).toHaveLength(1);
    expect(textNodes(root).slice(0, 3).map((n) => n.value)).toEqual(['节0', '段0', '节1']);
  });

  it('the prose inside a section found by a test, however deep it opens', () => {
    const inside = proseNodesIn(root, (s) => s.title === `节${DEPTH - 2}`);
    expect([...inside].map((n) => n.value)).toEqual([`节${DEPTH - 2}`, `段${DEPTH - 2}`, `节${DEPTH - 1}`, `段${DEPTH - 1}`, '12']);
  });

  it('the deepest table cell is marked uncertain', () => {
    markUncertain(root, [{ start: DEPTH, end: DEPTH + 1, message: { zh: '猜测', en: 'guessed' } as never }]);
    expect(tables(root)[0]!.children[0]!.children[0]!.uncertain).toBeTruthy();
  });

  it('the text of a section (the words of its heading, then its blocks and all its subsections), in order', () => {
    const first = sections(root)[0]!;
    const content = problemsContent(first, (n) => n.value);
    expect(content.text.startsWith('节0段0段1段2')).toBe(true);
    expect(content.text.endsWith(`段${DEPTH - 1}12`)).toBe(true);
  });
});
