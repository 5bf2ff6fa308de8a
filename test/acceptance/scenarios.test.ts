// Acceptance: every real log of the scenario fixtures, from every Go version captured (logs/ is Go 1.19,
// logs-go1.N/ is Go 1.N), through the whole pipeline with the sources (parse → locate → group → analyze):
// one table over (scenario log × Go version) for kind, headline, crash frame, test and culprit.
//
// What holds on every version is in SCENARIOS below, written from the programs (README.md names the
// lines). What a run decides by scheduling comes from that run's facts.json (scripts/facts.py, a parser
// independent of ours): which side of a race is printed first and so names the crash frame, how many
// reports a race produced, which of two writers detected a write-write crash. The table bounds those
// choices (each must be one of the scenario's known frames), facts.json picks the one of the run.
//
// How expected values were chosen (and what the tool reports):
// - headline: the first line that names the crash, as printed. For a recovered + re-raised panic that is the
//   outer line with ` [recovered]` (Go 1.25+: ` [recovered, repanicked]`; the chain is in `panicChain`).
// - crashFrame: facts.json's "first module frame" of the crashing goroutine; for races that of the first access
//   printed; for a test timeout the top module frame of the goroutine running the test (not the testing alarm).
// - occurrences: race reports whose accesses have the same module frames are one finding (facts list each
//   report; here they are grouped by the first module frames of their accesses).
// - test: the deepest `--- FAIL` test; for timeouts the test named by `=== RUN`, the -json Test field or Go 1.20's
//   `running tests:` list, or its stack. The Scheme races involve both parallel subtests and the log does not
//   say which one a report belongs to, so either is accepted.
// - culprit: the write, where the object came from, and the fix kind (as README.md states them). Since Go 1.26 a
//   fatal map error prints only the goroutine that noticed it (golang/go#68019): for a reader's crash the writer
//   is then found in the repository's code, not in the dump.
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaultKind, Finding } from '../../src/model.js';
import { triage } from '../../src/triage.js';
import { summarize, triageLog } from '../analyze/run-triage.js';

const SCENARIOS = join(import.meta.dirname, '../fixtures/scenarios');
const MODULE = 'example.com/triage-fixtures';
const M = `${MODULE}/pkg`;

interface Frame {
  func: string;
  file: string;
  line: number;
}
const frame = (func: string, file: string, line: number): Frame => ({ func: `${M}/${func}`, file, line });

const F = {
  syncService: frame(
    'controller/endpointslice.(*Controller).syncService',
    'pkg/controller/endpointslice/controller.go',
    78,
  ),
  reportOnce: frame(
    'controller/servicestatus.(*Reporter).reportOnce',
    'pkg/controller/servicestatus/reporter.go',
    44,
  ),
  annotationDigest: frame(
    'controller/servicestatus.annotationDigest',
    'pkg/controller/servicestatus/reporter.go',
    58,
  ),
  hintsEnabled: frame(
    'controller/topologycache.(*TopologyCache).hintsEnabled',
    'pkg/controller/topologycache/topologycache.go',
    44,
  ),
  syncLoadBalancer: frame(
    'controller/servicelb.(*Controller).syncLoadBalancer',
    'pkg/controller/servicelb/controller.go',
    58,
  ),
  addKnownTypes52: frame('runtime.(*Scheme).AddKnownTypes', 'pkg/runtime/scheme.go', 52),
  addKnownTypes53: frame('runtime.(*Scheme).AddKnownTypes', 'pkg/runtime/scheme.go', 53),
  schemeNew: frame('runtime.(*Scheme).New', 'pkg/runtime/scheme.go', 60),
  objectKinds: frame('runtime.(*Scheme).ObjectKinds', 'pkg/runtime/scheme.go', 68),
  markNodeForTainting: frame(
    'controller/nodelifecycle.(*Controller).markNodeForTainting',
    'pkg/controller/nodelifecycle/controller.go',
    52,
  ),
  writeAffinityRule: frame(
    'proxy/iptables.(*Proxier).writeAffinityRule',
    'pkg/proxy/iptables/proxier.go',
    68,
  ),
  broadcasterAction: frame('watch.(*Broadcaster).Action', 'pkg/watch/mux.go', 35),
  rangeAllocatorRun: frame(
    'controller/nodeipam.(*RangeAllocator).Run',
    'pkg/controller/nodeipam/range_allocator.go',
    41,
  ),
  gcSyncTest: frame(
    'controller/garbagecollector.TestGarbageCollectorSync',
    'pkg/controller/garbagecollector/garbagecollector_test.go',
    23,
  ),
  lastReadyPod: frame('controller/job.lastReadyPod', 'pkg/controller/job/job_controller.go', 29),
};

