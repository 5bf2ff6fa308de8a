// The writer no stack shows: a map fault's crashing goroutine is often the reader (a range loop, an
// encoder) and the writer has returned. Search the repository's Go code for writes to the same field (or
// the same package-level map) of a shared object of the same type, in code that can run concurrently,
// and rank them. A text index picks the few files worth parsing (src/repo/go-index.ts).
import type { WriterCandidate, WriterSearchStats } from '../model.js';
import { dirOf, type RepoIndex, repoIndexFor } from '../repo/go-index.js';
import type { SourceReader } from '../repo/source-reader.js';
import { type Candidate, searchedCandidate } from './candidates.js';
import { importNameOf, loadConstructorCallers, outsideUsers } from './constructor-callers.js';
import { isKnownShared, isUnshared, touchedByDiff } from './culprit.js';
import type { DiagnoseInput } from './diagnosis.js';
import { chooseFixKind } from './fix.js';
import type { GoFile, SyntaxNode } from './go-parser.js';
import { packageFiles } from './go-sources.js';
import {
  calleeName,
  codeRef,
  descendants,
  enclosingFunction,
  functionAt,
  functionName,
  rowOf,
} from './go-syntax.js';
import type { Site } from './provenance.js';
import { throughRangeCopy } from './range-copy.js';
import type { ReaderSide } from './reader.js';
import { type StackSites, shortFunc } from './stack.js';
import { type Write, writesIn } from './writes.js';

export interface SearchLimits {
  /** Candidate files parsed at most (tree-sitter is the costly step). */
  maxParsed: number;
  /** Files fetched at most for the text scan where reads are API requests (the App). */
  maxFetched: number;
  /** Candidates reported. */
  top: number;
}

/**
 * 150 parsed files is ~1 s of tree-sitter on this project's 2-core CI machine, and more writes of one field
 * than that are noise anyway; 60 fetched files is under a third of a run's API request budget.
 */
export const defaultSearchLimits: SearchLimits = { maxParsed: 150, maxFetched: 60, top: 3 };

/** Metadata maps a serializer or a range over an object of a known type may be reading. */
const metadataMaps = ['Labels', 'Annotations', 'Finalizers'];
/** Names of functions controllers run on worker goroutines. */
const workerNames = /^(sync|reconcile|process|handle|worker|run)/i;

export interface RankedWriter {
  candidate: Candidate;
  score: number;
  why: string[];
  /** A line that shows the writer runs concurrently (a `go` statement, a handler registration), if any. */
  concurrency: { file: GoFile; row: number; note: string } | null;
}

export interface WriterSearch {
  ranked: RankedWriter[];
  stats: WriterSearchStats;
  /** What was searched for, for a reason when nothing was found. */
  target: string;
}

function dirDistance(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return x.length - common + (y.length - common);
}

/**
 * A plain field write that writes the field a reader reads: `x.Status.Phase = …` and `status.Phase = …`
 * (one path ends with the other) and `x.Status = …` (the enclosing struct, a prefix of the read path).
 */
function writesFieldPath(write: string[], read: string[]): boolean {
  const endsWith = (a: string[], b: string[]) =>
    b.length <= a.length && b.every((f, i) => a[a.length - b.length + i] === f);
  const prefix = write.length < read.length && write.every((f, i) => read[i] === f);
  return endsWith(write, read) || endsWith(read, write) || prefix;
}

function writesName(w: Write, reader: ReaderSide, pvDir: string | null, file: GoFile): boolean {
  // The mutation detector sees any changed field, not only maps.
  if (reader.alteredFields)
    return reader.alteredFields.some((f) => new RegExp(`\\.${f}\\b|\\bSet${f}\\(`).test(w.what));
  // A race on a plain field: the race detector sees the field's own memory, so only assignments count.
  if (reader.fieldPath) return !w.map && !!w.fieldPath && writesFieldPath(w.fieldPath, reader.fieldPath);
  if (!w.map) return false;
  const pv = reader.packageVariable;
  if (pv) {
    if (w.root.qualified) return w.root.name.endsWith(`.${pv.name}`);
    return w.root.name === pv.name && !w.root.field && dirOf(file.path) === pvDir;
  }
  const fields = reader.field ? [reader.field] : metadataMaps;
  return fields.some((f) => new RegExp(`\\.${f}\\b|\\bSet${f}\\(`).test(w.what));
}

