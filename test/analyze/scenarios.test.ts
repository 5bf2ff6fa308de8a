// Acceptance: every scenario log the READMEs give a culprit for, through the whole pipeline, against the
// real sources. Expected facts are quoted from test/fixtures/scenarios/logs{,-go1.23}/README.md.
import { describe, expect, it } from 'vitest';
import { scenarios, summarize, triageLog } from './run-triage.js';

const src = `${scenarios}/src`;
const endpointslice =
  'pkg/controller/endpointslice/controller.go:78 service <- pkg/controller/endpointslice/controller.go:70 lister => deepcopy-before-mutate';
const servicelb =
  'pkg/controller/servicelb/controller.go:58 svc <- pkg/controller/servicelb/controller.go:53 lister => deepcopy-before-mutate';
const schemeWrite = (line: number) =>
  `pkg/runtime/scheme.go:${line} legacyscheme.Scheme <- pkg/registry/core/service/storage/storage_test.go:39 package-variable => per-test-scheme`;
const nilMap =
  'pkg/controller/nodelifecycle/controller.go:52 node <- pkg/controller/nodelifecycle/controller.go:43 other => other';
// Faulting reads (not writes): the README's "line that writes it" is the faulting line.
const nilDeref = 'pkg/proxy/iptables/proxier.go:68 svc <- pkg/proxy/iptables/proxier.go:58 other => other';
const indexPanic =
  'pkg/controller/job/job_controller.go:29 pods <- pkg/controller/job/job_controller_test.go:33 other => other';

/** Log → the distinct culprits of its findings (every finding must have one). */
const expected: Record<string, string[]> = {
  'cache-mutation-iter-json.log': [endpointslice],
  'cache-mutation-iter-json-trimpath.log': [endpointslice],
  'cache-mutation-iter-range.log': [endpointslice],
  'cache-mutation-read-write.log': [endpointslice],
  'cache-mutation-write-write.log': [endpointslice],
  'cache-mutation-iter-json-race-halt.log': [endpointslice],
  'cache-mutation-iter-json-race-exit66.log': [endpointslice],
  'cache-mutation-iter-json-race-then-fatal.log': [endpointslice],
  'endpointslice-race-test-v.log': [endpointslice],
  'endpointslice-race-test.json': [endpointslice],
  'scheme-race-test.log': [schemeWrite(52), schemeWrite(53)],
  'scheme-race-test-v.log': [schemeWrite(52), schemeWrite(53)],
  'scheme-race-test.json': [schemeWrite(52), schemeWrite(53)],
  'scheme-race-test-trimpath.log': [schemeWrite(52), schemeWrite(53)],
  'nil-map-assign.log': [nilMap],
  'nil-pointer-sigsegv.log': [nilDeref],
  'nil-pointer-sigsegv-gotraceback-all.log': [nilDeref],
  'nil-pointer-sigsegv-gotraceback-system.log': [nilDeref],
  'subtest-panic.log': [indexPanic],
  'subtest-panic-v.log': [indexPanic],
  'subtest-panic.json': [indexPanic],
  'subtest-panic-trimpath.log': [indexPanic],
};

/** Faults that are no write at all: a finding without a culprit, and why. */
const noCulprit = ['send-on-closed-channel.log', 'deadlock.log', 'test-timeout.log'];

// Which writer detects a write-write crash varies per run: the README names it per log.
const writeWriteSystem: Record<string, string> = { logs: endpointslice, 'logs-go1.23': servicelb };

const fixedVariants = [
  'cache-mutation-iter-json-deepcopy-fixed.log',
  'cache-mutation-read-write-deepcopy-fixed.log',
  'cache-mutation-iter-json-race-deepcopy-fixed.log',
];

for (const set of ['logs', 'logs-go1.23'] as const) {
  describe(`scenario culprits (${set})`, () => {
    const cases = {
      ...expected,
      'cache-mutation-write-write-gotraceback-system.log': [writeWriteSystem[set] ?? ''],
    };
    for (const [log, culprits] of Object.entries(cases)) {
      it(log, async () => {
        const findings = await triageLog(`${scenarios}/${set}/${log}`, src);
        expect(findings.length).toBeGreaterThan(0);
        for (const finding of findings) expect(finding.culprit, finding.culpritReason).not.toBeNull();
        const found = [...new Set(findings.map((f) => summarize(f.culprit)))].sort();
        expect(found).toEqual([...culprits].sort());
      });
    }
    for (const log of noCulprit) {
      it(`${log} has no culprit`, async () => {
        const findings = await triageLog(`${scenarios}/${set}/${log}`, src);
        expect(findings.length).toBeGreaterThan(0);
        for (const f of findings)
          expect([f.culprit, f.culpritReason]).toEqual([
            null,
            `a ${f.kind} is not a write to a shared object`,
          ]);
      });
    }
    for (const log of fixedVariants) {
      it(`${log} has no finding`, async () => {
        expect(await triageLog(`${scenarios}/${set}/${log}`, src)).toEqual([]);
      });
    }
  });
}

