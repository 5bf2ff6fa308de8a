// A culprit from the writer search: the best-ranked write, said plainly to be an inference, with the
// other candidates and what the search read and skipped.
import type { Evidence, WriterSearchStats } from '../model.js';
import { buildCulprit } from './culprit.js';
import type { DiagnoseInput, Diagnosis } from './diagnosis.js';
import { codeRef } from './go-syntax.js';
import type { ReaderSide } from './reader.js';
import { unreadWrite } from './unread-write.js';
import { describeWriter, inferredConfidence, type WriterSearch } from './writer-search.js';

export function searchSummary(stats: WriterSearchStats): string {
  const read = `${stats.filesListed} Go files listed, ${stats.filesScanned} scanned, ${stats.filesParsed} parsed`;
  return stats.skipped.length ? `${read}; skipped: ${stats.skipped.join(', ')}` : read;
}

/** `readerContext`: the crashing reader's own evidence (its line, its goroutine's creation). */
export async function inferredWriter(
  search: WriterSearch,
  reader: ReaderSide,
  readerContext: Evidence[],
  input: DiagnoseInput,
): Promise<Diagnosis> {
  const [best] = search.ranked;
  if (!best) return { culprit: null, reason: 'the writer search found no candidate' };
  const confidence = inferredConfidence(best, reader);
  const context: Evidence[] = [...readerContext];
  // On the write's own line it is already said in the write's note (`why`).
  if (best.concurrency && best.concurrency.row !== best.candidate.write.row) {
    context.push({ ...codeRef(best.concurrency.file, best.concurrency.row), note: best.concurrency.note });
  }
  const site = best.candidate.sites[0];
  if (site) {
    context.push({
      ...codeRef(site.file, best.candidate.write.row),
      note: `inferred: no printed stack shows this write; found by searching the repository for writes to ${search.target} (${best.why.join('; ')})`,
    });
  }
  const culprit = buildCulprit({
    candidate: best.candidate,
    faultKind: input.finding.kind,
    confidence,
    context,
    ...(input.changedLines && { changedLines: input.changedLines }),
    rules: input.rules,
    ...(input.finding.fault.cacheMutation && { cachedType: input.finding.fault.cacheMutation.objectType }),
    unread: await unreadWrite(best.candidate, input.sources, input.rules),
  });
  // The best candidate is the culprit: its entry says the culprit's own fix (a removal needs the proof above).
  culprit.writerCandidates = search.ranked.map((r) =>
    r === best
      ? { ...describeWriter(r, input, culprit.confidence), fixKind: culprit.fixKind }
      : describeWriter(r, input, inferredConfidence(r, reader)),
  );
  culprit.writerSearch = search.stats;
  return { culprit };
}
