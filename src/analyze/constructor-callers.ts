// A struct field set from a constructor's parameter (`func NewReconciler(c client.Client) *Reconciler {
// return &Reconciler{kube: c} }`) holds whatever the constructor's callers pass, usually from another
// package: cmd/…/main.go, a manager's setup, a test. Provenance runs synchronously over parsed files, so
// the callers' files are found here first (the repository index's text prefilter of qualified names,
// src/repo/go-index.ts) and parsed, bounded; field-provenance.ts then matches the calls and literals.
import { dirOf, repoIndexFor } from '../repo/go-index.js';
import type { GoFile, SyntaxNode } from './go-parser.js';
import { type GoSources, packageFiles } from './go-sources.js';
import {
  callArguments,
  calleeName,
  callReceiver,
  descendants,
  enclosingFunction,
  functionName,
  namedChildren,
  parameters,
  receiver,
} from './go-syntax.js';

export interface CallerLimits {
  /** Files of other packages parsed at most per package whose constructors are followed. */
  maxCallerFiles: number;
  /** Calls of one constructor followed at most (the rest are counted, not traced). */
  maxCalls: number;
  /** Constructor hops: a caller that hands on its own parameter (`Setup(c)` → `NewReconciler(c)`) counts one more. */
  maxHops: number;
  /** Files fetched at most for the text prefilter where reads are API requests (the App). */
  maxFetched: number;
  /** Caller files parsed at most in one run, over every package: the writer search may visit many. */
  maxPerRun: number;
}

/**
 * 20 callers is more than any constructor has outside tests in the controllers we read (a main, a setup,
 * a few tests), and parsing 20 files costs ~0.1 s; two hops cover `main → Setup → NewReconciler`. The App
 * fetches at most 20 files for the prefilter: a third of the writer search's budget. 60 caller files per
 * run covers the stack's packages and a few searched writers' packages without multiplying the search.
 */
export const defaultCallerLimits: CallerLimits = {
  maxCallerFiles: 20,
  maxCalls: 20,
  maxHops: 2,
  maxFetched: 20,
  maxPerRun: 60,
};

/** Files outside a package that call its constructors or build its structs, per file of the package. */
const usersOfFile = new WeakMap<GoFile, GoFile[]>();
/** Files that name the package's constructors but were left unparsed (past `maxCallerFiles`). */
const unparsedOfFile = new WeakMap<GoFile, number>();
/** Preparations per run (one GoSources) and package directory and hop: each runs once. */
const preparations = new WeakMap<GoSources, Map<string, Promise<void>>>();
/** Caller files taken per run (one GoSources), against `maxPerRun`. */
const takenPerRun = new WeakMap<GoSources, number>();

/** The loaded files of other packages that use `file`'s package by name (callers of its constructors). */
export function outsideUsers(file: GoFile): GoFile[] {
  return usersOfFile.get(file) ?? [];
}

/** How many files naming `file`'s package's constructors were not parsed (a bound), for the notes. */
export function unparsedUsers(file: GoFile): number {
  return unparsedOfFile.get(file) ?? 0;
}

/**
 * Finds and parses the files of other packages that call `file`'s package's exported constructors or
 * build its exported structs, so provenance can follow a field to them. Call after `sources.packageOf`.
 */
export function loadConstructorCallers(
  file: GoFile,
  sources: GoSources,
  limits: CallerLimits = defaultCallerLimits,
): Promise<void> {
  return prepareOnce(file, sources, limits, 1, null);
}

function prepareOnce(
  file: GoFile,
  sources: GoSources,
  limits: CallerLimits,
  hop: number,
  only: Set<string> | null,
): Promise<void> {
  let byKey = preparations.get(sources);
  if (!byKey) {
    byKey = new Map();
    preparations.set(sources, byKey);
  }
  // Keyed by hop too: a first hop only waits for second hops, which wait for nothing, so two findings
  // preparing each other's packages at once can never wait on each other.
  const key = `${dirOf(file.path)}#${hop}`;
  let done = byKey.get(key);
  if (!done) {
    done = prepare(file, sources, limits, hop, only);
    byKey.set(key, done);
  }
  return done;
}

