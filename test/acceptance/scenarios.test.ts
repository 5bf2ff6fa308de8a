// Acceptance: every real log of the scenario fixtures, through the whole pipeline (parse → locate → group),
// against the facts recorded in test/fixtures/scenarios/logs{,-go1.23}/facts.json and README.md.
//
// How expected values were chosen (and what the tool reports):
// - headline: the first line that names the crash, as printed. For a recovered + re-raised panic that is the
//   outer line with ` [recovered]` (the full chain is in the finding's `panicChain`).
// - crashFrame: facts.json's "first module frame" of the crashing goroutine; for races that of the first access
//   printed; for a test timeout the top module frame of the goroutine running the test (not the testing alarm).
// - occurrences: race reports whose accesses have the same module frames are one finding (facts list each report).
// - test: the deepest `--- FAIL` test; for timeouts the test named by `=== RUN`, the -json Test field or Go 1.20's
//   `running tests:` list (Go 1.19's plain log names none: null). The Scheme races involve both parallel subtests
//   and the log does not say which one a report belongs to, so either is accepted.
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../../src/model.js';
import { triage } from '../../src/triage.js';

const SCENARIOS = join(import.meta.dirname, '../fixtures/scenarios');
const MODULE = 'example.com/triage-fixtures';
const EITHER_SUBTEST = expect.stringMatching(/^TestServiceStrategy\/type=(ClusterIP|LoadBalancer)$/);

interface Expected {
  kind: FaultKind;
  headline: string;
  occurrences: number;
  test: string | null;
  crashFrame: { func: string; file: string; line: number };
}

