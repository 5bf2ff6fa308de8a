import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePathOf, stdlibPathOf } from '../../src/locate/go-paths.js';
import { locateFault, pickCrashFrame } from '../../src/locate/index.js';
import type { Fault, Frame, Goroutine } from '../../src/model.js';
import { triage } from '../../src/triage.js';

const MOD = 'example.com/triage-fixtures';
const DIR = '/home/runner/work/triage-fixtures/triage-fixtures';
const GOROOT = '/usr/lib/go-1.19/src';

const f = (func: string, file: string, line: number): Frame => ({ func, file, line });
const g = (id: number, state: string, frames: Frame[], createdBy?: Frame): Goroutine => ({
  id,
  state,
  frames,
  count: 1,
  ...(createdBy && { createdBy }),
});
const fault = (kind: Fault['kind'], headline: string, parts: Partial<Fault>): Fault => ({
  kind,
  headline,
  others: [],
  span: { start: 1, end: 1 },
  ...parts,
});
const located = (frame: Frame) => ({ kind: frame.kind, repoPath: frame.repoPath });

// Frames as printed in test/fixtures/scenarios/logs/subtest-panic.log (Go 1.19).
function subtestPanic(): Fault {
  return fault('panic', 'panic: runtime error: index out of range [4] with length 3 [recovered]', {
    crashing: g(
      9,
      'running',
      [
        f('testing.tRunner.func1.2', `${GOROOT}/testing/testing.go`, 1396),
        f('testing.tRunner.func1', `${GOROOT}/testing/testing.go`, 1399),
        f('panic', `${GOROOT}/runtime/panic.go`, 884),
        f(`${MOD}/pkg/controller/job.lastReadyPod`, `${DIR}/pkg/controller/job/job_controller.go`, 29),
        f(`${MOD}/pkg/controller/job.SyncJob`, `${DIR}/pkg/controller/job/job_controller.go`, 35),
        f(
          `${MOD}/pkg/controller/job.TestSyncJob.func1`,
          `${DIR}/pkg/controller/job/job_controller_test.go`,
          33,
        ),
        f('testing.tRunner', `${GOROOT}/testing/testing.go`, 1446),
      ],
      f('testing.(*T).Run', `${GOROOT}/testing/testing.go`, 1493),
    ),
  });
}

describe('packagePathOf', () => {
  it.each([
    [`${MOD}/pkg/controller/job.TestSyncJob.func1`, `${MOD}/pkg/controller/job`],
    [`${MOD}/pkg/runtime.(*Scheme).AddKnownTypes`, `${MOD}/pkg/runtime`],
    ['main.main.func1', 'main'],
    ['panic', ''],
    ['testing.(*M).startAlarm.func1', 'testing'],
    [`${MOD}/pkg/sets.Map[...].Keys`, `${MOD}/pkg/sets`],
    [`${MOD}/pkg/sets.Map[go.shape.string,example.com/x/y.T].Keys`, `${MOD}/pkg/sets`],
  ])('%s → %s', (func, pkg) => expect(packagePathOf(func)).toBe(pkg));
});

describe('stdlibPathOf', () => {
  it.each([
    ['/usr/lib/go-1.19/src/runtime/map.go', 'runtime/map.go'],
    ['/usr/local/go/src/testing/testing.go', 'testing/testing.go'],
    ['/opt/hostedtoolcache/go/1.22.1/x64/src/sync/mutex.go', 'sync/mutex.go'],
    [
      '/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.22.1.linux-amd64/src/net/http/server.go',
      'net/http/server.go',
    ],
    ['GOROOT/src/encoding/json/encode.go', 'encoding/json/encode.go'],
    ['/home/u/sdk/go1.21.0/src/time/sleep.go', 'time/sleep.go'],
    ['testing/testing.go', 'testing/testing.go'],
    ['runtime/map.go', 'runtime/map.go'],
    ['/go/src/example.com/m/pkg/x.go', null],
    [`${MOD}/pkg/controller/job/job_controller.go`, null],
    [`${DIR}/pkg/controller/job/job_controller.go`, null],
    ['C:/work/m/pkg/x.go', null],
  ])('%s → %s', (file, rel) => expect(stdlibPathOf(file)).toBe(rel));
});

