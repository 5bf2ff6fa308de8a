// Follows a written variable backward to where the object came from: inside its function, into enclosing
// functions (closure capture), across stack frames through call arguments, up to an origin the rules know.
import type { CodeRef, Evidence, ObjectSourceKind } from '../model.js';
import { type Definition, latestDefinition, packageVariable } from './definitions.js';
import {
  declaredSourceKind,
  embeddedTypes,
  ownField,
  packageVariableElsewhere,
  sharedThroughField,
} from './field-provenance.js';
import type { GoFile, SyntaxNode } from './go-parser.js';
import { packageFiles } from './go-sources.js';
import {
  baseTypeName,
  callArguments,
  calleeName,
  calleeText,
  callReceiver,
  codeRef,
  descendants,
  enclosingFunction,
  functionAt,
  functionName,
  namedChildren,
  receiver,
  rootOf,
  rowOf,
  sameNode,
} from './go-syntax.js';
import { concreteTypeName, typeFromLister } from './object-type.js';
import { unsafeOptionArgument } from './option-provenance.js';
import { handlerRole } from './roles.js';
import type { AnalyzeRules } from './rules.js';
import { sharedArgument } from './shared-argument.js';

/** A line inside a function. A trace's sites run from the write outward (innermost frame first). */
export interface Site {
  file: GoFile;
  row: number;
}

/** Where tracing stopped. `copy`, `local` and `transform` mean the written object is not shared. */
export type OriginKind = ObjectSourceKind | 'copy' | 'local' | 'transform' | 'unknown';

export interface Origin {
  kind: OriginKind;
  ref: CodeRef;
  note: string;
  /** The variable as the origin's code names it (`service`, `legacyscheme.Scheme`). */
  variable: string;
  /** How the origin binds the variable: decides where a copy can be inserted. */
  binding: 'assignment' | 'range' | 'parameter' | 'expression';
  /** The last line of the binding statement (a call may span lines). */
  endLine: number;
  /** For `shared-argument`: the function the value is handed to and how many calls hand it over. */
  sharedBy?: { callee: string; calls: number };
}

export interface Provenance {
  origin: Origin;
  /** Hops from the write outward (`passed to Install here`), origin last. */
  steps: Evidence[];
  /** The object's type name when the code states it (`Service`, `Scheme`). */
  objectType: string | null;
  /** The written value is a map or field aliased out of another object (`labels := obj.Labels`). */
  aliasedMap: boolean;
  /** The written variable's own binding in the writing function (`curPod := cur.(*v1.Pod)`), if any. */
  localBinding: Pick<Origin, 'ref' | 'variable' | 'binding' | 'endLine'> | null;
  /**
   * The object was taken out of the origin's value (a type assertion, an index, a range): the origin's
   * variable is an `interface{}`, a slice or a list, not the object, so a copy belongs to `localBinding`.
   */
  derived: boolean;
}

type Capture = 'parallel-test' | 'goroutine' | 'closure';

const maxHops = 40;

class Tracer {
  readonly steps: Evidence[] = [];
  objectType: string | null = null;
  aliasedMap = false;
  localBinding: Provenance['localBinding'] = null;
  /** The last value binding met in an outer site (a caller's `pod, ok := obj.(*v1.Pod)`). */
  private handlerBinding: Provenance['localBinding'] = null;
  derived = false;
  /** The written variable and the field the write selects on it (`req` and `Headers` in `req.Headers[k] = v`). */
  written: { name: string; field: string | null } | null = null;
  private capture: { kind: Capture; ref: CodeRef } | null = null;
  private hops = 0;

  constructor(
    private readonly sites: Site[],
    private readonly rules: AnalyzeRules,
  ) {}