const GO_1_19: Record<string, Expected[]> = {
  'cache-mutation-iter-json-deepcopy-fixed.log': [],
  'cache-mutation-iter-json-race-deepcopy-fixed.log': [],
  'cache-mutation-iter-json-race-exit66.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
  ],
  'cache-mutation-iter-json-race-halt.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
        file: 'pkg/controller/endpointslice/controller.go',
        line: 78,
      },
    },
  ],
  'cache-mutation-iter-json-race-then-fatal.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
  ],
  'cache-mutation-iter-json-trimpath.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
  ],
  'cache-mutation-iter-json.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
  ],
  'cache-mutation-iter-range.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.annotationDigest',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 58,
      },
    },
  ],
  'cache-mutation-read-write-deepcopy-fixed.log': [],
  'cache-mutation-read-write.log': [
    {
      kind: 'concurrent-map-read-write',
      headline: 'fatal error: concurrent map read and map write',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/topologycache.(*TopologyCache).hintsEnabled',
        file: 'pkg/controller/topologycache/topologycache.go',
        line: 44,
      },
    },
  ],
  'cache-mutation-write-write-gotraceback-system.log': [
    {
      kind: 'concurrent-map-writes',
      headline: 'fatal error: concurrent map writes',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
        file: 'pkg/controller/endpointslice/controller.go',
        line: 78,
      },
    },
  ],
  'cache-mutation-write-write.log': [
    {
      kind: 'concurrent-map-writes',
      headline: 'fatal error: concurrent map writes',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
        file: 'pkg/controller/endpointslice/controller.go',
        line: 78,
      },
    },
  ],
  'deadlock.log': [
    {
      kind: 'deadlock',
      headline: 'fatal error: all goroutines are asleep - deadlock!',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/nodeipam.(*RangeAllocator).Run',
        file: 'pkg/controller/nodeipam/range_allocator.go',
        line: 41,
      },
    },
  ],
  // The same writer/reader pair, reported once write-first and once read-first: one race.
  'endpointslice-race-test-v.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: 'TestSyncServiceWithStatusReporter',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
        file: 'pkg/controller/endpointslice/controller.go',
        line: 78,
      },
    },
  ],
  'endpointslice-race-test.json': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: 'TestSyncServiceWithStatusReporter',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
  ],
  'nil-map-assign.log': [
    {
      kind: 'nil-map-write',
      headline: 'panic: assignment to entry in nil map',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/nodelifecycle.(*Controller).markNodeForTainting',
        file: 'pkg/controller/nodelifecycle/controller.go',
        line: 52,
      },
    },
  ],
  'nil-pointer-sigsegv-gotraceback-all.log': [
    {
      kind: 'nil-deref',
      headline: 'panic: runtime error: invalid memory address or nil pointer dereference',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/proxy/iptables.(*Proxier).writeAffinityRule',
        file: 'pkg/proxy/iptables/proxier.go',
        line: 68,
      },
    },
  ],
  'nil-pointer-sigsegv-gotraceback-system.log': [
    {
      kind: 'nil-deref',
      headline: 'panic: runtime error: invalid memory address or nil pointer dereference',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/proxy/iptables.(*Proxier).writeAffinityRule',
        file: 'pkg/proxy/iptables/proxier.go',
        line: 68,
      },
    },
  ],
  'nil-pointer-sigsegv.log': [
    {
      kind: 'nil-deref',
      headline: 'panic: runtime error: invalid memory address or nil pointer dereference',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/proxy/iptables.(*Proxier).writeAffinityRule',
        file: 'pkg/proxy/iptables/proxier.go',
        line: 68,
      },
    },
  ],
  'passing-sets-v-count20.log': [],
  'passing-sets-v.log': [],
  'scheme-race-test-trimpath.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
        file: 'pkg/runtime/scheme.go',
        line: 53,
      },
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 1,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
        file: 'pkg/runtime/scheme.go',
        line: 52,
      },
    },
  ],
  'scheme-race-test-v.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
        file: 'pkg/runtime/scheme.go',
        line: 68,
      },
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 1,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).New',
        file: 'pkg/runtime/scheme.go',
        line: 60,
      },
    },
  ],
  'scheme-race-test.json': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
        file: 'pkg/runtime/scheme.go',
        line: 68,
      },
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 1,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).New',
        file: 'pkg/runtime/scheme.go',
        line: 60,
      },
    },
  ],
  'scheme-race-test.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
        file: 'pkg/runtime/scheme.go',
        line: 53,
      },
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 1,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
        file: 'pkg/runtime/scheme.go',
        line: 52,
      },
    },
  ],
  'send-on-closed-channel-handlecrash.log': [
    {
      kind: 'closed-channel',
      headline: 'panic: send on closed channel [recovered]',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/watch.(*Broadcaster).Action',
        file: 'pkg/watch/mux.go',
        line: 35,
      },
    },
  ],
  'send-on-closed-channel.log': [
    {
      kind: 'closed-channel',
      headline: 'panic: send on closed channel',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/watch.(*Broadcaster).Action',
        file: 'pkg/watch/mux.go',
        line: 35,
      },
    },
  ],
  'subtest-panic-trimpath.log': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      occurrences: 1,
      test: 'TestSyncJob/too_few_pods',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/job.lastReadyPod',
        file: 'pkg/controller/job/job_controller.go',
        line: 29,
      },
    },
  ],
  'subtest-panic-v.log': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      occurrences: 1,
      test: 'TestSyncJob/too_few_pods',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/job.lastReadyPod',
        file: 'pkg/controller/job/job_controller.go',
        line: 29,
      },
    },
  ],
  'subtest-panic.json': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      occurrences: 1,
      test: 'TestSyncJob/too_few_pods',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/job.lastReadyPod',
        file: 'pkg/controller/job/job_controller.go',
        line: 29,
      },
    },
  ],
  'subtest-panic.log': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      occurrences: 1,
      test: 'TestSyncJob/too_few_pods',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/job.lastReadyPod',
        file: 'pkg/controller/job/job_controller.go',
        line: 29,
      },
    },
  ],
  'test-timeout-v.log': [
    {
      kind: 'test-timeout',
      headline: 'panic: test timed out after 2s',
      occurrences: 1,
      test: 'TestGarbageCollectorSync',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/garbagecollector.TestGarbageCollectorSync',
        file: 'pkg/controller/garbagecollector/garbagecollector_test.go',
        line: 23,
      },
    },
  ],
  'test-timeout.json': [
    {
      kind: 'test-timeout',
      headline: 'panic: test timed out after 2s',
      occurrences: 1,
      test: 'TestGarbageCollectorSync',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/garbagecollector.TestGarbageCollectorSync',
        file: 'pkg/controller/garbagecollector/garbagecollector_test.go',
        line: 23,
      },
    },
  ],
  'test-timeout.log': [
    {
      kind: 'test-timeout',
      headline: 'panic: test timed out after 2s',
      occurrences: 1,
      test: 'TestGarbageCollectorSync', // named from the stack: Go 1.19 without -v prints no === RUN
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/garbagecollector.TestGarbageCollectorSync',
        file: 'pkg/controller/garbagecollector/garbagecollector_test.go',
        line: 23,
      },
    },
  ],
};