/** Evidence that the writing function can run at the same time as the reader, or null. */
function concurrencyOf(c: Candidate, fn: SyntaxNode | null, file: GoFile): RankedWriter['concurrency'] {
  const origin = c.provenance.origin;
  if (origin.kind === 'informer-handler') {
    return { file, row: c.write.row, note: "an informer event handler: runs on the informer's goroutine" };
  }
  for (let f = fn; f; f = enclosingFunction(f)) {
    if (f.type === 'func_literal' && f.parent?.parent?.type === 'go_statement')
      return { file, row: rowOf(f), note: 'runs in a goroutine started here' };
  }
  let outer = fn;
  while (outer && outer.type === 'func_literal') outer = enclosingFunction(outer);
  const name = outer ? functionName(outer) : null;
  if (!name) return null;
  if (
    file.path.endsWith('_test.go') &&
    descendants(outer ?? file.root, 'call_expression').some((call) => calleeName(call) === 'Parallel')
  )
    return { file, row: rowOf(outer ?? file.root), note: 'a parallel test (t.Parallel)' };
  for (const other of packageFiles(file)) {
    for (const go of descendants(other.root, 'go_statement')) {
      if (new RegExp(`\\b${name}\\(`).test(go.text))
        return { file: other, row: rowOf(go), note: `${name} is started as a goroutine here` };
    }
  }
  if (workerNames.test(name))
    return { file, row: rowOf(outer ?? file.root), note: `${name} is a controller sync/worker function` };
  return null;
}

/**
 * The repository directory of a Go package (`example.com/m/pkg/x` → `pkg/x`): the longest listed directory the
 * import path ends with. Null when the log names no package or none of the repository's directories.
 */
async function packageDir(pkg: string | undefined, index: RepoIndex): Promise<string | null> {
  const listing = pkg ? await index.listing() : null;
  if (!pkg || !listing) return null;
  let best: string | null = null;
  for (const f of listing.files) {
    const dir = dirOf(f.path);
    if ((pkg === dir || pkg.endsWith(`/${dir}`)) && dir.length > (best?.length ?? -1)) best = dir;
  }
  return best;
}

/**
 * With no frame to start from, the candidate files that name the type (`EndpointSlice`): a write of that
 * type's field is typed in code that mentions the type, and parsing every writer of `.Annotations` in a
 * large repository (with their packages) costs seconds and hundreds of MB. All of them when none names
 * it, or where reading is a budgeted API request (the App).
 */
async function namingType(
  paths: string[],
  type: string,
  reader: SourceReader,
): Promise<{ paths: string[]; left: number }> {
  if (!reader.scan) return { paths, left: 0 };
  const word = new RegExp(`\\b${type}\\b`);
  const naming: string[] = [];
  for (const path of paths) if ((await reader.scan(path).catch(() => null))?.match(word)) naming.push(path);
  return naming.length ? { paths: naming, left: paths.length - naming.length } : { paths, left: 0 };
}

/** The files of the stacks call the writing function: one call away from the crash. */
function calledFromStack(fnName: string | null, stack: StackSites): string | null {
  if (!fnName) return null;
  const call = new RegExp(`\\b${fnName}\\(`);
  return stack.sites.find((s) => s.file.lines.some((line) => call.test(line)))?.file.path ?? null;
}

/**
 * Writers of what the reader reads, found anywhere in the repository, ranked: lines the change touched,
 * then the reader's package, then (approximate) call-graph distance to the crash frame. Null when the
 * reader names nothing to search for or the source reader cannot list files.
 */
