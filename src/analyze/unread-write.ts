// "The write has no reader of its own" (fix kind `remove-write`), decided soundly and conservatively.
//
// A write `obj.Annotations[key] = v` qualifies only when all of these hold:
//  1. The object comes from a source whose objects are the cache's own (the rule table's `unread` fix rule:
//     lister, indexer, store, informer handler, UnsafeDisableDeepCopy read), obtained in the writing
//     function itself: a caller that could send it after the call is never seen here.
//  2. The writing function lets nothing see the write: no variable bound to the object or the written map
//     (`svc`, `ann := svc.Annotations`, the handler's `obj`) is sent, passed to any call, returned, stored,
//     aliased, captured by a closure, deferred or read after the write (or anywhere in a loop holding it),
//     other than reading fields beside the written map (`svc.Name`, `svc.Spec.X`). So the value never
//     reaches the API server, and only code in this process holding the same cached object could see it.
//  3. The key is a string literal or an unexported string constant of the package. An exported key
//     constant is an API: other code is meant to read that key off the object, so the write is meant to be
//     stored (copy it and send the copy: deepcopy-before-mutate), not removed.
//  4. No other line of the repository's Go code names the key: neither the constant (outside its
//     declaration) nor its text (comments aside; a test asserting the stamp is a reader). Generic readers
//     (serializers, range loops, copies) see every key but depend on none. This needs a complete search
//     of every listed Go file, so it holds only where the source reader can read them all (a checkout:
//     the CLI and the Action); through the contents API (the App) the answer is never proved and the
//     write keeps its copy fix.
// The edit removes the write, with an `if m == nil { m = … }` right before it that only serves it; it is
// left out (the suggestion says what else to drop) when the removal would leave a local variable or an
// import unused, which Go refuses to compile.
import type { CodeEdit, CodeRef } from '../model.js';
import { findMentions, type Needle } from '../repo/mentions.js';
import type { Candidate } from './candidates.js';
import { latestDefinition } from './definitions.js';
import type { GoFile, SyntaxNode } from './go-parser.js';
import { type GoSources, packageFiles } from './go-sources.js';
import {
  codeRef,
  descendants,
  enclosingFunction,
  functionAt,
  functionName,
  namedChildren,
  rowOf,
  sameNode,
  within,
} from './go-syntax.js';
import type { AnalyzeRules } from './rules.js';

export interface UnreadWrite {
  /** The object's variable as the origin names it (`svc`). */
  variable: string;
  /** The writing function's name, or null for a func literal. */
  functionName: string | null;
  /** The key's text (`lastseen.example.com/last-seen`) and the constant naming it, if any. */
  key: string;
  keyConstant: string | null;
  /** The written map expression (`svc.Annotations`). */
  map: string;
  /** True when a nil check right before the write only serves it and goes too. */
  withGuard: boolean;
  edit: CodeEdit | null;
  /** What the removal leaves unused when `edit` is null: `now`, `the time import`. */
  leftUnused: string[];
  /** Evidence: the key's declaration (or the write) and the search that found no reader. */
  evidence: CodeRef & { note: string };
}

/** Origins whose objects a `remove-write` rule accepts, from the rule table. */
function acceptsOrigin(candidate: Candidate, rules: AnalyzeRules): boolean {
  const kind = candidate.provenance.origin.kind;
  return rules.fixes.some(
    (r) => r.unread && r.fix === 'remove-write' && (!r.origins || r.origins.some((o) => o === kind)),
  );
}

