// Issue 8's table: every real fixture log × every paste transformation (test/support/paste-transforms.ts,
// documented in test/fixtures/TRANSFORMATIONS.md) keeps each fault's kind, headline and crash frame as
// parse + locate read them in the clean log. Cuts at the crash stack's frames keep the crash frame and
// mark the fault partial when its stack shows a crash, and drop it when it does not.
import { describe, expect, test } from 'vitest';
import type { Fault, Frame } from '../../../src/model.js';
import {
  cutAt,
  frameStarts,
  KEEPING_TRANSFORMS,
  logLines,
  RACE_TRANSFORMS,
  seededRandom,
} from '../../support/paste-transforms.js';
import { crashFrameOf, type FixtureLog, faultsOf, fixtureLogs, type Seen, seen } from './fixtures.js';

const LOGS = fixtureLogs();

function seenAll(text: string, log: FixtureLog): Seen[] {
  return faultsOf(text).map((f) => seen(f, log.modulePath));
}

describe.each(LOGS)('$name', (log) => {
  const clean = seenAll(log.text, log);

  test.each([...KEEPING_TRANSFORMS, ...RACE_TRANSFORMS].map((t) => [t.name, t] as const))('%s', (_, t) => {
    expect(seenAll(t.apply(log.text, seededRandom(8)), log)).toEqual(clean);
  });
});

test('the table covers every fixture set and finds faults in most logs', () => {
  expect(LOGS.length).toBeGreaterThanOrEqual(80);
  expect(LOGS.filter((log) => faultsOf(log.text).length > 0).length).toBeGreaterThanOrEqual(60);
});

// ---- cuts: a paste that starts at a frame of the crash stack ----

/** The stack the crash frame is read from (what locate's crash-frame.ts reads, for these kinds). */
function crashStack(fault: Fault): Frame[] | undefined {
  if (fault.kind === 'data-race') return fault.accesses?.[0]?.frames;
  // Timeouts and deadlocks blame another goroutine than the first printed: not cut here.
  if (fault.kind === 'test-timeout' || fault.kind === 'deadlock') return undefined;
  return fault.crashing?.frames;
}

/** Written apart from src/parse on purpose: what makes a headless stack a crash. */
function showsCrash(frames: Frame[]): boolean {
  if (frames[0]?.func === 'runtime/debug.Stack') return false;
  const signs =
    /^(?:panic|runtime\.(?:gopanic|throw|fatal|fatalthrow|fatalpanic|sigpanic|panicmem|race\w*))$/;
  if (frames.some((f) => signs.test(f.func))) return true;
  return frames
    .slice(0, 2)
    .some((f) => /^(?:runtime\.map|internal\/runtime\/maps\.|reflect\.mapiter|maps\.clone$)/.test(f.func));
}

interface Cut {
  name: string;
  text: string;
  expected: Seen[];
  partialFirst: boolean;
}

/** Line index of each frame of `frames` (its function line), searched in order from `from`. */
function frameLineIndexes(lines: string[], from: number, frames: Frame[]): number[] {
  const starts = frameStarts(lines).filter((i) => i >= from);
  const out: number[] = [];
  let at = 0;
  for (const frame of frames) {
    while (at < starts.length) {
      const i = starts[at++] as number;
      const func = (lines[i] as string).trim();
      const file = (lines[i + 1] as string).trim();
      if (func.startsWith(`${frame.func}(`) && file.startsWith(`${frame.file}:${frame.line}`)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

function cutsOf(log: FixtureLog): Cut[] {
  const faults = faultsOf(log.text);
  const first = faults[0];
  if (!first) return [];
  const frames = crashStack(first);
  const clean = faults.map((f) => seen(f, log.modulePath));
  const crash = clean[0]?.crashFrame;
  if (!frames || !crash) return [];
  const k = frames.findIndex((f) => `${f.func} ${f.file}:${f.line}` === crash);
  const lines = logLines(log.text);
  const indexes = frameLineIndexes(lines, first.span.start - 1, frames.slice(0, k + 1));
  if (indexes.length !== k + 1) return [];
  const cuts: Cut[] = [];
  for (let j = 0; j <= k; j++) {
    for (const inside of [false, true]) {
      // Inside frame j the paste starts with j's file line: frame j is lost, so j must be above the crash frame.
      if (inside && j === k) continue;
      const kept = frames.slice(inside ? j + 1 : j);
      const fault: Seen = { kind: first.kind, headline: first.headline, crashFrame: crash };
      const race = first.kind === 'data-race';
      const expected = race || showsCrash(kept) ? [fault, ...clean.slice(1)] : clean.slice(1);
      cuts.push({
        name: `${inside ? 'inside' : 'before'} frame ${j} of ${k}`,
        text: cutAt(log.text, indexes[j] as number, inside),
        expected,
        partialFirst: race || showsCrash(kept),
      });
    }
  }
  return cuts;
}

const CUT_CELLS = LOGS.flatMap((log) => cutsOf(log).map((cut) => ({ log, cut })));

describe('cut at a frame of the crash stack', () => {
  test('every crashing fixture gets cuts', () => {
    expect(CUT_CELLS.length).toBeGreaterThanOrEqual(100);
  });

  test.each(CUT_CELLS.map((c) => [`${c.log.name}: ${c.cut.name}`, c] as const))('%s', (_, { log, cut }) => {
    const faults = faultsOf(cut.text);
    const got = faults.map((f) => seen(f, log.modulePath));
    // A headless paste has no headline: compare it for the faults that kept theirs.
    const firstExpected = cut.expected[0];
    if (cut.partialFirst && firstExpected) {
      const [head, ...rest] = got;
      expect(rest).toEqual(cut.expected.slice(1));
      expect(head?.crashFrame).toBe(firstExpected.crashFrame);
      expect(faults[0]?.partial).toBe(true);
      if (firstExpected.kind === 'data-race' || firstExpected.kind === 'panic')
        expect(head?.kind).toBe(firstExpected.kind);
    } else {
      expect(got).toEqual(cut.expected);
    }
  });
});

test('a cut fault names its crash frame exactly as the clean log does (one worked example)', () => {
  const log = LOGS.find((l) => l.name === 'scenarios/logs/cache-mutation-write-write-gotraceback-system.log');
  if (!log) throw new Error('fixture missing');
  const lines = logLines(log.text);
  // From `runtime.mapassign_faststr(…)`: no headline, no goroutine header, `runtime.fatal` cut away.
  const at = lines.findIndex((l) => l.startsWith('runtime.mapassign_faststr('));
  const [fault, ...rest] = faultsOf(cutAt(log.text, at, false));
  expect(rest).toEqual([]);
  expect(fault?.kind).toBe('concurrent-map-writes');
  expect(fault?.partial).toBe(true);
  expect(fault?.headline).toBe('(no headline in the log: partial stack)');
  expect(fault && crashFrameOf(fault, log.modulePath)).toBe(
    'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService /home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/endpointslice/controller.go:78',
  );
});