const GO_1_23: Record<string, Expected[]> = {
  'cache-mutation-iter-json-deepcopy-fixed.log': [],
  'cache-mutation-iter-json-race-deepcopy-fixed.log': [],
  'cache-mutation-iter-json-race-exit66.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 3,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
  ],
  'cache-mutation-iter-json-race-halt.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
  ],
  // Five reports of one writer/reader pair, in both orders: one race.
  'cache-mutation-iter-json-race-then-fatal.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 5,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
  ],
  'cache-mutation-iter-json-trimpath.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
  ],
  'cache-mutation-iter-json.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
  ],
  'cache-mutation-iter-range.log': [
    {
      kind: 'concurrent-map-iteration-write',
      headline: 'fatal error: concurrent map iteration and map write',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.annotationDigest',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 58,
      },
    },
  ],
  'cache-mutation-read-write-deepcopy-fixed.log': [],
  'cache-mutation-read-write.log': [
    {
      kind: 'concurrent-map-read-write',
      headline: 'fatal error: concurrent map read and map write',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/topologycache.(*TopologyCache).hintsEnabled',
        file: 'pkg/controller/topologycache/topologycache.go',
        line: 44,
      },
    },
  ],
  'cache-mutation-write-write-gotraceback-system.log': [
    {
      kind: 'concurrent-map-writes',
      headline: 'fatal error: concurrent map writes',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicelb.(*Controller).syncLoadBalancer',
        file: 'pkg/controller/servicelb/controller.go',
        line: 58,
      },
    },
  ],
  'cache-mutation-write-write.log': [
    {
      kind: 'concurrent-map-writes',
      headline: 'fatal error: concurrent map writes',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
        file: 'pkg/controller/endpointslice/controller.go',
        line: 78,
      },
    },
  ],
  'deadlock.log': [
    {
      kind: 'deadlock',
      headline: 'fatal error: all goroutines are asleep - deadlock!',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/nodeipam.(*RangeAllocator).Run',
        file: 'pkg/controller/nodeipam/range_allocator.go',
        line: 41,
      },
    },
  ],
  'endpointslice-race-test-v.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: 'TestSyncServiceWithStatusReporter',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
  ],
  'endpointslice-race-test.json': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: 'TestSyncServiceWithStatusReporter',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
        file: 'pkg/controller/servicestatus/reporter.go',
        line: 44,
      },
    },
  ],
  'nil-map-assign.log': [
    {
      kind: 'nil-map-write',
      headline: 'panic: assignment to entry in nil map',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/nodelifecycle.(*Controller).markNodeForTainting',
        file: 'pkg/controller/nodelifecycle/controller.go',
        line: 52,
      },
    },
  ],
  'nil-pointer-sigsegv-gotraceback-all.log': [
    {
      kind: 'nil-deref',
      headline: 'panic: runtime error: invalid memory address or nil pointer dereference',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/proxy/iptables.(*Proxier).writeAffinityRule',
        file: 'pkg/proxy/iptables/proxier.go',
        line: 68,
      },
    },
  ],
  'nil-pointer-sigsegv-gotraceback-system.log': [
    {
      kind: 'nil-deref',
      headline: 'panic: runtime error: invalid memory address or nil pointer dereference',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/proxy/iptables.(*Proxier).writeAffinityRule',
        file: 'pkg/proxy/iptables/proxier.go',
        line: 68,
      },
    },
  ],
  'nil-pointer-sigsegv.log': [
    {
      kind: 'nil-deref',
      headline: 'panic: runtime error: invalid memory address or nil pointer dereference',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/proxy/iptables.(*Proxier).writeAffinityRule',
        file: 'pkg/proxy/iptables/proxier.go',
        line: 68,
      },
    },
  ],
  'passing-sets-v-count20.log': [],
  'passing-sets-v.log': [],
  'scheme-race-test-trimpath.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).ObjectKinds',
        file: 'pkg/runtime/scheme.go',
        line: 68,
      },
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 1,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).New',
        file: 'pkg/runtime/scheme.go',
        line: 60,
      },
    },
  ],
  'scheme-race-test-v.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
        file: 'pkg/runtime/scheme.go',
        line: 53,
      },
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 1,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
        file: 'pkg/runtime/scheme.go',
        line: 52,
      },
    },
  ],
  'scheme-race-test.json': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
        file: 'pkg/runtime/scheme.go',
        line: 53,
      },
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 1,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
        file: 'pkg/runtime/scheme.go',
        line: 52,
      },
    },
  ],
  'scheme-race-test.log': [
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 2,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
        file: 'pkg/runtime/scheme.go',
        line: 53,
      },
    },
    {
      kind: 'data-race',
      headline: 'WARNING: DATA RACE',
      occurrences: 1,
      test: EITHER_SUBTEST,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/runtime.(*Scheme).AddKnownTypes',
        file: 'pkg/runtime/scheme.go',
        line: 52,
      },
    },
  ],
  'send-on-closed-channel-handlecrash.log': [
    {
      kind: 'closed-channel',
      headline: 'panic: send on closed channel [recovered]',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/watch.(*Broadcaster).Action',
        file: 'pkg/watch/mux.go',
        line: 35,
      },
    },
  ],
  'send-on-closed-channel.log': [
    {
      kind: 'closed-channel',
      headline: 'panic: send on closed channel',
      occurrences: 1,
      test: null,
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/watch.(*Broadcaster).Action',
        file: 'pkg/watch/mux.go',
        line: 35,
      },
    },
  ],
  'subtest-panic-trimpath.log': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      occurrences: 1,
      test: 'TestSyncJob/too_few_pods',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/job.lastReadyPod',
        file: 'pkg/controller/job/job_controller.go',
        line: 29,
      },
    },
  ],
  'subtest-panic-v.log': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      occurrences: 1,
      test: 'TestSyncJob/too_few_pods',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/job.lastReadyPod',
        file: 'pkg/controller/job/job_controller.go',
        line: 29,
      },
    },
  ],
  'subtest-panic.json': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      occurrences: 1,
      test: 'TestSyncJob/too_few_pods',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/job.lastReadyPod',
        file: 'pkg/controller/job/job_controller.go',
        line: 29,
      },
    },
  ],
  'subtest-panic.log': [
    {
      kind: 'panic',
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      occurrences: 1,
      test: 'TestSyncJob/too_few_pods',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/job.lastReadyPod',
        file: 'pkg/controller/job/job_controller.go',
        line: 29,
      },
    },
  ],
  'test-timeout-v.log': [
    {
      kind: 'test-timeout',
      headline: 'panic: test timed out after 2s',
      occurrences: 1,
      test: 'TestGarbageCollectorSync',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/garbagecollector.TestGarbageCollectorSync',
        file: 'pkg/controller/garbagecollector/garbagecollector_test.go',
        line: 23,
      },
    },
  ],
  'test-timeout.json': [
    {
      kind: 'test-timeout',
      headline: 'panic: test timed out after 2s',
      occurrences: 1,
      test: 'TestGarbageCollectorSync',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/garbagecollector.TestGarbageCollectorSync',
        file: 'pkg/controller/garbagecollector/garbagecollector_test.go',
        line: 23,
      },
    },
  ],
  'test-timeout.log': [
    {
      kind: 'test-timeout',
      headline: 'panic: test timed out after 2s',
      occurrences: 1,
      test: 'TestGarbageCollectorSync',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/garbagecollector.TestGarbageCollectorSync',
        file: 'pkg/controller/garbagecollector/garbagecollector_test.go',
        line: 23,
      },
    },
  ],
};

