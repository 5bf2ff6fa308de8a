// What every diagnosis strategy receives and returns.
import type { Culprit, Finding } from '../model.js';
import type { ChangedLines } from '../repo/diff.js';
import type { GoSources } from './go-sources.js';
import type { AnalyzeRules } from './rules.js';

export interface Diagnosis {
  culprit: Culprit | null;
  /** Why there is no culprit, when there is none. */
  reason?: string;
}

export interface DiagnoseInput {
  finding: Finding;
  sources: GoSources;
  rules: AnalyzeRules;
  changedLines?: ChangedLines;
}