  finish(origin: Origin): Provenance {
    let final = origin;
    const parallel = this.capture?.kind === 'parallel-test';
    // A package-level test fixture that parallel subtests write is a shared fixture, not a registry.
    if (
      origin.kind === 'package-variable' &&
      parallel &&
      origin.ref.file.endsWith('_test.go') &&
      !this.rules.schemeLike.test(origin.variable)
    ) {
      final = {
        ...origin,
        kind: 'shared-test-fixture',
        note: `package-level test fixture ${origin.variable}, shared by t.Parallel subtests`,
      };
    }
    // A handler's argument is usually an interface: the object is obtained where the writing function binds
    // it (`curPod := cur.(*v1.Pod)`), which is also where a copy belongs.
    // Through a helper's parameter (`NormalizeImages(pod)` in the handler), the binding is the handler's own.
    const handlerBinding = this.localBinding ?? this.handlerBinding;
    if (origin.kind === 'informer-handler' && handlerBinding) {
      this.steps.push({ ...origin.ref, note: origin.note });
      final = { ...origin, ...handlerBinding, note: "obtained from the event handler's argument here" };
      // The handler's own binding holds the object itself (`mObj, ok := obj.(*v1.Pod)`): the copy goes there.
      if (!this.localBinding) this.derived = false;
    }
    // A locally built object captured by parallel subtests or goroutines is shared after all.
    if (origin.kind === 'local' && this.capture && this.capture.kind !== 'closure') {
      final =
        this.capture.kind === 'parallel-test'
          ? {
              ...origin,
              kind: 'shared-test-fixture',
              note: 'built once here and shared by t.Parallel subtests',
            }
          : { ...origin, kind: 'closure-capture', note: "built here and captured by a goroutine's closure" };
      this.steps.push({ ...this.capture.ref, note: 'captured by this closure' });
    }
    return {
      origin: final,
      steps: [...this.steps, { ...final.ref, note: final.note }],
      objectType: this.objectType,
      aliasedMap: this.aliasedMap,
      localBinding: this.localBinding,
      derived: this.derived,
    };
  }

  /** Remembers the first concrete type met; maps, builtins and interfaces say nothing about the object. */
  private learnType(type: SyntaxNode | null | undefined): void {
    this.objectType ??= concreteTypeName(type);
  }

  /**
   * The type of the variable a read fills (`pod := &v1.Pod{}` or `var pod v1.Pod` before `c.Get(ctx, key, pod)`):
   * the read says nothing of it, the declaration does.
   */
  private learnDeclaredType(name: string, fn: SyntaxNode, filledAt: SyntaxNode): void {
    if (this.objectType) return;
    const before = latestDefinition(name, fn, filledAt, this.rules);
    if (!before || before.kind === 'out-parameter') return;
    this.learnType(before.type);
    let value = before.value;
    if (value?.type === 'unary_expression') value = value.childForFieldName('operand');
    if (value?.type === 'composite_literal') this.learnType(value.childForFieldName('type'));
    else if (value?.type === 'call_expression' && calleeText(value) === 'new')
      this.learnType(callArguments(value)[0]);
  }

  private origin(
    kind: OriginKind,
    site: number,
    node: SyntaxNode,
    note: string,
    variable: string,
    binding: Origin['binding'] = 'expression',
  ): Origin {
    const file = this.siteFile(site);
    return {
      kind,
      ref: codeRef(file, rowOf(node)),
      note,
      variable,
      binding,
      endLine: node.endPosition.row + 1,
    };
  }

  private siteFile(site: number): GoFile {
    const s = this.sites[site];
    if (!s) throw new Error('site out of range');
    return s.file;
  }

  /** Traces the variable `name` as used at `at` in site `site`. */
  traceName(name: string, at: SyntaxNode, site: number): Origin {
    const file = this.siteFile(site);
    if (++this.hops > maxHops)
      return this.origin('unknown', site, at, 'gave up following the variable', name);
    let fn = enclosingFunction(at);
    let use = at;
    while (fn) {
      const def = latestDefinition(name, fn, use, this.rules);
      if (def) return this.fromDefinition(def, name, fn, site);
      if (fn.type !== 'func_literal') break;
      this.noteCapture(fn, file);
      use = fn;
      fn = enclosingFunction(fn);
    }
    const declaration = packageVariable(file, name);
    if (declaration) {
      this.learnType(declaration.childForFieldName('type'));
      return this.origin(
        'package-variable',
        site,
        declaration,
        `package-level variable ${name} declared here`,
        name,
      );
    }
    const elsewhere = packageVariableElsewhere(file, name);
    if (elsewhere) {
      this.learnType(elsewhere.spec.childForFieldName('type'));
      const { spec } = elsewhere;
      return {
        kind: 'package-variable',
        ref: codeRef(elsewhere.file, rowOf(spec)),
        note: `package-level variable ${name} declared here`,
        variable: name,
        binding: 'expression',
        endLine: spec.endPosition.row + 1,
      };
    }
    return this.origin(
      'package-variable',
      site,
      at,
      `${name} is not defined in this function: a package-level variable`,
      name,
    );
  }