describe('locateFault', () => {
  it('classifies every frame of a subtest panic and maps module frames to repo paths', () => {
    const fa = subtestPanic();
    locateFault(fa, { modulePath: MOD });
    expect(fa.crashing?.frames.map(located)).toEqual([
      { kind: 'stdlib', repoPath: undefined },
      { kind: 'stdlib', repoPath: undefined },
      { kind: 'runtime', repoPath: undefined },
      { kind: 'repo', repoPath: 'pkg/controller/job/job_controller.go' },
      { kind: 'repo', repoPath: 'pkg/controller/job/job_controller.go' },
      { kind: 'repo', repoPath: 'pkg/controller/job/job_controller_test.go' },
      { kind: 'stdlib', repoPath: undefined },
    ]);
    expect(located(fa.crashing?.createdBy as Frame)).toEqual({ kind: 'stdlib', repoPath: undefined });
  });

  it('treats runtime-implemented helpers in GOROOT/src/runtime as runtime', () => {
    const fa = fault(
      'concurrent-map-iteration-write',
      'fatal error: concurrent map iteration and map write',
      {
        crashing: g(20, 'running', [
          f('reflect.mapiternext', `${GOROOT}/runtime/map.go`, 1380),
          f('sync.runtime_Semacquire', `${GOROOT}/runtime/sema.go`, 62),
          f('reflect.(*MapIter).Next', `${GOROOT}/reflect/value.go`, 1846),
          f('runtime/debug.Stack', `${GOROOT}/runtime/debug/stack.go`, 24),
          f('internal/runtime/maps.fatal', '/usr/lib/go-1.24/src/internal/runtime/maps/runtime.go', 1),
        ]),
      },
    );
    locateFault(fa, { modulePath: MOD });
    expect(fa.crashing?.frames.map((x) => x.kind)).toEqual([
      'runtime',
      'runtime',
      'stdlib',
      'stdlib',
      'runtime',
    ]);
  });

  it('maps -trimpath, GOPATH, x_test, vendor and module-cache frames', () => {
    const frames = [
      f(`${MOD}/pkg/controller/job.lastReadyPod`, `${MOD}/pkg/controller/job/job_controller.go`, 29),
      f('main.main', `${MOD}/cmd/kube-proxy/main.go`, 20),
      f(`${MOD}/pkg/util/sets.Foo`, `/go/src/${MOD}/pkg/util/sets/string.go`, 7),
      f(`${MOD}/pkg/util/sets_test.TestX`, `${DIR}/pkg/util/sets/string_test.go`, 9),
      f('github.com/x/y.Do', '/home/u/go/pkg/mod/github.com/x/y@v1.2.3/do.go', 3),
      f('github.com/x/y.Do', `${DIR}/vendor/github.com/x/y/do.go`, 3),
      f('github.com/x/y.Do', 'github.com/x/y@v1.2.3/do.go', 3),
      f('runtime.goexit', 'runtime/asm_amd64.s', 1571),
      f('testing.tRunner', 'testing/testing.go', 1446),
    ];
    const fa = fault('panic', 'panic: boom', { crashing: g(1, 'running', frames) });
    locateFault(fa, { modulePath: MOD });
    expect(frames.map(located)).toEqual([
      { kind: 'repo', repoPath: 'pkg/controller/job/job_controller.go' },
      { kind: 'repo', repoPath: 'cmd/kube-proxy/main.go' },
      { kind: 'repo', repoPath: 'pkg/util/sets/string.go' },
      { kind: 'repo', repoPath: 'pkg/util/sets/string_test.go' },
      { kind: 'dependency', repoPath: undefined },
      { kind: 'dependency', repoPath: undefined },
      { kind: 'dependency', repoPath: undefined },
      { kind: 'runtime', repoPath: undefined },
      { kind: 'stdlib', repoPath: undefined },
    ]);
  });

  it('places main.* frames through the module directory learned from other frames of the fault', () => {
    const main = f('main.main.func1', `${DIR}/cmd/kube-controller-manager/main.go`, 61);
    const elsewhere = f('main.main', '/tmp/other/main.go', 3);
    const fa = fault('panic', 'panic: x', {
      crashing: g(1, 'running', [
        f(
          `${MOD}/pkg/controller/servicestatus.(*Reporter).reportOnce`,
          `${DIR}/pkg/controller/servicestatus/reporter.go`,
          44,
        ),
        main,
        elsewhere,
      ]),
      others: [g(2, 'select', [f('main.main', '_testmain.go', 49)])],
    });
    locateFault(fa, { modulePath: MOD });
    expect(located(main)).toEqual({ kind: 'repo', repoPath: 'cmd/kube-controller-manager/main.go' });
    expect(located(elsewhere)).toEqual({ kind: 'dependency', repoPath: undefined });
    expect(fa.others[0]?.frames[0]?.kind).toBe('stdlib');
  });

  it('locates race accesses and their creation sites', () => {
    const fa = fault('data-race', 'WARNING: DATA RACE', {
      accesses: [
        {
          op: 'write',
          previous: false,
          address: '0x00c00007a2d0',
          goroutineId: 9,
          frames: [
            f('runtime.mapassign', `${GOROOT}/runtime/map.go`, 578),
            f(`${MOD}/pkg/runtime.(*Scheme).AddKnownTypes`, `${DIR}/pkg/runtime/scheme.go`, 52),
          ],
          createdAt: [
            f('testing.(*T).Run', `${GOROOT}/testing/testing.go`, 1493),
            f(
              `${MOD}/pkg/registry/core/service/storage.TestServiceStrategy`,
              `${DIR}/pkg/registry/core/service/storage/storage_test.go`,
              36,
            ),
          ],
        },
      ],
    });
    locateFault(fa, { modulePath: MOD });
    const [access] = fa.accesses ?? [];
    expect(access?.frames.map(located)).toEqual([
      { kind: 'runtime', repoPath: undefined },
      { kind: 'repo', repoPath: 'pkg/runtime/scheme.go' },
    ]);
    expect(access?.createdAt?.map(located)).toEqual([
      { kind: 'stdlib', repoPath: undefined },
      { kind: 'repo', repoPath: 'pkg/registry/core/service/storage/storage_test.go' },
    ]);
  });

  it('marks no frame repo without a module path', () => {
    const fa = subtestPanic();
    locateFault(fa, {});
    expect(fa.crashing?.frames.map((x) => x.kind)).toEqual([
      'stdlib',
      'stdlib',
      'runtime',
      undefined,
      undefined,
      undefined,
      'stdlib',
    ]);
  });
});

