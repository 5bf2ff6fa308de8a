// Expected faults per real fixture log, written out literally. Derived from each folder's facts.json
// (signatures, crashing goroutine, goroutines listed, race parties, `--- FAIL` lines, running tests) and
// the README's attribution rules (`race detected` lines name the test of the races before them); the
// crashing goroutine's first frame and frame count were counted in the logs by a separate small Python
// script (not by this parser), then checked by hand. -json rows use the concatenated Output fields.
// Accesses: [op, previous, goroutine, first module frame func, file, line].
// createdAt: [goroutine, state, creating func, line].

export interface ExpectedFault {
  kind: string;
  headline: string;
  test?: string;
  package?: string;
  panicChain?: string[];
  signal?: string;
  runningTests?: { name: string; duration: string }[];
  crashing?: { id: number; state: string; first: [string, string, number]; frames: number };
  /** Goroutines in the dump: the crashing one plus every bucketed one. */
  goroutines?: number;
  accesses?: [string, boolean, number, string | null, string | null, number | null][];
  createdAt?: [number, string, string, number][];
}

export const EXPECTED: Record<string, ExpectedFault[]> = {
  'logs/cache-mutation-iter-json-deepcopy-fixed.log': [],
  'logs/cache-mutation-iter-json-race-deepcopy-fixed.log': [],
  'logs/cache-mutation-iter-json-race-exit66.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'read',
          false,
          9,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          8,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [9, 'running', 'main.main', 61],
        [8, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'read',
          false,
          9,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          8,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [9, 'running', 'main.main', 61],
        [8, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
  ],
  'logs/cache-mutation-iter-json-race-halt.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
      ],
      createdAt: [
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
        [8, 'running', 'main.main', 61],
      ],
    },
  ],
  'logs/cache-mutation-iter-json-race-then-fatal.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [8, 'running', 'main.main', 61],
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [8, 'running', 'main.main', 61],
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      crashing: {
        id: 20,
        state: 'running',
        first: ['reflect.mapiternext', '/usr/lib/go-1.19/src/runtime/map.go', 1380],
        frames: 11,
      },
      goroutines: 4,
    },
  ],
  'logs/cache-mutation-iter-json-trimpath.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      crashing: {
        id: 7,
        state: 'running',
        first: ['reflect.mapiternext', 'runtime/map.go', 1380],
        frames: 11,
      },
      goroutines: 4,
    },
  ],
  'logs/cache-mutation-iter-json.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      crashing: {
        id: 19,
        state: 'running',
        first: ['reflect.mapiterinit', '/usr/lib/go-1.19/src/runtime/map.go', 1375],
        frames: 11,
      },
      goroutines: 4,
    },
  ],
  'logs/cache-mutation-iter-range.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      crashing: {
        id: 7,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/controller/servicestatus.annotationDigest',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          58,
        ],
        frames: 3,
      },
      goroutines: 4,
    },
  ],
  'logs/cache-mutation-read-write-deepcopy-fixed.log': [],
  'logs/cache-mutation-read-write.log': [
    {
      kind: 'concurrent-map-read-write',
      headline: 'fatal error: concurrent map read and map write',
      crashing: {
        id: 19,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/controller/topologycache.(*TopologyCache).hintsEnabled',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/topologycache/topologycache.go',
          44,
        ],
        frames: 2,
      },
      goroutines: 4,
    },
  ],
  'logs/cache-mutation-write-write-gotraceback-system.log': [
    {
      kind: 'concurrent-map-writes',
      headline: 'fatal error: concurrent map writes',
      crashing: {
        id: 17,
        state: 'running',
        first: ['runtime.fatal', '/usr/lib/go-1.19/src/runtime/panic.go', 1066],
        frames: 7,
      },
      goroutines: 9,
    },
  ],
  'logs/cache-mutation-write-write.log': [
    {
      kind: 'concurrent-map-writes',
      headline: 'fatal error: concurrent map writes',
      crashing: {
        id: 5,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
        frames: 3,
      },
      goroutines: 5,
    },
  ],
  'logs/deadlock.log': [
    {
      kind: 'deadlock',
      headline: 'fatal error: all goroutines are asleep - deadlock!',
      crashing: {
        id: 1,
        state: 'semacquire',
        first: ['sync.runtime_Semacquire', '/usr/lib/go-1.19/src/runtime/sema.go', 62],
        frames: 4,
      },
      goroutines: 3,
    },
  ],
  'logs/endpointslice-race-test-v.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestSyncServiceWithStatusReporter',
      package: 'example.com/triage-fixtures/pkg/controller/endpointslice',
      accesses: [
        [
          'write',
          false,
          10,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
        [
          'read',
          true,
          9,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
      ],
      createdAt: [
        [10, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.runWithReporter', 31],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestSyncServiceWithStatusReporter',
      package: 'example.com/triage-fixtures/pkg/controller/endpointslice',
      accesses: [
        [
          'read',
          false,
          9,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          10,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.runWithReporter', 31],
        [10, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
  ],
  'logs/endpointslice-race-test.json': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestSyncServiceWithStatusReporter',
      package: 'example.com/triage-fixtures/pkg/controller/endpointslice',
      accesses: [
        [
          'read',
          false,
          9,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          10,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.runWithReporter', 31],
        [10, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestSyncServiceWithStatusReporter',
      package: 'example.com/triage-fixtures/pkg/controller/endpointslice',
      accesses: [
        [
          'read',
          false,
          9,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          10,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.runWithReporter', 31],
        [10, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
  ],
  'logs/nil-map-assign.log': [
    {
      kind: 'nil-map-write',
      headline: 'panic: assignment to entry in nil map',
      panicChain: ['panic: assignment to entry in nil map'],
      crashing: {
        id: 18,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/controller/nodelifecycle.(*Controller).markNodeForTainting',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/nodelifecycle/controller.go',
          52,
        ],
        frames: 3,
      },
      goroutines: 1,
    },
  ],
  'logs/nil-pointer-sigsegv-gotraceback-all.log': [
    {
      kind: 'nil-deref',
      headline: 'panic: runtime error: invalid memory address or nil pointer dereference',
      panicChain: ['panic: runtime error: invalid memory address or nil pointer dereference'],
      signal: '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x491a80]',
      crashing: {
        id: 7,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/proxy/iptables.(*Proxier).writeAffinityRule',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/proxy/iptables/proxier.go',
          68,
        ],
        frames: 3,
      },
      goroutines: 3,
    },
  ],
  'logs/nil-pointer-sigsegv-gotraceback-system.log': [
    {
      kind: 'nil-deref',
      headline: 'panic: runtime error: invalid memory address or nil pointer dereference',
      panicChain: ['panic: runtime error: invalid memory address or nil pointer dereference'],
      signal: '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x491a80]',
      crashing: {
        id: 7,
        state: 'running',
        first: ['panic', '/usr/lib/go-1.19/src/runtime/panic.go', 987],
        frames: 8,
      },
      goroutines: 7,
    },
  ],
  'logs/nil-pointer-sigsegv.log': [
    {
      kind: 'nil-deref',
      headline: 'panic: runtime error: invalid memory address or nil pointer dereference',
      panicChain: ['panic: runtime error: invalid memory address or nil pointer dereference'],
      signal: '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x491a80]',
      crashing: {
        id: 7,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/proxy/iptables.(*Proxier).writeAffinityRule',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/proxy/iptables/proxier.go',
          68,
        ],
        frames: 3,
      },
      goroutines: 1,
    },
  ],
  'logs/passing-sets-v-count20.log': [],
  'logs/passing-sets-v.log': [],
  'logs/scheme-race-test-trimpath.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          'example.com/triage-fixtures/pkg/runtime/scheme.go',
          52,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).New',
          'example.com/triage-fixtures/pkg/runtime/scheme.go',
          60,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1493],
        [8, 'running', 'testing.(*T).Run', 1493],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          'example.com/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          'example.com/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1493],
        [8, 'running', 'testing.(*T).Run', 1493],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          'example.com/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          'example.com/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1493],
        [8, 'running', 'testing.(*T).Run', 1493],
      ],
    },
  ],
  'logs/scheme-race-test-v.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=LoadBalancer',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).New',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          60,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          52,
        ],
      ],
      createdAt: [
        [8, 'running', 'testing.(*T).Run', 1493],
        [9, 'running', 'testing.(*T).Run', 1493],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=LoadBalancer',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
      ],
      createdAt: [
        [8, 'running', 'testing.(*T).Run', 1493],
        [9, 'running', 'testing.(*T).Run', 1493],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=LoadBalancer',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
      ],
      createdAt: [
        [8, 'running', 'testing.(*T).Run', 1493],
        [9, 'running', 'testing.(*T).Run', 1493],
      ],
    },
  ],
  'logs/scheme-race-test.json': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).New',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          60,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          52,
        ],
      ],
      createdAt: [
        [8, 'running', 'testing.(*T).Run', 1493],
        [9, 'running', 'testing.(*T).Run', 1493],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
      ],
      createdAt: [
        [8, 'running', 'testing.(*T).Run', 1493],
        [9, 'running', 'testing.(*T).Run', 1493],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
      ],
      createdAt: [
        [8, 'running', 'testing.(*T).Run', 1493],
        [9, 'running', 'testing.(*T).Run', 1493],
      ],
    },
  ],
  'logs/scheme-race-test.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          52,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).New',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          60,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1493],
        [8, 'running', 'testing.(*T).Run', 1493],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1493],
        [8, 'running', 'testing.(*T).Run', 1493],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1493],
        [8, 'running', 'testing.(*T).Run', 1493],
      ],
    },
  ],
  'logs/send-on-closed-channel-handlecrash.log': [
    {
      kind: 'closed-channel',
      headline: 'panic: send on closed channel [recovered]',
      panicChain: ['panic: send on closed channel [recovered]', 'panic: send on closed channel'],
      crashing: {
        id: 6,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/util/runtime.HandleCrash',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/util/runtime/runtime.go',
          19,
        ],
        frames: 4,
      },
      goroutines: 1,
    },
  ],
  'logs/send-on-closed-channel.log': [
    {
      kind: 'closed-channel',
      headline: 'panic: send on closed channel',
      panicChain: ['panic: send on closed channel'],
      crashing: {
        id: 6,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/watch.(*Broadcaster).Action',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/watch/mux.go',
          35,
        ],
        frames: 2,
      },
      goroutines: 1,
    },
  ],
  'logs/subtest-panic-trimpath.log': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      panicChain: [
        'panic: runtime error: index out of range [4] with length 3 [recovered]',
        'panic: runtime error: index out of range [4] with length 3',
      ],
      test: 'TestSyncJob/too_few_pods',
      package: 'example.com/triage-fixtures/pkg/controller/job',
      crashing: {
        id: 21,
        state: 'running',
        first: ['testing.tRunner.func1.2', 'testing/testing.go', 1396],
        frames: 7,
      },
      goroutines: 1,
    },
  ],
  'logs/subtest-panic-v.log': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      panicChain: [
        'panic: runtime error: index out of range [4] with length 3 [recovered]',
        'panic: runtime error: index out of range [4] with length 3',
      ],
      test: 'TestSyncJob/too_few_pods',
      package: 'example.com/triage-fixtures/pkg/controller/job',
      crashing: {
        id: 9,
        state: 'running',
        first: ['testing.tRunner.func1.2', '/usr/lib/go-1.19/src/testing/testing.go', 1396],
        frames: 7,
      },
      goroutines: 1,
    },
  ],
  'logs/subtest-panic.json': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      panicChain: [
        'panic: runtime error: index out of range [4] with length 3 [recovered]',
        'panic: runtime error: index out of range [4] with length 3',
      ],
      test: 'TestSyncJob/too_few_pods',
      package: 'example.com/triage-fixtures/pkg/controller/job',
      crashing: {
        id: 21,
        state: 'running',
        first: ['testing.tRunner.func1.2', '/usr/lib/go-1.19/src/testing/testing.go', 1396],
        frames: 7,
      },
      goroutines: 1,
    },
  ],
  'logs/subtest-panic.log': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      panicChain: [
        'panic: runtime error: index out of range [4] with length 3 [recovered]',
        'panic: runtime error: index out of range [4] with length 3',
      ],
      test: 'TestSyncJob/too_few_pods',
      package: 'example.com/triage-fixtures/pkg/controller/job',
      crashing: {
        id: 9,
        state: 'running',
        first: ['testing.tRunner.func1.2', '/usr/lib/go-1.19/src/testing/testing.go', 1396],
        frames: 7,
      },
      goroutines: 1,
    },
  ],
  'logs/test-timeout-v.log': [
    {
      kind: 'test-timeout',
      headline: 'panic: test timed out after 2s',
      panicChain: ['panic: test timed out after 2s'],
      test: 'TestGarbageCollectorSync',
      package: 'example.com/triage-fixtures/pkg/controller/garbagecollector',
      crashing: {
        id: 21,
        state: 'running',
        first: ['testing.(*M).startAlarm.func1', '/usr/lib/go-1.19/src/testing/testing.go', 2036],
        frames: 1,
      },
      goroutines: 5,
    },
  ],
  'logs/test-timeout.json': [
    {
      kind: 'test-timeout',
      headline: 'panic: test timed out after 2s',
      panicChain: ['panic: test timed out after 2s'],
      test: 'TestGarbageCollectorSync',
      package: 'example.com/triage-fixtures/pkg/controller/garbagecollector',
      crashing: {
        id: 21,
        state: 'running',
        first: ['testing.(*M).startAlarm.func1', '/usr/lib/go-1.19/src/testing/testing.go', 2036],
        frames: 1,
      },
      goroutines: 5,
    },
  ],
  'logs/test-timeout.log': [
    {
      kind: 'test-timeout',
      headline: 'panic: test timed out after 2s',
      panicChain: ['panic: test timed out after 2s'],
      package: 'example.com/triage-fixtures/pkg/controller/garbagecollector',
      crashing: {
        id: 5,
        state: 'running',
        first: ['testing.(*M).startAlarm.func1', '/usr/lib/go-1.19/src/testing/testing.go', 2036],
        frames: 1,
      },
      goroutines: 5,
    },
  ],
  'logs-go1.23/cache-mutation-iter-json-deepcopy-fixed.log': [],
  'logs-go1.23/cache-mutation-iter-json-race-deepcopy-fixed.log': [],
  'logs-go1.23/cache-mutation-iter-json-race-exit66.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [8, 'running', 'main.main', 61],
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [8, 'running', 'main.main', 61],
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [8, 'running', 'main.main', 61],
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
  ],
  'logs-go1.23/cache-mutation-iter-json-race-halt.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [8, 'running', 'main.main', 61],
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
  ],
  'logs-go1.23/cache-mutation-iter-json-race-then-fatal.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [8, 'running', 'main.main', 61],
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [8, 'running', 'main.main', 61],
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
      ],
      createdAt: [
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
        [8, 'running', 'main.main', 61],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
      ],
      createdAt: [
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
        [8, 'running', 'main.main', 61],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
      ],
      createdAt: [
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
        [8, 'running', 'main.main', 61],
      ],
    },
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      crashing: {
        id: 20,
        state: 'running',
        first: ['reflect.mapiternext', '/usr/lib/go-1.23/src/runtime/map.go', 1537],
        frames: 11,
      },
      goroutines: 4,
    },
  ],
  'logs-go1.23/cache-mutation-iter-json-trimpath.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      crashing: {
        id: 19,
        state: 'running',
        first: ['reflect.mapiternext', 'runtime/map.go', 1537],
        frames: 11,
      },
      goroutines: 4,
    },
  ],
  'logs-go1.23/cache-mutation-iter-json.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      crashing: {
        id: 7,
        state: 'running',
        first: ['reflect.mapiternext', '/usr/lib/go-1.23/src/runtime/map.go', 1537],
        frames: 11,
      },
      goroutines: 4,
    },
  ],
  'logs-go1.23/cache-mutation-iter-range.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      crashing: {
        id: 19,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/controller/servicestatus.annotationDigest',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          58,
        ],
        frames: 3,
      },
      goroutines: 4,
    },
  ],
  'logs-go1.23/cache-mutation-read-write-deepcopy-fixed.log': [],
  'logs-go1.23/cache-mutation-read-write.log': [
    {
      kind: 'concurrent-map-read-write',
      headline: 'fatal error: concurrent map read and map write',
      crashing: {
        id: 19,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/controller/topologycache.(*TopologyCache).hintsEnabled',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/topologycache/topologycache.go',
          44,
        ],
        frames: 2,
      },
      goroutines: 4,
    },
  ],
  'logs-go1.23/cache-mutation-write-write-gotraceback-system.log': [
    {
      kind: 'concurrent-map-writes',
      headline: 'fatal error: concurrent map writes',
      crashing: {
        id: 20,
        state: 'running',
        first: ['runtime.fatal', '/usr/lib/go-1.23/src/runtime/panic.go', 1088],
        frames: 6,
      },
      goroutines: 9,
    },
  ],
  'logs-go1.23/cache-mutation-write-write.log': [
    {
      kind: 'concurrent-map-writes',
      headline: 'fatal error: concurrent map writes',
      crashing: {
        id: 5,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
        frames: 3,
      },
      goroutines: 5,
    },
  ],
  'logs-go1.23/deadlock.log': [
    {
      kind: 'deadlock',
      headline: 'fatal error: all goroutines are asleep - deadlock!',
      crashing: {
        id: 1,
        state: 'semacquire',
        first: ['sync.runtime_Semacquire', '/usr/lib/go-1.23/src/runtime/sema.go', 71],
        frames: 4,
      },
      goroutines: 3,
    },
  ],
  'logs-go1.23/endpointslice-race-test-v.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestSyncServiceWithStatusReporter',
      package: 'example.com/triage-fixtures/pkg/controller/endpointslice',
      accesses: [
        [
          'read',
          false,
          9,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          10,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.runWithReporter', 31],
        [10, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestSyncServiceWithStatusReporter',
      package: 'example.com/triage-fixtures/pkg/controller/endpointslice',
      accesses: [
        [
          'read',
          false,
          9,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          10,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.runWithReporter', 31],
        [10, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
  ],
  'logs-go1.23/endpointslice-race-test.json': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestSyncServiceWithStatusReporter',
      package: 'example.com/triage-fixtures/pkg/controller/endpointslice',
      accesses: [
        [
          'read',
          false,
          9,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          10,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.runWithReporter', 31],
        [10, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestSyncServiceWithStatusReporter',
      package: 'example.com/triage-fixtures/pkg/controller/endpointslice',
      accesses: [
        [
          'read',
          false,
          9,
          'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/servicestatus/reporter.go',
          44,
        ],
        [
          'write',
          true,
          10,
          'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go',
          78,
        ],
      ],
      createdAt: [
        [9, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.runWithReporter', 31],
        [10, 'running', 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run', 46],
      ],
    },
  ],
  'logs-go1.23/nil-map-assign.log': [
    {
      kind: 'nil-map-write',
      headline: 'panic: assignment to entry in nil map',
      panicChain: ['panic: assignment to entry in nil map'],
      crashing: {
        id: 6,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/controller/nodelifecycle.(*Controller).markNodeForTainting',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/nodelifecycle/controller.go',
          52,
        ],
        frames: 3,
      },
      goroutines: 1,
    },
  ],
  'logs-go1.23/nil-pointer-sigsegv-gotraceback-all.log': [
    {
      kind: 'nil-deref',
      headline: 'panic: runtime error: invalid memory address or nil pointer dereference',
      panicChain: ['panic: runtime error: invalid memory address or nil pointer dereference'],
      signal: '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x49f8cd]',
      crashing: {
        id: 7,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/proxy/iptables.(*Proxier).writeAffinityRule',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/proxy/iptables/proxier.go',
          68,
        ],
        frames: 3,
      },
      goroutines: 3,
    },
  ],
  'logs-go1.23/nil-pointer-sigsegv-gotraceback-system.log': [
    {
      kind: 'nil-deref',
      headline: 'panic: runtime error: invalid memory address or nil pointer dereference',
      panicChain: ['panic: runtime error: invalid memory address or nil pointer dereference'],
      signal: '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x49f8cd]',
      crashing: {
        id: 19,
        state: 'running',
        first: ['panic', '/usr/lib/go-1.23/src/runtime/panic.go', 804],
        frames: 8,
      },
      goroutines: 7,
    },
  ],
  'logs-go1.23/nil-pointer-sigsegv.log': [
    {
      kind: 'nil-deref',
      headline: 'panic: runtime error: invalid memory address or nil pointer dereference',
      panicChain: ['panic: runtime error: invalid memory address or nil pointer dereference'],
      signal: '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x49f8cd]',
      crashing: {
        id: 18,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/proxy/iptables.(*Proxier).writeAffinityRule',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/proxy/iptables/proxier.go',
          68,
        ],
        frames: 3,
      },
      goroutines: 1,
    },
  ],
  'logs-go1.23/passing-sets-v-count20.log': [],
  'logs-go1.23/passing-sets-v.log': [],
  'logs-go1.23/scheme-race-test-trimpath.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=LoadBalancer',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).New',
          'example.com/triage-fixtures/pkg/runtime/scheme.go',
          60,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          'example.com/triage-fixtures/pkg/runtime/scheme.go',
          52,
        ],
      ],
      createdAt: [
        [8, 'running', 'testing.(*T).Run', 1743],
        [9, 'running', 'testing.(*T).Run', 1743],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=LoadBalancer',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          'example.com/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          'example.com/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
      ],
      createdAt: [
        [8, 'running', 'testing.(*T).Run', 1743],
        [9, 'running', 'testing.(*T).Run', 1743],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=LoadBalancer',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'read',
          false,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          'example.com/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
        [
          'write',
          true,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          'example.com/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
      ],
      createdAt: [
        [8, 'running', 'testing.(*T).Run', 1743],
        [9, 'running', 'testing.(*T).Run', 1743],
      ],
    },
  ],
  'logs-go1.23/scheme-race-test-v.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          52,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).New',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          60,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1743],
        [8, 'running', 'testing.(*T).Run', 1743],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1743],
        [8, 'running', 'testing.(*T).Run', 1743],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1743],
        [8, 'running', 'testing.(*T).Run', 1743],
      ],
    },
  ],
  'logs-go1.23/scheme-race-test.json': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          52,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).New',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          60,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1743],
        [8, 'running', 'testing.(*T).Run', 1743],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1743],
        [8, 'running', 'testing.(*T).Run', 1743],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1743],
        [8, 'running', 'testing.(*T).Run', 1743],
      ],
    },
  ],
  'logs-go1.23/scheme-race-test.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          52,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).New',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          60,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1743],
        [8, 'running', 'testing.(*T).Run', 1743],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1743],
        [8, 'running', 'testing.(*T).Run', 1743],
      ],
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      test: 'TestServiceStrategy/type=ClusterIP',
      package: 'example.com/triage-fixtures/pkg/registry/core/service/storage',
      accesses: [
        [
          'write',
          false,
          9,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          53,
        ],
        [
          'read',
          true,
          8,
          'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/runtime/scheme.go',
          68,
        ],
      ],
      createdAt: [
        [9, 'running', 'testing.(*T).Run', 1743],
        [8, 'running', 'testing.(*T).Run', 1743],
      ],
    },
  ],
  'logs-go1.23/send-on-closed-channel-handlecrash.log': [
    {
      kind: 'closed-channel',
      headline: 'panic: send on closed channel [recovered]',
      panicChain: ['panic: send on closed channel [recovered]', 'panic: send on closed channel'],
      crashing: {
        id: 6,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/util/runtime.HandleCrash',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/util/runtime/runtime.go',
          19,
        ],
        frames: 4,
      },
      goroutines: 1,
    },
  ],
  'logs-go1.23/send-on-closed-channel.log': [
    {
      kind: 'closed-channel',
      headline: 'panic: send on closed channel',
      panicChain: ['panic: send on closed channel'],
      crashing: {
        id: 6,
        state: 'running',
        first: [
          'example.com/triage-fixtures/pkg/watch.(*Broadcaster).Action',
          '/home/runner/work/triage-fixtures/triage-fixtures/pkg/watch/mux.go',
          35,
        ],
        frames: 2,
      },
      goroutines: 1,
    },
  ],
  'logs-go1.23/subtest-panic-trimpath.log': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      panicChain: [
        'panic: runtime error: index out of range [4] with length 3 [recovered]',
        'panic: runtime error: index out of range [4] with length 3',
      ],
      test: 'TestSyncJob/too_few_pods',
      package: 'example.com/triage-fixtures/pkg/controller/job',
      crashing: {
        id: 21,
        state: 'running',
        first: ['testing.tRunner.func1.2', 'testing/testing.go', 1632],
        frames: 7,
      },
      goroutines: 1,
    },
  ],
  'logs-go1.23/subtest-panic-v.log': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      panicChain: [
        'panic: runtime error: index out of range [4] with length 3 [recovered]',
        'panic: runtime error: index out of range [4] with length 3',
      ],
      test: 'TestSyncJob/too_few_pods',
      package: 'example.com/triage-fixtures/pkg/controller/job',
      crashing: {
        id: 9,
        state: 'running',
        first: ['testing.tRunner.func1.2', '/usr/lib/go-1.23/src/testing/testing.go', 1632],
        frames: 7,
      },
      goroutines: 1,
    },
  ],
  'logs-go1.23/subtest-panic.json': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      panicChain: [
        'panic: runtime error: index out of range [4] with length 3 [recovered]',
        'panic: runtime error: index out of range [4] with length 3',
      ],
      test: 'TestSyncJob/too_few_pods',
      package: 'example.com/triage-fixtures/pkg/controller/job',
      crashing: {
        id: 21,
        state: 'running',
        first: ['testing.tRunner.func1.2', '/usr/lib/go-1.23/src/testing/testing.go', 1632],
        frames: 7,
      },
      goroutines: 1,
    },
  ],
  'logs-go1.23/subtest-panic.log': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      panicChain: [
        'panic: runtime error: index out of range [4] with length 3 [recovered]',
        'panic: runtime error: index out of range [4] with length 3',
      ],
      test: 'TestSyncJob/too_few_pods',
      package: 'example.com/triage-fixtures/pkg/controller/job',
      crashing: {
        id: 21,
        state: 'running',
        first: ['testing.tRunner.func1.2', '/usr/lib/go-1.23/src/testing/testing.go', 1632],
        frames: 7,
      },
      goroutines: 1,
    },
  ],
  'logs-go1.23/test-timeout-v.log': [
    {
      kind: 'test-timeout',
      headline: 'panic: test timed out after 2s',
      panicChain: ['panic: test timed out after 2s'],
      runningTests: [
        {
          name: 'TestGarbageCollectorSync',
          duration: '2s',
        },
      ],
      test: 'TestGarbageCollectorSync',
      package: 'example.com/triage-fixtures/pkg/controller/garbagecollector',
      crashing: {
        id: 5,
        state: 'running',
        first: ['testing.(*M).startAlarm.func1', '/usr/lib/go-1.23/src/testing/testing.go', 2373],
        frames: 1,
      },
      goroutines: 5,
    },
  ],
  'logs-go1.23/test-timeout.json': [
    {
      kind: 'test-timeout',
      headline: 'panic: test timed out after 2s',
      panicChain: ['panic: test timed out after 2s'],
      runningTests: [
        {
          name: 'TestGarbageCollectorSync',
          duration: '2s',
        },
      ],
      test: 'TestGarbageCollectorSync',
      package: 'example.com/triage-fixtures/pkg/controller/garbagecollector',
      crashing: {
        id: 17,
        state: 'running',
        first: ['testing.(*M).startAlarm.func1', '/usr/lib/go-1.23/src/testing/testing.go', 2373],
        frames: 1,
      },
      goroutines: 5,
    },
  ],
  'logs-go1.23/test-timeout.log': [
    {
      kind: 'test-timeout',
      headline: 'panic: test timed out after 2s',
      panicChain: ['panic: test timed out after 2s'],
      runningTests: [
        {
          name: 'TestGarbageCollectorSync',
          duration: '2s',
        },
      ],
      test: 'TestGarbageCollectorSync',
      package: 'example.com/triage-fixtures/pkg/controller/garbagecollector',
      crashing: {
        id: 5,
        state: 'running',
        first: ['testing.(*M).startAlarm.func1', '/usr/lib/go-1.23/src/testing/testing.go', 2373],
        frames: 1,
      },
      goroutines: 5,
    },
  ],
};
