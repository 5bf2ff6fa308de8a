import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/args.js';
import { run } from '../../src/cli/run.js';
import { fakeIo } from './io.js';

const LOGS = join(import.meta.dirname, '../fixtures/scenarios/logs');
const SRC = join(import.meta.dirname, '../fixtures/scenarios/src');
const MODULE = 'example.com/triage-fixtures';

const SUBTEST_PANIC_TEXT = `go-panic-triage: 1 finding (1 crash) in 1225 bytes, 24 lines

1. Index out of range in TestSyncJob/too_few_pods at job_controller.go:29
   log:      panic: runtime error: index out of range [4] with length 3
             [recovered]
   crashed:  pkg/controller/job/job_controller.go:29  job.lastReadyPod
   stack:    pkg/controller/job/job_controller.go:35  job.SyncJob
             pkg/controller/job/job_controller_test.go:33  job.TestSyncJob.func1
             + 4 library frames
   id:       5e1ea15c8f44  (silence it: ignore: [{id: "5e1ea15c8f44"}])
`;

describe('run: reading input', () => {
  it('reads FILE and exits 1 when it finds crashes', async () => {
    const io = fakeIo();
    expect(await run([join(LOGS, 'subtest-panic.log'), '--module', MODULE], io)).toBe(1);
    expect(io.out()).toBe(SUBTEST_PANIC_TEXT);
    expect(io.err()).toBe('');
  });

  it('accepts the analyze subcommand', async () => {
    const io = fakeIo();
    expect(await run(['analyze', join(LOGS, 'subtest-panic.log'), '--module', MODULE], io)).toBe(1);
    expect(io.out()).toBe(SUBTEST_PANIC_TEXT);
  });

  it('reads piped stdin without FILE, and with -', async () => {
    const log = readFileSync(join(LOGS, 'subtest-panic.log'), 'utf8');
    for (const argv of [
      ['--module', MODULE],
      ['-', '--module', MODULE],
    ]) {
      const io = fakeIo({ stdin: log });
      expect(await run(argv, io)).toBe(1);
      expect(io.out()).toBe(SUBTEST_PANIC_TEXT);
    }
  });

  it('exits 0 on a passing log', async () => {
    const io = fakeIo();
    expect(await run([join(LOGS, 'passing-sets-v.log')], io)).toBe(0);
    expect(io.out()).toBe('go-panic-triage: no Go crashes (26257 bytes, 514 lines)\n');
  });

  it('learns the module path from go.mod under --source-root', async () => {
    const io = fakeIo();
    expect(await run([join(LOGS, 'deadlock.log'), '--source-root', SRC, '--format', 'json'], io)).toBe(1);
    const doc = JSON.parse(io.out());
    expect(doc.findings.map((f: { crashFrame: unknown }) => f.crashFrame)).toEqual([
      {
        func: 'example.com/triage-fixtures/pkg/controller/nodeipam.(*RangeAllocator).Run',
        file: 'pkg/controller/nodeipam/range_allocator.go',
        line: 41,
      },
    ]);
  });

  it('keeps crash frames as printed without a module path', async () => {
    const io = fakeIo();
    await run([join(LOGS, 'deadlock.log'), '--format', 'json'], io);
    expect(JSON.parse(io.out()).findings[0].crashFrame).toEqual({
      func: 'example.com/triage-fixtures/pkg/controller/nodeipam.(*RangeAllocator).Run',
      file: '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/nodeipam/range_allocator.go',
      line: 41,
    });
  });
});

describe('run: diagnosis with --source-root and --diff', () => {
  const EXAMPLE = join(import.meta.dirname, '../../examples/endpointslice-map-crash');
  // The fix line of the fixture README: the write at controller.go:78 on the object the lister returned at :70.
  const culpritOf = async (extra: string[]) => {
    const io = fakeIo();
    expect(
      await run([join(EXAMPLE, 'crash.log'), '--source-root', EXAMPLE, '--format', 'json', ...extra], io),
    ).toBe(1);
    expect(io.err()).toBe('');
    return JSON.parse(io.out()).findings[0].culprit;
  };

  it('names the write, where the object came from and the fix', async () => {
    const culprit = await culpritOf([]);
    expect(culprit).toMatchObject({
      mutation: { file: 'pkg/controller/endpointslice/controller.go', line: 78, variable: 'service' },
      objectSource: { file: 'pkg/controller/endpointslice/controller.go', line: 70, kind: 'lister' },
      fixKind: 'deepcopy-before-mutate',
    });
    expect(culprit.inDiff).toBeUndefined();
  });

  it('marks the culprit as part of the change when --diff touches the write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpt-diff-'));
    const touching = join(dir, 'touching.patch');
    writeFileSync(
      touching,
      [
        'diff --git a/pkg/controller/endpointslice/controller.go b/pkg/controller/endpointslice/controller.go',
        '--- a/pkg/controller/endpointslice/controller.go',
        '+++ b/pkg/controller/endpointslice/controller.go',
        '@@ -78 +78 @@ func (c *Controller) syncService(key string) error {',
        '-\tservice.Annotations[LastSyncAnnotation] = strconv.Itoa(int(n))',
        '+\tservice.Annotations[LastSyncAnnotation] = strconv.FormatUint(n, 10) // BUG unless copied',
        '',
      ].join('\n'),
    );
    const elsewhere = join(dir, 'elsewhere.patch');
    writeFileSync(
      elsewhere,
      [
        'diff --git a/pkg/klog/klog.go b/pkg/klog/klog.go',
        '--- a/pkg/klog/klog.go',
        '+++ b/pkg/klog/klog.go',
        '@@ -1 +1 @@',
        '-// old comment',
        '+// new comment',
        '',
      ].join('\n'),
    );
    expect((await culpritOf(['--diff', touching])).inDiff).toBe(true);
    expect((await culpritOf(['--diff', elsewhere])).inDiff).toBe(false);
  });
});

