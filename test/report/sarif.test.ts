import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model.js';
import { renderSarif } from '../../src/report/sarif.js';

const located: Finding = {
  id: 'abc123def456',
  kind: 'concurrent-map-iteration-write',
  headline: 'fatal error: concurrent map iteration and map write',
  occurrences: 2,
  test: null,
  crashFrame: {
    func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
    file: '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
    line: 44,
    kind: 'repo',
    repoPath: 'pkg/controller/servicestatus/reporter.go',
  },
  frames: [],
  culprit: {
    mutation: {
      file: 'pkg/controller/endpointslice/controller.go',
      line: 78,
      code: 'service.Annotations[LastSyncAnnotation] = strconv.FormatUint(n, 10)',
      variable: 'service',
    },
    objectSource: {
      file: 'pkg/controller/endpointslice/controller.go',
      line: 70,
      code: 'service, ok := c.serviceLister.Get(namespace, name)',
      kind: 'lister',
    },
    fixKind: 'deepcopy-before-mutate',
    suggestion: 'Call service = service.DeepCopy() after the lister Get.',
    evidence: [
      {
        file: 'pkg/controller/endpointslice/controller.go',
        line: 70,
        code: 'service, ok := c.serviceLister.Get(namespace, name)',
        note: 'obtained from the lister',
      },
      { file: '/usr/lib/go-1.19/src/encoding/json/encode.go', line: 1, code: '', note: 'stdlib' },
    ],
    confidence: 0.8,
  },
  fault: { kind: 'concurrent-map-iteration-write', headline: '', others: [], span: { start: 1, end: 2 } },
};

const unlocated: Finding = {
  ...located,
  id: 'ffffffffffff',
  kind: 'deadlock',
  headline: 'fatal error: all goroutines are asleep - deadlock!',
  crashFrame: { func: 'main.main', file: '/tmp/x/main.go', line: 3 },
  culprit: null,
};

describe('renderSarif', () => {
  it('locates a finding at its suspect write, with the crash frame and evidence as related locations', () => {
    const report: Report = {
      findings: [located, unlocated],
      stats: { bytes: 1, lines: 1, faults: 3, truncated: false },
    };
    const sarif = JSON.parse(
      renderSarif(report, '0.1.0', {
        repoUrl: 'https://github.com/o/r',
        headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
        runUrl: 'https://github.com/o/r/actions/runs/42',
      }),
    );
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules).toEqual([
      {
        id: 'concurrent-map-iteration-write',
        name: 'ConcurrentMapIterationWrite',
        shortDescription: { text: 'Map written while being iterated' },
        defaultConfiguration: { level: 'error' },
      },
    ]);
    expect(run.properties).toEqual({
      unlocatedFindings: 1,
      runUrl: 'https://github.com/o/r/actions/runs/42',
    });
    expect(run.versionControlProvenance).toEqual([
      { repositoryUri: 'https://github.com/o/r', revisionId: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' },
    ]);
    expect(run.results).toEqual([
      {
        ruleId: 'concurrent-map-iteration-write',
        level: 'error',
        message: {
          text:
            'Map written while being iterated: service written at controller.go:78, 2 times. ' +
            'Log: fatal error: concurrent map iteration and map write. ' +
            'Fix: Call service = service.DeepCopy() after the lister Get. ' +
            'Culprit with high confidence: the object comes from an informer lister (a pointer into the shared cache)',
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'pkg/controller/endpointslice/controller.go', uriBaseId: '%SRCROOT%' },
              region: { startLine: 78 },
            },
            message: { text: 'Write to shared service' },
          },
        ],
        relatedLocations: [
          {
            id: 1,
            physicalLocation: {
              artifactLocation: { uri: 'pkg/controller/servicestatus/reporter.go', uriBaseId: '%SRCROOT%' },
              region: { startLine: 44 },
            },
            message: { text: 'Map written while being iterated here' },
          },
          {
            id: 2,
            physicalLocation: {
              artifactLocation: { uri: 'pkg/controller/endpointslice/controller.go', uriBaseId: '%SRCROOT%' },
              region: { startLine: 70 },
            },
            message: { text: 'obtained from the lister' },
          },
        ],
        partialFingerprints: { 'goPanicTriage/v1': 'abc123def456' },
        properties: {
          occurrences: 2,
          title: 'Map written while being iterated: service written at controller.go:78, 2 times',
          confidence: 0.8,
        },
      },
    ]);
  });

  it('percent-encodes file names into URI references', () => {
    const odd: Finding = {
      ...unlocated,
      culprit: null,
      crashFrame: { func: 'f', file: '/x/pkg/a b#1.go', line: 3, kind: 'repo', repoPath: 'pkg/a b#1.go' },
    };
    const sarif = JSON.parse(
      renderSarif({ findings: [odd], stats: { bytes: 1, lines: 1, faults: 1, truncated: false } }, '0.1.0'),
    );
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'pkg/a%20b%231.go',
    );
  });
});
