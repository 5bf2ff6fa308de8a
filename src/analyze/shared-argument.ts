// One value handed to several calls of the writing function (`opts := Options{Labels: …}` then
// `go Stamp(opts, 1); go Stamp(opts, 2)`, or one call in a loop): a struct copy still shares its maps, so
// every callee writes the same map. The calls are those constructor-callers.ts already finds and bounds.
import { type CallerLimits, constructorCalls, defaultCallerLimits } from './constructor-callers.js';
import { type Definition, latestDefinition } from './definitions.js';
import type { GoFile, SyntaxNode } from './go-parser.js';
import { enclosingFunction, sameNode } from './go-syntax.js';
import type { AnalyzeRules } from './rules.js';

export interface SharedArgument {
  /** The file of the calls and of the value's binding. */
  file: GoFile;
  variable: string;
  /** Where the caller binds the value (`opts := render.Options{…}`). */
  binding: Definition;
  /** The calls that hand it over, in source order. */
  calls: SyntaxNode[];
}

/** True when `call` runs repeatedly in `fn` with the binding made once, outside the loop. */
function inLoopAfter(call: SyntaxNode, fn: SyntaxNode, binding: SyntaxNode): boolean {
  for (let n = call.parent; n && !sameNode(n, fn); n = n.parent) {
    if (n.type === 'func_literal') return false;
    if (n.type === 'for_statement')
      return binding.startIndex < n.startIndex || binding.startIndex >= n.endIndex;
  }
  return false;
}

/**
 * The first variable passed as argument `index` of `fname` (declared in `declFile`'s package) by at least
 * two calls in one function, or by one call in a loop, bound once to a value in that function; or null.
 */
export function sharedArgument(
  declFile: GoFile,
  fname: string,
  index: number,
  rules: AnalyzeRules,
  limits: CallerLimits = defaultCallerLimits,
): SharedArgument | null {
  const groups = new Map<string, { file: GoFile; fn: SyntaxNode; name: string; calls: SyntaxNode[] }>();
  for (const { file, call, arg } of constructorCalls(declFile, fname, index, limits).calls) {
    const fn = enclosingFunction(call);
    if (!fn || arg.type !== 'identifier') continue;
    const key = `${file.path}#${fn.startIndex}#${arg.text}`;
    const group = groups.get(key) ?? { file, fn, name: arg.text, calls: [] };
    group.calls.push(call);
    groups.set(key, group);
  }
  for (const { file, fn, name, calls } of groups.values()) {
    const defs = calls.map((call) => latestDefinition(name, fn, call, rules));
    const first = defs[0];
    // Only a value the caller binds itself; its own parameters and package variables are traced elsewhere.
    if (first?.kind !== 'value' || !defs.every((d) => d && sameNode(d.node, first.node))) continue;
    const [call] = calls;
    if (calls.length >= 2 || (call && inLoopAfter(call, fn, first.node)))
      return { file, variable: name, binding: first, calls };
  }
  return null;
}
