// Small questions asked of a Go syntax tree: which function holds a line, what a call is called, what an
// expression's root variable is. Rows are 0-based (tree-sitter); lines in reports are 1-based.
import type { CodeRef } from '../model.js';
import type { GoFile, SyntaxNode } from './go-parser.js';

const functionTypes = new Set(['function_declaration', 'method_declaration', 'func_literal']);

export function isFunction(node: SyntaxNode): boolean {
  return functionTypes.has(node.type);
}

/** tree-sitter hands out a fresh wrapper per access: compare nodes by id, never with ===. */
export function sameNode(a: SyntaxNode | null | undefined, b: SyntaxNode | null | undefined): boolean {
  return !!a && !!b && a.id === b.id;
}

export function rowOf(node: SyntaxNode): number {
  return node.startPosition.row;
}

export function containsRow(node: SyntaxNode, row: number): boolean {
  return node.startPosition.row <= row && row <= node.endPosition.row;
}

/** True when `inner` lies inside `outer` (or is it). */
export function within(inner: SyntaxNode, outer: SyntaxNode): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

export function namedChildren(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null);
}

export function descendants(node: SyntaxNode, types: string | string[]): SyntaxNode[] {
  return node.descendantsOfType(types).filter((child): child is SyntaxNode => child !== null);
}

// Functions per file, listed once: every frame and every trace asks which function holds a line.
const functionsOf = new WeakMap<GoFile, SyntaxNode[]>();

/** The innermost function (declaration or literal) whose body holds `row`, or null. */
export function functionAt(file: GoFile, row: number): SyntaxNode | null {
  let functions = functionsOf.get(file);
  if (!functions) {
    functions = descendants(file.root, [...functionTypes]);
    functionsOf.set(file, functions);
  }
  let best: SyntaxNode | null = null;
  for (const fn of functions) {
    if (containsRow(fn, row) && (!best || within(fn, best))) best = fn;
  }
  return best;
}

/** The function enclosing `node` (the closure's outer function for a func literal's own parent chain). */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | null {
  for (let up = node.parent; up; up = up.parent) if (isFunction(up)) return up;
  return null;
}

/** `syncService` for a method or function declaration; null for a func literal. */
export function functionName(fn: SyntaxNode): string | null {
  return fn.type === 'func_literal' ? null : (fn.childForFieldName('name')?.text ?? null);
}

/** Parameter names in order (receiver excluded), with their type nodes. */
export function parameters(fn: SyntaxNode): { name: string; node: SyntaxNode; type: SyntaxNode | null }[] {
  const list = fn.childForFieldName('parameters');
  if (!list) return [];
  const out: { name: string; node: SyntaxNode; type: SyntaxNode | null }[] = [];
  for (const decl of namedChildren(list)) {
    const type = decl.childForFieldName('type');
    for (const name of decl.childrenForFieldName('name'))
      if (name) out.push({ name: name.text, node: name, type });
  }
  return out;
}

export function receiver(fn: SyntaxNode): { name: string; node: SyntaxNode; type: SyntaxNode | null } | null {
  if (fn.type !== 'method_declaration') return null;
  const decl = namedChildren(fn.childForFieldName('receiver') ?? fn).find(
    (c) => c.type === 'parameter_declaration',
  );
  const name = decl?.childForFieldName('name');
  return decl && name ? { name: name.text, node: name, type: decl.childForFieldName('type') } : null;
}

/** The callee as written, without whitespace: `c.podLister.Pods(ns).Get`. */
export function calleeText(call: SyntaxNode): string {
  return (call.childForFieldName('function')?.text ?? '').replace(/\s+/g, '');
}

/** The called function's own name: `Get` for `c.lister.Get(...)`, `delete` for `delete(m, k)`. */
export function calleeName(call: SyntaxNode): string {
  const fn = call.childForFieldName('function');
  if (!fn) return '';
  if (fn.type === 'selector_expression') return fn.childForFieldName('field')?.text ?? '';
  return fn.text;
}

export function callArguments(call: SyntaxNode): SyntaxNode[] {
  const args = call.childForFieldName('arguments');
  return args ? namedChildren(args) : [];
}

/** The operand of a method call's selector (`c.lister` in `c.lister.Get()`), or null for a plain call. */
export function callReceiver(call: SyntaxNode): SyntaxNode | null {
  const fn = call.childForFieldName('function');
  return fn?.type === 'selector_expression' ? fn.childForFieldName('operand') : null;
}

const localBindings = ['short_var_declaration', 'var_spec', 'range_clause', 'type_switch_statement'];

