// The fix for a culprit: its kind (from the rule table), a sentence, and where possible a concrete edit.
import type { CodeEdit, FaultKind, FixKind } from '../model.js';
import type { Provenance } from './provenance.js';
import type { AnalyzeRules } from './rules.js';
import type { UnreadWrite } from './unread-write.js';
import type { Write } from './writes.js';

export interface Fix {
  fixKind: FixKind;
  suggestion: string;
  edit?: CodeEdit;
}

export interface FixInput {
  write: Write;
  /** Repo path of the write. */
  writeFile: string;
  provenance: Provenance;
  faultKind: FaultKind;
  /** The raw text of a line (1-based) of a file the analysis read, for indentation. */
  lineText: (file: string, line: number) => string | undefined;
  /** The type the mutation detector printed (`*v1.Pod`), for a cache-mutation finding. */
  cachedType?: string;
  /** Set when the write has no reader of its own (unread-write.ts): the fix may be to remove it. */
  unread?: UnreadWrite;
}

function indentOf(text: string | undefined): string {
  return /^\s*/.exec(text ?? '')?.[0] ?? '';
}

export function chooseFixKind(input: FixInput, rules: AnalyzeRules): FixKind {
  if (input.faultKind === 'nil-map-write' || input.write.kind === 'faulting-read') return 'other';
  const { origin, objectType, aliasedMap } = input.provenance;
  const scheme =
    input.write.kind === 'registration' || objectType === 'Scheme' || rules.schemeLike.test(origin.variable);
  if (isStructMap(input, rules)) return 'lock';
  for (const rule of rules.fixes) {
    if (rule.origins && !rule.origins.some((kind) => kind === origin.kind)) continue;
    if (rule.scheme !== undefined && rule.scheme !== scheme) continue;
    if (rule.aliasedMap !== undefined && rule.aliasedMap !== aliasedMap) continue;
    if (rule.unread && !input.unread) continue;
    return cacheCopy(input, rule.fix);
  }
  return cacheCopy(input, 'other');
}

/** The mutation detector proves the object is the informer cache's own: whatever the code shows, copy it. */
function cacheCopy(input: FixInput, fix: FixKind): FixKind {
  return input.faultKind === 'cache-mutation' && (fix === 'other' || fix === 'lock')
    ? 'deepcopy-before-mutate'
    : fix;
}

/**
 * A map held in a field of a struct the program built itself (`c.counts[k]++` in a method that several
 * workers run): no cache owns it, so the fix is to guard it, not to copy it. Objects' own maps
 * (`Labels`, `Annotations`, …) and maps from a known shared source are not this.
 */
function isStructMap(input: FixInput, rules: AnalyzeRules): boolean {
  const { write, provenance, faultKind } = input;
  const field = write.root.field;
  return (
    faultKind === 'concurrent-map-writes' &&
    (write.kind === 'map-index' || write.kind === 'map-delete' || write.kind === 'map-clear') &&
    !!field &&
    !rules.mapFields.test(field) &&
    (provenance.origin.kind === 'other' || provenance.origin.kind === 'unknown')
  );
}

