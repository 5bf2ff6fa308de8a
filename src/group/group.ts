// Groups identical faults into findings (same fingerprint), counting occurrences; bounded memory.
import { crashStackOf, pickCrashFrame } from '../locate/crash-frame.js';
import type { LocateOptions } from '../locate/index.js';
import type { Fault, Finding } from '../model.js';
import { findingIdOf, fingerprintOf } from './fingerprint.js';

/** Distinct findings kept; a log with more is pathological and the rest are only counted. */
export const MAX_FINDINGS = 500;

export class FindingGrouper {
  private readonly byFingerprint = new Map<string, Finding>();
  private dropped = 0;

  constructor(
    private readonly options: LocateOptions,
    private readonly maxFindings = MAX_FINDINGS,
  ) {}

  /** Expects `locateFault` to have run on the fault. Only the first occurrence of a fingerprint is kept. */
  add(fault: Fault): void {
    const fingerprint = fingerprintOf(fault);
    const known = this.byFingerprint.get(fingerprint);
    if (known) {
      known.occurrences++;
      return;
    }
    if (this.byFingerprint.size >= this.maxFindings) {
      this.dropped++;
      return;
    }
    const finding: Finding = {
      id: findingIdOf(fingerprint),
      kind: fault.kind,
      headline: fault.headline,
      occurrences: 1,
      test: fault.test ?? null,
      crashFrame: pickCrashFrame(fault, this.options),
      frames: crashStackOf(fault),
      culprit: null,
      fault,
    };
    if (fault.package !== undefined) finding.package = fault.package;
    this.byFingerprint.set(fingerprint, finding);
  }

  /** Findings in the order their first occurrence appeared in the log (Map keeps insertion order). */
  findings(): Finding[] {
    return [...this.byFingerprint.values()];
  }

  /** Faults not kept because `maxFindings` distinct findings were already held. */
  droppedFaults(): number {
    return this.dropped;
  }
}
