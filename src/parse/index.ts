// parse: log bytes → Faults. Pure and streaming: push chunks, get faults through the callback.
import type { Fault } from '../model.js';

export interface ParseStats {
  bytes: number;
  lines: number;
  /** True when the input ended inside a fault's dump (a log cut mid-way). */
  truncated: boolean;
}

/** Streaming parser: memory stays bounded whatever the input size; time is linear in it. */
export class LogParser {
  constructor(private readonly onFault: (fault: Fault) => void) {}

  push(_chunk: Uint8Array | string): void {
    void this.onFault;
    throw new Error('not implemented');
  }

  end(): ParseStats {
    throw new Error('not implemented');
  }
}

/** Convenience for tests and small inputs: every fault of a whole log. */
export function parseText(text: string): { faults: Fault[]; stats: ParseStats } {
  const faults: Fault[] = [];
  const parser = new LogParser((f) => faults.push(f));
  parser.push(text);
  return { faults, stats: parser.end() };
}
