// A write-write map fault (`concurrent map writes`) whose dump holds both writers: each writer gets its fix.
import { describe, expect, it } from 'vitest';
import { scenarios, triageLog } from './run-triage.js';

const src = `${scenarios}/src`;
const endpointslice = {
  mutation: {
    file: 'pkg/controller/endpointslice/controller.go',
    line: 78,
    code: 'service.Annotations[LastSyncAnnotation] = strconv.FormatUint(n, 10) // BUG unless copied',
    variable: 'service',
  },
  objectSource: {
    file: 'pkg/controller/endpointslice/controller.go',
    line: 70,
    code: 'service, ok := c.serviceLister.Get(namespace, name)',
    kind: 'lister',
  },
  fixKind: 'deepcopy-before-mutate',
  suggestion:
    "`service` is the cache's own object (lister); copy it before changing it: `service = service.DeepCopy()` right after it is obtained, then mutate and send the copy (or use a Patch).",
  edit: {
    file: 'pkg/controller/endpointslice/controller.go',
    afterLine: 70,
    insert: ['\tservice = service.DeepCopy()'],
  },
};
const servicelb = {
  mutation: {
    file: 'pkg/controller/servicelb/controller.go',
    line: 58,
    code: 'svc.Annotations[CleanupAnnotation] = strconv.Itoa(c.generation) // BUG: writes the shared cached object',
    variable: 'svc',
  },
  objectSource: {
    file: 'pkg/controller/servicelb/controller.go',
    line: 53,
    code: 'svc, ok := c.serviceLister.Get(namespace, name)',
    kind: 'lister',
  },
  fixKind: 'deepcopy-before-mutate',
  suggestion:
    "`svc` is the cache's own object (lister); copy it before changing it: `svc = svc.DeepCopy()` right after it is obtained, then mutate and send the copy (or use a Patch).",
  edit: {
    file: 'pkg/controller/servicelb/controller.go',
    afterLine: 53,
    insert: ['\tsvc = svc.DeepCopy()'],
  },
};

function fixOf(c: Record<string, unknown> | undefined) {
  if (!c) return c;
  const { mutation, objectSource, fixKind, suggestion, edit } = c;
  return { mutation, objectSource, fixKind, suggestion, edit };
}

// Which writer crashes varies per run (see the scenarios README): the other is in the dump.
const logs: [string, typeof endpointslice, typeof servicelb][] = [
  ['logs/cache-mutation-write-write.log', endpointslice, servicelb],
  ['logs/cache-mutation-write-write-gotraceback-system.log', endpointslice, servicelb],
  ['logs-go1.23/cache-mutation-write-write.log', endpointslice, servicelb],
  ['logs-go1.23/cache-mutation-write-write-gotraceback-system.log', servicelb, endpointslice],
];

describe('write-write map faults: one fix per writer', () => {
  for (const [log, crashed, other] of logs) {
    it(`${log}: the crashing writer's fix, and the other writer's own`, async () => {
      const [finding] = await triageLog(`${scenarios}/${log}`, src);
      expect(finding?.kind).toBe('concurrent-map-writes');
      const culprit = finding?.culprit;
      expect(fixOf(culprit as unknown as Record<string, unknown>)).toEqual(crashed);
      expect(culprit?.otherWriters).toEqual([other]);
    });
  }

  it('a change that touched the other writer makes it the culprit and keeps the crashing one as the other', async () => {
    const changed = new Map([['pkg/controller/servicelb/controller.go', new Set([58])]]);
    const [finding] = await triageLog(`${scenarios}/logs/cache-mutation-write-write.log`, src, changed);
    expect(fixOf(finding?.culprit as unknown as Record<string, unknown>)).toEqual(servicelb);
    expect(finding?.culprit?.otherWriters).toEqual([{ ...endpointslice, inDiff: false }]);
  });
});
