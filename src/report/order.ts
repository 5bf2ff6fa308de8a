// The order every surface lists findings in: what the pull request touched first, then crashes
// before races before hangs, then the most frequent. Stable otherwise (the log's order).
import type { Finding } from '../model.js';
import { severityGroup } from './titles.js';

const SEVERITY = { crash: 0, race: 1, hang: 2 } as const;

export function orderFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        Number(b.finding.culprit?.inDiff === true) - Number(a.finding.culprit?.inDiff === true) ||
        SEVERITY[severityGroup(a.finding.kind)] - SEVERITY[severityGroup(b.finding.kind)] ||
        b.finding.occurrences - a.finding.occurrences ||
        a.index - b.index,
    )
    .map((x) => x.finding);
}
