import type { Block, Paragraph, Root, Section, Table, Heading } from './types.js';

/**
 * Every block in document order, sections included, with the number of
 * sections enclosing it. Walked with an explicit stack (one frame per open
 * section), so that no depth of nesting can overflow the call stack, in time
 * linear in the number of blocks whatever the depth.
 */
export function* blocks(root: Root): Generator<{ node: Block; depth: number }> {
  const stack: { children: Block[]; next: number }[] = [{ children: root.children, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.children.length) {
      stack.pop();
      continue;
    }
    const node = frame.children[frame.next++]!;
    yield { node, depth: stack.length - 1 };
    if (node.type === 'section') stack.push({ children: node.children, next: 0 });
  }
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
