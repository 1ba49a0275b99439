/**
 * The matching text of a node (`matchText` of its value: width folded,
 * Simplified script, unified punctuation), computed once per node and shared
 * by every module that reads it — the model, the rules through
 * `context.matchText`, the project rules' summaries. It is kept on the node
 * under a symbol, not enumerable (JSON, copies and comparisons of the tree do
 * not see it), so it goes with the report's tree; a WeakMap, the other way to
 * keep it, costs several times more per lookup.
 */
import type { TextBearing } from '../ast/types.js';
import { matchText } from './normalize.js';

const MATCH = Symbol('matchText');

type Cached = TextBearing & { [MATCH]?: { value: string; text: string } };

/** `matchText(node.value)`, once per node (again if the value was replaced). */
export function matchTextOf(node: TextBearing): string {
  const hit = (node as Cached)[MATCH];
  if (hit !== undefined && hit.value === node.value) return hit.text;
  const text = matchText(node.value);
  if (hit !== undefined) {
    hit.value = node.value;
    hit.text = text;
  } else {
    Object.defineProperty(node, MATCH, { value: { value: node.value, text } });
  }
  return text;
}
