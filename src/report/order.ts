// The order every surface lists findings in: what the pull request touched first, then crashes
// before races before hangs, then the most frequent. Stable otherwise (the log's order).
import type { FaultKind, Finding } from '../model.js';
import { severityGroup } from './titles.js';

const SEVERITY = { crash: 0, race: 1, hang: 2 } as const;

/** 0 for a crash, 1 for a race, 2 for a hang (timeout or deadlock): lower is more severe. */
export function severityRank(kind: FaultKind): number {
  return SEVERITY[severityGroup(kind)];
}

export function orderFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        Number(b.finding.culprit?.inDiff === true) - Number(a.finding.culprit?.inDiff === true) ||
        severityRank(a.finding.kind) - severityRank(b.finding.kind) ||
        b.finding.occurrences - a.finding.occurrences ||
        a.index - b.index,
    )
    .map((x) => x.finding);
}