describe('run: formats', () => {
  it('prints the JSON contract', async () => {
    const io = fakeIo();
    expect(await run([join(LOGS, 'subtest-panic.log'), '--module', MODULE, '--format', 'json'], io)).toBe(1);
    const doc = JSON.parse(io.out());
    expect(doc.version).toBe(1);
    expect(doc.stats).toEqual({ bytes: 1225, lines: 24, faults: 1, truncated: false });
    expect(doc.findings).toHaveLength(1);
    expect(doc.findings[0]).toMatchObject({
      id: '5e1ea15c8f44',
      kind: 'panic',
      occurrences: 1,
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      test: 'TestSyncJob/too_few_pods',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/job.lastReadyPod',
        file: 'pkg/controller/job/job_controller.go',
        line: 29,
      },
      culprit: null,
    });
  });

  it('prints markdown', async () => {
    const io = fakeIo();
    expect(
      await run([join(LOGS, 'nil-map-assign.log'), '--module', MODULE, '--format', 'markdown'], io),
    ).toBe(1);
    expect(io.out().split('\n').slice(0, 6)).toEqual([
      '### go-panic-triage: 1 finding (1 crash)',
      '',
      '#### 1. Write to a nil map at `controller.go:52`',
      '',
      '- **Log:** `panic: assignment to entry in nil map`',
      '- **Crashed** at `pkg/controller/nodelifecycle/controller.go:52` in `nodelifecycle.(*Controller).markNodeForTainting`',
    ]);
  });

  it('colours text only on a TTY, or when FORCE_COLOR says so', async () => {
    const passing = join(LOGS, 'passing-sets-v.log');
    const tty = fakeIo({ tty: true });
    await run([passing], tty);
    expect(tty.out()).toContain('\u001b[32m');
    const noColor = fakeIo({ tty: true, env: { NO_COLOR: '1' } });
    await run([passing], noColor);
    expect(noColor.out()).not.toContain('\u001b[');
    const forced = fakeIo({ env: { FORCE_COLOR: '1' } });
    await run([passing], forced);
    expect(forced.out()).toContain('\u001b[32m');
  });
});

describe('run: errors and flags', () => {
  it.each([
    [['--bogus'], "go-panic-triage: Unknown option '--bogus' (see --help)\n"],
    [
      ['--format', 'xml', 'x.log'],
      "go-panic-triage: unknown format 'xml' (use text, markdown, json, sarif) (see --help)\n",
    ],
    [['a.log', 'b.log'], 'go-panic-triage: expected one FILE, got 2: a.log b.log (see --help)\n'],
    [
      ['--diff', 'd.patch', 'x.log'],
      'go-panic-triage: --diff needs --source-root (the diff is matched against the sources) (see --help)\n',
    ],
    [['--module', ''], 'go-panic-triage: --module needs a value (see --help)\n'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const io = fakeIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err()).toBe(message);
    expect(io.out()).toBe('');
  });

  it('needs FILE when stdin is a terminal', async () => {
    const io = fakeIo();
    expect(await run([], io)).toBe(2);
    expect(io.err()).toBe(
      'go-panic-triage: no log given: pass FILE, or pipe a log into stdin (see --help)\n',
    );
  });

  it('names the file it cannot read', async () => {
    const missing = fakeIo();
    expect(await run(['no/such.log'], missing)).toBe(2);
    expect(missing.err()).toBe("go-panic-triage: cannot read 'no/such.log': no such file\n");
    const directory = fakeIo();
    expect(await run([LOGS], directory)).toBe(2);
    expect(directory.err()).toBe(`go-panic-triage: cannot read '${LOGS}': is a directory\n`);
  });

  it('names a --source-root it cannot use, and warns when it has no go.mod', async () => {
    const missing = fakeIo();
    expect(await run([join(LOGS, 'deadlock.log'), '--source-root', 'no/such/dir'], missing)).toBe(2);
    expect(missing.err()).toBe("go-panic-triage: cannot read 'no/such/dir': no such file\n");
    const file = fakeIo();
    const deadlock = join(LOGS, 'deadlock.log');
    expect(await run([deadlock, '--source-root', deadlock], file)).toBe(2);
    expect(file.err()).toBe(`go-panic-triage: cannot read '${deadlock}': not a directory\n`);
    const noGoMod = fakeIo();
    expect(await run([deadlock, '--source-root', LOGS, '--format', 'json'], noGoMod)).toBe(1);
    expect(noGoMod.err()).toBe(
      `go-panic-triage: warning: no module line in '${LOGS}/go.mod'; pass --module to map frames\n`,
    );
  });

  it('names a --diff file it cannot read', async () => {
    const io = fakeIo();
    const argv = [join(LOGS, 'deadlock.log'), '--source-root', SRC, '--diff', 'no/such.patch'];
    expect(await run(argv, io)).toBe(2);
    expect(io.err()).toBe("go-panic-triage: cannot read 'no/such.patch': no such file\n");
  });

  it('prints help and version', async () => {
    const help = fakeIo();
    expect(await run(['--help'], help)).toBe(0);
    expect(help.out()).toBe(USAGE);
    const version = fakeIo();
    expect(await run(['--version'], version)).toBe(0);
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
    expect(version.out()).toBe(`go-panic-triage ${pkg.version}\n`);
  });
});