async function prepare(
  file: GoFile,
  sources: GoSources,
  limits: CallerLimits,
  hop: number,
  only: Set<string> | null,
): Promise<void> {
  const pkg = packageFiles(file);
  const dir = dirOf(file.path);
  const names = [...exportedEntryPoints(pkg)].filter((n) => !only || only.has(n));
  if (!names.length || !dir || !sources.reader.listFiles) return;
  const found = await repoIndexFor(sources.reader).usersOf({
    names,
    rank: (path) => callerRank(path, dir),
    maxFetch: limits.maxFetched,
  });
  const users: GoFile[] = [];
  const outside = found.paths.filter((path) => dirOf(path) !== dir);
  let tried = 0;
  const reader = sources.reader;
  // A checkout's scan reads without keeping the text; an API reader already holds what the prefilter fetched.
  const peek = (path: string) => (reader.scan ? reader.scan(path) : reader.read(path)).catch(() => null);
  for (const path of outside) {
    const taken = takenPerRun.get(sources) ?? 0;
    if (users.length >= limits.maxCallerFiles || taken >= limits.maxPerRun) break;
    // Files that name a constructor without importing the package are only peeked at, but not forever.
    if (tried >= limits.maxCallerFiles * 10) break;
    tried++;
    // `x.New(` names many packages' constructors: parse only files whose text imports this one.
    const text = await peek(path);
    if (!text || !importsDirText(text, dir)) continue;
    takenPerRun.set(sources, taken + 1);
    const user = await sources.file(path);
    if (user && importNameOf(user, dir)) users.push(user);
  }
  const merged = [...new Set([...outsideUsers(file), ...users])];
  for (const f of pkg) {
    usersOfFile.set(f, merged);
    unparsedOfFile.set(f, outside.length - tried);
  }
  if (hop >= limits.maxHops) return;
  // A caller that passes on its own parameter (`func Setup(c client.Client) { NewReconciler(c, …) }`):
  // the value comes from Setup's callers, one hop further.
  for (const user of users) {
    const relays = relaysTo(user, dir, new Set(names));
    if (!relays.size) continue;
    await sources.packageOf(user.path);
    await prepareOnce(user, sources, limits, hop + 1, relays);
  }
}

/**
 * Callers likeliest first: commands (`cmd/…`, `main.go`), which wire controllers to their listers and
 * clients, then the nearest directories. Where reads are API requests only the first few are fetched.
 */
function callerRank(path: string, dir: string): number {
  if (/(^|\/)cmd\/|(^|\/)main\.go$/.test(path)) return 0;
  const a = path.split('/');
  const b = dir.split('/');
  let common = 0;
  while (common < a.length - 1 && common < b.length && a[common] === b[common]) common++;
  return 1 + a.length - 1 - common + (b.length - common);
}

/**
 * Exported functions that store or pass on a parameter (constructors: `&T{f: p}`, `x.f = p`, `newT(p)`)
 * and exported struct types with methods (built elsewhere as `&pkg.T{f: v}`).
 */
function exportedEntryPoints(pkg: GoFile[]): Set<string> {
  const names = new Set<string>();
  const receivers = new Set<string>();
  for (const file of pkg) {
    for (const fn of descendants(file.root, 'method_declaration')) {
      const type = receiver(fn)?.type?.text.replace(/^\*/, '');
      if (type) receivers.add(type);
    }
  }
  for (const file of pkg) {
    for (const spec of descendants(file.root, 'type_spec')) {
      const name = spec.childForFieldName('name')?.text ?? '';
      if (
        /^[A-Z]/.test(name) &&
        receivers.has(name) &&
        spec.childForFieldName('type')?.type === 'struct_type'
      )
        names.add(name);
    }
    for (const fn of descendants(file.root, 'function_declaration')) {
      const name = functionName(fn) ?? '';
      const params = new Set(parameters(fn).map((p) => p.name));
      if (/^[A-Z]/.test(name) && params.size && handsOn(fn, params)) names.add(name);
    }
  }
  return names;
}

/** The identifier an lvalue is selected or indexed from (`meta` in `meta.Annotations[k]`). */
function lvalueRoot(node: SyntaxNode): SyntaxNode | null {
  let n: SyntaxNode | null = node;
  while (n && (n.type === 'selector_expression' || n.type === 'index_expression'))
    n = n.childForFieldName('operand');
  return n?.type === 'identifier' ? n : null;
}

/**
 * True when a parameter reaches a composite literal's field, a field assignment or a call argument, or is
 * written through (`meta.Annotations[key] = value` in a `SetAnnotation(meta, …)` helper: its callers say
 * whose object that is).
 */
