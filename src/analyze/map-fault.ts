// Concurrent map faults and cache-mutation panics: the runtime prints only the goroutine that noticed,
// often the reader. Find the writer: at the crash line, else in the code the dump's goroutines run.
import { belowLastPanic } from '../locate/crash-frame.js';
import type { Evidence, Goroutine, OtherWriter } from '../model.js';
import { type Candidate, libraryWrite, mapWritesAlongStack, writeRef, writesAtSite } from './candidates.js';
import { buildCulprit, isKnownShared, isUnshared, touchedByDiff } from './culprit.js';
import type { DiagnoseInput, Diagnosis } from './diagnosis.js';
import { dumpWriters } from './dump-writers.js';
import { codeRef } from './go-syntax.js';
import { inferredWriter, searchSummary } from './inferred-writer.js';
import { describeReader, type ReaderSide } from './reader.js';
import { frameEvidence, loadStack, type StackSites, shortFunc, unreadable } from './stack.js';
import { unreadWrite } from './unread-write.js';
import { searchWriters } from './writer-search.js';

async function createdEvidence(
  g: Goroutine | undefined,
  role: string,
  input: DiagnoseInput,
): Promise<Evidence[]> {
  const at = g?.createdBy;
  if (!at) return [];
  return [
    await frameEvidence(at, `${role} goroutine created here (by ${shortFunc(at.func)})`, input.sources),
  ];
}

function sameWrite(a: Candidate, b: Candidate): boolean {
  const [x, y] = [writeRef(a), writeRef(b)];
  return x.file === y.file && x.line === y.line;
}

export async function diagnoseMapFault(input: DiagnoseInput): Promise<Diagnosis> {
  const { finding, rules } = input;
  // A nil-map panic may be re-raised by a recover wrapper printed above the write's frame. The mutation
  // detector's frames only show who noticed (a copy of the detector may live in the repository).
  const frames = belowLastPanic(finding.fault.crashing?.frames ?? finding.frames).filter(
    (f) => finding.kind !== 'cache-mutation' || !rules.mutationDetectorFrames.test(f.func),
  );
  const stack = await loadStack(frames, input.sources);
  // Only the iterating goroutine throws `concurrent map iteration and map write`: a write on its line
  // (`out[k] = slices.Sorted(maps.Keys(obj.M))`) is to another map, so the crash line is a read.
  const atLine =
    finding.kind === 'concurrent-map-iteration-write'
      ? []
      : writesAtSite(stack.sites, rules).filter((c) => c.write.map);
  // A writer inside a library (a scheme registering lazily) shows only the repo call that led there.
  const inLibrary =
    !atLine.length && finding.kind === 'concurrent-map-writes'
      ? libraryWrite(frames, stack.sites, rules)
      : null;
  const direct = inLibrary ? [inLibrary.candidate] : atLine;
  // A nil map fails whoever owns it: an object built right here is as much the culprit as a shared one.
  const shared = finding.kind === 'nil-map-write' ? direct : direct.filter((c) => !isUnshared(c));
  const atCrash = shared.find(isKnownShared) ?? shared[0];
  if (atCrash) return crashedAtWrite(atCrash, inLibrary?.guessed ?? false, input);
  const notShared = direct[0];
  if (notShared) {
    const at = writeRef(notShared);
    return {
      culprit: null,
      reason: `the object written at ${at.file}:${at.line} is not shared: ${notShared.provenance.origin.note}`,
    };
  }
  return crashedAtRead(stack, input);
}

/** The crashing goroutine is a writer (concurrent map writes, a nil map): blame it, or the writer the change added. */
async function crashedAtWrite(
  atCrash: Candidate,
  guessed: boolean,
  input: DiagnoseInput,
): Promise<Diagnosis> {
  const { finding, changedLines, rules } = input;
  const others = (await dumpWriters(finding.fault.others, input.sources, rules)).candidates.filter(
    (c) => isKnownShared(c) && !sameWrite(c, atCrash),
  );
  const writers = [atCrash, ...others];
  const chosen = writers.find((c) => touchedByDiff(c, changedLines)) ?? atCrash;
  const context: Evidence[] = writers
    .filter((c) => c !== chosen)
    .slice(0, 2)
    .map((c) => ({
      ...writeRef(c),
      note: `the same object is also written here (${c === atCrash ? 'the crashing goroutine' : 'another goroutine of the dump'})`,
    }));
  if (chosen === atCrash) context.push(...(await createdEvidence(finding.fault.crashing, 'writing', input)));
  let confidence = isKnownShared(chosen) ? (others.length ? 0.9 : 0.85) : 0.6;
  if (guessed) confidence = 0.5;
  // A nil map is certain from the crash line alone.
  if (finding.kind === 'nil-map-write') confidence = 0.9;
  const culprit = buildCulprit({
    candidate: chosen,
    faultKind: finding.kind,
    confidence,
    context,
    changedLines,
    rules,
    unread: await unreadWrite(chosen, input.sources, rules),
  });
  // Both writers of a write-write fault must change: each other writer gets its own fix.
  const otherCandidates = writers
    .filter(
      (c, i) => c !== chosen && !sameWrite(c, chosen) && !writers.slice(0, i).some((d) => sameWrite(c, d)),
    )
    .slice(0, 2);
  const otherWriters: OtherWriter[] = [];
  for (const c of otherCandidates) {
    const other = buildCulprit({
      candidate: c,
      faultKind: finding.kind,
      confidence,
      context: [],
      changedLines,
      rules,
      unread: await unreadWrite(c, input.sources, rules),
    });
    otherWriters.push({
      mutation: other.mutation,
      objectSource: other.objectSource,
      fixKind: other.fixKind,
      suggestion: other.suggestion,
      ...(other.edit && { edit: other.edit }),
      ...(other.inDiff !== undefined && { inDiff: other.inDiff }),
    });
  }
  if (otherWriters.length) culprit.otherWriters = otherWriters;
  return { culprit };
}