describe('run: --config and SARIF', () => {
  const CUSTOM = join(import.meta.dirname, '../fixtures/go-programs/custom-cache');

  function config(text: string): string {
    const path = join(mkdtempSync(join(tmpdir(), 'gpt-config-')), 'go-panic-triage.yml');
    writeFileSync(path, text);
    return path;
  }

  it('applies the config: its shared sources reach the diagnosis', async () => {
    const io = fakeIo();
    const argv = [join(CUSTOM, 'output.log'), '--source-root', CUSTOM, '--format', 'json'];
    expect(await run([...argv, '--config', config('shared-sources:\n  - call: Lookup\n')], io)).toBe(1);
    const [finding] = JSON.parse(io.out()).findings;
    expect(finding.culprit.objectSource).toEqual({
      file: 'controller/labeler.go',
      line: 11,
      code: 'pod := l.Pods.Lookup(name)',
      kind: 'store',
    });
  });

  it('applies the config: ignore rules drop findings, and the exit code follows', async () => {
    const io = fakeIo();
    const argv = [join(LOGS, 'deadlock.log'), '--config', config('ignore:\n  - kind: deadlock\n')];
    expect(await run(argv, io)).toBe(0);
    expect(io.out()).toBe('go-panic-triage: no Go crashes (2876 bytes, 44 lines)\n');
  });

  it('names the key and line of a bad config, with exit code 2', async () => {
    const io = fakeIo();
    const path = config('coment: off\n');
    expect(await run([join(LOGS, 'deadlock.log'), '--config', path], io)).toBe(2);
    expect(io.err()).toBe(
      `go-panic-triage: ${path}: line 1: 'coment' is not a known setting (did you mean 'comment'?)\n`,
    );
  });

  it('prints SARIF 2.1.0', async () => {
    const io = fakeIo();
    expect(await run([join(LOGS, 'nil-map-assign.log'), '--module', MODULE, '--format', 'sarif'], io)).toBe(
      1,
    );
    const sarif = JSON.parse(io.out());
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['nil-map-write']);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'pkg/controller/nodelifecycle/controller.go', uriBaseId: '%SRCROOT%' },
      region: { startLine: 52 },
    });
  });
});

describe('run: from a module root', () => {
  it('uses the go.mod in the working directory as module and source root when no flag names them', async () => {
    const io = fakeIo({ cwd: SRC });
    expect(await run([join(LOGS, 'cache-mutation-iter-json.log'), '--format', 'json'], io)).toBe(1);
    const [finding] = JSON.parse(io.out()).findings;
    expect(finding.crashFrame.file).toBe('pkg/controller/servicestatus/reporter.go');
    expect(finding.culprit.mutation).toEqual({
      file: 'pkg/controller/endpointslice/controller.go',
      line: 78,
      code: 'service.Annotations[LastSyncAnnotation] = strconv.FormatUint(n, 10) // BUG unless copied',
      variable: 'service',
    });
  });

  // A program that is all `main` (go run . in its module): no frame tells where the module was built;
  // the module root holds main.go, so the crash frame is that file (JSON `file` is repo-relative).
  it.each(['output-go1.19.log', 'output-go1.23.log'])(
    'blames the main package of a module with no other package (%s)',
    async (log) => {
      const dir = join(import.meta.dirname, '../fixtures/go-programs/nested-panic');
      const io = fakeIo({ cwd: dir });
      expect(await run([join(dir, log), '--format', 'json'], io)).toBe(1);
      const [finding] = JSON.parse(io.out()).findings;
      expect(finding.crashFrame).toEqual({
        func: 'main.register',
        file: 'main.go',
        line: 10,
      });
      expect(finding.frames.map((f: { kind: string }) => f.kind)).toEqual([
        'repo',
        'runtime',
        'repo',
        'repo',
      ]);
    },
  );

  it('stays as it was without a go.mod there', async () => {
    const io = fakeIo({ cwd: LOGS });
    expect(await run([join(LOGS, 'cache-mutation-iter-json.log'), '--format', 'json'], io)).toBe(1);
    const [finding] = JSON.parse(io.out()).findings;
    expect(finding.culprit).toBeNull();
  });
});
