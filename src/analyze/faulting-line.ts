// Panics at a read (nil dereference, index out of range): the faulting expression, where its root came
// from, and the obvious guard. Not a sharing bug, but the same trace explains it.
import { belowLastPanic } from '../locate/crash-frame.js';
import type { Frame } from '../model.js';
import { buildCulprit, isKnownShared } from './culprit.js';
import type { DiagnoseInput, Diagnosis } from './diagnosis.js';
import type { SyntaxNode } from './go-parser.js';
import { descendants, functionAt, rootOf } from './go-syntax.js';
import { traceVariable } from './provenance.js';
import { loadStack, unreadable } from './stack.js';
import type { Write } from './writes.js';

const indexPanic = /index out of range|slice bounds out of range/;

/** True for the faults this module explains. */
export function isFaultingRead(kind: string, headline: string): boolean {
  return kind === 'nil-deref' || (kind === 'panic' && indexPanic.test(headline));
}

/** The outermost expression of `types` on the row (the longest chain: `svc.Spec.X.Y`, not `svc.Spec`). */
function outermost(fn: SyntaxNode, row: number, types: string[]): SyntaxNode | null {
  const onRow = descendants(fn, types).filter((n) => n.startPosition.row === row);
  return onRow.sort((a, b) => b.text.length - a.text.length)[0] ?? null;
}

export async function diagnoseFaultingRead({ finding, sources, rules }: DiagnoseInput): Promise<Diagnosis> {
  // A recover-and-re-panic wrapper (the module's own HandleCrash) is printed above the faulting frame.
  const frames: Frame[] = belowLastPanic(finding.fault.crashing?.frames ?? finding.frames);
  const stack = await loadStack(frames, sources);
  const site = stack.sites[0];
  if (!site) {
    return { culprit: null, reason: unreadable(stack) ?? 'no repository frame to read' };
  }
  const fn = functionAt(site.file, site.row);
  const index = finding.kind === 'panic';
  const node =
    fn && outermost(fn, site.row, index ? ['index_expression', 'slice_expression'] : ['selector_expression']);
  const root = node ? rootOf(node, site.file) : null;
  if (!node || !root)
    return { culprit: null, reason: `no ${index ? 'index' : 'dereference'} found on the faulting line` };
  const what = index ? `${node.text} is out of range` : `${node.text} dereferences a nil pointer`;
  const write: Write = { kind: 'faulting-read', node, row: site.row, root, map: false, what };
  const provenance = traceVariable(root.name, root.node, stack.sites, rules);
  const candidate = { write, sites: stack.sites, provenance, atFrame: true };
  const culprit = buildCulprit({ candidate, faultKind: finding.kind, confidence: 0.7, context: [], rules });
  // Nothing was written: an object from a lister or a store is not to blame for a bad index or a nil
  // field, so no shared source is named (the evidence still says where the object came from).
  if (isKnownShared(candidate)) culprit.objectSource = null;
  return { culprit };
}