/** The write, when it has no reader of its own (see the top of this file); null otherwise. */
export async function unreadWrite(
  candidate: Candidate,
  sources: GoSources,
  rules: AnalyzeRules,
): Promise<UnreadWrite | null> {
  const { write, provenance } = candidate;
  const site = candidate.sites[0];
  if (!site || write.kind !== 'map-index' || !acceptsOrigin(candidate, rules)) return null;
  // Absence is only proved by reading every file (4.): where reads are budgeted API requests, spend none.
  if (!sources.reader.scan) return null;
  const file = site.file;
  const statement = write.node;
  if (statement.type !== 'assignment_statement' || statement.childForFieldName('operator')?.text !== '=')
    return null;
  const left = namedChildren(statement.childForFieldName('left') ?? statement);
  const target = left[0];
  if (left.length !== 1 || target?.type !== 'index_expression') return null;
  const mapNode = target.childForFieldName('operand');
  const keyNode = target.childForFieldName('index');
  const fn = functionAt(file, write.row);
  if (!mapNode || !keyNode || !fn) return null;
  // 1. Obtained in this very function.
  const { origin } = provenance;
  if (
    origin.ref.file !== file.path ||
    origin.ref.line - 1 < rowOf(fn) ||
    origin.ref.line - 1 > fn.endPosition.row
  )
    return null;
  const written = plainSelector(mapNode);
  if (!written) return null;
  // 4 (first the cheap part). The key.
  await sources.packageOf(file.path);
  const key = keyOf(keyNode, fn, file, rules);
  if (!key) return null;
  // The removal: the write, and a nil check right before it that only makes room for it.
  const guard = guardBefore(statement, mapNode);
  const first = guard ?? statement;
  if (!ownLines(first, statement, file)) return null;
  const removal = {
    start: rowOf(first),
    end: statement.endPosition.row,
    nodes: guard ? [guard, statement] : [statement],
  };
  // 2. Nothing in the function lets the write be seen.
  if (!staysUnseen(fn, written.root, written.path, removal.nodes, statement, file)) return null;
  // 4. Nobody names the key.
  const ignore = (path: string, line: number): boolean =>
    (path === file.path && line - 1 >= removal.start && line - 1 <= removal.end) ||
    (!!key.declaration &&
      path === key.declaration.file.path &&
      line - 1 >= rowOf(key.declaration.node) &&
      line - 1 <= key.declaration.node.endPosition.row);
  const needles: Needle[] = [
    { text: key.text },
    ...(key.constant ? [{ text: key.constant, word: true }] : []),
  ];
  const search = await findMentions(sources.reader, needles, ignore);
  if (!search.complete || search.mentions.length) return null;
  const leftUnused = unusedAfterRemoval(fn, removal, file, rules);
  const lines = file.lines.slice(removal.start, removal.end + 1).map((l) => l.replace(/\r$/, ''));
  const declared = key.declaration
    ? codeRef(key.declaration.file, rowOf(key.declaration.node))
    : codeRef(file, write.row);
  const named = key.constant ? `${key.constant} (${key.text})` : key.text;
  return {
    variable: origin.variable,
    functionName: functionName(fn),
    key: key.text,
    keyConstant: key.constant,
    map: mapNode.text,
    withGuard: !!guard,
    edit: leftUnused.length ? null : { file: file.path, afterLine: removal.start, insert: [], remove: lines },
    leftUnused,
    evidence: {
      ...declared,
      note: `the key ${named}: no other line of the repository's Go code reads it (${search.filesSearched} files searched)`,
    },
  };
}

/**
 * `svc.ObjectMeta.Annotations` → root `svc`, path [ObjectMeta, Annotations]; null for anything but fields
 * of a named variable (unlike go-syntax's `selectorPath`, which reads through indexes: `pods[i].Labels`
 * is not provably the same map on every use).
 */
function plainSelector(node: SyntaxNode): { root: string; path: string[] } | null {
  const path: string[] = [];
  let at: SyntaxNode | null = node;
  while (at?.type === 'selector_expression') {
    path.unshift(at.childForFieldName('field')?.text ?? '');
    at = at.childForFieldName('operand');
  }
  return at?.type === 'identifier' ? { root: at.text, path } : null;
}

interface Key {
  text: string;
  constant: string | null;
  declaration: { file: GoFile; node: SyntaxNode } | null;
}

/** A literal key, or an unexported package constant with a literal value; null for anything else. */
function keyOf(node: SyntaxNode, fn: SyntaxNode, file: GoFile, rules: AnalyzeRules): Key | null {
  const literal = stringValue(node);
  if (literal !== null) return { text: literal, constant: null, declaration: null };
  if (node.type !== 'identifier' || /^[A-Z]/.test(node.text)) return null;
  if (latestDefinition(node.text, fn, node, rules)) return null;
  for (const other of packageFiles(file)) {
    for (const spec of descendants(other.root, 'const_spec')) {
      if (spec.parent?.parent?.type !== 'source_file' && spec.parent?.type !== 'source_file') continue;
      const names = spec.childrenForFieldName('name').filter((n): n is SyntaxNode => !!n);
      const index = names.findIndex((n) => n.text === node.text);
      if (index < 0) continue;
      const values = namedChildren(spec.childForFieldName('value') ?? spec);
      const value = values[index];
      const text = value && names.length === values.length ? stringValue(value) : null;
      return text === null ? null : { text, constant: node.text, declaration: { file: other, node: spec } };
    }
  }
  return null;
}