/**
 * True when a function around `use` binds `name` before it (a parameter, `pod, ok := obj.(*api.Pod)`): a
 * local that shadows an imported package of the same name (`pod`, `service`) is no package's variable.
 */
function declaredLocally(name: string, use: SyntaxNode): boolean {
  for (let fn = enclosingFunction(use); fn; fn = enclosingFunction(fn)) {
    if (receiver(fn)?.name === name || parameters(fn).some((p) => p.name === name)) return true;
    const body = fn.childForFieldName('body');
    if (!body) continue;
    for (const node of descendants(body, localBindings)) {
      if (node.startIndex >= use.startIndex) continue;
      const left =
        node.childForFieldName('left') ?? node.childForFieldName('alias') ?? node.childForFieldName('name');
      if (
        left &&
        descendants(left, 'identifier')
          .concat(left)
          .some((id) => id.text === name)
      )
        return true;
    }
  }
  return false;
}

/** The root variable of an expression as the code names it, and the first field below it. */
export interface Root {
  /** `service`, or `legacyscheme.Scheme` for another package's variable. */
  name: string;
  node: SyntaxNode;
  /** True for another package's variable (`pkg.Var`). */
  qualified: boolean;
  /** The field right below the root, if any: `Annotations` in `service.Annotations[k]`. */
  field?: string;
  /** The last field named, if any: the map itself in `ro.Status.ReadyReplicas[k]` (`ReadyReplicas`). */
  leaf?: string;
}

export function rootOf(expression: SyntaxNode, file: GoFile): Root | null {
  let node: SyntaxNode | null = expression;
  let field: string | undefined;
  let leaf: string | undefined;
  const fields = () => ({ ...(field && { field }), ...(leaf && { leaf }) });
  while (node) {
    switch (node.type) {
      case 'identifier':
        return { name: node.text, node, qualified: false, ...fields() };
      case 'selector_expression': {
        const operand = node.childForFieldName('operand');
        const name = node.childForFieldName('field')?.text;
        if (
          operand?.type === 'identifier' &&
          file.imports.has(operand.text) &&
          name &&
          !declaredLocally(operand.text, operand)
        ) {
          return { name: `${operand.text}.${name}`, node, qualified: true, ...fields() };
        }
        field = name ?? field;
        leaf ??= name;
        node = operand;
        break;
      }
      case 'index_expression':
      case 'slice_expression':
      case 'type_assertion_expression':
      case 'unary_expression':
        node = node.childForFieldName('operand');
        break;
      case 'parenthesized_expression':
        node = namedChildren(node)[0] ?? null;
        break;
      case 'call_expression':
        // A getter's result shares the receiver's data: `obj.GetLabels()[k] = v` writes obj. A package
        // function's (`maps.Keys(m)`) shares nothing with the package name.
        node = callReceiver(node);
        if (node?.type === 'identifier' && file.imports.has(node.text) && !declaredLocally(node.text, node))
          return null;
        break;
      default:
        return null;
    }
  }
  return null;
}

/**
 * The fields an expression selects below its root, outermost last: `pod.Status.Phase` → [Status, Phase],
 * `pods[i].Status` → [Status]. Index and slice steps are walked through: they do not name a field.
 */
export function selectorPath(expression: SyntaxNode): string[] {
  const path: string[] = [];
  let node: SyntaxNode | null = expression;
  while (node) {
    if (node.type === 'selector_expression') {
      const field = node.childForFieldName('field')?.text;
      if (field) path.unshift(field);
      node = node.childForFieldName('operand');
    } else if (node.type === 'parenthesized_expression') node = namedChildren(node)[0] ?? null;
    else if (['index_expression', 'slice_expression', 'unary_expression'].includes(node.type))
      node = node.childForFieldName('operand');
    else break;
  }
  return path;
}

function lineCode(file: GoFile, row: number): string {
  return (file.lines[row] ?? '').trim();
}

export function codeRef(file: GoFile, row: number): CodeRef {
  return { file: file.path, line: row + 1, code: lineCode(file, row) };
}

/** The name of a type expression's base type: `*v1.Service` → Service, `[]*v1.Pod` → Pod. */
export function baseTypeName(type: SyntaxNode | null | undefined): string | null {
  if (!type) return null;
  const text = type.text.replace(/\s+/g, '');
  const match = /([A-Za-z_]\w*)(\[[^\]]*\])?$/.exec(
    text.replace(/^[[\]*&]+/, '').replace(/^map\[[^\]]*\]/, ''),
  );
  return match?.[1] ?? null;
}