async function findingsOf(path: string, modulePath?: string) {
  const report = await triage(createReadStream(path), modulePath ? { modulePath } : {});
  return report.findings.map((f) => ({
    kind: f.kind,
    headline: f.headline,
    occurrences: f.occurrences,
    test: f.test,
    crashFrame: f.crashFrame && {
      func: f.crashFrame.func,
      file: f.crashFrame.repoPath ?? f.crashFrame.file,
      line: f.crashFrame.line,
    },
  }));
}

for (const [folder, table] of [
  ['logs', GO_1_19],
  ['logs-go1.23', GO_1_23],
] as const) {
  describe(`scenario logs (${folder})`, () => {
    const dir = join(SCENARIOS, folder);
    const logs = readdirSync(dir).filter((name) => /\.(log|json)$/.test(name) && name !== 'facts.json');

    it('has an expectation for every log in the folder', () => {
      expect(logs.sort()).toEqual(Object.keys(table).sort());
    });

    for (const [name, expected] of Object.entries(table)) {
      it(name, async () => {
        expect(await findingsOf(join(dir, name), MODULE)).toEqual(expected);
      });
    }
  });
}

describe('without a module path', () => {
  it('blames the first frame outside runtime, stdlib and dependencies, as printed', async () => {
    const findings = await findingsOf(join(SCENARIOS, 'logs/subtest-panic.log'));
    expect(findings.map((f) => f.crashFrame)).toEqual([
      {
        func: 'example.com/triage-fixtures/pkg/controller/job.lastReadyPod',
        file: '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/job/job_controller.go',
        line: 29,
      },
    ]);
  });
});
