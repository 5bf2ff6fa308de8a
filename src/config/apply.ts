// What a repository's config does to a finished report: ignore rules drop findings, and at most
// `max-findings` are published (the rest counted, so the comment can say so).
import type { Report } from '../model.js';
import { isIgnored } from './ignore.js';
import type { Config } from './schema.js';

export interface ConfiguredReport {
  report: Report;
  ignored: number;
  omitted: number;
}

export function applyConfig(
  report: Report,
  config: Pick<Config, 'ignore' | 'maxFindings'>,
): ConfiguredReport {
  const kept = report.findings.filter((f) => !isIgnored(f, config.ignore));
  const shown = kept.slice(0, config.maxFindings);
  return {
    report: { ...report, findings: shown },
    ignored: report.findings.length - kept.length,
    omitted: kept.length - shown.length,
  };
}