describe('pickCrashFrame', () => {
  it('skips testing’s recover + re-panic wrappers: the first repo frame below the last panic', () => {
    const fa = subtestPanic();
    locateFault(fa, { modulePath: MOD });
    expect(pickCrashFrame(fa, { modulePath: MOD })).toMatchObject({
      func: `${MOD}/pkg/controller/job.lastReadyPod`,
      repoPath: 'pkg/controller/job/job_controller.go',
      line: 29,
    });
  });

  it('skips a HandleCrash wrapper that is itself repo code', () => {
    const fa = fault('closed-channel', 'panic: send on closed channel [recovered]', {
      crashing: g(6, 'running', [
        f(`${MOD}/pkg/util/runtime.HandleCrash`, `${DIR}/pkg/util/runtime/runtime.go`, 19),
        f('panic', `${GOROOT}/runtime/panic.go`, 884),
        f(`${MOD}/pkg/watch.(*Broadcaster).Action`, `${DIR}/pkg/watch/mux.go`, 35),
      ]),
    });
    locateFault(fa, { modulePath: MOD });
    expect(pickCrashFrame(fa, { modulePath: MOD })).toMatchObject({ repoPath: 'pkg/watch/mux.go', line: 35 });
  });

  it('falls back to the first frame outside runtime, stdlib and dependencies without a module path', () => {
    const fa = subtestPanic();
    locateFault(fa, {});
    expect(pickCrashFrame(fa, {})).toMatchObject({
      func: `${MOD}/pkg/controller/job.lastReadyPod`,
      line: 29,
    });
    const alarm = fault('panic', 'panic: x', {
      crashing: g(5, 'running', [
        f('runtime.gopark', `${GOROOT}/runtime/proc.go`, 1),
        f('testing.(*M).startAlarm.func1', `${GOROOT}/testing/testing.go`, 2036),
      ]),
    });
    locateFault(alarm, {});
    expect(pickCrashFrame(alarm, {})).toMatchObject({ func: 'testing.(*M).startAlarm.func1' });
  });

  it('returns null when the crash stack has no repo frame', () => {
    const fa = fault('cache-mutation', 'panic: cache *v1.Pod modified', {
      crashing: g(7, 'running', [
        f(
          'k8s.io/client-go/tools/cache.(*defaultCacheMutationDetector).CompareObjects',
          '/go/pkg/mod/k8s.io/client-go@v0.29.0/tools/cache/mutation_detector.go',
          1,
        ),
      ]),
    });
    locateFault(fa, { modulePath: MOD });
    expect(pickCrashFrame(fa, { modulePath: MOD })).toBeNull();
  });

  it('blames the first access of a race', () => {
    const fa = fault('data-race', 'WARNING: DATA RACE', {
      accesses: [
        {
          op: 'read',
          previous: false,
          address: '0x1',
          goroutineId: 8,
          frames: [
            f(
              `${MOD}/pkg/controller/servicestatus.(*Reporter).reportOnce`,
              `${DIR}/pkg/controller/servicestatus/reporter.go`,
              44,
            ),
          ],
        },
        {
          op: 'write',
          previous: true,
          address: '0x1',
          goroutineId: 9,
          frames: [
            f(
              `${MOD}/pkg/controller/endpointslice.(*Controller).syncService`,
              `${DIR}/pkg/controller/endpointslice/controller.go`,
              78,
            ),
          ],
        },
      ],
    });
    locateFault(fa, { modulePath: MOD });
    expect(pickCrashFrame(fa, { modulePath: MOD })).toMatchObject({
      repoPath: 'pkg/controller/servicestatus/reporter.go',
      line: 44,
    });
  });

  // Goroutines of test/fixtures/scenarios/logs/test-timeout.log (Go 1.19: no `running tests:` list).
  function timeout(extra: Partial<Fault> = {}): Fault {
    const gc = `${MOD}/pkg/controller/garbagecollector`;
    return fault('test-timeout', 'panic: test timed out after 2s', {
      crashing: g(5, 'running', [f('testing.(*M).startAlarm.func1', `${GOROOT}/testing/testing.go`, 2036)]),
      others: [
        g(1, 'chan receive', [
          f('testing.(*T).Run', `${GOROOT}/testing/testing.go`, 1494),
          f('testing.runTests.func1', `${GOROOT}/testing/testing.go`, 1846),
          f('testing.tRunner', `${GOROOT}/testing/testing.go`, 1446),
          f('main.main', '_testmain.go', 49),
        ]),
        g(18, 'chan receive', [
          f(
            `${gc}.TestGarbageCollectorSync`,
            `${DIR}/pkg/controller/garbagecollector/garbagecollector_test.go`,
            23,
          ),
          f('testing.tRunner', `${GOROOT}/testing/testing.go`, 1446),
        ]),
        g(19, 'select', [
          f(`${MOD}/pkg/client/cache.WaitForCacheSync`, `${DIR}/pkg/client/cache/store.go`, 70),
          f(
            `${gc}.(*GarbageCollector).Sync`,
            `${DIR}/pkg/controller/garbagecollector/garbagecollector.go`,
            28,
          ),
        ]),
      ],
      ...extra,
    });
  }

  it('blames the goroutine running the timed-out test, not the testing alarm', () => {
    for (const fa of [
      timeout(),
      timeout({ runningTests: [{ name: 'TestGarbageCollectorSync', duration: '2s' }] }),
    ]) {
      locateFault(fa, { modulePath: MOD });
      expect(pickCrashFrame(fa, { modulePath: MOD })).toMatchObject({
        repoPath: 'pkg/controller/garbagecollector/garbagecollector_test.go',
        line: 23,
      });
    }
  });

  it('blames the subtest’s closure, not its parent waiting in t.Run, when a subtest timed out', () => {
    const job = `${MOD}/pkg/controller/job`;
    const fa = fault('test-timeout', 'panic: test timed out after 2s', {
      runningTests: [{ name: 'TestSyncJob/too_few_pods', duration: '2s' }],
      crashing: g(5, 'running', [f('testing.(*M).startAlarm.func1', `${GOROOT}/testing/testing.go`, 2036)]),
      others: [
        g(8, 'chan receive', [
          f('testing.(*T).Run', `${GOROOT}/testing/testing.go`, 1494),
          f(`${job}.TestSyncJob`, `${DIR}/pkg/controller/job/job_controller_test.go`, 31),
          f('testing.tRunner', `${GOROOT}/testing/testing.go`, 1446),
        ]),
        g(9, 'select', [
          f(`${job}.SyncJob`, `${DIR}/pkg/controller/job/job_controller.go`, 35),
          f(`${job}.TestSyncJob.func1`, `${DIR}/pkg/controller/job/job_controller_test.go`, 33),
          f('testing.tRunner', `${GOROOT}/testing/testing.go`, 1446),
        ]),
      ],
    });
    locateFault(fa, { modulePath: MOD });
    expect(pickCrashFrame(fa, { modulePath: MOD })).toMatchObject({
      repoPath: 'pkg/controller/job/job_controller.go',
      line: 35,
    });
  });

  it('blames the first listed goroutine of a deadlock', () => {
    const fa = fault('deadlock', 'fatal error: all goroutines are asleep - deadlock!', {
      others: [
        g(1, 'semacquire', [
          f('sync.runtime_Semacquire', `${GOROOT}/runtime/sema.go`, 62),
          f('sync.(*WaitGroup).Wait', `${GOROOT}/sync/waitgroup.go`, 139),
          f(
            `${MOD}/pkg/controller/nodeipam.(*RangeAllocator).Run`,
            `${DIR}/pkg/controller/nodeipam/range_allocator.go`,
            41,
          ),
          f('main.main', `${DIR}/cmd/cloud-controller-manager/main.go`, 16),
        ]),
        g(18, 'sync.Cond.Wait', [
          f(`${MOD}/pkg/util/workqueue.(*Type).Get`, `${DIR}/pkg/util/workqueue/queue.go`, 55),
        ]),
      ],
    });
    locateFault(fa, { modulePath: MOD });
    expect(pickCrashFrame(fa, { modulePath: MOD })).toMatchObject({
      repoPath: 'pkg/controller/nodeipam/range_allocator.go',
      line: 41,
    });
  });
});

