// What a function is to the informer machinery: an event handler (its objects are the cache's) or a
// TransformFunc (it may mutate in place).
import type { GoFile, SyntaxNode } from './go-parser.js';
import { calleeName, descendants, namedChildren } from './go-syntax.js';
import type { AnalyzeRules } from './rules.js';

export function handlerRole(
  fn: SyntaxNode,
  fname: string | null,
  file: GoFile,
  rules: AnalyzeRules,
): 'handler' | 'transform' | null {
  if (fname && rules.handlerMethods.test(fname)) return 'handler';
  const keyOf = (node: SyntaxNode): string | null => {
    const parent = node.parent;
    if (parent?.type === 'keyed_element') return namedChildren(parent)[0]?.text ?? null;
    if (parent?.type === 'literal_element' && parent.parent?.type === 'keyed_element') {
      return namedChildren(parent.parent)[0]?.text ?? null;
    }
    const call = parent?.type === 'argument_list' ? parent.parent : null;
    return call ? calleeName(call) : null;
  };
  const classify = (key: string | null): 'handler' | 'transform' | null =>
    key && rules.handlerKeys.test(key)
      ? 'handler'
      : key && rules.transformKeys.test(key)
        ? 'transform'
        : null;
  if (fn.type === 'func_literal') return classify(keyOf(fn));
  if (!fname) return null;
  // A named function registered as a handler elsewhere in the file: `AddFunc: c.addService`.
  for (const ref of descendants(file.root, ['selector_expression', 'identifier'])) {
    const text = ref.type === 'identifier' ? ref.text : ref.childForFieldName('field')?.text;
    if (text !== fname || ref.parent?.type === 'selector_expression') continue;
    const role = classify(keyOf(ref));
    if (role) return role;
  }
  return null;
}
