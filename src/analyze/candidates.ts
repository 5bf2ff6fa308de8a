// Write candidates: a write found in the code of a stack, with where its object came from.
import type { CodeRef, Frame } from '../model.js';
import { latestDefinition } from './definitions.js';
import type { SyntaxNode } from './go-parser.js';
import {
  callArguments,
  calleeName,
  calleeText,
  callReceiver,
  codeRef,
  descendants,
  functionAt,
  functionName,
  receiver,
  rootOf,
  rowOf,
} from './go-syntax.js';
import { type Provenance, type Site, traceVariable } from './provenance.js';
import type { AnalyzeRules } from './rules.js';
import { isRepoFrame } from './stack.js';
import { callTargetAtRow, type Write, writesAtRow, writesIn } from './writes.js';

export interface Candidate {
  write: Write;
  /** From the write outward; sites[0].row is the write's row. */
  sites: Site[];
  provenance: Provenance;
  /** True when a frame of the stack points at this very line (the goroutine was at the write). */
  atFrame: boolean;
  /** For writes found in a function the stack calls: the call site in the frame's function. */
  via?: Site & { callee: string };
}

/** The write's own line. Every candidate has a site: it is built from the write's place. */
export function writeRef(c: Candidate): CodeRef {
  const file = c.sites[0]?.file;
  return file ? codeRef(file, c.write.row) : { file: '', line: c.write.row + 1, code: '' };
}

function candidate(
  found: Write,
  foundSites: Site[],
  rules: AnalyzeRules,
  atFrame: boolean,
  via?: Candidate['via'],
): Candidate {
  // A registration into a scheme its function was handed: the caller's line is at fault.
  const { write, sites } =
    found.kind === 'registration'
      ? handedOver(found, foundSites, rules)
      : { write: found, sites: foundSites };
  const provenance = traceVariable(write.root.name, write.root.node, sites, rules);
  // A local bound to a package-level value whose map is then written: the map was taken out of it.
  const local = provenance.localBinding;
  if (
    write.map &&
    provenance.origin.kind === 'package-variable' &&
    local &&
    local.variable !== provenance.origin.variable
  )
    provenance.aliasedMap = true;
  return { write, sites, provenance, atFrame, ...(via ? { via } : {}) };
}

/** A write found off the stacks (the writer search): traced from its own function outward. */
export function searchedCandidate(write: Write, sites: Site[], rules: AnalyzeRules): Candidate {
  return candidate(write, sites, rules, false);
}

/** Writes at the line of `sites[0]` (a frame's line). */
export function writesAtSite(sites: Site[], rules: AnalyzeRules): Candidate[] {
  const site = sites[0];
  const fn = site && functionAt(site.file, site.row);
  if (!site || !fn) return [];
  return writesAtRow(fn, site.row, site.file, rules).map((w) => candidate(w, sites, rules, true));
}

const maxCalleeDepth = 2;

/**
 * Every map write the code of a stack can perform: at each repo frame's line, elsewhere in that frame's
 * function, and in same-file functions it calls (a worker parked in `queue.Get` still runs `syncService`).
 */
export function mapWritesAlongStack(sites: Site[], rules: AnalyzeRules): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (c: Candidate): void => {
    const key = `${c.sites[0]?.file.path}:${c.write.row}:${c.write.root.name}`;
    if (c.write.map && !seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  };
  sites.forEach((site, i) => {
    const fn = functionAt(site.file, site.row);
    if (!fn) return;
    const outer = sites.slice(i + 1);
    for (const w of writesIn(fn, site.file, rules)) {
      add(candidate(w, [{ file: site.file, row: w.row }, ...outer], rules, w.row === site.row));
    }
    const visited = new Set<number>([fn.id]);
    const walk = (caller: SyntaxNode, callerSites: Site[], depth: number): void => {
      if (depth > maxCalleeDepth) return;
      for (const call of descendants(caller, 'call_expression')) {
        const callee = sameFileCallee(call, caller, site.file.root);
        if (!callee || visited.has(callee.id)) continue;
        visited.add(callee.id);
        const callSite: Site = { file: site.file, row: rowOf(call) };
        const via = { ...callSite, callee: functionName(callee) ?? '' };
        for (const w of writesIn(callee, site.file, rules)) {
          add(candidate(w, [{ file: site.file, row: w.row }, callSite, ...callerSites], rules, false, via));
        }
        walk(callee, [callSite, ...callerSites], depth + 1);
      }
    };
    walk(fn, outer, 1);
  });
  return out;
}

