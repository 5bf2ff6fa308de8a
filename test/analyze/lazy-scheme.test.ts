// A race whose write happens inside a library: a fake client without WithScheme registering a kind into
// the global scheme (real log from test/analyze/fixtures/lazy-scheme, see its README).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { quoteAccessTop } from '../support/paste-transforms.js';
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

it('says which shared object a quote of the library write alone names, and its fix, with no culprit', async () => {
  const text = readFileSync(`${fixture}/logs/fake-client-lazy-scheme-race-test-v.log`, 'utf8');
  const paste = join(mkdtempSync(join(tmpdir(), 'gpt-quote-')), 'quote.log');
  writeFileSync(paste, quoteAccessTop(text, /^Write at /, 2));
  const findings = await triageLog(paste, `${fixture}/src`, undefined, 'example.com/lazy-scheme');
  expect(findings.map((f) => [f.culprit, f.culpritReason])).toEqual([
    [
      null,
      "a runtime.Scheme is written while tests read it (runtime.(*Scheme).AddKnownTypeWithName: a lazy registration, such as a fake client's for unstructured objects), and the write's stack shows no repository frame to name the call: give each test its own scheme (`fake.NewClientBuilder().WithScheme(runtime.NewScheme())`, registered before use) or register every type once before the tests run",
    ],
  ]);
});
