import type { Block, Paragraph, Root, Section, Table, Heading } from './types.js';

/** Every block in document order, sections included, with the chain of enclosing sections. */
export function* blocks(root: Root): Generator<{ node: Block; sections: Section[] }> {
  function* visit(children: Block[], sections: Section[]): Generator<{ node: Block; sections: Section[] }> {
    for (const node of children) {
      yield { node, sections };
      if (node.type === 'section') yield* visit(node.children, [...sections, node]);
    }
  }
  yield* visit(root.children, []);
}

export function paragraphs(root: Root, options: { chrome?: boolean } = {}): Paragraph[] {
  const out: Paragraph[] = [];
  for (const { node } of blocks(root)) {
    if (node.type === 'paragraph' && (options.chrome || node.role !== 'chrome')) out.push(node);
  }
  return out;
}

export function tables(root: Root): Table[] {
  const out: Table[] = [];
  for (const { node } of blocks(root)) if (node.type === 'table') out.push(node);
  return out;
}

export function sections(root: Root): Section[] {
  const out: Section[] = [];
  for (const { node } of blocks(root)) if (node.type === 'section') out.push(node);
  return out;
}

/** Headings and paragraphs in document order: all the prose of the report. */
export function textNodes(root: Root, options: { chrome?: boolean } = {}): (Paragraph | Heading)[] {
  const out: (Paragraph | Heading)[] = [];
  for (const { node } of blocks(root)) {
    if (node.type === 'section') out.push(node.heading);
    else if (node.type === 'paragraph' && (options.chrome || node.role !== 'chrome')) out.push(node);
  }
  return out;
}