  private noteCapture(literal: SyntaxNode, file: GoFile): void {
    if (this.capture) return;
    const parent = literal.parent;
    const call = parent?.type === 'argument_list' ? parent.parent : parent;
    let kind: Capture = 'closure';
    if (call?.type === 'call_expression' && calleeName(call) === 'Run') {
      const parallel = descendants(literal, 'call_expression').some((c) => calleeName(c) === 'Parallel');
      if (parallel) kind = 'parallel-test';
    } else if (parent?.type === 'call_expression' && parent.parent?.type === 'go_statement') {
      kind = 'goroutine';
    }
    this.capture = { kind, ref: codeRef(file, rowOf(literal)) };
  }

  private fromDefinition(def: Definition, name: string, fn: SyntaxNode, site: number): Origin {
    this.learnType(def.type);
    if (site > 0 && def.kind === 'value') {
      const ref = codeRef(this.siteFile(site), rowOf(def.node));
      this.handlerBinding = {
        ref,
        variable: name,
        binding: 'assignment',
        endLine: def.node.endPosition.row + 1,
      };
    }
    if (!this.localBinding && site === 0 && (def.kind === 'value' || def.kind === 'range')) {
      const binding = def.kind === 'range' ? 'range' : 'assignment';
      const ref = codeRef(this.siteFile(site), rowOf(def.node));
      this.localBinding = { ref, variable: name, binding, endLine: def.node.endPosition.row + 1 };
    }
    switch (def.kind) {
      case 'parameter':
      case 'receiver':
        return this.fromParameter(def, name, fn, site);
      case 'out-parameter':
        this.learnDeclaredType(name, fn, def.node);
        return this.fromCall(def.node, name, site, def.node, 'expression');
      case 'range':
        if (!def.value) return this.origin('local', site, def.node, 'the range key', name);
        this.derived = true;
        return this.fromExpression(def.value, name, site, def.node, 'range');
      default:
        if (!def.value)
          return this.origin('local', site, def.node, `${name} is declared here without a value`, name);
        return this.fromExpression(def.value, name, site, def.node, 'assignment');
    }
  }

  private fromParameter(def: Definition, name: string, fn: SyntaxNode, site: number): Origin {
    const file = this.siteFile(site);
    const fname = functionName(fn);
    const eventParameter = !!def.type && this.rules.handlerParameterTypes.test(def.type.text);
    const role = eventParameter ? 'handler' : handlerRole(fn, fname, file, this.rules);
    if (role === 'handler') {
      return this.origin(
        'informer-handler',
        site,
        def.node,
        `received by the event handler${fname ? ` ${fname}` : ''} here (the informer's own object)`,
        name,
        'parameter',
      );
    }
    if (role === 'transform') {
      return this.origin(
        'transform',
        site,
        def.node,
        'a TransformFunc may change the object in place',
        name,
        'parameter',
      );
    }
    // A literal called on the spot (`go func(s *T) {…}(svc)`): follow the argument.
    const direct = fn.type === 'func_literal' && fn.parent?.type === 'call_expression' ? fn.parent : null;
    if (direct && def.kind === 'parameter') {
      const arg = callArguments(direct)[def.index];
      if (arg) return this.fromExpression(arg, name, site, arg, 'expression');
    }
    const caller = this.sites[site + 1];
    // Only values that are copied on the way in yet share their maps (`opts Options`, `labels map[K]V`); a
    // pointer shares the whole struct, which needs a lock rather than a cloned map.
    const byValue = /^(type_identifier|qualified_type|map_type)$/.test(def.type?.type ?? '');
    if (fname && !caller && byValue && def.kind === 'parameter' && fn.type === 'function_declaration') {
      const shared = this.fromSharedArgument(def, name, fname, fn, site);
      if (shared) return shared;
    }
    if (!fname || !caller) {
      return this.origin(
        'unknown',
        site,
        def.node,
        `${name} is a parameter; its caller is not in the stack`,
        name,
        'parameter',
      );
    }
    const callerFn = functionAt(caller.file, caller.row);
    const call = callerFn
      ? descendants(callerFn, 'call_expression').find(
          (c) =>
            c.startPosition.row <= caller.row && caller.row <= c.endPosition.row && calleeName(c) === fname,
        )
      : undefined;
    const args = call ? callArguments(call) : [];
    const passed = call
      ? def.kind === 'receiver'
        ? callReceiver(call)
        : (args[def.index] ?? args[args.length - 1])
      : null;
    if (!passed) {
      return this.origin(
        'unknown',
        site,
        def.node,
        `${name} is a parameter of ${fname}; the call was not found in its caller`,
        name,
        'parameter',
      );
    }
    const how =
      def.kind === 'receiver' ? `${fname} called on ${passed.text} here` : `passed to ${fname} here`;
    this.steps.push({ ...codeRef(caller.file, caller.row), note: how });
    return this.fromExpression(passed, passed.text, site + 1, passed, 'expression');
  }

