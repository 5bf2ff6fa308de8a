// analyze: a finding + the sources along its stack → the culprit write, where the object came from, the fix.
import type { Finding } from '../model.js';
import type { ChangedLines } from '../repo/diff.js';
import type { SourceReader } from '../repo/source-reader.js';
import type { Diagnosis } from './diagnosis.js';
import { diagnoseFaultingRead, isFaultingRead } from './faulting-line.js';
import { goSourcesFor } from './go-sources.js';
import { diagnoseMapFault } from './map-fault.js';
import { diagnoseRace } from './race.js';
import { type AnalyzeRules, defaultRules } from './rules.js';

export type { Diagnosis } from './diagnosis.js';

export interface DiagnoseContext {
  sources: SourceReader;
  changedLines?: ChangedLines;
  /** The rule table; `mergeRules(config)` adds a user's own shared sources. */
  rules?: AnalyzeRules;
}

const mapFaults = new Set([
  'concurrent-map-writes',
  'concurrent-map-read-write',
  'concurrent-map-iteration-write',
  'concurrent-map-clone-write',
  'cache-mutation',
  'nil-map-write',
]);

/** Never throws: bad input or unreadable sources give `culprit: null` and a reason. */
export async function diagnose(finding: Finding, ctx: DiagnoseContext): Promise<Diagnosis> {
  const input = {
    finding,
    sources: goSourcesFor(ctx.sources),
    rules: ctx.rules ?? defaultRules,
    ...(ctx.changedLines ? { changedLines: ctx.changedLines } : {}),
  };
  try {
    if (finding.kind === 'data-race') return await diagnoseRace(input);
    if (mapFaults.has(finding.kind)) return await diagnoseMapFault(input);
    if (isFaultingRead(finding.kind, finding.headline)) return await diagnoseFaultingRead(input);
    return { culprit: null, reason: `a ${finding.kind} is not a write to a shared object` };
  } catch (error) {
    return {
      culprit: null,
      reason: `analysis failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
