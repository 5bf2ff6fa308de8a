// Provenance through a struct field: `c.services.Services(ns).Get(name)` or `r.Get(ctx, key, &pod)` reads
// through a field of the receiver (or an embedded client) that another file of the package set up. The
// field's declared type and the expressions assigned to it (composite literals, `x.f = …`, a constructor's
// body, the options it was built with) tell whether the read hands out the cache's own object.
import type { Evidence, ObjectSourceKind } from '../model.js';
import { dirOf } from '../repo/go-index.js';
import {
  constructorCalls,
  defaultCallerLimits,
  importNameOf,
  outsideUsers,
  type PassedArgument,
  unparsedUsers,
} from './constructor-callers.js';
import { latestDefinition } from './definitions.js';
import type { GoFile, SyntaxNode } from './go-parser.js';
import { packageFiles } from './go-sources.js';
import {
  baseTypeName,
  calleeName,
  calleeText,
  callReceiver,
  codeRef,
  descendants,
  enclosingFunction,
  functionName,
  namedChildren,
  receiver,
  rowOf,
  sameNode,
} from './go-syntax.js';
import { typeFromLister } from './object-type.js';
import type { AnalyzeRules } from './rules.js';

export interface FieldOrigin {
  kind: ObjectSourceKind;
  note: string;
  /** The lines that show it: the field's declaration or assignment, the option that disables copies. */
  steps: Evidence[];
  objectType: string | null;
  /**
   * The constructor call that handed the source over (`ownerlabel.NewReconciler(kube, …)` in
   * cmd/…/main.go), when the field was set from a constructor's parameter: the report's object source.
   */
  handedOver?: Evidence;
}

/** Reads that hand out a stored object (a lister's, an indexer's, a client's). */
const readMethods = /^(Get|List|GetByKey|ByIndex|Index)$/;
/** Options that make a controller-runtime client or cache hand out its own objects. */
export const unsafeOption = /\b(Default)?UnsafeDisableDeepCopy\b/;
export const unsafeOff =
  /\b(Default)?UnsafeDisableDeepCopy\s*:\s*(&?false\b|ptr\.To\(false\)|pointer\.Bool\(false\))/;

/** By declared type: a field holding a lister, an indexer or a store. */
function kindFromType(type: string): ObjectSourceKind | null {
  if (/Lister$/.test(type)) return 'lister';
  if (/Indexer$/.test(type)) return 'indexer';
  if (/Store$/.test(type)) return 'store';
  return null;
}

/** By what was assigned: `informer.Lister()`, `NewServiceLister(…)`, `inf.GetIndexer()`, `inf.GetStore()`. */
function kindFromValue(text: string): ObjectSourceKind | null {
  if (/Lister\b|Lister\(/.test(text)) return 'lister';
  if (/GetIndexer\(\)|\bIndexer\(\)/.test(text)) return 'indexer';
  if (/GetStore\(\)/.test(text)) return 'store';
  return null;
}

/** The method a call is lexically in (through func literals), with its receiver. */
export function enclosingMethod(node: SyntaxNode): SyntaxNode | null {
  for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
    if (fn.type === 'method_declaration') return fn;
    if (fn.type === 'function_declaration') return null;
  }
  return null;
}

interface StructField {
  file: GoFile;
  node: SyntaxNode;
  /** The key a composite literal uses: the field name, or an embedded type's name (`Client`). */
  key: string;
  type: string;
  /** The struct that declares it: `typeName`, or a struct it embeds when the field is promoted. */
  owner: string;
}

/**
 * The field `name` of struct `typeName` in the package (`name` null: its embedded field), or a field promoted
 * from a struct it embeds (`type Controller struct{ listers }` with `listers{services …}`).
 */
function structField(files: GoFile[], typeName: string, name: string | null, depth = 0): StructField | null {
  const own = ownField(files, typeName, name);
  if (own || name === null || depth >= 2) return own;
  for (const embedded of embeddedTypes(files, typeName)) {
    const promoted = structField(files, embedded, name, depth + 1);
    if (promoted) return promoted;
  }
  return null;
}

/** The base names of the types struct `typeName` embeds. */
export function embeddedTypes(files: GoFile[], typeName: string): string[] {
  const out: string[] = [];
  for (const file of files) {
    for (const spec of descendants(file.root, 'type_spec')) {
      if (spec.childForFieldName('name')?.text !== typeName) continue;
      const struct = spec.childForFieldName('type');
      if (struct?.type !== 'struct_type') continue;
      for (const decl of descendants(struct, 'field_declaration')) {
        const base = baseTypeName(decl.childForFieldName('type'));
        if (decl.childrenForFieldName('name').length === 0 && base && base !== typeName) out.push(base);
      }
    }
  }
  return out;
}