  /**
   * The caller is not in the stack (a goroutine's creation site is not a frame): one value its callers
   * hand to several calls (`go Stamp(opts, 1); go Stamp(opts, 2)`) is shared by all of them, maps and all.
   * The copy belongs at the top of the callee, where the parameter is bound.
   */
  private fromSharedArgument(
    def: Definition,
    name: string,
    fname: string,
    fn: SyntaxNode,
    site: number,
  ): Origin | null {
    const shared = sharedArgument(this.siteFile(site), fname, def.index, this.rules);
    const body = fn.childForFieldName('body');
    if (!shared || !body) return null;
    this.learnType(def.type);
    this.localBinding ??= {
      ref: codeRef(this.siteFile(site), rowOf(body)),
      variable: name,
      binding: 'parameter',
      endLine: body.startPosition.row + 1,
    };
    for (const call of shared.calls)
      this.steps.push({
        ...codeRef(shared.file, rowOf(call)),
        note: `${shared.variable} passed to ${fname} here`,
      });
    const node = shared.binding.node;
    const n = shared.calls.length;
    const how = n >= 2 ? `${n} calls of ${fname}` : `a call of ${fname} in a loop`;
    return {
      kind: 'shared-argument',
      ref: codeRef(shared.file, rowOf(node)),
      note: `${shared.variable} is built once here and handed to ${how}: copies of a struct share its maps`,
      variable: shared.variable,
      binding: 'expression',
      endLine: node.endPosition.row + 1,
      sharedBy: { callee: fname, calls: n },
    };
  }

  /**
   * A slice started empty (`toUpdate := []*T{}`) and filled by `toUpdate = append(toUpdate, s)` holds what was
   * appended: the first appended value that comes from a shared source is where its elements come from.
   */
  private fromAppends(literal: SyntaxNode, name: string, site: number): Origin | null {
    const fn = enclosingFunction(literal);
    const body = literal.childForFieldName('body');
    if (
      !fn ||
      literal.childForFieldName('type')?.type !== 'slice_type' ||
      (body && namedChildren(body).length)
    )
      return null;
    for (const call of descendants(fn, 'call_expression')) {
      if (call.childForFieldName('function')?.text !== 'append') continue;
      const [into, ...values] = callArguments(call);
      if (into?.text !== name) continue;
      for (const value of values) {
        const steps = this.steps.length;
        const origin = this.fromExpression(value, value.text, site, value, 'expression');
        // A parameter is kept too: the caller search follows it (`existing` in `reconcile(existing []*T)`).
        if (origin.kind !== 'local' && (origin.kind !== 'unknown' || origin.binding === 'parameter')) {
          this.steps.splice(steps, 0, {
            ...codeRef(this.siteFile(site), rowOf(call)),
            note: `${value.text} is appended to ${name} here`,
          });
          return origin;
        }
        this.steps.length = steps;
      }
    }
    return null;
  }

