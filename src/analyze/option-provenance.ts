// Read options that make a controller-runtime read hand out the cache's own objects, kept apart from the
// call: `r.List(ctx, &pods, r.listOpts...)` with `listOpts: []client.ListOption{client.UnsafeDisableDeepCopy}`
// set where the reconciler is built, or `opts := []client.GetOption{client.UnsafeDisableDeepCopy}` a few
// lines up. The call's own text does not name the option, so the shared-source rule cannot see it.
import { dirOf } from '../repo/go-index.js';
import { outsideUsers } from './constructor-callers.js';
import { latestDefinition } from './definitions.js';
import {
  assignments,
  enclosingMethod,
  type FieldOrigin,
  unsafeOff,
  unsafeOption,
} from './field-provenance.js';
import type { GoFile, SyntaxNode } from './go-parser.js';
import { packageFiles } from './go-sources.js';
import {
  baseTypeName,
  callArguments,
  calleeName,
  codeRef,
  enclosingFunction,
  namedChildren,
  receiver,
  rowOf,
} from './go-syntax.js';
import type { AnalyzeRules } from './rules.js';

const optionReads = /^(Get|List)$/;

function disablesCopy(text: string): boolean {
  return unsafeOption.test(text) && !unsafeOff.test(text);
}

/** The row of the first line of `node` that names the option. */
function optionRow(file: GoFile, node: SyntaxNode): number {
  for (let row = node.startPosition.row; row <= node.endPosition.row; row++)
    if (unsafeOption.test(file.lines[row] ?? '')) return row;
  return rowOf(node);
}

const optionNote = 'UnsafeDisableDeepCopy here: reads with these options return the cache’s own objects';

/**
 * The UnsafeDisableDeepCopy a read's options argument carries from elsewhere (a local's definition, a
 * receiver field's assignments anywhere in the package or its users), or null.
 */
export function unsafeOptionArgument(
  call: SyntaxNode,
  file: GoFile,
  rules: AnalyzeRules,
): FieldOrigin | null {
  if (!optionReads.test(calleeName(call))) return null;
  const fn = enclosingFunction(call);
  for (const raw of callArguments(call).slice(1)) {
    const arg = raw.type === 'variadic_argument' ? (namedChildren(raw)[0] ?? raw) : raw;
    if (arg.type === 'identifier' && fn) {
      const def = latestDefinition(arg.text, fn, call, rules);
      if (def?.value && disablesCopy(def.value.text)) {
        const note = `${arg.text} holds ${optionNote}`;
        return unsafe([{ ...codeRef(file, optionRow(file, def.value)), note }], arg.text);
      }
    }
    if (arg.type !== 'selector_expression') continue;
    const method = enclosingMethod(call);
    const recv = method ? receiver(method) : null;
    const typeName = baseTypeName(recv?.type);
    const operand = arg.childForFieldName('operand');
    const field = arg.childForFieldName('field')?.text;
    if (!recv || !typeName || !field || operand?.text !== recv.name) continue;
    const everywhere = [...packageFiles(file), ...outsideUsers(file)];
    for (const assigned of assignments(everywhere, typeName, field, dirOf(file.path))) {
      if (!disablesCopy(assigned.value.text)) continue;
      const at = codeRef(assigned.file, optionRow(assigned.file, assigned.value));
      return unsafe([{ ...at, note: `${arg.text} is set with ${optionNote}` }], arg.text);
    }
  }
  return null;
}

function unsafe(steps: FieldOrigin['steps'], options: string): FieldOrigin {
  return {
    kind: 'unsafe-client-read',
    note: `read with the options in ${options}, which hold UnsafeDisableDeepCopy (the object is the cache's own)`,
    steps,
    objectType: null,
  };
}