export function ownField(files: GoFile[], typeName: string, name: string | null): StructField | null {
  for (const file of files) {
    for (const spec of descendants(file.root, 'type_spec')) {
      if (spec.childForFieldName('name')?.text !== typeName) continue;
      const struct = spec.childForFieldName('type');
      if (struct?.type !== 'struct_type') continue;
      for (const decl of descendants(struct, 'field_declaration')) {
        const type = decl.childForFieldName('type');
        if (!type) continue;
        const names = decl.childrenForFieldName('name').map((n) => n?.text);
        const embedded = names.length === 0;
        if (name !== null && names.includes(name))
          return { file, node: decl, key: name, type: type.text, owner: typeName };
        const typeBase = baseTypeName(type) ?? '';
        if (embedded && (name === null || name === typeBase))
          return { file, node: decl, key: typeBase, type: type.text, owner: typeName };
      }
    }
  }
  return null;
}

interface Assigned {
  file: GoFile;
  value: SyntaxNode;
}

/**
 * Expressions assigned to `key` of `typeName` (declared in directory `dir`): `T{key: v}`, `&T{key: v}`,
 * `x.key = v` in the package; `pkg.T{key: v}` in the files of other packages that use it.
 */
export function assignments(files: GoFile[], typeName: string, key: string, dir: string): Assigned[] {
  const out: Assigned[] = [];
  for (const file of files) {
    // An external test package (`package x_test`) in the same directory imports the package like any other.
    const qualifier = importNameOf(file, dir);
    const inside = !qualifier && dirOf(file.path) === dir;
    if (!inside && !qualifier) continue;
    for (const literal of descendants(file.root, 'composite_literal')) {
      const type = literal.childForFieldName('type');
      if (baseTypeName(type) !== typeName) continue;
      if (!inside && type?.text.replace(/\s+/g, '') !== `${qualifier}.${typeName}`) continue;
      for (const element of descendants(literal.childForFieldName('body') ?? literal, 'keyed_element')) {
        const [k, v] = namedChildren(element);
        const value = v && (namedChildren(v)[0] ?? v);
        if (k?.text === key && value && element.parent?.parent?.id === literal.id) out.push({ file, value });
      }
    }
    // `x.key = v` says nothing of x's type: only trusted inside the package that declares it.
    if (!inside) continue;
    for (const assign of descendants(file.root, 'assignment_statement')) {
      const left = namedChildren(assign.childForFieldName('left') ?? assign);
      const right = namedChildren(assign.childForFieldName('right') ?? assign);
      left.forEach((target, i) => {
        const value = right[i];
        if (target.type === 'selector_expression' && target.childForFieldName('field')?.text === key && value)
          out.push({ file, value });
      });
    }
  }
  return out;
}

interface Gathered {
  file: GoFile;
  node: SyntaxNode;
}

/** A parameter of a package function that the value was built from: its callers say what it holds. */
interface ReachedParameter {
  file: GoFile;
  fn: SyntaxNode;
  name: string;
  index: number;
}

/**
 * What an assigned value was built from, a few hops deep: the value; a local's definition; a constructor
 * parameter's declared type (and the parameter itself, for its callers); the body of a package function
 * that builds it (`newClient(cfg)`). `defined` holds the value and, when the value is a variable, its
 * definition: what the value itself is, as opposed to what it was built with.
 */
function gather(
  start: Assigned,
  rules: AnalyzeRules,
): { gathered: Gathered[]; defined: SyntaxNode[]; params: ReachedParameter[] } {
  const out: Gathered[] = [];
  const defined: SyntaxNode[] = [start.value];
  const params: ReachedParameter[] = [];
  const seen = new Set<number>();
  const visit = (file: GoFile, node: SyntaxNode, depth: number): void => {
    if (depth > 3 || seen.has(node.id)) return;
    seen.add(node.id);
    out.push({ file, node });
    const fn = enclosingFunction(node);
    const idents = node.type === 'identifier' ? [node] : descendants(node, 'identifier');
    for (const ident of idents.slice(0, 8)) {
      if (!fn) break;
      const def = latestDefinition(ident.text, fn, ident, rules);
      if (def?.value && depth === 0 && sameNode(ident, start.value)) defined.push(def.value);
      if (def?.value) visit(file, def.value, depth + 1);
      else if (def?.kind === 'parameter') {
        if (fn.type === 'function_declaration') params.push({ file, fn, name: ident.text, index: def.index });
        if (def.type) visit(file, def.type, depth + 1);
      }
    }
    const calls = descendants(node, 'call_expression');
    if (node.type === 'call_expression' && !calls.some((c) => c.id === node.id)) calls.unshift(node);
    for (const call of calls) {
      // `newManager(cfg)` also inside `newManager(cfg).GetClient()`: the package function that builds it.
      if (callReceiver(call)) continue;
      const name = calleeName(call);
      for (const f of packageFiles(file)) {
        const decl = descendants(f.root, 'function_declaration').find((d) => functionName(d) === name);
        const body = decl?.childForFieldName('body');
        if (body) visit(f, body, depth + 1);
      }
    }
  };
  visit(start.file, start.value, 0);
  return { gathered: out, defined, params };
}

