// Finds writes to objects in Go code: map index assignment, delete/clear, field assignment, append into a
// field, Kubernetes setters and scheme registration. Only the written object's root variable matters after.
import type { GoFile, SyntaxNode } from './go-parser.js';
import {
  callArguments,
  calleeName,
  calleeText,
  callReceiver,
  containsRow,
  descendants,
  namedChildren,
  type Root,
  rootOf,
  rowOf,
  selectorPath,
} from './go-syntax.js';
import type { AnalyzeRules } from './rules.js';

export type WriteKind =
  | 'map-index'
  | 'map-delete'
  | 'map-clear'
  | 'field'
  | 'append'
  | 'setter'
  | 'registration'
  /** Not a write: the read that faulted (a nil dereference, an index out of range). */
  | 'faulting-read';

export interface Write {
  kind: WriteKind;
  /** The statement or call that writes. */
  node: SyntaxNode;
  row: number;
  root: Root;
  /** True when a map is written (what the runtime's concurrent-map checks see). */
  map: boolean;
  /** `service.Annotations[k] = v` → "index assignment into service.Annotations". */
  what: string;
  /** A field assignment's selected fields below the root: `pod.Status.Phase = p` → [Status, Phase]. */
  fieldPath?: string[];
}

const mapKinds = new Set<WriteKind>(['map-index', 'map-delete', 'map-clear', 'setter', 'registration']);

function write(
  kind: WriteKind,
  node: SyntaxNode,
  target: SyntaxNode,
  file: GoFile,
  what: string,
): Write | null {
  const root = rootOf(target, file);
  if (!root) return null;
  return { kind, node, row: rowOf(node), root, map: mapKinds.has(kind), what };
}

function assignmentWrites(node: SyntaxNode, file: GoFile): Write[] {
  const out: Write[] = [];
  const left = namedChildren(node.childForFieldName('left') ?? node);
  const right = namedChildren(node.childForFieldName('right') ?? node);
  left.forEach((target, i) => {
    if (target.type === 'index_expression') {
      const map = target.childForFieldName('operand');
      if (!map) return;
      const w = write('map-index', node, map, file, `index assignment into ${map.text}`);
      if (w) out.push(w);
    } else if (target.type === 'selector_expression') {
      const value = right[i];
      const appended =
        value?.type === 'call_expression' &&
        calleeName(value) === 'append' &&
        callArguments(value)[0]?.text === target.text;
      const operand = target.childForFieldName('operand');
      if (!operand) return;
      const w = appended
        ? write('append', node, operand, file, `append into ${target.text}`)
        : write('field', node, operand, file, `assignment to ${target.text}`);
      if (w) out.push({ ...w, fieldPath: selectorPath(target) });
    }
  });
  return out;
}

function callWrite(call: SyntaxNode, file: GoFile, rules: AnalyzeRules): Write | null {
  const name = calleeName(call);
  const args = callArguments(call);
  if ((name === 'delete' || name === 'clear') && !callReceiver(call) && args[0]) {
    return write(
      name === 'delete' ? 'map-delete' : 'map-clear',
      call,
      args[0],
      file,
      `${name}(${args[0].text}, …)`,
    );
  }
  const receiverNode = callReceiver(call);
  if (receiverNode && rules.receiverWriters.test(name)) {
    const kind: WriteKind = /^Add|^SetVersionPriority$/.test(name) ? 'registration' : 'setter';
    return write(kind, call, receiverNode, file, `${receiverNode.text}.${name}(…)`);
  }
  const callee = calleeText(call);
  for (const rule of rules.argumentWriters) {
    const target = args[rule.argument];
    if (target && rule.callee.test(callee)) {
      const kind: WriteKind = /AddToScheme$/.test(callee) ? 'registration' : 'setter';
      const w = write(kind, call, target, file, `${callee}(…): ${rule.note}`);
      if (w) return w;
    }
  }
  return null;
}

/** Every write inside `scope` (a statement, a function), in source order. */
export function writesIn(scope: SyntaxNode, file: GoFile, rules: AnalyzeRules): Write[] {
  const out: Write[] = [];
  for (const node of descendants(scope, [
    'assignment_statement',
    'inc_statement',
    'dec_statement',
    'call_expression',
  ])) {
    if (node.type === 'assignment_statement') out.push(...assignmentWrites(node, file));
    else if (node.type === 'call_expression') {
      const w = callWrite(node, file, rules);
      if (w) out.push(w);
    } else {
      const target = namedChildren(node)[0];
      const operand = target?.type === 'index_expression' ? target.childForFieldName('operand') : target;
      const kind: WriteKind = target?.type === 'index_expression' ? 'map-index' : 'field';
      const w =
        operand && target?.type !== 'identifier'
          ? write(kind, node, operand, file, `${target?.text}++/--`)
          : null;
      if (w) out.push(w);
    }
  }
  return out.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** The writes on one line of a function (the line a frame points at); multi-line statements count. */
export function writesAtRow(fn: SyntaxNode, row: number, file: GoFile, rules: AnalyzeRules): Write[] {
  const all = writesIn(fn, file, rules).filter((w) => containsRow(w.node, row));
  const starting = all.filter((w) => w.row === row);
  return starting.length ? starting : all;
}

/**
 * The object a call on this line hands to a library that writes it (the write itself is in a dependency
 * frame, e.g. a lazy scheme registration): the call's receiver, else its first argument.
 */
export function callTargetAtRow(fn: SyntaxNode, row: number, file: GoFile, why: string): Write | null {
  for (const call of descendants(fn, 'call_expression')) {
    if (call.startPosition.row !== row) continue;
    const target = callReceiver(call) ?? callArguments(call)[0];
    const root = target ? rootOf(target, file) : null;
    if (root)
      return { kind: 'setter', node: call, row, root, map: true, what: `${calleeText(call)}(…), ${why}` };
  }
  return null;
}