export function proposeFix(input: FixInput, rules: AnalyzeRules): Fix {
  const fixKind = chooseFixKind(input, rules);
  const { origin } = input.provenance;
  const v = origin.variable;
  const written = input.write.root.name;
  switch (fixKind) {
    case 'remove-write':
      if (input.unread) return removeWriteFix(input.unread, input);
      return otherFix(input, fixKind, rules);
    case 'deepcopy-before-mutate': {
      // Taken out of the origin's value (`node := obj.(*v1.Node)`, `pod := &pods.Items[i]`): the origin's
      // variable has no DeepCopy of the object's type; the written variable does.
      const v = input.provenance.derived ? written : origin.variable;
      // An object used where it is returned (`markReady(l.Get(1))`): copy the call's result.
      const copy = /^[\w.]+$/.test(v) ? `\`${v} = ${v}.DeepCopy()\`` : `\`${v}.DeepCopy()\``;
      const why: Partial<Record<typeof origin.kind, string>> = {
        'shared-test-fixture': `Each parallel subtest must use its own copy of \`${v}\`: \`${v} := ${v}.DeepCopy()\` at the top of the subtest, or build the object inside it.`,
        'informer-handler': `Event handlers must not modify the objects they receive: copy \`${v}\` first (${copy}), then change and send the copy.`,
        'unsafe-client-read': `\`${v}\` was read with UnsafeDisableDeepCopy, so it is the cache's own object: copy it first (${copy}) or drop UnsafeDisableDeepCopy.`,
      };
      // The detector printed the type: name it, so the reader knows which object to copy.
      const type = `\`${input.cachedType ?? 'object'}\``;
      const detected = `DeepCopy the ${type} before changing it: \`${v}\` is the informer cache's own ${type} (the mutation detector found it altered). Copy it where it is obtained (${copy}), then change and send the copy (or use a Patch).`;
      const suggestion =
        (input.faultKind === 'cache-mutation' ? detected : undefined) ??
        why[origin.kind] ??
        `\`${v}\` is the cache's own object (${origin.kind}); copy it before changing it: ${copy} right after it is obtained, then mutate and send the copy (or use a Patch).`;
      return { fixKind, suggestion, edit: copyEdit(input, (name) => `${name} = ${name}.DeepCopy()`) };
    }
    case 'copy-map': {
      // `opts.Labels[k] = v` on a struct copy: the map to clone is the field, not the struct.
      const field = input.write.root.field;
      const map = (name: string) => (field && name === written ? `${name}.${field}` : name);
      const m = map(written);
      const by = origin.sharedBy;
      // One value handed to several calls: each callee clones the map where it receives the value.
      const suggestion = by
        ? `\`${m}\` is one map shared by the ${by.calls} ${by.calls === 1 ? 'call' : 'calls'} of ${by.callee} that receive \`${v}\` (copies of a struct share its maps); clone it at the top of ${by.callee} before writing: \`${m} = maps.Clone(${m})\`.`
        : `\`${m}\` is a map owned by a shared object; clone it before writing: \`${m} = maps.Clone(${m})\` (and do not write it back into the shared object).`;
      return {
        fixKind,
        suggestion,
        edit: copyEdit(input, (name) => `${map(name)} = maps.Clone(${map(name)})`),
      };
    }
    case 'per-test-scheme':
      return {
        fixKind,
        suggestion:
          `\`${v}\` is shared by every test in the binary and is written here while other tests read it. ` +
          'Give each test (and each parallel subtest) its own scheme: `scheme := runtime.NewScheme()`, register what it needs ' +
          `(\`AddToScheme(scheme)\`), and pass \`scheme\` instead of \`${v}\` (for a controller-runtime fake client: ` +
          '`fake.NewClientBuilder().WithScheme(scheme)`). Or register everything once in `init()` before any test runs.',
      };
    case 'lock': {
      // A struct's map field: name the map (`c.counts`), not the struct.
      const field = input.write.root.field;
      const m = origin.kind === 'package-variable' || !field ? v : `${written}.${field}`;
      return {
        fixKind,
        suggestion: `\`${m}\` is shared between goroutines and written without synchronisation: guard every read and write with a \`sync.Mutex\` (or \`sync.RWMutex\`), or give each goroutine its own copy.`,
      };
    }
    default:
      return otherFix(input, fixKind, rules);
  }
}

/** Inserts `statement(variable)` right after the line that binds the object: the origin, else the writer's own binding. */
function copyEdit(input: FixInput, statement: (variable: string) => string): CodeEdit | undefined {
  const { origin, localBinding } = input.provenance;
  // A shared fixture needs a copy per subtest, not one more binding in the outer test.
  if (origin.kind === 'shared-test-fixture' || origin.kind === 'closure-capture') return undefined;
  const insertable = (b: { binding: string }) => b.binding === 'assignment' || b.binding === 'range';
  // A writer's own parameter binds at its function's opening brace (a shared argument is copied there).
  const local =
    localBinding && (insertable(localBinding) || localBinding.binding === 'parameter') ? localBinding : null;
  const at = input.provenance.derived ? local : insertable(origin) ? origin : local;
  if (!at) return undefined;
  const raw = input.lineText(at.ref.file, at.ref.line);
  if (raw === undefined) return undefined;
  if (at.binding === 'assignment') {
    return {
      file: at.ref.file,
      afterLine: at.endLine,
      insert: [`${indentOf(raw)}${statement(at.variable)}`],
    };
  }
  if (raw.trimEnd().endsWith('{')) {
    return {
      file: at.ref.file,
      afterLine: at.ref.line,
      insert: [`${indentOf(raw)}\t${statement(at.variable)}`],
    };
  }
  return undefined;
}

