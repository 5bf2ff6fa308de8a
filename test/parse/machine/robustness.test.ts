// Bad input never throws or hangs: cut logs, random bytes, shuffled real lines, odd chunking, and
// parse time that grows linearly with the input.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Fault } from '../../../src/model.js';
import { LogParser, parseText } from '../../../src/parse/index.js';
import { LOGS_119, LOGS_123, readLog } from './helpers.js';

const FIXTURES = [LOGS_119, LOGS_123].flatMap((dir) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.log') || n.endsWith('.json'))
    .filter((n) => !n.startsWith('passing-sets-v-count20'))
    .map((name) => ({
      name: `${dir.includes('1.23') ? 'go1.23' : 'go1.19'}/${name}`,
      text: readLog(dir, name),
    })),
);

const ALL_LINES = FIXTURES.flatMap((f) => f.text.split('\n'));

/** 1-based number of the last complete line in the first `cut` characters. */
function completeLines(text: string, cut: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < cut; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

function parseInChunks(text: string, sizes: number[]): Fault[] {
  const faults: Fault[] = [];
  const parser = new LogParser((f) => faults.push(f));
  let at = 0;
  for (const size of sizes) {
    if (at >= text.length) break;
    parser.push(text.slice(at, at + size));
    at += size;
  }
  parser.push(text.slice(at));
  parser.end();
  return faults;
}

describe('truncated logs', () => {
  for (const { name, text } of FIXTURES) {
    test(`${name} cut anywhere yields the faults whose headline was read`, () => {
      const full = parseText(text).faults;
      const cuts = [0.1, 0.25, 0.5, 0.618, 0.75, 0.9, 0.99].map((r) => Math.floor(text.length * r));
      // Mid-line cuts: a few characters into a line of the dump.
      for (const f of full)
        cuts.push(
          text
            .split('\n')
            .slice(0, f.span.start + 1)
            .join('\n').length + 7,
        );
      for (const cut of cuts) {
        const { faults } = parseText(text.slice(0, cut));
        const read = completeLines(text, cut);
        const expectedKinds = full.filter((f) => f.span.start <= read).map((f) => f.kind);
        // HandleCrash's logged dump stands in for the re-panic that was cut off; a half-read headline
        // line may add one more fault.
        expect(faults.length).toBeGreaterThanOrEqual(expectedKinds.length);
        expect(faults.length).toBeLessThanOrEqual(expectedKinds.length + 1);
        expect(faults.slice(0, expectedKinds.length).map((f) => f.kind)).toEqual(expectedKinds);
      }
    });
  }

  test('a dump cut in the middle of a frame is marked truncated', () => {
    const text = readLog(LOGS_119, 'nil-pointer-sigsegv.log');
    const cut = text.indexOf('proxier.go:61');
    const { faults, stats } = parseText(text.slice(0, cut));
    expect(stats.truncated).toBe(true);
    expect(faults).toHaveLength(1);
    expect(faults[0]?.truncated).toBe(true);
    expect(faults[0]?.kind).toBe('nil-deref');
    expect(faults[0]?.crashing?.frames.map((f) => f.line)).toEqual([68]);
  });

  test('a race report cut before its closing rule is emitted, truncated', () => {
    const text = readLog(LOGS_123, 'scheme-race-test.log');
    const cut = text.indexOf('Goroutine 9 (running) created at:');
    const { faults, stats } = parseText(text.slice(0, cut));
    expect(stats.truncated).toBe(true);
    expect(faults.map((f) => [f.kind, f.truncated, f.accesses?.length])).toEqual([['data-race', true, 2]]);
  });
});

describe('properties', () => {
  test('random bytes never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        const parser = new LogParser(() => {});
        parser.push(bytes);
        const stats = parser.end();
        expect(stats.lines).toBeLessThanOrEqual(bytes.length + 1);
      }),
      { numRuns: 300 },
    );
  });

  test('random interleavings of real lines never throw and keep spans and buckets sane', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALL_LINES), { maxLength: 600 }), (lines) => {
        const { faults } = parseText(lines.join('\n'));
        for (const f of faults) {
          expect(f.span.start).toBeLessThanOrEqual(f.span.end);
          expect(f.others.length).toBeLessThanOrEqual(1000);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('chunk boundaries do not change the result', () => {
    const fixture = fc.constantFrom(...FIXTURES);
    fc.assert(
      fc.property(fixture, fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 200 }), (f, sizes) => {
        expect(parseInChunks(f.text, sizes)).toEqual(parseText(f.text).faults);
      }),
      { numRuns: 100 },
    );
  });

  test('random truncations never throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.double({ min: 0, max: 1, noNaN: true }), (f, r) => {
        parseText(f.text.slice(0, Math.floor(f.text.length * r)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('time', () => {
  function bestOf3(text: string): number {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      parseText(text);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  }

  test('parsing 8× the input takes well under 64× (quadratic) the time', () => {
    const dump = readLog(LOGS_119, 'cache-mutation-write-write-gotraceback-system.log');
    const small = dump.repeat(100);
    const large = dump.repeat(800);
    bestOf3(small); // warm up the JIT
    const ratio = bestOf3(large) / Math.max(bestOf3(small), 1);
    // Linear is about 8, quadratic 64: generous, as the machine is shared and the larger input also
    // moves the garbage collector into another regime.
    expect(ratio).toBeLessThan(40);
  });
});

describe('hostile lines', () => {
  // Long lines built to make a backtracking regex go quadratic: each must parse in linear time.
  const n = 200_000;
  const hostile: [string, string][] = [
    ['klog HandleCrash', `E0101 00:00:00.000000 1 runtime.go:31] Observed a panic: "${' ('.repeat(n)}`],
    ['panic value', `panic: ${' [recovered'.repeat(n / 5)}`],
    ['goroutine header', `goroutine 1 ${' '.repeat(n)}[`],
    ['cache line', `CACHE ${'['.repeat(n)}] ALTERED`],
    ['race access', `Read at 0x1 by ${'goroutine '.repeat(n / 5)}:`],
    ['frame', `${'a.'.repeat(n)}(${'('.repeat(n)}`],
    ['file', `\t${':1 +0x'.repeat(n / 4)}`],
  ];
  for (const [name, line] of hostile) {
    test(name, () => {
      const start = performance.now();
      const text = [
        'panic: x',
        '',
        'goroutine 1 [running]:',
        line,
        line,
        '==================',
        'WARNING: DATA RACE',
        line,
      ].join('\n');
      parseText(`${line}\n${text}\n${line}`);
      expect(performance.now() - start).toBeLessThan(3000);
    });
  }
});
