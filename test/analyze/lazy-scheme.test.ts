// A race whose write happens inside a library: a fake client without WithScheme registering a kind into
// the global scheme (real log from test/analyze/fixtures/lazy-scheme, see its README).
import { expect, it } from 'vitest';
import { summarize, triageLog } from './run-triage.js';

const fixture = 'test/analyze/fixtures/lazy-scheme';

it('blames the repo line that triggers the lazy registration into scheme.Scheme', async () => {
  const findings = await triageLog(
    `${fixture}/logs/fake-client-lazy-scheme-race-test-v.log`,
    `${fixture}/src`,
    undefined,
    'example.com/lazy-scheme',
  );
  expect(findings.map((f) => summarize(f.culprit))).toEqual([
    'pkg/machineset/machineset_test.go:27 scheme.Scheme <- pkg/machineset/machineset_test.go:24 package-variable => per-test-scheme',
  ]);
  const culprit = findings[0]?.culprit;
  expect(culprit?.evidence.map((e) => `${e.line} ${e.note}`)).toEqual([
    '24 fake client built without WithScheme here: it registers types into the global scheme.Scheme',
    '27 written here (c.Create(…), which registers types into its scheme: fake.(*Client).Create → runtime.(*Scheme).AddKnownTypeWithName)',
    '16 read concurrently here by the other goroutine',
    '22 writing goroutine created here (in machineset.TestMachineSetReconciler)',
    '15 reading goroutine created here (in machineset.TestMachineSetReconciler)',
  ]);
  expect(culprit?.suggestion).toMatch(/WithScheme\(scheme\)/);
});
