// Reports built by hand for the renderer tests: the subtest panic and a diagnosed Scheme race.

import { FindingGrouper } from '../../src/group/group.js';
import type { Culprit, Report } from '../../src/model.js';
import { MOD, schemeRaceFault, subtestPanicFault } from './helpers.js';

export const schemeCulprit: Culprit = {
  mutation: {
    file: 'pkg/runtime/scheme.go',
    line: 52,
    code: 's.gvkToType[gvk] = t',
    variable: 'legacyscheme.Scheme',
  },
  objectSource: {
    file: 'pkg/api/legacyscheme/scheme.go',
    line: 6,
    code: 'var Scheme = runtime.NewScheme()',
    kind: 'package-variable',
  },
  fixKind: 'per-test-scheme',
  suggestion: 'Give each subtest its own scheme: runtime.NewScheme()',
  evidence: [
    {
      file: 'pkg/registry/core/service/storage/install.go',
      line: 12,
      code: 'legacyscheme.Scheme.AddKnownTypes(gv, &Service{})',
      note: 'writes the shared Scheme',
    },
  ],
  confidence: 0.8,
};

export function sampleReport(): Report {
  const grouper = new FindingGrouper({ modulePath: MOD });
  grouper.add(subtestPanicFault(4));
  grouper.add(subtestPanicFault(4));
  grouper.add(schemeRaceFault(52));
  const findings = grouper.findings();
  const race = findings[1];
  if (race) race.culprit = schemeCulprit;
  const panic = findings[0];
  if (panic) panic.culpritReason = 'nothing shared is written';
  return { findings, stats: { bytes: 1225, lines: 24, faults: 3, truncated: false } };
}

export const emptyReport: Report = {
  findings: [],
  stats: { bytes: 514, lines: 20, faults: 0, truncated: false },
};