export async function searchWriters(
  input: DiagnoseInput,
  reader: ReaderSide,
  stack: StackSites,
  limits: SearchLimits = defaultSearchLimits,
): Promise<WriterSearch | null> {
  const names = reader.packageVariable
    ? [reader.packageVariable.name]
    : reader.alteredFields?.length
      ? reader.alteredFields
      : reader.fieldPath?.length
        ? // `x.Status = …` writes Status.Phase too: the index knows it only as a write of Status.
          reader.fieldPath
        : reader.field
          ? [reader.field]
          : reader.objectType
            ? metadataMaps
            : [];
  const crash = stack.sites[0];
  const goSources = input.sources;
  if (!names.length || !goSources.reader.listFiles) return null;
  // No repo frame (client-go's mutation detector panics in its own goroutine): the package that started
  // that goroutine, else the package under test.
  const creator = input.finding.fault.crashing?.createdBy;
  const crashDir = crash
    ? dirOf(crash.file.path)
    : creator?.kind === 'repo' && creator.repoPath
      ? dirOf(creator.repoPath)
      : await packageDir(input.finding.package, repoIndexFor(goSources.reader));
  // Nothing in the log points into the repository (a mutation detector's report pasted alone): search it
  // all from its root, the files that name the object's type first.
  if (crashDir === null && !reader.objectType) return null;
  const anchor = crashDir ?? '';
  const target = reader.packageVariable
    ? `the package-level map ${reader.packageVariable.name}`
    : reader.alteredFields?.length
      ? `${reader.alteredFields.map((f) => `.${f}`).join(', ')} of ${reader.objectType ? `a ${reader.objectType}` : 'an object'}`
      : `${reader.fieldPath ? `.${reader.fieldPath.join('.')}` : reader.field ? `.${reader.field}` : 'the metadata maps'} of ${reader.objectType ? `a ${reader.objectType}` : 'an object'}`;
  const stackDirs = new Set(stack.sites.map((s) => dirOf(s.file.path)));
  const pvDir = reader.packageVariable ? dirOf(reader.packageVariable.file) : null;
  const rank = (path: string): number => {
    if (input.changedLines?.has(path)) return 0;
    const dir = dirOf(path);
    if (dir === crashDir || dir === pvDir) return 1;
    if (stackDirs.has(dir)) return 2;
    return 3 + dirDistance(anchor, dir);
  };
  const found = await repoIndexFor(goSources.reader).writersOf({ names, rank, maxFetch: limits.maxFetched });
  const unanchored =
    crashDir === null && reader.objectType
      ? await namingType(found.paths, reader.objectType, goSources.reader)
      : { paths: found.paths, left: 0 };
  const paths = unanchored.paths;
  const ranked: RankedWriter[] = [];
  const readerRows = new Set(stack.sites.map((s) => `${s.file.path}:${s.row}`));
  let parsed = 0;
  for (const path of paths.slice(0, limits.maxParsed)) {
    const file = await goSources.file(path);
    if (!file) continue;
    parsed++;
    await goSources.packageOf(path);
    const matching = writesIn(file.root, file, input.rules).filter((w) => writesName(w, reader, pvDir, file));
    // Callers of the package's constructors only matter where a write of the name is traced.
    if (matching.length) await loadConstructorCallers(file, goSources);
    const seen = new Set<number>();
    for (const named of matching) {
      const w = throughRangeCopy(named, functionAt(file, named.row), file, input.rules);
      if (!w || seen.has(w.row) || readerRows.has(`${path}:${w.row}`)) continue;
      seen.add(w.row);
      const c = withCaller(searchedCandidate(w, [{ file, row: w.row }], input.rules), input);
      const r = rankWriter(c, file, reader, input, stack, rank(path));
      if (r) ranked.push(r);
    }
  }
  ranked.sort((a, b) => b.score - a.score);
  const skipped = [...found.stats.skipped];
  if (unanchored.left)
    skipped.push(`${unanchored.left} candidate files that do not name ${reader.objectType} (not parsed)`);
  if (paths.length > limits.maxParsed)
    skipped.push(
      `${paths.length - limits.maxParsed} candidate files past the first ${limits.maxParsed} (not parsed)`,
    );
  return {
    ranked: ranked.slice(0, limits.top),
    target,
    stats: {
      filesListed: found.stats.listed,
      filesScanned: found.stats.scanned,
      filesParsed: parsed,
      skipped,
    },
  };
}

