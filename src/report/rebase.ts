// Paths in a report are relative to the Go module's root. When the module sits in a subdirectory of
// the repository, everything that GitHub reads (annotations, SARIF, permalinks, suggestions) needs
// them relative to the repository's root instead.

import type { Culprit, Finding, Frame, Report } from '../model.js';
import type { ChangedLines } from '../repo/diff.js';

/** `prefix` is the module's directory inside the repository (`services/api`), or '' for the root. */
export function rebaseReport(report: Report, prefix: string): Report {
  const dir = prefix.replace(/^\.?\/+|\/+$/g, '');
  if (dir === '' || dir === '.') return report;
  const path = (file: string) => (file.startsWith('/') ? file : `${dir}/${file}`);
  const frame = (f: Frame): Frame => (f.repoPath ? { ...f, repoPath: path(f.repoPath) } : f);
  const culprit = (c: Culprit): Culprit => ({
    ...c,
    mutation: { ...c.mutation, file: path(c.mutation.file) },
    objectSource: c.objectSource && { ...c.objectSource, file: path(c.objectSource.file) },
    evidence: c.evidence.map((e) => ({ ...e, file: path(e.file) })),
    ...(c.edit && { edit: { ...c.edit, file: path(c.edit.file) } }),
    ...(c.excerpt && { excerpt: { ...c.excerpt, file: path(c.excerpt.file) } }),
  });
  const finding = (f: Finding): Finding => ({
    ...f,
    crashFrame: f.crashFrame && frame(f.crashFrame),
    frames: f.frames.map(frame),
    culprit: f.culprit && culprit(f.culprit),
  });
  return { ...report, findings: report.findings.map(finding) };
}

/** The diff's lines of files inside the module, keyed by module-relative path. */
export function changedLinesInModule(changed: ChangedLines, prefix: string): ChangedLines {
  const dir = prefix.replace(/^\.?\/+|\/+$/g, '');
  if (dir === '' || dir === '.') return changed;
  const inside = new Map<string, Set<number>>();
  for (const [file, lines] of changed) {
    if (file.startsWith(`${dir}/`)) inside.set(file.slice(dir.length + 1), lines);
  }
  return inside;
}