  private fromExpression(
    expr: SyntaxNode,
    name: string,
    site: number,
    defNode: SyntaxNode,
    binding: Origin['binding'],
  ): Origin {
    switch (expr.type) {
      case 'parenthesized_expression': {
        const inner = namedChildren(expr)[0];
        return inner
          ? this.fromExpression(inner, name, site, defNode, binding)
          : this.origin('unknown', site, defNode, 'unreadable expression', name);
      }
      case 'call_expression':
        return this.fromCall(expr, name, site, defNode, binding);
      case 'composite_literal': {
        this.learnType(expr.childForFieldName('type'));
        const carried = site === 0 ? this.carriedValue(expr, name) : null;
        if (carried) {
          // `&Request{Config: proxyconf.Defaults}`: a struct copied in by value keeps sharing its maps.
          this.aliasedMap = true;
          this.steps.push({
            ...codeRef(this.siteFile(site), rowOf(carried.value)),
            note: `${carried.value.text} is copied into ${name}.${carried.key} here; its maps stay shared`,
          });
          return this.fromExpression(carried.value, carried.value.text, site, carried.value, 'expression');
        }
        const appended = binding === 'assignment' ? this.fromAppends(expr, name, site) : null;
        if (appended) return appended;
        return this.origin(
          'local',
          site,
          defNode,
          `${name} is built here (a composite literal)`,
          name,
          binding,
        );
      }
      case 'func_literal':
        return this.origin('local', site, defNode, `${name} is a function literal`, name, binding);
      case 'unary_expression': {
        const operand = expr.childForFieldName('operand');
        if (!operand) return this.origin('unknown', site, defNode, 'unreadable expression', name);
        return this.fromExpression(operand, name, site, defNode, binding);
      }
      case 'identifier':
        if (/^(nil|true|false|iota)$/.test(expr.text))
          return this.origin('local', site, defNode, `${name} is a constant`, name, binding);
        return this.traceName(expr.text, expr, site);
      case 'type_assertion_expression':
        this.derived = true;
        this.learnType(expr.childForFieldName('type'));
        return this.fromRoot(expr, name, site, defNode, binding);
      case 'selector_expression':
      case 'index_expression':
      case 'slice_expression':
        if (
          expr.type === 'selector_expression' &&
          this.rules.mapFields.test(expr.childForFieldName('field')?.text ?? '')
        ) {
          this.aliasedMap = true;
        }
        if (expr.type === 'index_expression') this.derived = true;
        return this.fromRoot(expr, name, site, defNode, binding);
      default:
        if (/literal$/.test(expr.type))
          return this.origin('local', site, defNode, `${name} is a literal`, name, binding);
        return this.unknown(expr, name, site, defNode, binding);
    }
  }

  /**
   * The element of the written variable's composite literal that the written field comes from, when it is
   * copied in from a variable rather than built: the field itself (`Headers: base.Headers`), or a struct
   * embedded by value whose field is promoted (`Config: proxyconf.Defaults`, when the literal's type embeds
   * `Config` and declares no such field of its own).
   */
  private carriedValue(literal: SyntaxNode, name: string): { key: string; value: SyntaxNode } | null {
    const field = this.written?.name === name ? this.written.field : null;
    if (!field) return null;
    const typeName = baseTypeName(literal.childForFieldName('type'));
    const files = packageFiles(this.siteFile(0));
    const promoted = !!typeName && !ownField(files, typeName, field);
    const embedded = promoted && typeName ? embeddedTypes(files, typeName) : [];
    for (const element of namedChildren(literal.childForFieldName('body') ?? literal)) {
      if (element.type !== 'keyed_element') continue;
      const [k, v] = namedChildren(element);
      const key = k?.text;
      const value = v && (namedChildren(v)[0] ?? v);
      if (!key || !value || (value.type !== 'identifier' && value.type !== 'selector_expression')) continue;
      if (key === field || embedded.includes(key)) return { key, value };
    }
    return null;
  }

  /** `lister.List()` with `lister listers.ServiceLister` a parameter or local: the declared type names it. */
  private declaredListerType(call: SyntaxNode): string | null {
    let operand = callReceiver(call);
    while (operand?.type === 'call_expression') operand = callReceiver(operand);
    const fn = operand?.type === 'identifier' ? enclosingFunction(operand) : null;
    if (!operand || !fn) return null;
    const def = latestDefinition(operand.text, fn, operand, this.rules);
    return def?.type ? typeFromLister(def.type.text) : null;
  }

  private unknown(
    expr: SyntaxNode,
    name: string,
    site: number,
    defNode: SyntaxNode,
    binding: Origin['binding'],
  ): Origin {
    return this.origin('unknown', site, defNode, `cannot tell where ${expr.text} comes from`, name, binding);
  }

