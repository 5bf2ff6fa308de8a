// Acceptance on the extra scenario programs (test/fixtures/scenarios-extra): informer handler, indexer
// GetByKey, UnsafeDisableDeepCopy, closure capture, shared t.Parallel fixtures, reader-in-Update crashes.
// The expected culprits are the set's own hand-checked expected.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Culprit } from '../../src/model.js';
import { extra, triageLog } from './run-triage.js';

interface Expected {
  kind: string;
  culprit: {
    mutation: { file: string; line: number; variable: string; code: string };
    objectSource: { file: string; line: number; kind: string; code: string } | null;
    fixKind: string;
  } | null;
}

const expected: Record<string, Expected> = JSON.parse(readFileSync(`${extra}/expected.json`, 'utf8'));
const logs = Object.keys(expected).filter((name) => !name.startsWith('$'));
const run = (log: string) =>
  triageLog(`${extra}/logs/${log}`, `${extra}/src`, undefined, 'example.com/triage-extra');

/** The facts expected.json states, from a culprit. */
function facts(culprit: Culprit | null): Expected['culprit'] {
  if (!culprit) return null;
  const { mutation: m, objectSource: o } = culprit;
  return {
    mutation: { file: m.file, line: m.line, variable: m.variable, code: m.code },
    objectSource: o ? { file: o.file, line: o.line, kind: o.kind, code: o.code } : null,
    fixKind: culprit.fixKind,
  };
}

describe('extra scenario culprits (expected.json)', () => {
  it('covers every log of the set', () => {
    expect(logs.length).toBe(14);
  });

  for (const log of logs) {
    it(log, async () => {
      const want = expected[log];
      const findings = await run(log);
      if (!want?.culprit) {
        expect(findings).toEqual([]);
        return;
      }
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) {
        expect(finding.kind).toBe(want.kind);
        expect(facts(finding.culprit), finding.culpritReason).toEqual(want.culprit);
      }
    });
  }
});

describe('extra scenario fixes', () => {
  it('copies the handler object right after its type assertion', async () => {
    const [finding] = await run('informer-handler-race-test-v.log');
    expect(finding?.culprit?.edit).toEqual({
      file: 'pkg/controller/podlabeler/podlabeler.go',
      afterLine: 46,
      insert: ['\tcurPod = curPod.DeepCopy()'],
    });
    expect(finding?.culprit?.evidence.slice(0, 3).map((e) => `${e.line} ${e.note}`)).toEqual([
      "46 obtained from the event handler's argument here",
      "29 received by the event handler here (the informer's own object)",
      '30 passed to updatePod here',
    ]);
  });

  // `obj` is an interface{} and `pods` a PodList: neither has the object's DeepCopy; the written variable does.
  it.each(['indexer-getbykey-race-test-v.log', 'indexer-getbykey-collector.log'])(
    'copies the indexer object after its type assertion, not the interface value (%s)',
    async (log) => {
      const [finding] = await run(log);
      expect(finding?.culprit?.edit).toEqual({
        file: 'pkg/controller/nodeannotator/nodeannotator.go',
        afterLine: 79,
        insert: ['\tnode = node.DeepCopy()'],
      });
      expect(finding?.culprit?.suggestion).toContain('`node = node.DeepCopy()`');
      expect(finding?.culprit?.suggestion).not.toContain('obj.DeepCopy()');
    },
  );

  it('names the same copy in the advice as in the edit after an UnsafeDisableDeepCopy List', async () => {
    const [finding] = await run('unsafe-disable-deepcopy-race-test-v.log');
    expect(finding?.culprit?.edit).toEqual({
      file: 'pkg/operator/labelsync/labelsync.go',
      afterLine: 34,
      insert: ['\t\tpod = pod.DeepCopy()'],
    });
    expect(finding?.culprit?.suggestion).toContain('`pod = pod.DeepCopy()`');
    expect(finding?.culprit?.suggestion).not.toContain('pods.DeepCopy()');
  });

  it('names the serializer that walked the object when generated code is repo code', async () => {
    const [finding] = await run('endpointslice-update-size.log');
    const notes = finding?.culprit?.evidence.map((e) => e.note) ?? [];
    expect(notes).toContain(
      'read concurrently here (v1.(*Service).Size of a Service) by the crashing goroutine',
    );
  });

  it('proposes no in-place copy for a fixture shared by parallel subtests', async () => {
    const [finding] = await run('shared-fixture-test-level-race-test-v.log');
    expect(finding?.culprit?.edit).toBeUndefined();
    expect(finding?.culprit?.suggestion).toMatch(/Each parallel subtest must use its own copy of `pod`/);
  });
});