function otherFix(input: FixInput, fixKind: FixKind, rules: AnalyzeRules): Fix {
  const { write } = input;
  const target = write.root.field ? `${write.root.name}.${write.root.field}` : write.root.name;
  if (write.kind === 'faulting-read') return { fixKind, suggestion: faultingReadAdvice(input, rules) };
  if (input.faultKind === 'nil-map-write' && write.kind === 'map-index') {
    const raw = input.lineText(input.writeFile, write.row + 1);
    const indent = indentOf(raw);
    return {
      fixKind,
      suggestion: `\`${target}\` is nil here: initialise it before writing (\`if ${target} == nil { ${target} = map[…]…{} }\`). If the object comes from an informer cache, DeepCopy it first.`,
      edit:
        raw !== undefined && rules.stringMapFields.test(write.root.field ?? '')
          ? {
              file: input.writeFile,
              afterLine: write.row,
              insert: [
                `${indent}if ${target} == nil {`,
                `${indent}\t${target} = map[string]string{}`,
                `${indent}}`,
              ],
            }
          : undefined,
    };
  }
  return {
    fixKind,
    suggestion: `\`${input.provenance.origin.variable}\` reaches this write from ${input.provenance.origin.note}; make sure no other goroutine uses it at the same time (copy it, or synchronise).`,
  };
}

/** Nil dereference: name the optional pointers of the chain; index out of range: bound the index. */
function faultingReadAdvice(input: FixInput, rules: AnalyzeRules): string {
  const expression = input.write.node.text.replace(/\s+/g, '');
  if (input.faultKind === 'nil-deref') {
    const parts = expression.replace(/^\*/, '').split('.');
    // Past the root, every field not known to be a value struct (`Spec`) may be a nil pointer.
    const optional = parts.flatMap((part, i) =>
      i >= 1 && !rules.valueFields.test(part) ? [`\`${parts.slice(0, i + 1).join('.')}\``] : [],
    );
    const list = optional.length ? optional.join(', ') : `\`${expression}\``;
    return `\`${expression}\` dereferences optional pointers that can be nil: check ${list} before use and fall back to a default.`;
  }
  return `\`${expression}\` indexes past the end: bound the index by \`len(${input.write.root.name})\` (and handle the empty case) before indexing.`;
}

/** Says in one line why nothing reads the write, and removes it (see unread-write.ts for the proof). */
function removeWriteFix(unread: UnreadWrite, input: FixInput): Fix {
  const { variable, key, keyConstant, map } = unread;
  const field = input.write.root.field;
  const what =
    field === 'Annotations'
      ? `the \`${key}\` annotation`
      : field === 'Labels'
        ? `the \`${key}\` label`
        : `the \`${key}\` key of \`${map}\``;
  const named = keyConstant ? ` (\`${keyConstant}\`)` : '';
  const where = unread.functionName ? ` in ${unread.functionName}` : '';
  const cache = input.provenance.origin.kind === 'unsafe-client-read' ? "client cache's" : "informer cache's";
  const type = input.provenance.objectType ?? 'object';
  const lines = unread.withGuard
    ? 'Remove the write and the nil check that only serves it'
    : 'Remove the line';
  const unused = unread.leftUnused.length
    ? `, and then ${unread.leftUnused.join(' and ')}, which only it uses`
    : '';
  const suggestion =
    `Nothing reads this write: \`${variable}\` is not sent to the API server or used after it${where}, ` +
    `and no code in the repository reads ${what}${named}; its only effect is changing the ${cache} own ${type}. ` +
    `${lines}${unused} (if the value must be stored, DeepCopy the object and Update or Patch the copy).`;
  return { fixKind: 'remove-write', suggestion, ...(unread.edit && { edit: unread.edit }) };
}