/** The declaration a call names in the same file: `c.syncService(key)` from a method of c, or `helper(x)`. */
function sameFileCallee(call: SyntaxNode, caller: SyntaxNode, root: SyntaxNode): SyntaxNode | null {
  const name = calleeName(call);
  const operand = callReceiver(call);
  const callerFn = caller.type === 'func_literal' ? null : caller;
  const recv = callerFn ? receiver(callerFn) : null;
  const isMethodOfReceiver = operand?.type === 'identifier' && recv?.name === operand.text;
  if (operand && !isMethodOfReceiver) return null;
  for (const decl of descendants(root, operand ? 'method_declaration' : 'function_declaration')) {
    if (functionName(decl) === name) return decl;
  }
  return null;
}

/**
 * A write inside a library the stack's first repo frame called (the access's innermost frames are a
 * dependency's, e.g. a fake client registering types lazily into its scheme): the object the call hands
 * over, its receiver or first argument. `guessed` unless a rule names the library's writer.
 */
export function libraryWrite(
  frames: Frame[],
  sites: Site[],
  rules: AnalyzeRules,
): { candidate: Candidate; guessed: boolean } | null {
  const firstRepo = frames.findIndex(isRepoFrame);
  const library = frames
    .slice(0, Math.max(0, firstRepo))
    .filter((f) => f.kind === 'dependency' || f.kind === 'stdlib');
  const site = sites[0];
  const fn = site && functionAt(site.file, site.row);
  if (!library.length || !site || !fn) return null;
  const lazy = library.some((f) => rules.lazyRegistrationFrames.test(f.func));
  const why = `${lazy ? 'which registers types into its scheme' : 'which writes inside a library'}: ${libraryPath(library)}`;
  const write = callTargetAtRow(fn, site.row, site.file, why);
  if (!write) return null;
  return { candidate: candidate(write, sites, rules, true), guessed: !lazy };
}

/**
 * The repository line that hands a registration its scheme. When the scheme registered into is a parameter
 * of the registering function (an API group's `AddToScheme(s *runtime.Scheme)`), that function is right for
 * any scheme; the line at fault is its caller's, which passes the shared one by its own name
 * (`widgetsv1.AddToScheme(scheme)` in a test helper). Followed outward, frame by frame, while the scheme
 * stays a parameter. (A client handed to a function that makes the library register is not followed: the
 * call that makes it register is the line to name.)
 */
function handedOver(write: Write, sites: Site[], rules: AnalyzeRules): { write: Write; sites: Site[] } {
  let current = { write, sites };
  while (current.sites.length > 1) {
    const [site, caller] = current.sites as [Site, Site];
    const { root } = current.write;
    const fn = functionAt(site.file, site.row);
    const name = fn && functionName(fn);
    if (!fn || !name || root.qualified) break;
    const def = latestDefinition(root.name, fn, root.node, rules);
    if (def?.kind !== 'parameter') break;
    const callerFn = functionAt(caller.file, caller.row);
    const call = callerFn
      ? descendants(callerFn, 'call_expression').find(
          (c) =>
            c.startPosition.row <= caller.row && caller.row <= c.endPosition.row && calleeName(c) === name,
        )
      : undefined;
    const arg = call && callArguments(call)[def.index];
    const passed = arg && rootOf(arg, caller.file);
    if (!call || !passed) break;
    const row = rowOf(call);
    current = {
      write: {
        ...current.write,
        node: call,
        row,
        root: passed,
        what: `${calleeText(call)}(…) → ${current.write.what}`,
      },
      sites: [{ file: caller.file, row }, ...current.sites.slice(2)],
    };
  }
  return current;
}

/**
 * The library calls from the repository line down to the write, as printed: the function the line called
 * and the one that wrote (`fake.(*fakeClient).List → runtime.(*Scheme).AddKnownTypeWithName`).
 */
function libraryPath(library: Frame[]): string {
  const short = (f: Frame) => f.func.replace(/^.*\//, '');
  const writer = library[0];
  const entry = library[library.length - 1];
  if (!writer || !entry) return '';
  return writer === entry ? short(writer) : `${short(entry)} → ${short(writer)}`;
}
