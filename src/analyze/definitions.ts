// Where a variable is defined in a function: the latest binding that reaches a use, scopes respected.
import type { GoFile, SyntaxNode } from './go-parser.js';
import {
  callArguments,
  calleeText,
  descendants,
  enclosingFunction,
  isFunction,
  namedChildren,
  parameters,
  receiver,
  sameNode,
  within,
} from './go-syntax.js';
import type { AnalyzeRules } from './rules.js';

export interface Definition {
  node: SyntaxNode;
  kind: 'parameter' | 'receiver' | 'value' | 'range' | 'out-parameter';
  value: SyntaxNode | null;
  /** Index of the parameter, for `parameter`. */
  index: number;
  type: SyntaxNode | null;
}

const scopeTypes = new Set([
  'block',
  'for_statement',
  'if_statement',
  'expression_switch_statement',
  'type_switch_statement',
  'select_statement',
  'expression_case',
  'type_case',
  'communication_case',
  'default_case',
]);

function nearest(node: SyntaxNode, types: Set<string>): SyntaxNode | null {
  for (let up = node.parent; up; up = up.parent) if (types.has(up.type) || isFunction(up)) return up;
  return null;
}

const blockTypes = new Set(['block']);

export function packageVariable(file: GoFile, name: string): SyntaxNode | null {
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== 'var_declaration') continue;
    for (const spec of descendants(decl, 'var_spec')) {
      if (spec.childrenForFieldName('name').some((n) => n?.text === name)) return spec;
    }
  }
  return null;
}

function identifiersOf(list: SyntaxNode | null): SyntaxNode[] {
  if (!list) return [];
  return list.type === 'expression_list' ? namedChildren(list) : [list];
}

/** The latest definition of `name` in `fn` that reaches `use` (unconditional ones; shadowing respected). */
export function latestDefinition(
  name: string,
  fn: SyntaxNode,
  use: SyntaxNode,
  rules: AnalyzeRules,
): Definition | null {
  const found: Definition[] = [];
  const body = fn.childForFieldName('body');
  if (body) {
    for (const node of descendants(body, [
      'short_var_declaration',
      'assignment_statement',
      'var_spec',
      'range_clause',
      'receive_statement',
      'call_expression',
    ])) {
      if (node.startIndex >= use.startIndex || !sameNode(enclosingFunction(node), fn)) continue;
      const def = definitionIn(node, name, rules);
      if (!def) continue;
      if (node.type === 'assignment_statement' || node.type === 'call_expression') {
        // An assignment in a branch that does not hold the use may not have run.
        const block = nearest(node, blockTypes);
        if (block && !within(use, block)) continue;
      } else {
        const scope = node.type === 'range_clause' ? node.parent : nearest(node, scopeTypes);
        if (scope && !within(use, scope)) continue;
      }
      found.push(def);
    }
  }
  const latest = found.sort((a, b) => b.node.startIndex - a.node.startIndex)[0];
  if (latest) return latest;
  const recv = receiver(fn);
  if (recv?.name === name)
    return { node: recv.node, kind: 'receiver', value: null, index: -1, type: recv.type };
  const params = parameters(fn);
  const index = params.findIndex((p) => p.name === name);
  const param = params[index];
  return param ? { node: param.node, kind: 'parameter', value: null, index, type: param.type } : null;
}

function definitionIn(node: SyntaxNode, name: string, rules: AnalyzeRules): Definition | null {
  switch (node.type) {
    case 'short_var_declaration':
    case 'receive_statement':
    case 'assignment_statement': {
      if (node.type === 'assignment_statement' && node.childForFieldName('operator')?.text !== '=')
        return null;
      const left = identifiersOf(node.childForFieldName('left'));
      const index = left.findIndex((n) => n.type === 'identifier' && n.text === name);
      if (index < 0) return null;
      const right = identifiersOf(node.childForFieldName('right'));
      const value = right.length === left.length ? right[index] : right[0];
      return { node, kind: 'value', value: value ?? null, index, type: null };
    }
    case 'var_spec': {
      if (!node.childrenForFieldName('name').some((n) => n?.text === name)) return null;
      const names = node.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
      const values = identifiersOf(node.childForFieldName('value'));
      const index = names.findIndex((n) => n.text === name);
      const value = values.length === names.length ? values[index] : values[0];
      return { node, kind: 'value', value: value ?? null, index, type: node.childForFieldName('type') };
    }
    case 'range_clause': {
      const left = identifiersOf(node.childForFieldName('left'));
      const index = left.findIndex((n) => n.text === name);
      if (index < 0) return null;
      // The key of a range is an index or a map key, never the shared element.
      return {
        node,
        kind: 'range',
        value: index === 0 && left.length > 1 ? null : node.childForFieldName('right'),
        index,
        type: null,
      };
    }
    case 'call_expression': {
      // Only reads the rules know fill their `&out` argument (`c.List(ctx, &pods, …)`); `mutate(&pod)` defines nothing.
      // A pointer passed as is fills the same way (`pod := &v1.Pod{}; c.Get(ctx, key, pod)`): only after the
      // first argument, so that a lister's `Get(name)` is never taken for a fill.
      const callee = calleeText(node);
      const reads = [...rules.sharedSources, ...rules.copyingReads].some((rule) => rule.callee.test(callee));
      const filled =
        reads &&
        callArguments(node).some(
          (arg, i) =>
            (arg.type === 'unary_expression' &&
              arg.childForFieldName('operand')?.text === name &&
              arg.text.startsWith('&')) ||
            (i > 0 && arg.type === 'identifier' && arg.text === name),
        );
      return filled ? { node, kind: 'out-parameter', value: node, index: -1, type: null } : null;
    }
    default:
      return null;
  }
}