  private fromRoot(
    expr: SyntaxNode,
    name: string,
    site: number,
    defNode: SyntaxNode,
    binding: Origin['binding'],
  ): Origin {
    const file = this.siteFile(site);
    const root = rootOf(expr, file);
    if (!root) return this.unknown(expr, name, site, defNode, binding);
    if (root.qualified) {
      return this.origin(
        'package-variable',
        site,
        defNode,
        `package-level variable ${root.name} used here`,
        root.name,
        binding,
      );
    }
    const fn = enclosingFunction(expr);
    const recv = fn ? receiver(fn) : null;
    if (recv && recv.name === root.name && !sameNode(expr, root.node)) {
      return this.origin(
        'other',
        site,
        defNode,
        `taken from a field of the receiver (${expr.text}) here`,
        name,
        binding,
      );
    }
    return this.traceName(root.name, root.node, site);
  }

  private fromCall(
    call: SyntaxNode,
    name: string,
    site: number,
    defNode: SyntaxNode,
    binding: Origin['binding'],
  ): Origin {
    const callee = calleeText(call);
    const full = call.text.replace(/\s+/g, '');
    const copy = this.rules.copies.find((rule) => rule.callee.test(callee));
    if (copy) {
      return this.origin('copy', site, defNode, copy.note, name, binding);
    }
    if (/^(make|new)$/.test(callee)) {
      this.learnType(callArguments(call)[0]);
      return this.origin('local', site, defNode, `${name} is made here`, name, binding);
    }
    for (const link of methodChain(call)) {
      const linkCallee = calleeText(link);
      for (const rule of this.rules.sharedSources) {
        if (!rule.callee.test(linkCallee)) continue;
        if (rule.requires && !rule.requires.test(full)) continue;
        if (rule.unless?.test(full)) continue;
        // `c.lister.List()` names no type; the field's declared lister does (`listers.ServiceLister`).
        this.objectType ??=
          typeFromLister(linkCallee) ??
          sharedThroughField(link, this.siteFile(site), this.rules)?.objectType ??
          this.declaredListerType(link) ??
          null;
        // `GetByKey` is a store's and an indexer's: the operand's declared type says which one this is.
        const declared = cacheKinds.has(rule.kind) ? declaredSourceKind(link, this.siteFile(site)) : null;
        if (declared && cacheKinds.has(declared) && declared !== rule.kind) {
          const operand = callReceiver(link)?.text ?? 'it';
          const note = `obtained from ${operand}, a cache.${declared === 'indexer' ? 'Indexer' : 'Store'} here (a pointer into the cache)`;
          return this.origin(declared, site, defNode, note, name, binding);
        }
        return this.origin(rule.kind, site, defNode, rule.note, rule.variable ?? name, binding);
      }
      if (this.rules.followArgument.test(calleeName(link))) {
        const arg = callArguments(link)[0];
        if (arg) return this.fromExpression(arg, arg.text, site, defNode, 'expression');
      }
    }
    // A read whose options, kept in a variable or a field, disable the copy (`r.List(ctx, &l, r.listOpts...)`).
    const viaOption = unsafeOptionArgument(call, this.siteFile(site), this.rules);
    if (viaOption) {
      this.steps.push(...viaOption.steps);
      return this.origin(viaOption.kind, site, defNode, viaOption.note, name, binding);
    }
    // A read through a receiver's field that another file set up (a lister, an UnsafeDisableDeepCopy client).
    const viaField = sharedThroughField(call, this.siteFile(site), this.rules);
    if (viaField) {
      this.steps.push(...viaField.steps);
      this.objectType ??= viaField.objectType;
      const handed = viaField.handedOver;
      // Set from a constructor's parameter: the source enters at the caller's line (often another package).
      // A copy still belongs where the object is read, so the origin binds no variable there.
      if (handed) {
        const ref = { file: handed.file, line: handed.line, code: handed.code };
        return {
          kind: viaField.kind,
          ref,
          note: viaField.note,
          variable: name,
          binding: 'expression',
          endLine: handed.line,
        };
      }
      return this.origin(viaField.kind, site, defNode, viaField.note, name, binding);
    }
    const copyingRead = this.rules.copyingReads.find((rule) => rule.callee.test(callee));
    // controller-runtime's reads fill an argument (`Get(ctx, key, obj)`, `List(ctx, list)`); a one-argument
    // `Get(name)` returns the object it holds, as a lister does.
    if (copyingRead && defNode.type === 'call_expression' && callArguments(call).length >= 2)
      return this.origin('copy', site, defNode, copyingRead.note, name, binding);
    // A getter returns the receiver's own data: `labels := obj.GetLabels()`.
    const operand = callReceiver(call);
    if (operand && /^Get[A-Z]\w*$/.test(calleeName(call)) && callArguments(call).length === 0) {
      this.aliasedMap ||= this.rules.mapFields.test(calleeName(call));
      return this.fromRoot(operand, name, site, defNode, binding);
    }
    // A package function that hands out a package-level value (`func defaults() Config { return defaultConfig }`).
    const returned = callReceiver(call)
      ? null
      : returnedPackageVariable(calleeName(call), this.siteFile(site), this.rules);
    if (returned) {
      this.steps.push({
        ...codeRef(this.siteFile(site), rowOf(call)),
        note: `returned by ${callee}() here`,
      });
      this.steps.push({
        ...codeRef(returned.file, rowOf(returned.ret)),
        note: `${callee} returns ${returned.name}`,
      });
      this.learnType(returned.spec.childForFieldName('type'));
      return {
        kind: 'package-variable',
        ref: codeRef(returned.file, rowOf(returned.spec)),
        note: `package-level variable ${returned.name} declared here`,
        variable: returned.name,
        binding: 'expression',
        endLine: returned.spec.endPosition.row + 1,
      };
    }
    // A plain function's result is that function's object (`newEndpointSlice(svc)`); a method's may be anyone's.
    const kind = callReceiver(call) ? 'unknown' : 'other';
    return this.origin(kind, site, defNode, `${name} is returned by ${callee}(…) here`, name, binding);
  }
}

