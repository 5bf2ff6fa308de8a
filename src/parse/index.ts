// parse: log bytes → Faults. Pure and streaming: push chunks, get faults through the callback.
// The input layer (input.ts) turns bytes into clean numbered lines; the fault machine (machine.ts)
// turns lines into faults.
import type { Fault } from '../model.js';
import { LineReader } from './input.js';
import { FaultMachine } from './machine.js';

export interface ParseStats {
  bytes: number;
  lines: number;
  /** True when the input ended inside a fault's dump (a log cut mid-way). */
  truncated: boolean;
  /** A newest-first export (every line timestamped) was read in restored order. */
  reordered: boolean;
  /** The timestamps run backwards and the order could not be restored: dumps may read scrambled. */
  outOfOrder: boolean;
}

/** Streaming parser: memory stays bounded whatever the input size; time is linear in it. */
export class LogParser {
  private readonly machine: FaultMachine;
  private readonly reader: LineReader;

  constructor(onFault: (fault: Fault) => void) {
    this.machine = new FaultMachine(onFault);
    this.reader = LineReader.withSink((text, no, pkg, test) => this.machine.pushLine(text, no, pkg, test));
  }

  push(chunk: Uint8Array | string): void {
    this.reader.push(chunk);
  }

  end(): ParseStats {
    const { bytes, lines } = this.reader.end();
    this.machine.end();
    const { restored, outOfOrder } = this.reader.ordering;
    return { bytes, lines, truncated: this.machine.truncated, reordered: restored, outOfOrder };
  }
}

/** Convenience for tests and small inputs: every fault of a whole log. */
export function parseText(text: string): { faults: Fault[]; stats: ParseStats } {
  const faults: Fault[] = [];
  const parser = new LogParser((f) => faults.push(f));
  parser.push(text);
  return { faults, stats: parser.end() };
}
