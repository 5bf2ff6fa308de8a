// analyze: a finding + the sources along its stack → the culprit write, where the object came from, the fix.
import type { Culprit, Finding } from '../model.js';
import type { ChangedLines } from './diff.js';
import type { SourceReader } from './source-reader.js';

export interface DiagnoseContext {
  sources: SourceReader;
  changedLines?: ChangedLines;
}

export interface Diagnosis {
  culprit: Culprit | null;
  /** Why there is no culprit, when there is none. */
  reason?: string;
}

export async function diagnose(_finding: Finding, _ctx: DiagnoseContext): Promise<Diagnosis> {
  return { culprit: null, reason: 'diagnosis not implemented yet' };
}
