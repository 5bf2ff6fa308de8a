import { describe, expect, it } from 'vitest';
import { findingIdOf, fingerprintOf, normalizeHeadline } from '../../src/group/fingerprint.js';
import { FindingGrouper } from '../../src/group/group.js';
import { MOD, schemeRaceFault, subtestPanicFault } from '../report/helpers.js';

describe('normalizeHeadline', () => {
  it('masks addresses and numbers', () => {
    expect(normalizeHeadline('panic: runtime error: index out of range [4] with length 3 [recovered]')).toBe(
      'panic: runtime error: index out of range [N] with length N [recovered]',
    );
    expect(normalizeHeadline('unexpected fault address 0xc000123abc')).toBe('unexpected fault address ADDR');
  });
});

describe('FindingGrouper', () => {
  it('turns a fault into a finding with the contract fields', () => {
    const grouper = new FindingGrouper({ modulePath: MOD });
    const fault = subtestPanicFault();
    grouper.add(fault);
    const [finding, ...rest] = grouper.findings();
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: findingIdOf(fingerprintOf(fault)),
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      occurrences: 1,
      test: 'TestSyncJob/too_few_pods',
      package: `${MOD}/pkg/controller/job`,
      crashFrame: {
        func: `${MOD}/pkg/controller/job.lastReadyPod`,
        repoPath: 'pkg/controller/job/job_controller.go',
        line: 29,
      },
      culprit: null,
    });
    expect(finding?.id).toMatch(/^[0-9a-f]{12}$/);
    expect(finding?.frames).toBe(fault.crashing?.frames);
    expect(finding?.fault).toBe(fault);
  });

  it('counts identical faults (numbers and addresses aside) and keeps the first occurrence', () => {
    const grouper = new FindingGrouper({ modulePath: MOD });
    const first = subtestPanicFault(4);
    grouper.add(first);
    grouper.add(subtestPanicFault(7));
    grouper.add(subtestPanicFault(4));
    const findings = grouper.findings();
    expect(findings.map((f) => [f.headline, f.occurrences])).toEqual([
      ['panic: runtime error: index out of range [4] with length 3 [recovered]', 3],
    ]);
    expect(findings[0]?.fault).toBe(first);
  });

  it('separates races whose access frames differ and groups those that only differ in address', () => {
    const grouper = new FindingGrouper({ modulePath: MOD });
    grouper.add(schemeRaceFault(52, '0x00c00007a2d0'));
    grouper.add(subtestPanicFault());
    grouper.add(schemeRaceFault(53, '0x00c00007a300'));
    grouper.add(schemeRaceFault(53, '0x00c0000a8088'));
    expect(grouper.findings().map((f) => [f.kind, f.crashFrame?.line, f.occurrences])).toEqual([
      ['data-race', 52, 1],
      ['panic', 29, 1],
      ['data-race', 53, 2],
    ]);
  });

  it('gives the same id for the same crash in another run', () => {
    expect(findingIdOf(fingerprintOf(schemeRaceFault(52, '0x1')))).toBe(
      findingIdOf(fingerprintOf(schemeRaceFault(52, '0x2'))),
    );
    expect(findingIdOf(fingerprintOf(schemeRaceFault(52)))).not.toBe(
      findingIdOf(fingerprintOf(schemeRaceFault(53))),
    );
  });

  it('keeps at most maxFindings distinct findings and counts the rest', () => {
    const grouper = new FindingGrouper({ modulePath: MOD }, 2);
    grouper.add(schemeRaceFault(52));
    grouper.add(schemeRaceFault(53));
    grouper.add(subtestPanicFault());
    grouper.add(schemeRaceFault(52));
    expect(grouper.findings().map((f) => f.occurrences)).toEqual([2, 1]);
    expect(grouper.droppedFaults()).toBe(1);
  });
});
