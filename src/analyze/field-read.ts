// A race's read of a plain field (`phase := string(pod.Status.Phase)`): no map is involved, so the writer
// to look for is an assignment to the same field path. Reads of a map field (`pod.Labels[k]`, a range over
// it) are left to describeReader: their writers are map writes.
import type { SyntaxNode } from './go-parser.js';
import { descendants, functionAt, type Root, rootOf, sameNode, selectorPath } from './go-syntax.js';
import type { Site } from './provenance.js';

export interface FieldRead {
  root: Root;
  /** `pod.Status.Phase` → [Status, Phase]. */
  path: string[];
  node: SyntaxNode;
}

const onRow = (row: number) => (n: SyntaxNode) => n.startPosition.row === row;

/** True when the line indexes or ranges over a field (`pod.Labels[k]`, `range pod.Labels`): a map read. */
function readsMapField(fn: SyntaxNode, row: number): boolean {
  const indexed = descendants(fn, 'index_expression')
    .filter(onRow(row))
    .map((i) => i.childForFieldName('operand'));
  const ranged = descendants(fn, 'range_clause')
    .filter(onRow(row))
    .map((r) => r.childForFieldName('right'));
  return [...indexed, ...ranged].some((e) => e?.type === 'selector_expression');
}

/** The field a reader's line reads through a variable, or null when the line reads a map or no field. */
export function plainFieldRead(site: Site): FieldRead | null {
  const fn = functionAt(site.file, site.row);
  if (!fn || readsMapField(fn, site.row)) return null;
  for (const selector of descendants(fn, 'selector_expression').filter(onRow(site.row))) {
    const parent = selector.parent;
    // Only whole chains (`pod.Status.Phase`, not its `pod.Status`), and no called method or function.
    if (parent?.type === 'selector_expression' && sameNode(parent.childForFieldName('operand'), selector))
      continue;
    if (parent?.type === 'call_expression' && sameNode(parent.childForFieldName('function'), selector))
      continue;
    const root = rootOf(selector, site.file);
    if (!root || root.qualified) continue;
    const path = selectorPath(selector);
    if (path.length) return { root, path, node: selector };
  }
  return null;
}
