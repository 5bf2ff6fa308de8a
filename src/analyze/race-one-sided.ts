// A race report that shows only the reader. Go <= 1.18 prints `[failed to restore the stack]` for an access
// whose history the detector had already overwritten (GORACE=history_size), and a write made inside a
// library may show no repository frame. The write is then found as for a map fault whose writer has moved
// on: name the field the reader reads and search the repository for writes to it.
import type { Evidence, RaceAccess } from '../model.js';
import type { DiagnoseInput, Diagnosis } from './diagnosis.js';
import { plainFieldRead } from './field-read.js';
import { inferredWriter, searchSummary } from './inferred-writer.js';
import { traceVariable } from './provenance.js';
import { describeReader, type ReaderSide } from './reader.js';
import { firstRepoFrame, frameEvidence, loadStack, type StackSites, shortFunc, unreadable } from './stack.js';
import { searchWriters } from './writer-search.js';

function lostWhy(write: RaceAccess): string {
  return write.stackUnavailable
    ? "the race detector could not restore the write's stack ([failed to restore the stack])"
    : 'the write access has no repository frame';
}

/** What the reading line reads: a plain field's path (`Status.Phase`), else what describeReader says. */
function readSide(read: RaceAccess, write: RaceAccess, stack: StackSites, input: DiagnoseInput): ReaderSide {
  const reader = describeReader(input.finding.fault, read.frames, stack.sites, input.rules);
  const site = stack.sites[0];
  const plain = site ? plainFieldRead(site) : null;
  if (plain) {
    reader.fieldPath = plain.path;
    reader.field = null;
    reader.how = 'field read';
    reader.objectType ??= traceVariable(
      plain.root.name,
      plain.root.node,
      stack.sites,
      input.rules,
    ).objectType;
  }
  const started = firstRepoFrame(write.createdAt);
  if (started?.repoPath)
    reader.writerStartedAt = { file: started.repoPath, line: started.line, func: started.func };
  return reader;
}

async function context(
  read: RaceAccess,
  write: RaceAccess,
  reader: ReaderSide,
  input: DiagnoseInput,
): Promise<Evidence[]> {
  const out: Evidence[] = [];
  const at = firstRepoFrame(read.frames);
  if (at) {
    const what = reader.fieldPath ? `.${reader.fieldPath.join('.')}` : reader.field ? `.${reader.field}` : '';
    const of = reader.objectType ? ` of a ${reader.objectType}` : '';
    const note = `read concurrently here (${reader.how}${what ? ` ${what}` : ''}${of}) by goroutine ${read.goroutineId}; ${lostWhy(write)}`;
    out.push(await frameEvidence(at, note, input.sources));
  }
  const created = (access: RaceAccess, role: string) => {
    const frame = firstRepoFrame(access.createdAt) ?? access.createdAt?.[0];
    return frame
      ? frameEvidence(
          frame,
          `${role} goroutine ${access.goroutineId} created here (in ${shortFunc(frame.func)})`,
          input.sources,
        )
      : null;
  };
  for (const e of [await created(write, 'writing'), await created(read, 'reading')]) if (e) out.push(e);
  return out;
}

/** `read` has repository frames, `write` none: infer the write from what `read` reads. */
export async function diagnoseOneSidedRace(
  input: DiagnoseInput,
  read: RaceAccess,
  write: RaceAccess,
): Promise<Diagnosis> {
  const stack = await loadStack(read.frames, input.sources);
  if (!stack.sites.length) {
    return {
      culprit: null,
      reason: unreadable(stack) ?? `${lostWhy(write)}, and the read has no repository frame`,
    };
  }
  const reader = readSide(read, write, stack, input);
  const searched = await searchWriters(input, reader, stack);
  if (searched?.ranked.length)
    return inferredWriter(searched, reader, await context(read, write, reader, input), input);
  const search = searched
    ? `; a search of the repository for writes to ${searched.target} found none (${searchSummary(searched.stats)})`
    : '; the read names no field to search writers of';
  return { culprit: null, reason: `${lostWhy(write)}${search}` };
}
