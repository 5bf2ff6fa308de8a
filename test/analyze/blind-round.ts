// The acceptance harness of the blind rounds (test/fixtures/scenarios-variants*): programs written before
// their author read the analyzer, each log's expected culprit from the fixture README. `fails` keeps a
// miss's exact expectation as `it.fails`, with the reason next to it.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { triageLog } from './run-triage.js';

export interface Want {
  kind: string;
  mutation: string;
  variable: string;
  source: string;
  fixKind: string;
  /** True when the write is on no printed stack: found by the writer search. */
  inferred: boolean;
}

export interface Negative {
  kind: string;
  /** `file:line` of the crash frame. */
  crash: string;
  /** Findings the log gives, all at `crash` (default 1). */
  reports?: number;
  fails?: string;
}

export interface BlindRound {
  /** The fixture set's folder (`test/fixtures/scenarios-variants`) and module path. */
  dir: string;
  module: string;
  title: string;
  negativesTitle: string;
  cases: Record<string, Want & { fails?: string }>;
  negatives: Record<string, Negative>;
}

/** `file:line code` of the write, `file:line kind code` of the source. */
function facts(finding: Finding): Want {
  const c = finding.culprit;
  const o = c?.objectSource;
  return {
    kind: finding.kind,
    mutation: c
      ? `${c.mutation.file}:${c.mutation.line} ${c.mutation.code}`
      : `no culprit: ${finding.culpritReason}`,
    variable: c?.mutation.variable ?? '',
    source: o ? `${o.file}:${o.line} ${o.kind} ${o.code}` : 'none',
    fixKind: c?.fixKind ?? '',
    inferred: !!c?.writerCandidates,
  };
}

/** A culprit that blames a shared object: on a negative scenario, a false positive. */
const sharedSources = new Set([
  'lister',
  'indexer',
  'store',
  'informer-handler',
  'unsafe-client-read',
  'package-variable',
  'shared-test-fixture',
]);
function blamesSharedObject(finding: Finding): boolean {
  const c = finding.culprit;
  if (!c) return false;
  return (
    (!!c.objectSource && sharedSources.has(c.objectSource.kind)) ||
    c.fixKind !== 'other' ||
    !!c.writerCandidates
  );
}

export function describeBlindRound(round: BlindRound): void {
  const run = (log: string): Promise<Finding[]> =>
    triageLog(`${round.dir}/logs/${log}.log`, `${round.dir}/src`, undefined, round.module);

  describe(round.title, () => {
    for (const [log, { fails, ...want }] of Object.entries(round.cases)) {
      (fails ? it.fails : it)(log, async () => {
        const findings = await run(log);
        expect(findings.length).toBeGreaterThan(0);
        for (const finding of findings) expect(facts(finding)).toEqual(want);
      });
    }
  });

  describe(round.negativesTitle, () => {
    for (const [log, { kind, crash, reports = 1, fails }] of Object.entries(round.negatives)) {
      (fails ? it.fails : it)(log, async () => {
        const findings = await run(log);
        expect(findings.map((f) => `${f.kind} ${f.crashFrame?.repoPath}:${f.crashFrame?.line}`)).toEqual(
          Array(reports).fill(`${kind} ${crash}`),
        );
        expect(findings.filter(blamesSharedObject).map((f) => f.culprit)).toEqual([]);
      });
    }
  });
}
