// `go test -json` input: Output pieces rejoined per (Package, Test), tagged with both, and mixed
// freely with plain lines and CI decorations.
import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../src/parse/input.js';
import {
  FIXTURE_SETS,
  fileLines,
  ownFixtureText,
  readText,
  runnerTimestamp,
  scenarioFiles,
  scenarioText,
  texts,
} from './helpers.js';

interface Event {
  Action: string;
  Package?: string;
  Test?: string;
  Output?: string;
}

function events(text: string): Event[] {
  return fileLines(text).map((line) => JSON.parse(line) as Event);
}

const key = (pkg: string | undefined, test: string | undefined): string => `${pkg} ${test}`;

/** Per (Package, Test): the concatenated Output fields, and the emitted lines joined back. */
function perKey(
  input: Event[],
  lines: LogLine[],
): { outputs: Map<string, string>; emitted: Map<string, string> } {
  const outputs = new Map<string, string>();
  for (const e of input) {
    if (e.Action !== 'output' || e.Output === undefined) continue;
    const k = key(e.Package, e.Test);
    outputs.set(k, (outputs.get(k) ?? '') + e.Output);
  }
  const emitted = new Map<string, string>();
  for (const line of lines) {
    const k = key(line.package, line.test);
    emitted.set(k, `${emitted.get(k) ?? ''}${line.text}\n`);
  }
  return { outputs, emitted };
}

const longLineFixtures = ['longline-go1.19.jsonl', 'longline-go1.23.jsonl'];

