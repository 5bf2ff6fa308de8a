// Race reports print both accesses: the write access's repo frames lead to the mutation, the other access
// and both goroutines' creation sites become evidence. When only the reader's stack is printed, see
// race-one-sided.ts.
import type { Evidence, RaceAccess } from '../model.js';
import { type Candidate, libraryWrite, writesAtSite } from './candidates.js';
import { buildCulprit, isKnownShared, isUnshared } from './culprit.js';
import type { DiagnoseInput, Diagnosis } from './diagnosis.js';
import type { GoSources } from './go-sources.js';
import { diagnoseOneSidedRace } from './race-one-sided.js';
import type { AnalyzeRules } from './rules.js';
import { firstRepoFrame, frameEvidence, loadStack, shortFunc, unreadable } from './stack.js';
import { unreadWrite } from './unread-write.js';

async function createdEvidence(access: RaceAccess, role: string, sources: GoSources): Promise<Evidence[]> {
  const at = firstRepoFrame(access.createdAt) ?? access.createdAt?.[0];
  if (!at) return [];
  return [await frameEvidence(at, `${role} goroutine created here (in ${shortFunc(at.func)})`, sources)];
}

async function readEvidence(
  access: RaceAccess | undefined,
  sources: GoSources,
  rules: AnalyzeRules,
): Promise<Evidence[]> {
  const frame = firstRepoFrame(access?.frames);
  if (!access || !frame) return [];
  const library = access.frames.slice(0, access.frames.indexOf(frame));
  const how = rules.readerFrames.find((rule) => library.some((f) => rule.func.test(f.func)))?.describe;
  const op = access.op === 'write' ? 'also written' : 'read';
  return [
    await frameEvidence(
      frame,
      `${op} concurrently here${how ? ` (${how})` : ''} by the other goroutine`,
      sources,
    ),
  ];
}

interface FoundWrite {
  candidate?: Candidate;
  /** The write is inside a library: its target is the call's receiver or first argument, a guess. */
  guessed?: boolean;
  /** Why the stack's frames could not be read, if they could not (stack.ts's unreadable). */
  problem: string | null;
}

async function findWrite(access: RaceAccess, input: DiagnoseInput): Promise<FoundWrite> {
  const stack = await loadStack(access.frames, input.sources);
  const problem = unreadable(stack);
  const pick = (found: Candidate[]) =>
    found.find(isKnownShared) ?? found.find((c) => !isUnshared(c)) ?? found[0];
  // The write itself, at the first repo frame; else inside a library that frame called; else further out.
  const atFirst = pick(writesAtSite(stack.sites, input.rules));
  if (atFirst) return { candidate: atFirst, problem };
  const inLibrary = libraryWrite(access.frames, stack.sites, input.rules);
  if (inLibrary) return { ...inLibrary, problem };
  for (let i = 1; i < stack.sites.length; i++) {
    const outer = pick(writesAtSite(stack.sites.slice(i), input.rules));
    if (outer) return { candidate: outer, problem };
  }
  return { problem };
}

export async function diagnoseRace(input: DiagnoseInput): Promise<Diagnosis> {
  const { finding, rules, changedLines } = input;
  const accesses = finding.fault.accesses ?? [];
  // A write whose stack was printed is the one to follow; a lost one only says that someone wrote.
  const writeAccess =
    accesses.find((a) => a.op === 'write' && firstRepoFrame(a.frames)) ??
    accesses.find((a) => a.op === 'write');
  if (!writeAccess) return { culprit: null, reason: 'the race report shows no write access' };
  const other = accesses.find((a) => a !== writeAccess);
  // Only the reader's stack shows (whichever section it is in): infer the write from what it reads.
  if (!firstRepoFrame(writeAccess.frames) && other?.op === 'read' && firstRepoFrame(other.frames))
    return diagnoseOneSidedRace(input, other, writeAccess);
  const { candidate, guessed, problem } = await findWrite(writeAccess, input);
  if (!candidate) {
    if (problem) return { culprit: null, reason: problem };
    // A pasted quote of the write's top frames (cluster-api#11722): the library write alone still says
    // which shared object it is and how maintainers fix it, though not which repository call led there.
    const lazy = writeAccess.frames.find((f) => rules.lazyRegistrationFrames.test(f.func));
    if (lazy && !firstRepoFrame(writeAccess.frames))
      return {
        culprit: null,
        reason:
          `a runtime.Scheme is written while tests read it (${shortFunc(lazy.func)}: a lazy registration, such as ` +
          "a fake client's for unstructured objects), and the write's stack shows no repository frame to name " +
          'the call: give each test its own scheme (`fake.NewClientBuilder().WithScheme(runtime.NewScheme())`, ' +
          'registered before use) or register every type once before the tests run',
      };
    return { culprit: null, reason: 'the write access has no repository frame whose code writes an object' };
  }
  if (isUnshared(candidate)) {
    return { culprit: null, reason: `the written object is not shared: ${candidate.provenance.origin.note}` };
  }
  const context = [
    ...(await readEvidence(other, input.sources, rules)),
    ...(await createdEvidence(writeAccess, 'writing', input.sources)),
    ...(other
      ? await createdEvidence(other, other.op === 'write' ? 'other writing' : 'reading', input.sources)
      : []),
  ];
  const confidence = guessed
    ? 0.5
    : isKnownShared(candidate)
      ? // The other side's stack confirms the race; lost (`[failed to restore the stack]`), it cannot.
        other && !other.stackUnavailable
        ? 0.9
        : 0.8
      : candidate.provenance.origin.kind === 'unknown'
        ? 0.5
        : 0.6;
  return {
    culprit: buildCulprit({
      candidate,
      faultKind: finding.kind,
      confidence,
      context,
      changedLines,
      rules,
      unread: await unreadWrite(candidate, input.sources, rules),
    }),
  };
}