/**
 * A cached object changed through a parameter (`markReady(pod *v1.Pod)`, a handler struct's `Default(pod)`):
 * no stack shows the caller, so trace the object through the package's calls of the function
 * (`markReady(l.Get(1))`, `d.Default(newObj.(*v1.Pod))` in `OnUpdate`) to its source.
 */
function withCaller(c: Candidate, input: DiagnoseInput): Candidate {
  const { origin } = c.provenance;
  if (!c.sites[0] || origin.kind !== 'unknown' || origin.binding !== 'parameter') return c;
  return throughCallers(c, c.sites, input, 1) ?? c;
}

/** How far up the callers a parameter is followed, and how many calls of each function are tried. */
const callerHops = 3;
const callsPerHop = 20;

/**
 * The calls of the function holding the last of `sites` (`finalize(…, slicesToUpdate, …)` in `reconcile`);
 * one whose argument is itself a parameter of its caller is followed again (`c.reconciler.reconcile(svc,
 * slices)` in `syncService`), up to `callerHops` calls away from the write.
 */
function throughCallers(c: Candidate, sites: Site[], input: DiagnoseInput, hop: number): Candidate | null {
  const last = sites[sites.length - 1];
  if (!last) return null;
  let outer = functionAt(last.file, last.row);
  while (outer && outer.type === 'func_literal') outer = enclosingFunction(outer);
  const name = outer ? functionName(outer) : null;
  if (!name) return null;
  // Every caller in the package: the one that hands over a known shared object (an informer handler's
  // argument, a lister's result) explains the mutation, whichever call comes first in the files.
  let first: Candidate | null = null;
  let calls = 0;
  // The package's own calls, then those of other packages that call it (`metautil.SetAnnotation(&svc…)`).
  for (const other of [...packageFiles(last.file), ...outsideUsers(last.file)]) {
    for (const call of descendants(other.root, 'call_expression')) {
      if (calleeName(call) !== name) continue;
      if (++calls > callsPerHop) return first;
      const callerSite = { file: other, row: rowOf(call) };
      const traced = searchedCandidate(c.write, [...sites, callerSite], input.rules);
      if (isKnownShared(traced)) return traced;
      if (hop < callerHops && stopsAt(traced, callerSite)) {
        const deeper = throughCallers(c, [...sites, callerSite], input, hop + 1);
        if (deeper && isKnownShared(deeper)) return deeper;
      }
      if (!isUnshared(traced)) first ??= traced;
    }
  }
  return first;
}

/** The trace ended at a parameter of the function holding `site` (its own caller is not known yet). */
function stopsAt(c: Candidate, site: Site): boolean {
  const { origin } = c.provenance;
  if (origin.kind !== 'unknown' || origin.binding !== 'parameter') return false;
  if (origin.ref.file !== codeRef(site.file, site.row).file) return false;
  const fn = functionAt(site.file, site.row);
  return !!fn && functionAt(site.file, origin.ref.line - 1)?.startIndex === fn.startIndex;
}

/** A file of the crashing stack, in another package, that imports the package of `file`. */
function importedByStack(file: GoFile, stack: StackSites): string | null {
  const dir = dirOf(file.path);
  const site = stack.sites.find((s) => dirOf(s.file.path) !== dir && importNameOf(s.file, dir));
  return site?.file.path ?? null;
}

