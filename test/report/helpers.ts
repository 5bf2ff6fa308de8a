// Hand-built model objects for renderer tests (frames as printed in the scenario fixtures).
import { locateFault } from '../../src/locate/index.js';
import type { Fault, Frame, Goroutine, RaceAccess } from '../../src/model.js';

export const MOD = 'example.com/triage-fixtures';
export const DIR = '/home/runner/work/triage-fixtures/triage-fixtures';
export const GOROOT = '/usr/lib/go-1.19/src';

export const frame = (func: string, file: string, line: number, inlined?: boolean): Frame => ({
  func,
  file,
  line,
  ...(inlined && { inlined }),
});

export const goroutine = (id: number, frames: Frame[], createdBy?: Frame): Goroutine => ({
  id,
  state: 'running',
  frames,
  count: 1,
  ...(createdBy && { createdBy }),
});

/** subtest-panic.log's fault, located with the fixture module path. */
export function subtestPanicFault(index = 4): Fault {
  const fault: Fault = {
    kind: 'panic',
    headline: `panic: runtime error: index out of range [${index}] with length 3 [recovered]`,
    panicChain: [
      `panic: runtime error: index out of range [${index}] with length 3 [recovered]`,
      `panic: runtime error: index out of range [${index}] with length 3`,
    ],
    test: 'TestSyncJob/too_few_pods',
    package: `${MOD}/pkg/controller/job`,
    crashing: goroutine(
      9,
      [
        frame('testing.tRunner.func1.2', `${GOROOT}/testing/testing.go`, 1396),
        frame('testing.tRunner.func1', `${GOROOT}/testing/testing.go`, 1399),
        frame('panic', `${GOROOT}/runtime/panic.go`, 884),
        frame(
          `${MOD}/pkg/controller/job.lastReadyPod`,
          `${DIR}/pkg/controller/job/job_controller.go`,
          29,
          true,
        ),
        frame(`${MOD}/pkg/controller/job.SyncJob`, `${DIR}/pkg/controller/job/job_controller.go`, 35, true),
        frame(
          `${MOD}/pkg/controller/job.TestSyncJob.func1`,
          `${DIR}/pkg/controller/job/job_controller_test.go`,
          33,
        ),
        frame('testing.tRunner', `${GOROOT}/testing/testing.go`, 1446),
      ],
      frame('testing.(*T).Run', `${GOROOT}/testing/testing.go`, 1493),
    ),
    others: [],
    span: { start: 3, end: 22 },
  };
  locateFault(fault, { modulePath: MOD });
  return fault;
}

function access(
  op: RaceAccess['op'],
  previous: boolean,
  id: number,
  frames: Frame[],
  created: Frame[],
): RaceAccess {
  return { op, previous, address: '0x00c00007a2d0', goroutineId: id, frames, createdAt: created };
}

/** The first report of scheme-race-test.log, located. `line` varies the written line (52 or 53). */
export function schemeRaceFault(line = 52, address = '0x00c00007a2d0'): Fault {
  const storage = `${MOD}/pkg/registry/core/service/storage`;
  const created = [
    frame('testing.(*T).Run', `${GOROOT}/testing/testing.go`, 1493),
    frame(`${storage}.TestServiceStrategy`, `${DIR}/pkg/registry/core/service/storage/storage_test.go`, 36),
    frame('testing.tRunner', `${GOROOT}/testing/testing.go`, 1446),
  ];
  const fault: Fault = {
    kind: 'data-race',
    headline: 'WARNING: DATA RACE',
    test: 'TestServiceStrategy',
    others: [],
    accesses: [
      {
        ...access(
          'write',
          false,
          9,
          [
            frame('runtime.mapassign', `${GOROOT}/runtime/map.go`, 578),
            frame(`${MOD}/pkg/runtime.(*Scheme).AddKnownTypes`, `${DIR}/pkg/runtime/scheme.go`, line),
            frame(`${storage}.Install`, `${DIR}/pkg/registry/core/service/storage/install.go`, 12),
            frame(
              `${storage}.TestServiceStrategy.func1`,
              `${DIR}/pkg/registry/core/service/storage/storage_test.go`,
              39,
            ),
            frame('testing.tRunner', `${GOROOT}/testing/testing.go`, 1446),
          ],
          created,
        ),
        address,
      },
      {
        ...access(
          'read',
          true,
          8,
          [
            frame('runtime.mapaccess2', `${GOROOT}/runtime/map.go`, 456),
            frame(`${MOD}/pkg/runtime.(*Scheme).New`, `${DIR}/pkg/runtime/scheme.go`, 60),
            frame(`${storage}.NewService`, `${DIR}/pkg/registry/core/service/storage/install.go`, 17),
            frame(
              `${storage}.TestServiceStrategy.func1`,
              `${DIR}/pkg/registry/core/service/storage/storage_test.go`,
              43,
            ),
            frame('testing.tRunner', `${GOROOT}/testing/testing.go`, 1446),
          ],
          created,
        ),
        address,
      },
    ],
    span: { start: 1, end: 40 },
  };
  locateFault(fault, { modulePath: MOD });
  return fault;
}