/**
 * The package-level variable a package function always returns (every `return` names the same one, as is or
 * behind `&`): its result is that variable's value, with its maps shared.
 */
function returnedPackageVariable(
  name: string,
  file: GoFile,
  rules: AnalyzeRules,
): { name: string; file: GoFile; spec: SyntaxNode; ret: SyntaxNode } | null {
  for (const f of packageFiles(file)) {
    const decl = descendants(f.root, 'function_declaration').find((d) => functionName(d) === name);
    const body = decl?.childForFieldName('body');
    if (!decl || !body) continue;
    const returns = descendants(body, 'return_statement').filter((r) => sameNode(enclosingFunction(r), decl));
    const named = returns.map((r) => {
      const values = namedChildren(r).flatMap((n) => (n.type === 'expression_list' ? namedChildren(n) : [n]));
      const value = values.length === 1 ? values[0] : undefined;
      const operand = value?.type === 'unary_expression' ? value.childForFieldName('operand') : value;
      return operand?.type === 'identifier' ? operand.text : null;
    });
    const first = named[0];
    const ret = returns[0];
    if (!first || !ret || named.some((n) => n !== first)) return null;
    if (latestDefinition(first, decl, ret, rules)) return null;
    const own = packageVariable(f, first);
    if (own) return { name: first, file: f, spec: own, ret };
    const elsewhere = packageVariableElsewhere(f, first);
    return elsewhere ? { name: first, file: elsewhere.file, spec: elsewhere.spec, ret } : null;
  }
  return null;
}

/** Kinds of client-go cache a read may come from, told apart by the declared type. */
const cacheKinds = new Set<OriginKind>(['store', 'indexer']);

/** The calls of a method chain, outermost first: `a.B().C()` → [`a.B().C()`, `a.B()`]. */
function methodChain(call: SyntaxNode): SyntaxNode[] {
  const chain: SyntaxNode[] = [];
  for (let link: SyntaxNode | null = call; link?.type === 'call_expression'; link = callReceiver(link))
    chain.push(link);
  return chain;
}

/** Traces the root variable written at `sites[0]` (`at` is the root's node there) to its origin. */
export function traceVariable(name: string, at: SyntaxNode, sites: Site[], rules: AnalyzeRules): Provenance {
  const tracer = new Tracer(sites, rules);
  const selector = at.parent?.type === 'selector_expression' ? at.parent : null;
  const field =
    selector && sameNode(selector.childForFieldName('operand'), at)
      ? selector.childForFieldName('field')
      : null;
  tracer.written = { name, field: field?.text ?? null };
  const first = sites[0];
  // Only another package's variable has a dotted root name (`scheme.Scheme`).
  if (first && name.includes('.')) {
    return tracer.finish({
      kind: 'package-variable',
      ref: codeRef(first.file, rowOf(at)),
      note: `package-level variable ${name} used here`,
      variable: name,
      binding: 'expression',
      endLine: at.endPosition.row + 1,
    });
  }
  return tracer.finish(tracer.traceName(name, at, 0));
}
