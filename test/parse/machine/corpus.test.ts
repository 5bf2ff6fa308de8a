// Real traces other tools test against (test/fixtures/corpus/): the same facts, read by our machine.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseText } from '../../../src/parse/index.js';

const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

function parseCorpus(path: string) {
  return parseText(readFileSync(CORPUS + path, 'utf8'));
}

describe('tparse race attribution (tests/race_test.go)', () => {
  // tparse expects {TestA} for test_01 because it trusts test2json's tags; the `race detected` line
  // names TestRace1, which is what we want (see go-crash-formats.md §2). The others agree with tparse.
  test.each([
    ['race-test_01.jsonl', 'command-line-arguments', 'TestRace1'],
    ['race-test_03.jsonl', 'debug/tparse-24', undefined],
    ['race-test_04.jsonl', 'github.com/mfridman/debug-go/testing', 'TestRace'],
    ['race-test_05.jsonl', 'github.com/mfridman/debug-go/testing', undefined],
    ['race-test_08.jsonl', 'github.com/mfridman/debug-go/testing', 'TestRace'],
  ])('%s', (file, pkg, testName) => {
    const { faults } = parseCorpus(`tparse/${file}`);
    expect(faults.map((f) => [f.kind, f.package, f.test, f.accesses?.length])).toEqual([
      ['data-race', pkg, testName, 2],
    ]);
  });
});

describe('panicparse dumps', () => {
  test('a goroutine running on another thread keeps its creator', () => {
    const { faults, stats } = parseCorpus('panicparse/TestParseDumpUnavailCreated.log');
    expect(stats.truncated).toBe(false);
    expect(faults[0]?.crashing).toEqual({
      id: 24,
      state: 'running',
      frames: [],
      count: 1,
      createdBy: {
        func: 'github.com/maruel/panicparse/stack.New',
        file: '/gopath/src/github.com/maruel/panicparse/stack/stack.go',
        line: 131,
      },
    });
  });

  test('`...additional frames elided...` marks the stack elided', () => {
    const { faults } = parseCorpus('panicparse/TestParseDumpElided.log');
    expect(faults[0]?.crashing?.elided).toBe(true);
    expect(faults[0]?.crashing?.state).toBe('garbage collection');
    expect(faults[0]?.crashing?.createdBy?.func).toBe('testing.RunTests');
  });
});

test('gotestsum: a Go 1.20 timeout in go test -json with its running tests list', () => {
  const { faults } = parseCorpus('gotestsum/go-test-json-panic-race.jsonl');
  expect(faults.map((f) => [f.kind, f.headline, f.test, f.package])).toEqual([
    ['test-timeout', 'panic: test timed out after 1s', 'TestHello', 'github.com/mafredri/test'],
  ]);
  // Go 1.20 prints the list unindented, its entries with one tab.
  expect(faults[0]?.runningTests).toEqual([{ name: 'TestHello', duration: '1s' }]);
  expect(faults[0]?.crashing?.frames[0]?.func).toBe('testing.(*M).startAlarm.func1');
});
