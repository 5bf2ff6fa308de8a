// SARIF 2.1.0 for GitHub code scanning: one result per finding, located at the suspect write when
// there is a culprit, else at the crash frame. Code scanning rejects results without a location,
// so findings that map to no repo file are counted in the run's properties instead.
import type { Finding, Report } from '../model.js';
import { KIND_TITLES } from './titles.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/go-panic-triage/go-panic-triage';

export function renderSarif(report: Report, version: string): string {
  const located = report.findings.filter((f) => primaryLocation(f) !== null);
  const kinds = [...new Set(located.map((f) => f.kind))];
  const doc = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'go-panic-triage',
            informationUri: INFORMATION_URI,
            semanticVersion: version,
            rules: kinds.map((kind) => ({
              id: kind,
              name: kind.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: KIND_TITLES[kind] },
              defaultConfiguration: { level: 'error' },
            })),
          },
        },
        results: located.map((finding) => result(finding)),
        properties: { unlocatedFindings: report.findings.length - located.length },
      },
    ],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

interface Location {
  file: string;
  line: number;
  message: string;
}

function primaryLocation(finding: Finding): Location | null {
  const write = finding.culprit?.mutation;
  if (write && isRepoPath(write.file)) {
    return { file: write.file, line: write.line, message: `suspect write to ${write.variable}` };
  }
  const frame = finding.crashFrame;
  if (frame?.repoPath) return { file: frame.repoPath, line: frame.line, message: 'crash frame' };
  return null;
}

function result(finding: Finding) {
  const primary = primaryLocation(finding) as Location;
  const related: Location[] = [];
  const frame = finding.crashFrame;
  if (frame?.repoPath && (frame.repoPath !== primary.file || frame.line !== primary.line)) {
    related.push({ file: frame.repoPath, line: frame.line, message: 'crash frame' });
  }
  for (const e of finding.culprit?.evidence ?? []) {
    if (isRepoPath(e.file) && !(e.file === primary.file && e.line === primary.line)) {
      related.push({ file: e.file, line: e.line, message: e.note });
    }
  }
  const text = [
    finding.headline,
    finding.test ? `in ${finding.test}` : '',
    finding.culprit ? `Fix: ${finding.culprit.suggestion}` : '',
  ]
    .filter(Boolean)
    .join('. ');
  return {
    ruleId: finding.kind,
    level: 'error',
    message: { text },
    locations: [physical(primary)],
    ...(related.length > 0 && {
      relatedLocations: related.map((loc, i) => ({ id: i + 1, ...physical(loc) })),
    }),
    partialFingerprints: { 'goPanicTriage/v1': finding.id },
    properties: { occurrences: finding.occurrences },
  };
}

function physical(loc: Location) {
  return {
    physicalLocation: {
      // A URI reference: a space, `#` or `%` in a file name must be percent-encoded.
      artifactLocation: {
        uri: loc.file.split('/').map(encodeURIComponent).join('/'),
        uriBaseId: '%SRCROOT%',
      },
      region: { startLine: loc.line },
    },
    message: { text: loc.message },
  };
}

/** Absolute paths and `GOROOT/…` are not in the repository, and code scanning would drop them. */
function isRepoPath(file: string): boolean {
  return file !== '' && !file.startsWith('/') && !file.includes('..') && !/^[A-Za-z]:/.test(file);
}
