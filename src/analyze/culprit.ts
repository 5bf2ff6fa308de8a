// Assembles the Culprit a report shows: the write, where its object came from, the fix, and the evidence.
import type { CodeExcerpt, Culprit, Evidence, FaultKind, ObjectSourceKind } from '../model.js';
import type { ChangedLines } from '../repo/diff.js';
import type { Candidate } from './candidates.js';
import { proposeFix } from './fix.js';
import { codeRef } from './go-syntax.js';
import type { OriginKind } from './provenance.js';
import type { AnalyzeRules } from './rules.js';
import type { UnreadWrite } from './unread-write.js';

/** Origins that mean "this object is not shared": no culprit. */
export function isUnshared(candidate: Candidate): boolean {
  return ['copy', 'local', 'transform'].includes(candidate.provenance.origin.kind);
}

/** The origin as a report's ObjectSourceKind, or null when it names no source (unknown, or not shared). */
function sourceKind(kind: OriginKind): ObjectSourceKind | null {
  return kind === 'unknown' || kind === 'copy' || kind === 'local' || kind === 'transform' ? null : kind;
}

/** Origins a rule recognises as handing out shared objects. */
export function isKnownShared(candidate: Candidate): boolean {
  return !['copy', 'local', 'transform', 'unknown', 'other'].includes(candidate.provenance.origin.kind);
}

export function touchedByDiff(candidate: Candidate, changed: ChangedLines | undefined): boolean {
  const site = candidate.sites[0];
  return !!site && !!changed?.get(site.file.path)?.has(candidate.write.row + 1);
}

/** Same line twice in a row (an origin on the call line) reads as one entry with both notes. */
function merge(evidence: Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (const e of evidence) {
    const same = out.find((o) => o.file === e.file && o.line === e.line);
    if (same) {
      if (!same.note.includes(e.note)) same.note = `${same.note}; ${e.note}`;
    } else out.push({ ...e });
  }
  return out;
}

/** Context a reader needs to see a line for what it is: a few lines either side. */
const EXCERPT_CONTEXT = 2;

function excerptAround(file: string, lines: readonly string[], row: number): CodeExcerpt {
  const start = Math.max(0, row - EXCERPT_CONTEXT);
  const end = Math.min(lines.length, row + EXCERPT_CONTEXT + 1);
  return { file, startLine: start + 1, lines: lines.slice(start, end).map((l) => l.replace(/\r$/, '')) };
}

export interface CulpritInput {
  candidate: Candidate;
  faultKind: FaultKind;
  confidence: number;
  /** Evidence after the write: the other side, goroutine creation sites. */
  context: Evidence[];
  changedLines?: ChangedLines;
  rules: AnalyzeRules;
  /** The type the mutation detector printed (`*v1.Pod`). */
  cachedType?: string;
  /** The write has no reader of its own (`unreadWrite`): its fix may be to remove it. */
  unread?: UnreadWrite | null;
}

export function buildCulprit({
  candidate,
  faultKind,
  confidence,
  context,
  changedLines,
  rules,
  cachedType,
  unread,
}: CulpritInput): Culprit {
  const { write, provenance } = candidate;
  const site = candidate.sites[0];
  if (!site) throw new Error('candidate without a site');
  const { origin } = provenance;
  // A receiver, parameter or client that only reaches a package-level variable: name the variable itself.
  const variable = origin.kind === 'package-variable' ? origin.variable : write.root.name;
  const files = new Map(candidate.sites.map((s) => [s.file.path, s.file]));
  const fix = proposeFix(
    {
      write,
      writeFile: site.file.path,
      provenance,
      faultKind,
      lineText: (file, line) => files.get(file)?.lines[line - 1],
      ...(cachedType && { cachedType }),
      ...(unread && { unread }),
    },
    rules,
  );
  const hops = provenance.steps.slice(0, -1).reverse();
  const via = candidate.via
    ? [
        {
          ...codeRef(candidate.via.file, candidate.via.row),
          note: `calls ${candidate.via.callee}, which writes`,
        },
      ]
    : [];
  const happened = write.kind === 'faulting-read' ? 'faults here' : 'written here';
  const written = { ...codeRef(site.file, write.row), note: `${happened} (${write.what})` };
  const originEvidence = provenance.steps[provenance.steps.length - 1];
  const inDiff = touchedByDiff(candidate, changedLines);
  const kind = sourceKind(origin.kind);
  // The proof that nothing reads the key, where the fix removes the write.
  const unreadEvidence = fix.fixKind === 'remove-write' && unread ? [unread.evidence] : [];
  return {
    mutation: { ...codeRef(site.file, write.row), variable },
    excerpt: excerptAround(site.file.path, site.file.lines, write.row),
    objectSource: kind ? { ...origin.ref, kind } : null,
    fixKind: fix.fixKind,
    suggestion: fix.suggestion,
    ...(fix.edit ? { edit: fix.edit } : {}),
    evidence: merge([
      ...(originEvidence ? [originEvidence] : []),
      ...hops,
      ...via,
      written,
      ...unreadEvidence,
      ...context,
    ]),
    confidence: Math.round(Math.min(1, confidence + (inDiff ? 0.05 : 0)) * 100) / 100,
    ...(changedLines ? { inDiff } : {}),
  };
}