/** The first line of the gathered code that matches, as evidence. */
function lineMatching(gathered: Gathered[], pattern: RegExp): { file: GoFile; row: number } | null {
  for (const { file, node } of gathered) {
    for (let row = node.startPosition.row; row <= node.endPosition.row; row++) {
      if (pattern.test(file.lines[row] ?? '')) return { file, row };
    }
  }
  return null;
}

/** A shared source an assigned value shows, with the lines that show it (from the field outward). */
interface ValueSource {
  kind: ObjectSourceKind;
  steps: Evidence[];
  objectType: string | null;
  /** The constructor call that handed the source over, when it was found at a caller. */
  handedOver: Evidence | null;
}

/**
 * What an assigned value is: a client built with UnsafeDisableDeepCopy, a lister, an indexer or a store,
 * from its own code or, when it is a constructor's parameter, from what the constructor's callers pass
 * (bounded by `defaultCallerLimits`; `visiting` keeps a recursive constructor from looping).
 */
function valueSource(
  assigned: Assigned,
  rules: AnalyzeRules,
  hop: number,
  visiting: Set<string>,
): ValueSource | null {
  const { gathered, defined, params } = gather(assigned, rules);
  const text = gathered.map((g) => g.node.text).join('\n');
  if (unsafeOption.test(text) && !unsafeOff.test(text)) {
    const option = lineMatching(gathered, unsafeOption);
    const steps = option
      ? [
          {
            ...codeRef(option.file, option.row),
            note: 'built with UnsafeDisableDeepCopy here: its reads return the cache’s own objects',
          },
        ]
      : [];
    return { kind: 'unsafe-client-read', steps, objectType: null, handedOver: null };
  }
  for (const node of defined) {
    const kind = kindFromValue(node.text);
    if (kind) return { kind, steps: [], objectType: typeFromLister(node.text), handedOver: null };
  }
  if (hop >= defaultCallerLimits.maxHops) return null;
  for (const param of params) {
    const found = throughCallers(param, rules, hop + 1, visiting);
    if (found) return found;
  }
  return null;
}

/** The source the callers of a constructor pass for its parameter: the first shared one, all counted. */
function throughCallers(
  param: ReachedParameter,
  rules: AnalyzeRules,
  hop: number,
  visiting: Set<string>,
): ValueSource | null {
  const fname = functionName(param.fn);
  const key = `${param.file.path}:${fname}:${param.index}`;
  if (!fname || visiting.has(key)) return null;
  visiting.add(key);
  const { calls, total } = constructorCalls(param.file, fname, param.index);
  let first: { call: PassedArgument; source: ValueSource } | null = null;
  let shared = 0;
  for (const call of calls) {
    const source = valueSource({ file: call.file, value: call.arg }, rules, hop, visiting);
    if (!source) continue;
    shared++;
    first ??= { call, source };
  }
  if (!first) return null;
  const { call, source } = first;
  const ref = codeRef(call.file, rowOf(call.arg));
  const unparsed = unparsedUsers(param.file);
  const read = `${calls.length} call${calls.length === 1 ? '' : 's'} of ${fname} read${total > calls.length ? ` of ${total}` : ''}`;
  const more = unparsed
    ? `; ${unparsed} more file${unparsed === 1 ? '' : 's'} that may call it not parsed`
    : '';
  const passed: Evidence = {
    ...ref,
    note: `set by ${fname}'s parameter ${param.name}, passed in ${ref.file}:${ref.line} (${read}, ${shared} ${shared === 1 ? 'passes' : 'pass'} a shared source${more})`,
  };
  // The outermost hand-over (`main` → Setup) is where the source enters; inner ones are steps.
  return source.handedOver
    ? { ...source, steps: [passed, ...source.steps] }
    : { ...source, handedOver: passed };
}

/** How a source reads in a note. */
function describe(kind: ObjectSourceKind): string {
  return kind === 'unsafe-client-read'
    ? "a client built with UnsafeDisableDeepCopy (the object is the cache's own)"
    : `a ${kind} (a pointer into the informer cache)`;
}

/**
 * The shared source behind a read through a receiver's field (`c.services…Get`, an embedded client's
 * `r.Get`), or null when the field is not found or says nothing. `file` is the read's file.
 */
