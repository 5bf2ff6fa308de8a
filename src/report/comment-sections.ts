// The pull-request comment is built from sections, one per failing job (a workflow's job and matrix
// leg, or an Action step). A section is plain data (what that job's logs held, grouped into root
// causes) plus the rendered block of each root cause; both travel inside the comment body, so the
// next run of any job can rebuild the whole comment while replacing only its own section.

import { createHash } from 'node:crypto';
import type { FaultKind, Finding, FixKind, Report } from '../model.js';
import { escapeMarkdown, inlineCode } from './escape.js';
import { counted, displayFile } from './frames.js';
import { linker, renderFinding } from './markdown.js';
import { severityRank } from './order.js';
import { KIND_TITLES } from './titles.js';

export type SectionStatus = 'findings' | 'clean' | 'unread';

/** One root cause as a section saw it: what the summary table shows without its block. */
export interface CauseSummary {
  /** The culprit's write and object source hashed, or the finding's id when there is no culprit. */
  id: string;
  kind: FaultKind;
  /** 0 crash, 1 data race, 2 timeout: the comment's order, and what folds first for size. */
  severity: number;
  /** The tests of the findings grouped here, first finding's first. */
  tests: string[];
  /** Findings grouped under this root cause (races and crashes sharing the write). */
  findings: number;
  /** The write (or the line a crash fails on), else the crash frame: where to look. */
  where?: { file: string; line: number; code?: string };
  fixKind?: FixKind;
}

export interface SectionData {
  /** Who owns the section: the same key is the same job on every run. */
  key: string;
  /** `CI / test (go 1.25)`: shown to people. */
  label: string;
  /** `CI / test`: the job without its matrix leg, to say "the 1.25 and 1.26 legs of CI / test". */
  group: string;
  /** `go 1.25`: the matrix leg, when there is one. */
  leg?: string;
  /** The commit whose logs were triaged. */
  sha: string;
  status: SectionStatus;
  jobUrl?: string;
  summaryUrl?: string;
  /** Plain text, escaped when rendered: a cut log, an unreadable job log, ignored findings. */
  notes: string[];
  causes: CauseSummary[];
  /**
   * The latest run's logs could not be read, and `causes` are the earlier diagnosis at the same
   * commit, kept rather than erased.
   */
  kept?: boolean;
}

/** Sections plus the rendered block of every root cause they name (by cause id). */
export interface CommentState {
  sections: SectionData[];
  blocks: Map<string, string>;
}

/** What a door knows about the job whose logs it triaged. */
export interface SectionIdentity {
  key: string;
  group: string;
  leg?: string;
  jobUrl?: string;
  summaryUrl?: string;
}

export interface SectionOptions {
  sha: string;
  notes: string[];
  /** `https://github.com/o/r/blob/<sha>`: permalinks in the blocks. */
  blobBase?: string;
  /** Permalinks for the repository's own code built at a version (see `MarkdownOptions.versionBlobBase`). */
  versionBlobBase?: (version: string) => string | undefined;
}

/** Root causes a section keeps (the comment's size limit holds their data too). */
const MAX_CAUSES = 50;
const MAX_NOTES = 10;
const MAX_NOTE_CHARS = 500;
/** Characters of a line of code kept in a section's data. */
const MAX_CODE_CHARS = 200;

/** Findings listed under a root cause's block besides its first. */
const MAX_LISTED = 20;

/** `CI / test (go 1.25)` from its parts. */
export function sectionLabel(group: string, leg?: string): string {
  return leg ? `${group} (${leg})` : group;
}

