// Undecorated real logs must come out exactly as the Go runtime and `go test` printed them:
// klog headers, tab-indented frames, race-report indentation and all.
import { describe, expect, it } from 'vitest';
import { LineReader } from '../../../src/parse/input.js';
import { FIXTURE_SETS, fileLines, readAll, readText, scenarioFiles, scenarioText, texts } from './helpers.js';

describe('plain Go output', () => {
  for (const set of FIXTURE_SETS) {
    for (const name of scenarioFiles(set, '.log')) {
      it(`passes ${set}/${name} through unchanged`, () => {
        const text = scenarioText(set, name);
        const { lines, stats } = readAll([new TextEncoder().encode(text)]);
        const expected = fileLines(text);
        expect(texts(lines)).toEqual(expected);
        expect(lines.map((line) => line.no)).toEqual(expected.map((_, i) => i + 1));
        expect(lines.every((line) => line.package === undefined && line.test === undefined)).toBe(true);
        expect(stats).toEqual({ bytes: Buffer.byteLength(text), lines: expected.length });
      });
    }
  }

  it('keeps klog headers in front of a HandleCrash dump', () => {
    const lines = texts(readText(scenarioText('logs', 'send-on-closed-channel-handlecrash.log')));
    const observed = lines.findIndex((line) => line.includes('Observed a panic'));
    expect(lines[observed]).toBe(
      'E1122 11:40:36.111286    9463 runtime.go:31] Observed a panic: "send on closed channel" (send on closed channel)',
    );
    expect(lines[observed + 1]).toBe('goroutine 6 [running]:');
  });

  it('emits a last line without a newline, and nothing for an empty input', () => {
    expect(readText('ok  \texample.com/triage-fixtures/pkg/util/sets\t0.004s')).toEqual([
      {
        text: 'ok  \texample.com/triage-fixtures/pkg/util/sets\t0.004s',
        no: 1,
        package: undefined,
        test: undefined,
      },
    ]);
    expect(readAll([]).lines).toEqual([]);
    expect(readAll([]).stats).toEqual({ bytes: 0, lines: 0 });
    expect(texts(readText('\n\n'))).toEqual(['', '']);
  });

  it('counts bytes of string chunks in UTF-8', () => {
    expect(readAll(['│é\n']).stats).toEqual({ bytes: 6, lines: 1 });
  });
});

describe('throughput', () => {
  it('reads plain go test -v output far faster than a CI can print it', () => {
    // The real target (> 100 MB/s on the 200 MB benchmark) is measured by the bench script; this
    // floor only catches a path that became per-character slow or quadratic.
    const filler = new TextEncoder().encode(scenarioText('logs', 'passing-sets-v-count20.log'));
    const rounds = Math.ceil((16 << 20) / filler.length);
    const started = performance.now();
    let count = 0;
    const reader = new LineReader(() => count++);
    for (let i = 0; i < rounds; i++) reader.push(filler);
    const { bytes } = reader.end();
    const mbPerSecond = bytes / 1e6 / ((performance.now() - started) / 1000);
    expect(count).toBeGreaterThan(300_000);
    expect(mbPerSecond).toBeGreaterThan(20);
  });
});
