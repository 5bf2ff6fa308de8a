// The mutation detector only notices a changed cached object: the culprit is the repository code that
// wrote it, found by the ALTERED fields, with the fix naming the type the CACHE line printed.
import { describe, expect, it } from 'vitest';
import { triageLog } from './run-triage.js';

const dir = 'test/fixtures/go-programs/cache-mutation-detector';

describe('cache mutation detector (real log, its program as the source root)', () => {
  it('blames the write in markReady, not the detector, and copies the *v1.Pod where it is obtained', async () => {
    const [finding, ...rest] = await triageLog(
      `${dir}/output.log`,
      dir,
      undefined,
      'example.com/cache-mutation-detector',
    );
    expect(rest).toHaveLength(0);
    expect(finding?.kind).toBe('cache-mutation');
    const culprit = finding?.culprit;
    expect(culprit?.mutation).toEqual({
      file: 'main.go',
      line: 27,
      code: 'pod.Status.Phase = "Running"',
      variable: 'pod',
    });
    expect(culprit?.fixKind).toBe('deepcopy-before-mutate');
    expect(culprit?.suggestion).toBe(
      "DeepCopy the `*v1.Pod` before changing it: `l.Get(1)` is the informer cache's own `*v1.Pod` (the mutation detector found it altered). Copy it where it is obtained (`l.Get(1).DeepCopy()`), then change and send the copy (or use a Patch).",
    );
    // `l.Get` is the program's own lister type, which no rule names: the line shows where it came from.
    expect(culprit?.objectSource).toBeNull();
    expect(culprit?.evidence.map((e) => `${e.file}:${e.line} ${e.note.split(';')[0]}`)).toEqual([
      'main.go:59 l.Get(1) is returned by l.Get(…) here',
      'main.go:27 written here (assignment to pod.Status.Phase)',
      "main.go:57 the mutation detector's goroutine created here (by main.main)",
    ]);
    // Every write of an ALTERED field is a candidate; the detector's own file and Pod.DeepCopy are not.
    expect(culprit?.writerCandidates?.map((c) => `${c.mutation.file}:${c.mutation.line}`)).toEqual([
      'main.go:27',
      'main.go:28',
      'main.go:32',
    ]);
    expect(JSON.stringify(culprit)).not.toContain('mutation_detector.go');
  });
});