/** A job's section: its findings grouped into root causes, each rendered once by markdown.ts. */
export function sectionFromReport(
  report: Report,
  identity: SectionIdentity,
  options: SectionOptions,
): { data: SectionData; blocks: Map<string, string> } {
  const groups = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const id = causeIdOf(finding);
    const group = groups.get(id);
    if (group) group.push(finding);
    else groups.set(id, [finding]);
  }
  const blocks = new Map<string, string>();
  const causes: CauseSummary[] = [];
  // Notes are kept short and few: their text travels in the comment's hidden data too.
  const notes = options.notes.slice(0, MAX_NOTES).map((n) => n.slice(0, MAX_NOTE_CHARS));
  if (groups.size > MAX_CAUSES) {
    notes.push(
      `${groups.size - MAX_CAUSES} more root causes are not shown here; the job summary has them all`,
    );
  }
  for (const [id, group] of [...groups].slice(0, MAX_CAUSES)) {
    // The most severe finding leads its root cause (a crash over the race that shares its write).
    const findings = [...group].sort((a, b) => severityRank(a.kind) - severityRank(b.kind));
    causes.push(causeSummary(id, findings));
    blocks.set(id, causeBlock(findings, options.blobBase, options.versionBlobBase));
  }
  const status: SectionStatus =
    causes.length > 0 ? 'findings' : report.stats.bytes === 0 && notes.length > 0 ? 'unread' : 'clean';
  const data: SectionData = {
    key: identity.key,
    label: sectionLabel(identity.group, identity.leg),
    group: identity.group,
    sha: options.sha,
    status,
    notes,
    causes,
    ...(identity.leg && { leg: identity.leg }),
    ...(identity.jobUrl && { jobUrl: identity.jobUrl }),
    ...(identity.summaryUrl && { summaryUrl: identity.summaryUrl }),
  };
  return { data, blocks };
}

/**
 * Findings that share a culprit (the same write of an object from the same source) are one root
 * cause whatever crashed; without a culprit, each finding (its fingerprint) is its own.
 */
export function causeIdOf(finding: Finding): string {
  const culprit = finding.culprit;
  if (!culprit) return finding.id;
  const { mutation, objectSource } = culprit;
  const key = [mutation.file, mutation.line, objectSource?.file ?? '', objectSource?.line ?? ''].join(
    '\u0000',
  );
  return createHash('sha1').update(key).digest('hex').slice(0, 12);
}

function causeSummary(id: string, findings: Finding[]): CauseSummary {
  const [first] = findings as [Finding, ...Finding[]];
  const tests = [...new Set(findings.map((f) => f.test).filter((t): t is string => t !== null))];
  const write = first.culprit?.mutation;
  const frame = first.crashFrame;
  const where = write
    ? { file: write.file, line: write.line, code: write.code.slice(0, MAX_CODE_CHARS) }
    : frame
      ? { file: displayFile(frame), line: frame.line }
      : undefined;
  return {
    id,
    kind: first.kind,
    severity: Math.min(...findings.map((f) => severityRank(f.kind))),
    tests,
    findings: findings.length,
    ...(where && { where }),
    ...(first.culprit && { fixKind: first.culprit.fixKind }),
  };
}

/** The first finding's full block, then the others that share its culprit, one line each. */
function causeBlock(
  findings: Finding[],
  blobBase: string | undefined,
  versionBlobBase?: (version: string) => string | undefined,
): string {
  const [first, ...rest] = findings as [Finding, ...Finding[]];
  const block = renderFinding(first, 1, {
    ...(blobBase && { blobBase }),
    ...(versionBlobBase && { versionBlobBase }),
  }).trimEnd();
  if (rest.length === 0) return block;
  const link = linker(blobBase, versionBlobBase);
  const lines = rest.slice(0, MAX_LISTED).map((f) => {
    const test = f.test !== null ? ` in ${inlineCode(f.test)}` : '';
    const at = f.crashFrame
      ? ` at ${link(displayFile(f.crashFrame), f.crashFrame.line, undefined, f.crashFrame.version)}`
      : '';
    const times = f.occurrences > 1 ? ` ×${f.occurrences}` : '';
    return `- ${escapeMarkdown(KIND_TITLES[f.kind])}${times}${test}${at}: ${inlineCode(f.headline)}`;
  });
  if (rest.length > MAX_LISTED) lines.push(`- and ${counted(rest.length - MAX_LISTED, 'more finding')}`);
  return `${block}\n\n**The same write is behind ${counted(rest.length, 'more finding')}:**\n\n${lines.join('\n')}`;
}