// Culprits as test/analyze/run-triage.ts summarizes them.
const C = {
  endpointslice:
    'pkg/controller/endpointslice/controller.go:78 service <- pkg/controller/endpointslice/controller.go:70 lister => deepcopy-before-mutate',
  servicelb:
    'pkg/controller/servicelb/controller.go:58 svc <- pkg/controller/servicelb/controller.go:53 lister => deepcopy-before-mutate',
  scheme: (line: number) =>
    `pkg/runtime/scheme.go:${line} legacyscheme.Scheme <- pkg/registry/core/service/storage/storage_test.go:39 package-variable => per-test-scheme`,
  nilMap:
    'pkg/controller/nodelifecycle/controller.go:52 node <- pkg/controller/nodelifecycle/controller.go:43 other => other',
  nilDeref: 'pkg/proxy/iptables/proxier.go:68 svc <- pkg/proxy/iptables/proxier.go:58 other => other',
  indexPanic:
    'pkg/controller/job/job_controller.go:29 pods <- pkg/controller/job/job_controller_test.go:33 other => other',
  none: 'no culprit',
};

/** A crash (panic or fatal error) as every version prints it. */
interface Crash {
  kind: FaultKind;
  /** The headline; `{recovered}` stands for the version's re-panic marker. */
  headline: string;
  test: string | null;
  /** The crash frames a run may show, each with the culprit it leads to. */
  frames: [Frame, string][];
}
/** A race as every version reports it. */
interface Race {
  test: string | RegExp | null;
  /** Frames the first printed access of a report may have. */
  frames: Frame[];
  /** The culprit of a race, by the write access's first module frame (`key`). */
  culpritOfWrite: (write: Frame | null) => string;
}
interface Scenario {
  crash?: Crash;
  race?: Race;
}

const endpointsliceRace = (test: string | null): Race => ({
  test,
  frames: [F.syncService, F.reportOnce],
  culpritOfWrite: () => C.endpointslice,
});
const schemeRace: Race = {
  test: /^TestServiceStrategy\/type=(ClusterIP|LoadBalancer)$/,
  frames: [F.addKnownTypes52, F.addKnownTypes53, F.schemeNew, F.objectKinds],
  // AddKnownTypes writes gvkToType (scheme.go:52) and typeToGVK (scheme.go:53)
  culpritOfWrite: (write) => C.scheme(write?.line ?? 0),
};
const iterJson: Crash = {
  kind: 'concurrent-map-iteration-write',
  headline: 'fatal error: concurrent map iteration and map write',
  test: null,
  frames: [[F.reportOnce, C.endpointslice]],
};
const writeWrite: Crash = {
  kind: 'concurrent-map-writes',
  headline: 'fatal error: concurrent map writes',
  test: null,
  // which writer detects the crash varies per run
  frames: [
    [F.syncService, C.endpointslice],
    [F.syncLoadBalancer, C.servicelb],
  ],
};
const nilDeref: Crash = {
  kind: 'nil-deref',
  headline: 'panic: runtime error: invalid memory address or nil pointer dereference',
  test: null,
  frames: [[F.writeAffinityRule, C.nilDeref]],
};
const timeout: Crash = {
  kind: 'test-timeout',
  headline: 'panic: test timed out after 2s',
  test: 'TestGarbageCollectorSync',
  frames: [[F.gcSyncTest, C.none]],
};
const subtestPanic: Crash = {
  kind: 'panic',
  headline: 'panic: runtime error: index out of range [4] with length 3 {recovered}',
  test: 'TestSyncJob/too_few_pods',
  frames: [[F.lastReadyPod, C.indexPanic]],
};