describe('evidence, fix and confidence', () => {
  it('names the reader, the lister and the inserted copy for a map fault seen from the reader', async () => {
    const [finding] = await triageLog(`${scenarios}/logs/cache-mutation-iter-json.log`, src);
    const culprit = finding?.culprit;
    expect(culprit?.mutation.code).toBe(
      'service.Annotations[LastSyncAnnotation] = strconv.FormatUint(n, 10) // BUG unless copied',
    );
    expect(culprit?.edit).toEqual({
      file: 'pkg/controller/endpointslice/controller.go',
      afterLine: 70,
      insert: ['\tservice = service.DeepCopy()'],
    });
    expect(culprit?.evidence.map((e) => `${e.file}:${e.line} ${e.note}`)).toEqual([
      'pkg/controller/endpointslice/controller.go:70 obtained from the lister here (a pointer into the informer cache)',
      'pkg/controller/endpointslice/controller.go:62 calls syncService, which writes',
      'pkg/controller/endpointslice/controller.go:78 written here (index assignment into service.Annotations)',
      'pkg/controller/servicestatus/reporter.go:44 read concurrently here (json.Marshal of a Service) by the crashing goroutine',
      'cmd/kube-controller-manager/main.go:61 reading goroutine created here (by main.main)',
    ]);
    expect(culprit?.confidence).toBe(0.8);
  });

  it('reports both access sites and both creation sites of a race', async () => {
    const [finding] = await triageLog(`${scenarios}/logs/endpointslice-race-test-v.log`, src);
    const notes = finding?.culprit?.evidence.map((e) => `${e.file}:${e.line} ${e.note}`);
    expect(notes).toContain(
      'pkg/controller/servicestatus/reporter.go:44 read concurrently here (json.Marshal) by the other goroutine',
    );
    expect(notes).toContain(
      'pkg/controller/endpointslice/controller.go:46 writing goroutine created here (in endpointslice.(*Controller).Run)',
    );
    expect(notes).toContain(
      'pkg/controller/endpointslice/controller_test.go:31 reading goroutine created here (in endpointslice.runWithReporter)',
    );
    expect(finding?.culprit?.confidence).toBe(0.9);
  });

  it('follows the scheme through Install to the test that passes the package-level scheme', async () => {
    const findings = await triageLog(`${scenarios}/logs/scheme-race-test.log`, src);
    const finding = findings.find((f) => f.culprit?.mutation.line === 52);
    expect(finding?.culprit?.evidence.map((e) => `${e.file}:${e.line} ${e.note}`).slice(0, 3)).toEqual([
      'pkg/registry/core/service/storage/storage_test.go:39 package-level variable legacyscheme.Scheme used here; passed to Install here',
      'pkg/registry/core/service/storage/install.go:12 AddKnownTypes called on scheme here',
      'pkg/runtime/scheme.go:52 written here (index assignment into s.gvkToType)',
    ]);
  });

  it('names the optional pointers of a nil dereference', async () => {
    const [finding] = await triageLog(`${scenarios}/logs/nil-pointer-sigsegv.log`, src);
    expect(finding?.culprit?.suggestion).toBe(
      '`svc.Spec.SessionAffinityConfig.ClientIP.TimeoutSeconds` dereferences optional pointers that can be nil: check ' +
        '`svc.Spec.SessionAffinityConfig`, `svc.Spec.SessionAffinityConfig.ClientIP`, ' +
        '`svc.Spec.SessionAffinityConfig.ClientIP.TimeoutSeconds` before use and fall back to a default.',
    );
  });

  it('initialises a nil map before the write', async () => {
    const [finding] = await triageLog(`${scenarios}/logs/nil-map-assign.log`, src);
    expect(finding?.culprit?.edit).toEqual({
      file: 'pkg/controller/nodelifecycle/controller.go',
      afterLine: 51,
      insert: ['\tif node.Labels == nil {', '\t\tnode.Labels = map[string]string{}', '\t}'],
    });
  });

  // util.HandleCrash recovers and re-panics: its `panic(r)` line is printed above the faulting frame.
  it('reads the faulting line below a recover-and-re-panic wrapper of the module', async () => {
    const dir = 'test/fixtures/go-programs/repanic-wrapper';
    const [finding] = await triageLog(`${dir}/output.log`, dir, undefined, 'example.com/repanic');
    expect(finding?.crashFrame?.repoPath).toBe('proxy/proxy.go');
    expect(finding?.culprit?.mutation).toEqual({
      file: 'proxy/proxy.go',
      line: 15,
      code: 'return *svc.Affinity.TimeoutSeconds',
      variable: 'svc',
    });
    expect(finding?.culprit?.suggestion).toBe(
      '`svc.Affinity.TimeoutSeconds` dereferences optional pointers that can be nil: check ' +
        '`svc.Affinity`, `svc.Affinity.TimeoutSeconds` before use and fall back to a default.',
    );
  });

  it('finds the nil-map write below a recover-and-re-panic wrapper of the module', async () => {
    const dir = 'test/fixtures/go-programs/repanic-wrapper';
    const [finding] = await triageLog(`${dir}/output-nilmap.log`, dir, undefined, 'example.com/repanic');
    expect(summarize(finding?.culprit ?? null)).toBe('proxy/labels.go:11 ep <- no source => other');
  });

  // Nothing shares `&worker.Job{}`: a nil map is still the write's fault, whoever owns the object.
  it('blames the write into a nil map of an object built on the spot', async () => {
    const dir = 'test/fixtures/go-programs/gopath-workdir';
    const [finding] = await triageLog(`${dir}/output.log`, dir, undefined, 'example.com/app');
    expect(summarize(finding?.culprit ?? null)).toBe('pkg/worker/worker.go:9 j <- no source => other');
    expect(finding?.culprit?.mutation.code).toBe('j.Labels["done"] = "true"');
    expect(finding?.culprit?.edit).toEqual({
      file: 'pkg/worker/worker.go',
      afterLine: 8,
      insert: ['\tif j.Labels == nil {', '\t\tj.Labels = map[string]string{}', '\t}'],
    });
  });
});

