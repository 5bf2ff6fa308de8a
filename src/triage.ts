// The one pipeline every front door calls: log bytes → parse → locate → group → analyze → Report.
import { type DiagnoseContext, diagnose } from './analyze/index.js';
import { FindingGrouper } from './group/group.js';
import { type LocateOptions, locateFault } from './locate/index.js';
import { placeMainFrames } from './locate/main-package.js';
import type { Report } from './model.js';
import { LogParser } from './parse/index.js';
import { orderFindings } from './report/order.js';

/** `modulePath` (without it no frame counts as repo code: see DESIGN.md) and the config's path mappings. */
export interface TriageOptions extends LocateOptions {
  /** Sources to read for diagnosis; without them findings carry `culprit: null`. */
  diagnose?: DiagnoseContext;
  /** Called now and then while reading (bytes so far, findings so far). */
  onProgress?: (progress: { bytes: number; faults: number }) => void;
}

export async function triage(
  input: AsyncIterable<Uint8Array | string>,
  options: TriageOptions = {},
): Promise<Report> {
  const locate: LocateOptions = {
    ...(options.modulePath && { modulePath: options.modulePath }),
    ...(options.pathMappings?.length && { pathMappings: options.pathMappings }),
  };
  const grouper = new FindingGrouper(locate);
  let faults = 0;
  const parser = new LogParser((fault) => {
    faults++;
    locateFault(fault, locate);
    grouper.add(fault);
  });
  let bytes = 0;
  for await (const chunk of input) {
    parser.push(chunk);
    bytes += chunk.length;
    options.onProgress?.({ bytes, faults });
  }
  const stats = parser.end();
  let findings = grouper.findings();
  if (options.diagnose) {
    // Frames of `main` packages need the checkout to be placed; then they are diagnosed like any other.
    await placeMainFrames(findings, options.diagnose.sources);
    for (const finding of findings) {
      const { culprit, reason } = await diagnose(finding, options.diagnose);
      finding.culprit = culprit;
      if (!culprit && reason) finding.culpritReason = reason;
    }
  }
  // Every surface lists findings in one order: touched by the PR, severity, occurrences.
  findings = orderFindings(findings);
  const dropped = grouper.droppedFaults();
  return {
    findings,
    stats: {
      bytes: stats.bytes,
      lines: stats.lines,
      faults,
      truncated: stats.truncated,
      ...(dropped > 0 && { droppedFaults: dropped }),
      ...(stats.reordered && { reordered: true }),
      ...(stats.outOfOrder && { outOfOrder: true }),
    },
  };
}