function score(c: Candidate, reader: ReaderSide, input: DiagnoseInput): number {
  let s = 0;
  if (touchedByDiff(c, input.changedLines)) s += 8;
  const type = c.provenance.objectType;
  if (reader.objectType && type) s += reader.objectType === type ? 4 : -10;
  if (reader.field && new RegExp(`\\.${reader.field}\\b`).test(c.write.what)) s += 1;
  if (isKnownShared(c)) s += 3;
  else if (c.provenance.origin.kind === 'other') s += 1;
  if (c.atFrame) s += 1;
  return s;
}

/** The crashing goroutine reads: name what it reads, then rank the writes the dump's code can perform. */
async function crashedAtRead(stack: StackSites, input: DiagnoseInput): Promise<Diagnosis> {
  const { finding, rules, changedLines } = input;
  const frames = (finding.fault.crashing?.frames ?? finding.frames).filter(
    (f) => finding.kind !== 'cache-mutation' || !rules.mutationDetectorFrames.test(f.func),
  );
  const reader = describeReader(finding.fault, frames, stack.sites, rules);
  const dump = await dumpWriters(finding.fault.others, input.sources, rules);
  const ranked = [...mapWritesAlongStack(stack.sites, rules), ...dump.candidates]
    .filter((c) => !isUnshared(c))
    .map((c, order) => ({ c, s: score(c, reader, input), order }))
    .filter(({ s }) => s > 0)
    .sort((a, b) => b.s - a.s || a.order - b.order);
  const winner = ranked[0]?.c;
  if (!winner) {
    const problem = stack.sites.length
      ? null
      : unreadable({
          missing: [...stack.missing, ...dump.missing],
          stale: [...stack.stale, ...dump.stale],
        });
    if (problem) return { culprit: null, reason: problem };
    // The writer has moved on: search the repository for it, for the map the line most likely reads, then
    // for the line's other fields (`fmt.Sprintf("%s %v", ro.Name, ro.Status.Ready)`: only one is a map).
    let searched = await searchWriters(input, reader, stack);
    let read = reader;
    for (const field of reader.otherFields ?? []) {
      if (searched?.ranked.length) break;
      const other = { ...reader, field };
      const found = await searchWriters(input, other, stack);
      if (found?.ranked.length) [searched, read] = [found, other];
    }
    if (searched?.ranked.length)
      return inferredWriter(searched, read, await readerContext(stack, read, input), input);
    const what = reader.objectType ? `a ${reader.objectType}` : 'the map';
    const search = searched
      ? `; a search of the repository for writes to ${searched.target} found none (${searchSummary(searched.stats)})`
      : '';
    return {
      culprit: null,
      reason: `no write to ${what} was found in the code of the goroutines in the dump (the writer has moved on)${search}`,
    };
  }
  const typeMatched = !!reader.objectType && reader.objectType === winner.provenance.objectType;
  const confidence = isKnownShared(winner) ? (typeMatched ? 0.8 : 0.6) : typeMatched ? 0.5 : 0.4;
  const context = await readerContext(stack, reader, input);
  return {
    culprit: buildCulprit({
      candidate: winner,
      faultKind: finding.kind,
      confidence,
      context,
      changedLines,
      rules,
      unread: await unreadWrite(winner, input.sources, rules),
    }),
  };
}

/** The crashing reader's line and its goroutine's creation site. */
async function readerContext(
  stack: StackSites,
  reader: ReaderSide,
  input: DiagnoseInput,
): Promise<Evidence[]> {
  const context: Evidence[] = [];
  const readerSite = stack.sites[0];
  if (readerSite) {
    const what = reader.objectType
      ? `a ${reader.objectType}`
      : (reader.packageVariable?.name ?? 'the object');
    const note = `read concurrently here (${reader.how} of ${what}) by the crashing goroutine`;
    context.push({ ...codeRef(readerSite.file, readerSite.row), note });
  }
  const role = input.finding.kind === 'cache-mutation' ? "the mutation detector's" : 'reading';
  context.push(...(await createdEvidence(input.finding.fault.crashing, role, input)));
  return context;
}