function handsOn(fn: SyntaxNode, params: Set<string>): boolean {
  const body = fn.childForFieldName('body');
  if (!body) return false;
  const mentions = (node: SyntaxNode | null | undefined) =>
    !!node &&
    (node.type === 'identifier'
      ? params.has(node.text)
      : descendants(node, 'identifier').some((i) => params.has(i.text)));
  if (descendants(body, 'keyed_element').some((e) => mentions(namedChildren(e)[1]))) return true;
  if (descendants(body, 'call_expression').some((c) => callArguments(c).some(mentions))) return true;
  return descendants(body, 'assignment_statement').some((a) =>
    namedChildren(a.childForFieldName('left') ?? a).some(
      (l) =>
        (l.type === 'selector_expression' && mentions(a.childForFieldName('right'))) ||
        (l.type !== 'identifier' && params.has(lvalueRoot(l)?.text ?? '')),
    ),
  );
}

/**
 * Exported functions of `user` that pass one of their own parameters to `names` of the package in `dir`
 * (`func Setup(c client.Client) { … ownerlabel.NewReconciler(c, …) }`).
 */
function relaysTo(user: GoFile, dir: string, names: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const { call } of callsInto(user, dir, names)) {
    let fn = enclosingFunction(call);
    while (fn && fn.type === 'func_literal') fn = enclosingFunction(fn);
    const name = fn?.type === 'function_declaration' ? functionName(fn) : null;
    if (!fn || !name || !/^[A-Z]/.test(name)) continue;
    const params = new Set(parameters(fn).map((p) => p.name));
    if (callArguments(call).some((a) => a.type === 'identifier' && params.has(a.text))) out.add(name);
  }
  return out;
}

/** A cheap look at a file's text before parsing it: does an import path end with `dir`? */
function importsDirText(text: string, dir: string): boolean {
  return text.includes(`/${dir}"`) || text.includes(`"${dir}"`);
}

/** The name `file` imports the package in directory `dir` by (`ownerlabel`), or null when it does not. */
export function importNameOf(file: GoFile, dir: string): string | null {
  if (!dir) return null;
  for (const spec of descendants(file.root, 'import_spec')) {
    const path = spec.childForFieldName('path')?.text.replace(/^["`]|["`]$/g, '') ?? '';
    if (path !== dir && !path.endsWith(`/${dir}`)) continue;
    const alias = spec.childForFieldName('name')?.text;
    if (alias === '_' || alias === '.') return null;
    return alias ?? path.slice(path.lastIndexOf('/') + 1);
  }
  return null;
}

export interface PassedArgument {
  file: GoFile;
  call: SyntaxNode;
  /** The argument at the parameter's position. */
  arg: SyntaxNode;
}

/**
 * Calls of `names` of the package in `dir` made from `file`: unqualified inside the package, `pkg.Name(…)`
 * from any file that imports it (another package, or an external test package `pkg_test` in `dir` itself).
 */
function callsInto(file: GoFile, dir: string, names: Set<string>): { call: SyntaxNode }[] {
  const qualifier = importNameOf(file, dir);
  const inside = !qualifier && dirOf(file.path) === dir;
  if (!inside && !qualifier) return [];
  return descendants(file.root, 'call_expression')
    .filter((call) => names.has(calleeName(call)))
    .filter((call) => {
      const operand = callReceiver(call);
      return inside ? !operand : operand?.type === 'identifier' && operand.text === qualifier;
    })
    .map((call) => ({ call }));
}

/**
 * The calls of function `name` (declared in `declFile`'s package) in the package and in the loaded
 * outside users, with the argument at `index`: at most `maxCalls` of them; `total` counts every call.
 */
export function constructorCalls(
  declFile: GoFile,
  name: string,
  index: number,
  limits: CallerLimits = defaultCallerLimits,
): { calls: PassedArgument[]; total: number } {
  const dir = dirOf(declFile.path);
  const calls: PassedArgument[] = [];
  let total = 0;
  for (const file of [...packageFiles(declFile), ...outsideUsers(declFile)]) {
    for (const { call } of callsInto(file, dir, new Set([name]))) {
      const arg = callArguments(call)[index];
      if (!arg) continue;
      total++;
      if (calls.length < limits.maxCalls) calls.push({ file, call, arg });
    }
  }
  return { calls, total };
}
