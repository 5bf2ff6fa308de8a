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
    ['data-race', 'WARNING: DATA RACE', { start: 2, end: 22 }],
    ['data-race', 'WARNING: DATA RACE', { start: 23, end: 45 }],
    ['data-race', 'WARNING: DATA RACE', { start: 46, end: 66 }],
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