function stringValue(node: SyntaxNode): string | null {
  if (node.type === 'raw_string_literal') return node.text.slice(1, -1);
  if (node.type !== 'interpreted_string_literal' || node.text.includes('\\')) return null;
  return node.text.slice(1, -1);
}

/** `if m == nil { m = map[…]…{} }` (or `make(map…)`) right before the write, written as its own lines. */
function guardBefore(statement: SyntaxNode, mapNode: SyntaxNode): SyntaxNode | null {
  const previous = statement.previousNamedSibling;
  if (previous?.type !== 'if_statement' || previous.endPosition.row + 1 !== statement.startPosition.row)
    return null;
  if (previous.childForFieldName('initializer') || previous.childForFieldName('alternative')) return null;
  const m = mapNode.text.replace(/\s+/g, '');
  const condition = previous.childForFieldName('condition');
  const sides =
    condition?.type === 'binary_expression'
      ? [condition.childForFieldName('left'), condition.childForFieldName('right')]
      : [];
  const compared = sides.map((s) => s?.text.replace(/\s+/g, ''));
  if (
    condition?.childForFieldName('operator')?.text !== '==' ||
    !compared.includes(m) ||
    !compared.includes('nil')
  )
    return null;
  const body = descendants(previous.childForFieldName('consequence') ?? previous, 'assignment_statement');
  const only = body[0];
  const statements = namedChildren(previous.childForFieldName('consequence') ?? previous).flatMap((c) =>
    c.type === 'statement_list' ? namedChildren(c) : [c],
  );
  if (body.length !== 1 || statements.length !== 1 || !only) return null;
  const assigned = namedChildren(only.childForFieldName('left') ?? only).map((n) =>
    n.text.replace(/\s+/g, ''),
  );
  const value = namedChildren(only.childForFieldName('right') ?? only)[0]?.text.replace(/\s+/g, '') ?? '';
  const fresh = /^(make\(map\[|map\[.*\{\}$)/.test(value);
  return assigned.length === 1 && assigned[0] === m && fresh ? previous : null;
}

/** True when `first`…`last` start and end their lines (a comment may follow): whole lines can go. */
function ownLines(first: SyntaxNode, last: SyntaxNode, file: GoFile): boolean {
  const parent = last.parent?.type;
  if (parent !== 'statement_list' && parent !== 'block') return false;
  const before = (file.lines[first.startPosition.row] ?? '').slice(0, first.startPosition.column);
  const after = (file.lines[last.endPosition.row] ?? '').slice(last.endPosition.column);
  return before.trim() === '' && /^\s*(\/\/.*)?\r?$/.test(after);
}

/** Field names whose value holds an object's metadata maps (an embedded ObjectMeta). */
const metadataHolders = /^(ObjectMeta|GetObjectMeta)$/;

/**
 * True when no variable bound to the written object or map lets the write be seen (see 2. at the top).
 * `paths` maps each such variable to where the written map sits below it ([] for the map itself, null for a
 * collection the object was taken out of, where any use counts).
 */
function staysUnseen(
  fn: SyntaxNode,
  root: string,
  path: string[],
  removed: SyntaxNode[],
  write: SyntaxNode,
  file: GoFile,
): boolean {
  const paths = new Map<string, string[] | null>([[root, path]]);
  const bindings = bindingsIn(fn);
  // Follow the object backward (`pod := obj.(*v1.Pod)` → obj) and forward (`ann := svc.Annotations`).
  for (let changed = true; changed; ) {
    changed = false;
    for (const b of bindings) {
      const leftPath = paths.get(b.name);
      const from = chainOf(b.value);
      if (!from || file.imports.has(from.root)) continue;
      if (leftPath !== undefined && !paths.has(from.root)) {
        paths.set(
          from.root,
          from.indexed || b.range || leftPath === null ? null : [...from.fields, ...leftPath],
        );
        changed = true;
      } else if (leftPath === undefined && paths.has(from.root)) {
        const rootPath = paths.get(from.root) ?? null;
        // A field beside the written map (`name := svc.Name`) is a plain read, not an alias.
        if (rootPath && !from.indexed && !b.range && diverges(from.fields, rootPath)) continue;
        paths.set(b.name, rootPath && !from.indexed && !b.range ? rootPath.slice(from.fields.length) : null);
        changed = true;
      }
    }
  }
  const results = fn.childForFieldName('result');
  if (results && descendants(results, 'identifier').some((n) => paths.has(n.text))) return false;
  const loop = enclosingLoop(write, fn);
  const bindingNodes = bindings.flatMap((b) => [b.nameNode, ...(b.value ? [b.value] : [])]);
  for (const ref of descendants(fn, 'identifier')) {
    const p = paths.get(ref.text);
    if (p === undefined || removed.some((r) => within(ref, r))) continue;
    if (bindingNodes.some((b) => within(ref, b) && (sameNode(b, ref) || chainOf(b)?.rootNode.id === ref.id)))
      continue;
    if (isParameterName(ref, fn)) continue;
    if (!sameNode(enclosingFunction(ref), fn) || insideDeferOrGo(ref, fn)) return false;
    const after = ref.startIndex > write.endIndex || (!!loop && within(ref, loop));
    if (p === null) return false;
    if (beside(ref, p)) continue;
    if (after || !pureMapRead(ref, p)) return false;
  }
  return true;
}

interface Binding {
  name: string;
  nameNode: SyntaxNode;
  value: SyntaxNode | null;
  range: boolean;
}

function bindingsIn(fn: SyntaxNode): Binding[] {
  const out: Binding[] = [];
  for (const node of descendants(fn, [
    'short_var_declaration',
    'assignment_statement',
    'range_clause',
    'var_spec',
  ])) {
    if (node.type === 'var_spec') {
      const names = node.childrenForFieldName('name').filter((n): n is SyntaxNode => !!n);
      const values = namedChildren(node.childForFieldName('value') ?? node);
      names.forEach((n, i) => {
        const value = names.length === values.length ? (values[i] ?? null) : null;
        out.push({ name: n.text, nameNode: n, value, range: false });
      });
      continue;
    }
    if (node.type === 'assignment_statement' && node.childForFieldName('operator')?.text !== '=') continue;
    const lefts = namedChildren(node.childForFieldName('left') ?? node);
    const right = node.childForFieldName('right');
    const values = right?.type === 'expression_list' ? namedChildren(right) : right ? [right] : [];
    lefts.forEach((n, i) => {
      if (n.type !== 'identifier') return;
      const range = node.type === 'range_clause';
      const value = range
        ? i === lefts.length - 1 && lefts.length > 1
          ? (right ?? null)
          : null
        : lefts.length === values.length
          ? (values[i] ?? null)
          : null;
      out.push({ name: n.text, nameNode: n, value, range });
    });
  }
  return out;
}

/** `x.A.B` / `x.(*T)` / `&x` / `x[i]` → root x, fields [A, B], whether an index was crossed; null otherwise. */
function chainOf(
  node: SyntaxNode | null,
): { root: string; rootNode: SyntaxNode; fields: string[]; indexed: boolean } | null {
  const fields: string[] = [];
  let indexed = false;
  let at = node;
  while (at) {
    switch (at.type) {
      case 'identifier':
        return /^(nil|true|false|iota)$/.test(at.text)
          ? null
          : { root: at.text, rootNode: at, fields, indexed };
      case 'selector_expression':
        fields.unshift(at.childForFieldName('field')?.text ?? '');
        at = at.childForFieldName('operand');
        break;
      case 'index_expression':
      case 'slice_expression':
        indexed = true;
        fields.length = 0;
        at = at.childForFieldName('operand');
        break;
      case 'type_assertion_expression':
      case 'unary_expression':
        at = at.childForFieldName('operand');
        break;
      case 'parenthesized_expression':
        at = namedChildren(at)[0] ?? null;
        break;
      default:
        return null;
    }
  }
  return null;
}

/** True when a chain of fields leaves the written map's path (and no metadata holder is on it). */
function diverges(fields: string[], path: string[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] ?? '';
    if (metadataHolders.test(f)) return false;
    if (i >= path.length) return false;
    if (f !== path[i]) return true;
  }
  return false;
}

/** `svc.Name`, `svc.Spec.Ports`: a field read beside the written map, not a method call. */
function beside(ref: SyntaxNode, path: string[]): boolean {
  const fields: string[] = [];
  let top = ref;
  while (
    top.parent?.type === 'selector_expression' &&
    sameNode(top.parent.childForFieldName('operand'), top)
  ) {
    fields.push(top.parent.childForFieldName('field')?.text ?? '');
    top = top.parent;
    if (diverges(fields, path)) {
      const call = top.parent;
      return !(call?.type === 'call_expression' && sameNode(call.childForFieldName('function'), top));
    }
  }
  return false;
}

/** Before the write: the written map compared with nil, measured, or indexed for reading. */
function pureMapRead(ref: SyntaxNode, path: string[]): boolean {
  let top = ref;
  for (const field of path) {
    const up = top.parent;
    if (up?.type !== 'selector_expression' || up.childForFieldName('field')?.text !== field) return false;
    top = up;
  }
  const up = top.parent;
  if (!up) return false;
  if (up.type === 'binary_expression')
    return ['==', '!='].includes(up.childForFieldName('operator')?.text ?? '') && /\bnil\b/.test(up.text);
  if (up.type === 'argument_list') return up.parent?.childForFieldName('function')?.text === 'len';
  if (up.type === 'index_expression' && sameNode(up.childForFieldName('operand'), top)) {
    const assigned =
      up.parent?.type === 'expression_list' &&
      up.parent.parent?.type === 'assignment_statement' &&
      sameNode(up.parent.parent.childForFieldName('left'), up.parent);
    return !assigned && up.parent?.type !== 'unary_expression';
  }
  return false;
}

function enclosingLoop(node: SyntaxNode, fn: SyntaxNode): SyntaxNode | null {
  let loop: SyntaxNode | null = null;
  for (let up = node.parent; up && !sameNode(up, fn); up = up.parent)
    if (up.type === 'for_statement') loop = up;
  return loop;
}

function insideDeferOrGo(ref: SyntaxNode, fn: SyntaxNode): boolean {
  for (let up = ref.parent; up && !sameNode(up, fn); up = up.parent)
    if (up.type === 'defer_statement' || up.type === 'go_statement') return true;
  return false;
}

/** The parameter list's own names: their declaration, not a use. */
function isParameterName(ref: SyntaxNode, fn: SyntaxNode): boolean {
  const params = fn.childForFieldName('parameters');
  return !!params && within(ref, params);
}

/** Locals and imports that only the removed lines use: Go refuses to compile them unused. */
function unusedAfterRemoval(
  fn: SyntaxNode,
  removal: { start: number; end: number; nodes: SyntaxNode[] },
  file: GoFile,
  rules: AnalyzeRules,
): string[] {
  const removed = (n: SyntaxNode) => removal.nodes.some((r) => within(n, r));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of removal.nodes.flatMap((r) => descendants(r, 'identifier'))) {
    if (seen.has(id.text)) continue;
    seen.add(id.text);
    const def = latestDefinition(id.text, fn, id, rules);
    if (def) {
      if (def.kind !== 'value' && def.kind !== 'range') continue;
      const used = descendants(fn, 'identifier').some(
        (n) => n.text === id.text && !removed(n) && !isBindingLeft(n),
      );
      if (!used) out.push(`\`${id.text}\``);
    } else if (file.imports.has(id.text) && id.parent?.type === 'selector_expression') {
      const used = descendants(file.root, 'identifier').some(
        (n) => n.text === id.text && !removed(n) && n.parent?.type === 'selector_expression',
      );
      const typeUse = descendants(file.root, 'package_identifier').some((n) => n.text === id.text);
      if (!used && !typeUse) out.push(`the \`${id.text}\` import`);
    }
  }
  return out;
}

/** `x` in `x := …`, `x = …`, `for _, x := range`: binding it is no use of it. */
function isBindingLeft(n: SyntaxNode): boolean {
  const list = n.parent;
  const statement = list?.type === 'expression_list' ? list.parent : null;
  if (
    !statement ||
    !['short_var_declaration', 'assignment_statement', 'range_clause'].includes(statement.type)
  )
    return false;
  return sameNode(statement.childForFieldName('left'), list);
}
