// `for i, c := range pod.Spec.Containers { c.Image = …; pod.Spec.Containers[i] = c }`: the field write only
// changes the loop's own copy of the element (an API object's slice fields hold structs, not pointers); the
// object changes where the copy is stored back. A paste that shows only the changed leaf (`Image`) names
// the first line; the culprit is the second.
import type { GoFile, SyntaxNode } from './go-parser.js';
import { descendants, namedChildren, within } from './go-syntax.js';
import type { AnalyzeRules } from './rules.js';
import { type Write, writesIn } from './writes.js';

function leftNames(clause: SyntaxNode): SyntaxNode[] {
  const left = clause.childForFieldName('left');
  if (!left) return [];
  return left.type === 'expression_list' ? namedChildren(left) : [left];
}

/**
 * For a plain field write to a range value over an object's field: the write that stores the copy back
 * into that field inside the loop, or null when the copy is never stored (the object is not changed).
 * Any other write is returned as it is. (A map written through the copy is still the object's map, so
 * only `field` writes are copies.)
 */
export function throughRangeCopy(
  w: Write,
  fn: SyntaxNode | null,
  file: GoFile,
  rules: AnalyzeRules,
): Write | null {
  if (w.kind !== 'field' || !fn) return w;
  const clause = descendants(fn, 'range_clause').find(
    (c) => leftNames(c)[1]?.text === w.root.name && within(w.node, c.parent ?? c),
  );
  const ranged = clause?.childForFieldName('right');
  const loop = clause?.parent;
  if (!clause || !loop || ranged?.type !== 'selector_expression') return w;
  const value = w.root.name;
  return (
    writesIn(loop, file, rules).find((store) => {
      if (store.kind === 'field' || store.node.type !== 'assignment_statement') return false;
      const target = namedChildren(store.node.childForFieldName('left') ?? store.node)[0];
      const source = namedChildren(store.node.childForFieldName('right') ?? store.node)[0];
      return (
        target?.type === 'index_expression' &&
        target.childForFieldName('operand')?.text === ranged.text &&
        source?.text === value
      );
    }) ?? null
  );
}
