// SARIF 2.1.0 for GitHub code scanning: one result per finding, located at the suspect write when
// there is a culprit, else at the crash frame, with the headline every other surface shows.
// Code scanning rejects results without a location, so findings that map to no repo file are
// counted in the run's properties instead.
import type { Finding, Report } from '../model.js';
import { accessTitle, displayFile, isOwnCode, isRepoPath } from './frames.js';
import { confidenceText, KIND_TITLES, plainTitle, shortKind, writeTitle } from './titles.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/go-panic-triage/go-panic-triage';

export interface SarifContext {
  /** `https://github.com/o/r` and the commit the logs belong to: the run's version control provenance. */
  repoUrl?: string;
  headSha?: string;
  /** The workflow run whose logs were read. */
  runUrl?: string;
}

export function renderSarif(report: Report, version: string, context: SarifContext = {}): string {
  const located = report.findings.filter((f) => primaryLocation(f) !== null);
  const kinds = [...new Set(located.map((f) => f.kind))];
  const sha = context.headSha && /^[0-9a-f]{7,64}$/i.test(context.headSha) ? context.headSha : undefined;
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
        ...(context.repoUrl &&
          sha && { versionControlProvenance: [{ repositoryUri: context.repoUrl, revisionId: sha }] }),
        results: located.map((finding) => result(finding)),
        properties: {
          unlocatedFindings: report.findings.length - located.length,
          ...(context.runUrl && { runUrl: context.runUrl }),
        },
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
    return { file: write.file, line: write.line, message: writeTitle(finding) ?? 'culprit' };
  }
  const frame = finding.crashFrame;
  if (frame?.repoPath)
    return { file: frame.repoPath, line: frame.line, message: `${shortKind(finding)} here` };
  return null;
}

function result(finding: Finding) {
  const primary = primaryLocation(finding) as Location;
  const related: Location[] = [];
  const seen = new Set([`${primary.file}:${primary.line}`]);
  const add = (loc: Location) => {
    const key = `${loc.file}:${loc.line}`;
    if (!isRepoPath(loc.file) || seen.has(key)) return;
    seen.add(key);
    related.push(loc);
  };
  const frame = finding.crashFrame;
  if (frame?.repoPath) add({ file: frame.repoPath, line: frame.line, message: `${shortKind(finding)} here` });
  for (const access of finding.fault.accesses ?? []) {
    const top = access.frames.find(isOwnCode);
    if (top) add({ file: displayFile(top), line: top.line, message: accessTitle(access) });
  }
  for (const e of finding.culprit?.evidence ?? []) add({ file: e.file, line: e.line, message: e.note });
  const culprit = finding.culprit;
  const text = [
    plainTitle(finding),
    finding.kind === 'data-race' ? '' : `Log: ${finding.headline}`,
    culprit ? `Fix: ${culprit.suggestion.replace(/`/g, '')}` : '',
    culprit ? `Culprit with ${confidenceText(culprit, finding.kind)}` : '',
  ]
    .filter(Boolean)
    .map((part) => part.replace(/\.$/, ''))
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
    properties: {
      occurrences: finding.occurrences,
      title: plainTitle(finding),
      ...(culprit && { confidence: culprit.confidence }),
    },
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