export function sharedThroughField(call: SyntaxNode, file: GoFile, rules: AnalyzeRules): FieldOrigin | null {
  if (!readMethods.test(calleeName(call))) return null;
  const method = enclosingMethod(call);
  const recv = method ? receiver(method) : null;
  const typeName = baseTypeName(recv?.type);
  const callee = calleeText(call);
  if (!recv || !typeName || !callee.startsWith(`${recv.name}.`)) return null;
  const segments = callee.slice(recv.name.length + 1).split('.');
  const files = packageFiles(file);
  // `r.Get` on a receiver whose type embeds the client; `c.services.….Get` through a named field.
  const field =
    segments.length === 1
      ? structField(files, typeName, null)
      : structField(files, typeName, (segments[0] ?? '').replace(/\(.*$/, ''));
  if (!field) return null;
  const declared = { ...codeRef(field.file, rowOf(field.node)), note: `${field.key} is declared here` };
  const fieldName = `${recv.name}.${field.key}`;
  const everywhere = [...files, ...outsideUsers(file)];
  for (const assigned of assignments(everywhere, field.owner, field.key, dirOf(field.file.path))) {
    const at = { ...codeRef(assigned.file, rowOf(assigned.value)) };
    const source = valueSource(assigned, rules, 0, new Set());
    if (source?.handedOver) {
      // Found at a constructor's caller: that line is where the source enters; the field and the read follow.
      return {
        kind: source.kind,
        note: `read through ${fieldName}, ${describe(source.kind)}, ${source.handedOver.note}`,
        steps: [
          { ...codeRef(file, rowOf(call)), note: `read through ${fieldName} here` },
          { ...at, note: `${fieldName} is set here` },
          ...source.steps,
        ],
        objectType: source.objectType ?? typeFromLister(field.type),
        handedOver: { ...source.handedOver },
      };
    }
    if (source?.kind === 'unsafe-client-read') {
      // Provenance steps run from the origin outward and are shown reversed: the option, then the field.
      return {
        kind: source.kind,
        note: `read through ${fieldName}, ${describe(source.kind)}`,
        steps: [...source.steps, { ...at, note: `${fieldName} is set here` }],
        objectType: null,
      };
    }
    const kind = source?.kind ?? kindFromType(field.type);
    if (kind) {
      return {
        kind,
        note: `obtained through ${fieldName}, ${describe(kind)}`,
        steps: [{ ...at, note: `${fieldName} is set to a ${kind} here` }],
        objectType: source?.objectType ?? typeFromLister(assigned.value.text) ?? typeFromLister(field.type),
      };
    }
  }
  const kind = kindFromType(field.type);
  if (!kind) return null;
  return {
    kind,
    note: `obtained through ${fieldName}, ${describe(kind)}`,
    steps: [declared],
    objectType: typeFromLister(field.type),
  };
}

/** A package-level variable declared in another file of the package: `var lastSeen = map[…]…{}`. */
export function packageVariableElsewhere(
  file: GoFile,
  name: string,
): { file: GoFile; spec: SyntaxNode } | null {
  for (const other of packageFiles(file)) {
    if (other === file) continue;
    for (const decl of namedChildren(other.root)) {
      if (decl.type !== 'var_declaration') continue;
      for (const spec of descendants(decl, 'var_spec')) {
        if (spec.childrenForFieldName('name').some((n) => n?.text === name)) return { file: other, spec };
      }
    }
  }
  return null;
}

/**
 * The kind a read's operand is declared as, when the package says: a receiver field (`c.podIndexer`) or a
 * getter of the receiver (`g.pods()` returning `cache.Indexer`). A method name like `GetByKey` is shared by
 * stores and indexers; the declaration tells which one the code holds.
 */
export function declaredSourceKind(call: SyntaxNode, file: GoFile): ObjectSourceKind | null {
  const operand = callReceiver(call);
  const method = enclosingMethod(call);
  const recv = method ? receiver(method) : null;
  const typeName = baseTypeName(recv?.type);
  if (!operand || !recv || !typeName) return null;
  const files = packageFiles(file);
  if (operand.type === 'selector_expression' && operand.childForFieldName('operand')?.text === recv.name) {
    const field = structField(files, typeName, operand.childForFieldName('field')?.text ?? '');
    return field ? kindFromType(field.type) : null;
  }
  const getter = operand.type === 'call_expression' ? operand.childForFieldName('function') : null;
  if (getter?.type !== 'selector_expression' || getter.childForFieldName('operand')?.text !== recv.name)
    return null;
  const name = getter.childForFieldName('field')?.text;
  for (const f of files) {
    for (const decl of descendants(f.root, 'method_declaration')) {
      if (functionName(decl) !== name || baseTypeName(receiver(decl)?.type) !== typeName) continue;
      const result = decl.childForFieldName('result');
      return result ? kindFromType(result.text) : null;
    }
  }
  return null;
}
