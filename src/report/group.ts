// Groups identical faults into findings (same fingerprint), counting occurrences; bounded memory.
import type { Fault, Finding } from '../model.js';
import type { LocateOptions } from '../locate/index.js';

export class FindingGrouper {
  constructor(private readonly options: LocateOptions) {}

  add(_fault: Fault): void {
    void this.options;
    throw new Error('not implemented');
  }

  /** Findings in the order their first occurrence appeared in the log. */
  findings(): Finding[] {
    throw new Error('not implemented');
  }
}
