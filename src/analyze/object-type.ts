// The object's type name, when the code states it: `*v1.Service` → Service, `c.podLister…Get` → Pod.
import type { SyntaxNode } from './go-parser.js';
import { baseTypeName, descendants } from './go-syntax.js';

const builtinTypes = new Set([
  'string',
  'bool',
  'byte',
  'rune',
  'error',
  'any',
  'int',
  'int32',
  'int64',
  'uint',
  'uint32',
  'uint64',
  'float64',
  // interfaces of other packages: runtime.Object / client.Object / metav1.Object, and context.Context (the
  // first argument of every client-go and controller-runtime call, never the object a serializer walks)
  'Object',
  'Context',
  // the metadata every kind embeds: a helper over `*metav1.ObjectMeta` says nothing of whose it is
  'ObjectMeta',
]);

/** True when the file declares `name` as an interface (`type sizer interface{…}`). */
function isInterface(node: SyntaxNode, name: string): boolean {
  let root = node;
  while (root.parent) root = root.parent;
  return descendants(root, 'type_spec').some(
    (spec) =>
      spec.childForFieldName('name')?.text === name &&
      spec.childForFieldName('type')?.type === 'interface_type',
  );
}

/** A concrete type's name, or null for maps, builtins and interfaces (they say nothing about the object). */
export function concreteTypeName(type: SyntaxNode | null | undefined): string | null {
  if (!type || /^(map\[|func|chan|interface)/.test(type.text)) return null;
  const name = baseTypeName(type);
  return !name || builtinTypes.has(name) || isInterface(type, name) ? null : name;
}

/**
 * `c.serviceLister.Get` → Service; `c.podLister.Pods(ns).Get` → Pod; a constructor's name without its
 * `New` (`listers.NewServiceLister(…)` → Service).
 */
export function typeFromLister(callee: string): string | null {
  const match = /(\w+?)(Lister|Informer|Indexer|Store)\b/i.exec(callee);
  const word = match?.[1]?.replace(/^New(?=[A-Z])/, '');
  if (!word || /^(get|lister|informer|shared)$/i.test(word)) return null;
  return word.charAt(0).toUpperCase() + word.slice(1);
}