/** Every log of a fixture folder; a log with neither part has no finding. */
const SCENARIO_LOGS: Record<string, Scenario> = {
  'cache-mutation-iter-json-deepcopy-fixed.log': {},
  'cache-mutation-iter-json-race-deepcopy-fixed.log': {},
  'cache-mutation-iter-json-race-exit66.log': { race: endpointsliceRace(null) },
  'cache-mutation-iter-json-race-halt.log': { race: endpointsliceRace(null) },
  'cache-mutation-iter-json-race-then-fatal.log': { race: endpointsliceRace(null), crash: iterJson },
  'cache-mutation-iter-json-trimpath.log': { crash: iterJson },
  'cache-mutation-iter-json.log': { crash: iterJson },
  'cache-mutation-iter-range.log': {
    crash: { ...iterJson, frames: [[F.annotationDigest, C.endpointslice]] },
  },
  'cache-mutation-read-write-deepcopy-fixed.log': {},
  'cache-mutation-read-write.log': {
    crash: {
      kind: 'concurrent-map-read-write',
      headline: 'fatal error: concurrent map read and map write',
      test: null,
      frames: [[F.hintsEnabled, C.endpointslice]],
    },
  },
  'cache-mutation-write-write-gotraceback-system.log': { crash: writeWrite },
  'cache-mutation-write-write.log': { crash: writeWrite },
  'deadlock.log': {
    crash: {
      kind: 'deadlock',
      headline: 'fatal error: all goroutines are asleep - deadlock!',
      test: null,
      frames: [[F.rangeAllocatorRun, C.none]],
    },
  },
  'endpointslice-race-test-v.log': { race: endpointsliceRace('TestSyncServiceWithStatusReporter') },
  'endpointslice-race-test.json': { race: endpointsliceRace('TestSyncServiceWithStatusReporter') },
  'nil-map-assign.log': {
    crash: {
      kind: 'nil-map-write',
      headline: 'panic: assignment to entry in nil map',
      test: null,
      frames: [[F.markNodeForTainting, C.nilMap]],
    },
  },
  'nil-pointer-sigsegv-gotraceback-all.log': { crash: nilDeref },
  'nil-pointer-sigsegv-gotraceback-system.log': { crash: nilDeref },
  'nil-pointer-sigsegv.log': { crash: nilDeref },
  'passing-sets-v-count20.log': {},
  'passing-sets-v.log': {},
  'scheme-race-test-trimpath.log': { race: schemeRace },
  'scheme-race-test-v.log': { race: schemeRace },
  'scheme-race-test.json': { race: schemeRace },
  'scheme-race-test.log': { race: schemeRace },
  'send-on-closed-channel-handlecrash.log': {
    crash: {
      kind: 'closed-channel',
      headline: 'panic: send on closed channel {recovered}',
      test: null,
      frames: [[F.broadcasterAction, C.none]],
    },
  },
  'send-on-closed-channel.log': {
    crash: {
      kind: 'closed-channel',
      headline: 'panic: send on closed channel',
      test: null,
      frames: [[F.broadcasterAction, C.none]],
    },
  },
  'subtest-panic-trimpath.log': { crash: subtestPanic },
  'subtest-panic-v.log': { crash: subtestPanic },
  'subtest-panic.json': { crash: subtestPanic },
  'subtest-panic.log': { crash: subtestPanic },
  'test-timeout-v.log': { crash: timeout },
  'test-timeout.json': { crash: timeout },
  'test-timeout.log': { crash: timeout },
};

/** The fixture folders and the Go minor version each was captured with. */
const FOLDERS = readdirSync(SCENARIOS)
  .map((name) => ({ name, minor: name === 'logs' ? 19 : Number(/^logs-go1\.(\d+)$/.exec(name)?.[1]) }))
  .filter((f) => Number.isInteger(f.minor) && existsSync(join(SCENARIOS, f.name, 'facts.json')))
  .sort((a, b) => a.minor - b.minor);

/** Go 1.25 prints `[recovered, repanicked]` when the same value is panicked again. */
const headlineFor = (headline: string, minor: number) =>
  headline.replace('{recovered}', minor >= 25 ? '[recovered, repanicked]' : '[recovered]');

interface FactsFrame {
  func: string;
  line: number;
  repo_file: string | null;
}
interface LogFacts {
  crash: { signature: string[]; first_module_frame: FactsFrame | null } | null;
  race?: {
    count: number;
    reports: { accesses: { kind: string; first_module_frame: FactsFrame | null }[] }[];
  };
}
const asFrame = (f: FactsFrame | null): Frame | null =>
  f && { func: f.func, file: f.repo_file ?? '', line: f.line };
const key = (f: Frame | null) => (f ? `${f.func} ${f.file}:${f.line}` : 'null');

interface Seen {
  kind: FaultKind;
  headline: string;
  occurrences: number;
  test: string | null;
  crashFrame: Frame | null;
  culprit: string;
}