function rankWriter(
  c: Candidate,
  file: GoFile,
  reader: ReaderSide,
  input: DiagnoseInput,
  stack: StackSites,
  pathRank: number,
): RankedWriter | null {
  const { provenance } = c;
  if (isUnshared(c)) return null;
  const pv = reader.packageVariable;
  if (pv && provenance.origin.variable !== pv.name && !provenance.origin.variable.endsWith(`.${pv.name}`))
    return null;
  const type = provenance.objectType;
  if (!pv && reader.objectType && type && type !== reader.objectType) return null;
  const fn = functionAt(file, c.write.row);
  // A DeepCopy writes the copy it makes, never the cached original.
  if (
    (reader.alteredFields || reader.fieldPath) &&
    fn &&
    /^DeepCopy(Into|Object)?$/.test(functionName(fn) ?? '')
  )
    return null;
  const concurrency = concurrencyOf(c, fn, file);
  // The mutation detector saw a cached object of this type changed: that is the proof of sharing.
  const shared = isKnownShared(c) || (!!reader.alteredFields && !!type && type === reader.objectType);
  // Neither a known shared source nor any sign of concurrency: nothing says this write races the reader.
  if (!shared && !concurrency) return null;
  const why: string[] = [];
  let score = 0;
  if (touchedByDiff(c, input.changedLines)) {
    score += 8;
    why.push('changed by this pull request');
  }
  if (pathRank === 1) {
    score += 4;
    why.push("in the reader's package");
  } else if (pathRank === 2) score += 2;
  let outer = fn;
  while (outer && outer.type === 'func_literal') outer = enclosingFunction(outer);
  const fnName = outer ? functionName(outer) : null;
  const caller = calledFromStack(fnName, stack);
  const started = reader.writerStartedAt;
  const startedHere = !!started && dirOf(file.path) === dirOf(started.file);
  // The package that started the writing goroutine says more than an import of it: one reason, not two.
  const importer = caller || startedHere ? null : importedByStack(file, stack);
  if (caller) {
    score += 2;
    why.push(`${fnName} is called in ${caller}, a file of the crashing stack`);
  } else if (importer) {
    // The crashing program links the writer's package in (`go svcowner.New(inf).Run(stop)` in its main):
    // one import away, where a package no stack file imports may not even run in that binary.
    score += 2;
    why.push(`its package is imported by ${importer}, a file of the crashing stack`);
  } else score -= Math.min(3, Math.max(0, pathRank - 2) * 0.5);
  if (started && startedHere) {
    score += 3;
    why.push(
      `in the package that started the writing goroutine (${shortFunc(started.func)}, ${started.file}:${started.line})`,
    );
  }
  if (isKnownShared(c)) {
    score += 3;
    why.push(`writes a shared object (${provenance.origin.kind})`);
  } else if (shared) {
    score += 3;
    why.push(`writes a field the mutation detector found altered (${c.write.what})`);
  }
  // `pod.Labels = map[string]string{}` only makes room for the entry the next line writes.
  if (reader.alteredFields && c.write.kind === 'field' && /=\s*(make\(map\b|map\[)/.test(c.write.node.text))
    score -= 1;
  if (!pv && reader.objectType && type === reader.objectType) {
    score += 2;
    why.push(`the same type as the reader's object (${type})`);
  }
  if (concurrency) {
    score += 2;
    why.push(concurrency.note);
  }
  return { candidate: c, score, why, concurrency };
}

/** A ranked writer as the report's `writerCandidates` entry. */
export function describeWriter(r: RankedWriter, input: DiagnoseInput, confidence: number): WriterCandidate {
  const c = r.candidate;
  const site = c.sites[0];
  const ref = site ? codeRef(site.file, c.write.row) : { file: '', line: 0, code: '' };
  const { origin } = c.provenance;
  const variable = origin.kind === 'package-variable' ? origin.variable : c.write.root.name;
  const kind =
    origin.kind === 'unknown' ||
    origin.kind === 'copy' ||
    origin.kind === 'local' ||
    origin.kind === 'transform'
      ? null
      : origin.kind;
  const fixKind = chooseFixKind(
    {
      write: c.write,
      writeFile: ref.file,
      provenance: c.provenance,
      faultKind: input.finding.kind,
      lineText: () => undefined,
    },
    input.rules,
  );
  const inDiff = touchedByDiff(c, input.changedLines);
  return {
    mutation: { ...ref, variable },
    objectSource: kind ? { ...origin.ref, kind } : null,
    fixKind,
    confidence,
    why: r.why,
    ...(input.changedLines ? { inDiff } : {}),
  };
}

/** Confidence of an inferred writer: never above what a printed stack would give (0.8). */
export function inferredConfidence(r: RankedWriter, reader: ReaderSide): number {
  const c = r.candidate;
  const typed = !!reader.objectType && reader.objectType === c.provenance.objectType;
  const altered = !!reader.alteredFields && typed;
  let confidence = isKnownShared(c) || altered ? 0.45 : 0.3;
  if (typed || reader.packageVariable) confidence += 0.1;
  if (r.concurrency) confidence += 0.05;
  return Math.round(confidence * 100) / 100;
}
