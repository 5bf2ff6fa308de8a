// What a repository's config does to a finished report: ignore rules drop findings, and at most
// `max-findings` are published (the rest counted, so the comment can say so).
import type { Report } from '../model.js';
import { isIgnored } from './ignore.js';
import type { Config } from './schema.js';

export interface ConfiguredReport {
  report: Report;
  ignored: number;
  omitted: number;
  /** What a reader of the report must be told about the findings left out. */
  notes: string[];
}

export function applyConfig(
  report: Report,
  config: Pick<Config, 'ignore' | 'maxFindings'>,
): ConfiguredReport {
  const kept = report.findings.filter((f) => !isIgnored(f, config.ignore));
  const shown = config.maxFindings === undefined ? kept : kept.slice(0, config.maxFindings);
  const ignored = report.findings.length - kept.length;
  const omitted = kept.length - shown.length;
  const notes: string[] = [];
  if (ignored > 0) notes.push(`${ignored} finding(s) matched ignore rules in the config and are not shown`);
  if (omitted > 0) notes.push(`${omitted} more finding(s) beyond max-findings are not shown`);
  return { report: { ...report, findings: shown }, ignored, omitted, notes };
}