function seen(findings: Finding[]): Seen[] {
  return findings
    .map((f) => ({
      kind: f.kind,
      headline: f.headline,
      occurrences: f.occurrences,
      test: f.test,
      crashFrame: f.crashFrame && {
        func: f.crashFrame.func,
        file: f.crashFrame.repoPath ?? f.crashFrame.file,
        line: f.crashFrame.line,
      },
      culprit: summarize(f.culprit),
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** The findings a log must give: the scenario's version-proof parts, the run's choices from facts.json. */
function expectedFindings(scenario: Scenario, facts: LogFacts, minor: number) {
  const out: Record<string, unknown>[] = [];
  const { crash, race } = scenario;
  // the run's shape must be the scenario's: a crash where one is expected, races where they are
  expect(Boolean(facts.crash?.signature.length), 'facts.json: a crash').toBe(Boolean(crash));
  expect(Boolean(facts.race?.count), 'facts.json: race reports').toBe(Boolean(race));
  if (crash) {
    // facts.json has no module frame for a timeout (the crashing goroutine is the testing alarm)
    const run = asFrame(facts.crash?.first_module_frame ?? null) ?? crash.frames[0]?.[0] ?? null;
    const choice = crash.frames.find(([f]) => key(f) === key(run));
    expect(choice, `crash frame ${key(run)} is one the scenario knows`).toBeDefined();
    out.push({
      kind: crash.kind,
      headline: headlineFor(crash.headline, minor),
      occurrences: 1,
      test: crash.test,
      crashFrame: choice?.[0],
      culprit: choice?.[1],
    });
  }
  if (race && facts.race) {
    // reports of the same pair of module frames are one finding, named by its first report's first access
    const groups = new Map<string, { first: Frame | null; write: Frame | null; count: number }>();
    for (const report of facts.race.reports) {
      const frames = report.accesses.map((a) => asFrame(a.first_module_frame));
      const write = report.accesses.find((a) => /write/i.test(a.kind));
      const id = frames.map(key).sort().join(' | ');
      const group = groups.get(id) ?? {
        first: frames[0] ?? null,
        write: asFrame(write?.first_module_frame ?? null),
        count: 0,
      };
      group.count += 1;
      groups.set(id, group);
    }
    for (const { first, write, count } of groups.values()) {
      expect(race.frames.map(key), 'race frame is one the scenario knows').toContain(key(first));
      out.push({
        kind: 'data-race',
        headline: 'WARNING: DATA RACE',
        occurrences: count,
        test: race.test instanceof RegExp ? expect.stringMatching(race.test) : race.test,
        crashFrame: first,
        culprit: race.culpritOfWrite(write),
      });
    }
  }
  return out;
}

describe.each(FOLDERS)('scenario logs ($name, Go 1.$minor)', ({ name: folder, minor }) => {
  const dir = join(SCENARIOS, folder);
  const facts = JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8')) as Record<string, LogFacts>;
  const logs = readdirSync(dir).filter((name) => /\.(log|json)$/.test(name) && name !== 'facts.json');

  it('has an expectation for every log in the folder', () => {
    expect(logs.sort()).toEqual(Object.keys(SCENARIO_LOGS).sort());
  });

  for (const [log, scenario] of Object.entries(SCENARIO_LOGS)) {
    it(log, async () => {
      const logFacts = facts[log];
      expect(logFacts, `${log} in facts.json`).toBeDefined();
      if (!logFacts) return;
      const found = seen(await triageLog(join(dir, log), join(SCENARIOS, 'src'), undefined, MODULE));
      const expected = expectedFindings(scenario, logFacts, minor);
      expect(found).toHaveLength(expected.length);
      expect(found).toEqual(expect.arrayContaining(expected));
    });
  }
});

it('the table covers every Go version of the issue', () => {
  expect(FOLDERS.map((f) => f.minor)).toEqual(expect.arrayContaining([19, 21, 23, 24, 25, 26]));
});

describe('without a module path', () => {
  it('blames the first frame outside runtime, stdlib and dependencies, as printed', async () => {
    const report = await triage(createReadStream(join(SCENARIOS, 'logs/subtest-panic.log')), {});
    expect(
      report.findings.map(
        (f) => f.crashFrame && { func: f.crashFrame.func, file: f.crashFrame.file, line: f.crashFrame.line },
      ),
    ).toEqual([
      {
        func: 'example.com/triage-fixtures/pkg/controller/job.lastReadyPod',
        file: '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/job/job_controller.go',
        line: 29,
      },
    ]);
  });
});