describe('without sources', () => {
  it('gives no culprit and says which source is missing', async () => {
    const findings = await triageLog(
      `${scenarios}/logs/cache-mutation-write-write.log`,
      'test/fixtures/does-not-exist',
    );
    expect(findings[0]?.culprit).toBeNull();
    expect(findings[0]?.culpritReason).toMatch(
      /^source for pkg\/controller\/endpointslice\/controller\.go not found/,
    );
  });

  it('gives no culprit for a race whose sources are missing', async () => {
    const findings = await triageLog(
      `${scenarios}/logs/scheme-race-test.log`,
      'test/fixtures/does-not-exist',
    );
    expect(findings.every((f) => f.culprit === null && /not found/.test(f.culpritReason ?? ''))).toBe(true);
  });
});

describe('diff awareness', () => {
  it('marks a write the change touched', async () => {
    const changed = new Map([['pkg/controller/endpointslice/controller.go', new Set([78])]]);
    const [finding] = await triageLog(`${scenarios}/logs/cache-mutation-iter-json.log`, src, changed);
    expect(finding?.culprit?.inDiff).toBe(true);
  });

  it('ranks the writer the change touched first', async () => {
    // The endpointslice writer crashed; the servicelb worker is in the dump. The change added servicelb's write.
    const changed = new Map([['pkg/controller/servicelb/controller.go', new Set([58])]]);
    const [finding] = await triageLog(`${scenarios}/logs/cache-mutation-write-write.log`, src, changed);
    expect(summarize(finding?.culprit ?? null)).toBe(servicelb);
    expect(finding?.culprit?.inDiff).toBe(true);
    expect(finding?.culprit?.evidence.map((e) => `${e.file}:${e.line} ${e.note}`)).toContain(
      'pkg/controller/endpointslice/controller.go:78 the same object is also written here (the crashing goroutine)',
    );
  });

  it('says the write is outside the change when it is', async () => {
    const changed = new Map([['pkg/controller/servicestatus/reporter.go', new Set([44])]]);
    const [finding] = await triageLog(`${scenarios}/logs/cache-mutation-iter-json.log`, src, changed);
    expect(finding?.culprit?.inDiff).toBe(false);
  });
});