describe('go test -json', () => {
  for (const set of FIXTURE_SETS) {
    for (const name of scenarioFiles(set, '.json')) {
      it(`reproduces every test's output of ${set}/${name}`, () => {
        const text = scenarioText(set, name);
        const lines = readText(text);
        const { outputs, emitted } = perKey(events(text), lines);
        expect(emitted).toEqual(outputs);
        expect(lines.every((line) => line.package?.startsWith('example.com/triage-fixtures/pkg/'))).toBe(
          true,
        );
      });
    }
  }

  it('tags the headline lines with their test and event line', () => {
    const timeout = readText(scenarioText('logs', 'test-timeout.json'));
    expect(timeout.find((line) => line.text.startsWith('panic: '))).toEqual({
      text: 'panic: test timed out after 2s',
      no: 4,
      package: 'example.com/triage-fixtures/pkg/controller/garbagecollector',
      test: 'TestGarbageCollectorSync',
    });
    const race = readText(scenarioText('logs', 'scheme-race-test.json'));
    expect(
      race.filter((line) => line.text === 'WARNING: DATA RACE').map((line) => [line.no, line.test]),
    ).toEqual([
      [16, 'TestServiceStrategy/type=ClusterIP'],
      [66, 'TestServiceStrategy/type=ClusterIP'],
      [114, 'TestServiceStrategy/type=ClusterIP'],
    ]);
    const detected = race.filter(
      (line) => line.text === '    testing.go:1319: race detected during execution of test',
    );
    expect(detected.map((line) => [line.no, line.test])).toEqual([
      [157, 'TestServiceStrategy/type=ClusterIP'],
      [160, 'TestServiceStrategy/type=LoadBalancer'],
      [173, undefined],
    ]);
    const panic = readText(scenarioText('logs-go1.23', 'subtest-panic.json'));
    expect(panic.filter((line) => line.text.includes('panic: runtime error'))).toEqual([
      {
        text: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
        no: 17,
        package: 'example.com/triage-fixtures/pkg/controller/job',
        test: 'TestSyncJob',
      },
      {
        text: '\tpanic: runtime error: index out of range [4] with length 3',
        no: 18,
        package: 'example.com/triage-fixtures/pkg/controller/job',
        test: 'TestSyncJob',
      },
    ]);
  });

  for (const name of longLineFixtures) {
    it(`rejoins lines test2json cut into 1 KiB events (${name})`, () => {
      const text = ownFixtureText(name);
      const input = events(text);
      expect(input.filter((e) => e.Action === 'output' && !e.Output?.endsWith('\n')).length).toBeGreaterThan(
        20,
      );
      const lines = readText(text);
      const { outputs, emitted } = perKey(input, lines);
      expect(emitted).toEqual(outputs);
      const logged = lines.filter((line) => line.text.includes(' line '));
      // `    longline_test.go:17: alpha line 0: ` + 900 × `alpha-` + ` end`; the subtests' order varies.
      const byTest = logged.map((line) => `${line.test} ${line.text.length}`).sort();
      expect(byTest).toEqual([
        ...Array(3).fill('TestLongLines/alpha 5443'),
        ...Array(3).fill('TestLongLines/beta 4542'),
      ]);
      for (const line of logged)
        expect(line.text).toMatch(/^ {4}longline_test\.go:\d+: (alpha|beta) line \d: .* end$/);
      // Each line carries the number of the event that completed it.
      const firstDone = fileLines(text).findIndex((l) => l.includes(' end\\n"'));
      expect(lines.find((line) => line.text.includes(' line 0: '))?.no).toBe(firstDone + 1);
    });
  }

  it('keeps interleaved pieces of parallel tests apart', () => {
    // Deal the two subtests' output events out alternately, as a busier machine would print them.
    const raw = fileLines(ownFixtureText('longline-go1.23.jsonl'));
    const alpha = raw.filter((l) => l.includes('"Test":"TestLongLines/alpha"'));
    const beta = raw.filter((l) => l.includes('"Test":"TestLongLines/beta"'));
    const rest = raw.filter((l) => !alpha.includes(l) && !beta.includes(l));
    const dealt: string[] = [];
    for (let i = 0; i < Math.max(alpha.length, beta.length); i++) dealt.push(alpha[i] ?? '', beta[i] ?? '');
    const input = [...rest.slice(0, 3), ...dealt.filter(Boolean), ...rest.slice(3)];
    const lines = readText(input.join('\n'));
    const { outputs, emitted } = perKey(events(input.join('\n')), lines);
    expect(emitted).toEqual(outputs);
  });

  it('reads JSON events behind runner timestamps, mixed with plain lines', () => {
    const plain = fileLines(scenarioText('logs', 'subtest-panic.log'));
    const json = fileLines(scenarioText('logs', 'test-timeout.json'));
    const input = [...plain, ...json].map((line, i) => `${runnerTimestamp(i)} ${line}`).join('\n');
    const lines = readText(input);
    expect(lines.slice(0, plain.length)).toEqual(
      plain.map((text, i) => ({ text, no: i + 1, package: undefined, test: undefined })),
    );
    const fromJson = lines.slice(plain.length);
    expect(fromJson[0]).toEqual({
      text: '=== RUN   TestGarbageCollectorSync',
      no: plain.length + 2,
      package: 'example.com/triage-fixtures/pkg/controller/garbagecollector',
      test: 'TestGarbageCollectorSync',
    });
    expect(texts(fromJson)).toContain('panic: test timed out after 2s');
  });

  it('reads a cut-off JSON event as a plain line', () => {
    const json = fileLines(scenarioText('logs', 'test-timeout.json'));
    const cut = (json[3] ?? '').slice(0, 60);
    expect(readText([json[1], cut].join('\n'))).toEqual([
      {
        text: '=== RUN   TestGarbageCollectorSync',
        no: 1,
        package: 'example.com/triage-fixtures/pkg/controller/garbagecollector',
        test: 'TestGarbageCollectorSync',
      },
      { text: cut, no: 2, package: undefined, test: undefined },
    ]);
  });

  it('flushes an unfinished line when its test ends, and at the end of the input', () => {
    const input = events(ownFixtureText('longline-go1.19.jsonl'));
    const firstPiece = input.findIndex((e) => e.Output?.includes(' line 0: '));
    const piece = input[firstPiece] as Event;
    const end = { Action: 'fail', Package: piece.Package, Test: piece.Test };
    const lines = readText([piece, end, piece].map((e) => JSON.stringify(e)).join('\n'));
    expect(lines).toEqual([
      { text: piece.Output, no: 2, package: piece.Package, test: piece.Test },
      { text: piece.Output, no: 3, package: piece.Package, test: piece.Test },
    ]);
  });
});