// A module under a directory that ends in `go/src/` (Docker's `WORKDIR /go/src/app`, a GOPATH-era
// checkout): the path looks like a GOROOT, the functions say it is the module's own code.
describe('a module whose directory ends in go/src/', () => {
  const LOG = 'test/fixtures/go-programs/gopath-workdir/output.log';
  async function stack(options: Parameters<typeof triage>[1]) {
    async function* input() {
      yield readFileSync(LOG);
    }
    const [finding] = (await triage(input(), options)).findings;
    return finding;
  }

  it('maps its frames to the repository with the module path', async () => {
    const finding = await stack({ modulePath: 'example.com/app' });
    expect(finding?.crashFrame).toMatchObject({ repoPath: 'pkg/worker/worker.go', line: 9, kind: 'repo' });
    expect(finding?.frames.map(located)).toEqual([
      { kind: 'repo', repoPath: 'pkg/worker/worker.go' },
      { kind: 'repo', repoPath: 'main.go' },
    ]);
  });

  it('does not count them as the standard library without one', async () => {
    const finding = await stack({});
    expect(finding?.frames.map((frame) => frame.kind)).toEqual([undefined, undefined]);
    expect(finding?.crashFrame?.func).toBe('example.com/app/pkg/worker.Process');
  });

  it('trusts a module path without a dot over the GOROOT-like directory', () => {
    const frames = [
      f('app/pkg/worker.Process', '/go/src/app/pkg/worker/worker.go', 9),
      f('fmt.Println', '/usr/local/go/src/fmt/print.go', 314),
    ];
    locateFault(fault('panic', 'panic: boom', { crashing: g(1, 'running', frames) }), { modulePath: 'app' });
    expect(frames.map(located)).toEqual([
      { kind: 'repo', repoPath: 'pkg/worker/worker.go' },
      { kind: 'stdlib', repoPath: undefined },
    ]);
  });
});
