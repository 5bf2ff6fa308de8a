// The stable JSON contract of DESIGN.md (`version: 1`); keys in the contract's order, extras after.
import type { Culprit, FaultKind, Finding, Frame, Report } from '../model.js';
import { accessTitle, displayFile } from './frames.js';
import { confidenceText, plainTitle } from './titles.js';

export function renderJson(report: Report): string {
  const doc = {
    version: 1,
    findings: report.findings.map(findingJson),
    stats: report.stats,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function findingJson(finding: Finding) {
  const { fault } = finding;
  return {
    id: finding.id,
    kind: finding.kind,
    occurrences: finding.occurrences,
    headline: finding.headline,
    test: finding.test,
    crashFrame: finding.crashFrame ? frameRef(finding.crashFrame) : null,
    culprit: finding.culprit ? culpritJson(finding.culprit, finding.kind) : null,
    ...(finding.culpritReason !== undefined && { culpritReason: finding.culpritReason }),
    title: plainTitle(finding),
    ...(finding.package !== undefined && { package: finding.package }),
    ...(fault.partial && { partial: true }),
    ...(fault.panicChain && { panicChain: fault.panicChain }),
    frames: finding.frames.map(frameJson),
    ...(fault.accesses && {
      accesses: fault.accesses.map((a) => ({
        title: accessTitle(a),
        op: a.op,
        previous: a.previous,
        goroutine: a.goroutineId,
        frames: a.frames.map(frameJson),
        createdAt: (a.createdAt ?? []).map(frameJson),
      })),
    }),
  };
}

function frameRef(frame: Frame) {
  // `version`: the repository's own code built as somebody else's dependency at that version.
  return {
    func: frame.func,
    file: displayFile(frame),
    line: frame.line,
    ...(frame.version && { version: frame.version }),
  };
}

function frameJson(frame: Frame) {
  return { ...frameRef(frame), kind: frame.kind ?? null };
}

function culpritJson(culprit: Culprit, kind: FaultKind) {
  const { mutation, objectSource } = culprit;
  return {
    mutation: { file: mutation.file, line: mutation.line, code: mutation.code, variable: mutation.variable },
    objectSource: objectSource
      ? { file: objectSource.file, line: objectSource.line, code: objectSource.code, kind: objectSource.kind }
      : null,
    fixKind: culprit.fixKind,
    suggestion: culprit.suggestion,
    confidence: culprit.confidence,
    confidenceText: confidenceText(culprit, kind),
    evidence: culprit.evidence.map((e) => ({ file: e.file, line: e.line, code: e.code, note: e.note })),
    ...(culprit.edit && { edit: culprit.edit }),
    ...(culprit.excerpt && { excerpt: culprit.excerpt }),
    ...(culprit.inDiff !== undefined && { inDiff: culprit.inDiff }),
    ...(culprit.writerCandidates && { writerCandidates: culprit.writerCandidates }),
    ...(culprit.writerSearch && { writerSearch: culprit.writerSearch }),
  };
}
