// A race report whose earlier access the detector could not restore (Go 1.18, GORACE=history_size=0):
// `[failed to restore the stack]` is an access with no frames, not a frame and not the end of the report.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseText } from '../../../src/parse/index.js';

const LOG = 'test/fixtures/scenarios-writers/logs/race-write-stack-lost-go1.18.log';
const CHECKOUT = '/home/runner/work/triage-writers/triage-writers';

test('three reports: each a read with its frames and a write with none, both goroutines created', () => {
  const { faults, stats } = parseText(readFileSync(LOG, 'utf8'));
  expect(stats.truncated).toBe(false);
  expect(faults.map((f) => [f.kind, f.headline, f.span])).toEqual([
    ['data-race', 'WARNING: DATA RACE', { start: 2, end: 24 }],
    ['data-race', 'WARNING: DATA RACE', { start: 25, end: 49 }],
    ['data-race', 'WARNING: DATA RACE', { start: 50, end: 72 }],
  ]);
  const reporter = 'example.com/triage-writers/pkg/podreport.(*Reporter).Lines';
  const read = (line: number, frames: string[]) => ({
    op: 'read',
    previous: false,
    goroutineId: 9,
    frames: [...frames, `${reporter}:${line}`, 'main.main.func2:56'],
    stackUnavailable: undefined,
    goroutineState: 'running',
    createdAt: ['main.main:54'],
  });
  const lostWrite = {
    op: 'write',
    previous: true,
    goroutineId: 11,
    frames: [],
    stackUnavailable: true,
    goroutineState: 'running',
    createdAt: [
      'example.com/triage-writers/pkg/controller/podphase.(*Controller).Run:36',
      'main.runWorker:17',
      'main.main.func4:62',
    ],
  };
  expect(
    faults.map((f) =>
      f.accesses?.map((a) => ({
        op: a.op,
        previous: a.previous,
        goroutineId: a.goroutineId,
        frames: a.frames.map((fr) => `${fr.func}:${fr.line}`),
        stackUnavailable: a.stackUnavailable,
        goroutineState: a.goroutineState,
        createdAt: a.createdAt?.map((fr) => `${fr.func}:${fr.line}`),
      })),
    ),
  ).toEqual([
    [read(28, []), lostWrite],
    [read(29, ['runtime.mapaccess1_faststr:13']), lostWrite],
    [read(29, []), lostWrite],
  ]);
  expect(faults[0]?.accesses?.[0]?.frames[0]?.file).toBe(`${CHECKOUT}/pkg/podreport/reporter.go`);
});

test('the other order: the write printed, the earlier read lost with its finished goroutine', () => {
  const { faults } = parseText(
    readFileSync('test/fixtures/scenarios-writers/logs/race-read-stack-lost-go1.18.log', 'utf8'),
  );
  expect(faults.map((f) => f.span)).toEqual([
    { start: 2, end: 26 },
    { start: 27, end: 53 },
    { start: 54, end: 78 },
  ]);
  const podphase = 'example.com/triage-writers/pkg/controller/podphase.(*Controller)';
  const write = (line: number, top: string[]) => [
    'write',
    false,
    11,
    [...top, `${podphase}.syncPod:${line}`, `${podphase}.processNextWorkItem:53`, `${podphase}.Run.func1:38`],
    undefined,
    'running',
  ];
  const lostRead = ['read', true, 9, [], true, 'finished'];
  expect(
    faults.map((f) =>
      f.accesses?.map((a) => [
        a.op,
        a.previous,
        a.goroutineId,
        a.frames.map((fr) => `${fr.func}:${fr.line}`),
        a.stackUnavailable,
        a.goroutineState,
      ]),
    ),
  ).toEqual([
    [write(68, []), lostRead],
    [write(69, ['runtime.mapassign_faststr:203']), lostRead],
    [write(69, []), lostRead],
  ]);
});
