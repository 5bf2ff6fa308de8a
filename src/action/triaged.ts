// What a mode of the Action hands to publishing: each job's report and notes, and the PR.

import type { JobReport } from '../deliver/publish.js';
import type { PullRequestDiff } from '../deliver/pull-request.js';
import type { Report } from '../model.js';
import type { SourceReader } from '../repo/source-reader.js';

export interface Triaged {
  /** This step's logs (files mode: one), or a workflow run's failed jobs (run mode). */
  jobs: JobReport[];
  /** Jobs of the run that passed: their earlier sections turn clean. */
  passed?: JobReport[];
  /** Sources at repository-relative paths, for the suggestions' anchor lines. */
  sources: SourceReader;
  pull?: { number: number; headSha: string; diff?: PullRequestDiff };
}

/** All jobs' findings in one report, for the local outputs (summary, annotations, JSON, SARIF). */
export function combinedReport(jobs: JobReport[]): Report {
  const seen = new Set<string>();
  const findings = jobs.flatMap((j) => j.report.findings).filter((f) => !seen.has(f.id) && seen.add(f.id));
  const stats = jobs.reduce(
    (sum, j) => ({
      bytes: sum.bytes + j.report.stats.bytes,
      lines: sum.lines + j.report.stats.lines,
      faults: sum.faults + j.report.stats.faults,
      truncated: sum.truncated || j.report.stats.truncated,
    }),
    { bytes: 0, lines: 0, faults: 0, truncated: false },
  );
  return { findings, stats };
}

/** Every job's notes, for the summary: prefixed with the job when there are several. */
export function combinedNotes(jobs: JobReport[]): string[] {
  return jobs.flatMap((j) =>
    jobs.length > 1
      ? j.notes.map((n) => `${j.section.group}${j.section.leg ? ` (${j.section.leg})` : ''}: ${n}`)
      : j.notes,
  );
}
