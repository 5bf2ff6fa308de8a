// Test and package attribution on real logs whose tests and packages are known.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseText } from '../../../src/parse/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

test.each(['output-go1.19.jsonl', 'output-go1.23.jsonl'])(
  'test2json tags the race block TestA; the `race detected` line says TestRace1 (%s)',
  (file) => {
    const { faults } = parseText(readFileSync(`${FIXTURES}go-programs/race-misattributed/${file}`, 'utf8'));
    expect(faults.map((f) => [f.kind, f.test, f.package])).toEqual([
      ['data-race', 'TestRace1', 'example.com/misattributed'],
    ]);
  },
);

test('passing tests that mention panics and races yield nothing', () => {
  const { faults, stats } = parseText(
    readFileSync(`${FIXTURES}go-programs/panic-mentions/output.log`, 'utf8'),
  );
  expect(faults).toEqual([]);
  expect(stats.truncated).toBe(false);
});

test('a panic and races of two packages interleaved in one go test -json stream keep their packages', () => {
  const a = readFileSync(`${FIXTURES}scenarios/logs-go1.23/subtest-panic.json`, 'utf8').trimEnd().split('\n');
  const b = readFileSync(`${FIXTURES}scenarios/logs-go1.23/scheme-race-test.json`, 'utf8')
    .trimEnd()
    .split('\n');
  // Alternate events one by one, as parallel package runs do.
  const mixed: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) mixed.push(a[i] ?? '');
    if (i < b.length) mixed.push(b[i] ?? '');
  }
  const { faults } = parseText(`${mixed.join('\n')}\n`);
  const summary = faults.map((f) => [f.kind, f.package, f.test]).sort();
  expect(summary).toEqual([
    [
      'data-race',
      'example.com/triage-fixtures/pkg/registry/core/service/storage',
      'TestServiceStrategy/type=ClusterIP',
    ],
    [
      'data-race',
      'example.com/triage-fixtures/pkg/registry/core/service/storage',
      'TestServiceStrategy/type=ClusterIP',
    ],
    [
      'data-race',
      'example.com/triage-fixtures/pkg/registry/core/service/storage',
      'TestServiceStrategy/type=ClusterIP',
    ],
    ['panic', 'example.com/triage-fixtures/pkg/controller/job', 'TestSyncJob/too_few_pods'],
  ]);
});

test('several crashes in one log, one after another (plain go test output of two packages)', () => {
  const first = readFileSync(`${FIXTURES}scenarios/logs/subtest-panic.log`, 'utf8');
  const second = readFileSync(`${FIXTURES}scenarios/logs/test-timeout-v.log`, 'utf8');
  const { faults } = parseText(first + second);
  expect(faults.map((f) => [f.kind, f.package, f.test, f.span.start])).toEqual([
    ['panic', 'example.com/triage-fixtures/pkg/controller/job', 'TestSyncJob/too_few_pods', 3],
    [
      'test-timeout',
      'example.com/triage-fixtures/pkg/controller/garbagecollector',
      'TestGarbageCollectorSync',
      27,
    ],
  ]);
});

describe('a fatal error right after another test failed', () => {
  const dir = `${FIXTURES}go-programs/fail-then-fatal/`;

  test('without -v nothing names the crashing test: the earlier `--- FAIL` is not it', () => {
    const { faults } = parseText(readFileSync(`${dir}output.log`, 'utf8'));
    expect(faults.map((f) => [f.kind, f.test, f.package, f.crashing?.id])).toEqual([
      ['concurrent-map-writes', undefined, 'example.com/fail-then-fatal', 8],
    ]);
  });

  test('with -v the `=== RUN` line names it', () => {
    const { faults } = parseText(readFileSync(`${dir}output-v.log`, 'utf8'));
    expect(faults.map((f) => [f.kind, f.test, f.package])).toEqual([
      ['concurrent-map-writes', 'TestBCrashes', 'example.com/fail-then-fatal'],
    ]);
  });
});
