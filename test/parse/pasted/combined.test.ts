// Paste transformations combined at random (fast-check) keep what the clean log reads; adversarial
// prefixes and indentation keep parsing linear in the input; a line that merely looks like a frame
// never makes a runtime function the crash frame.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LogParser, parseText } from '../../../src/parse/index.js';
import { KEEPING_TRANSFORMS, type PasteTransform, seededRandom } from '../../support/paste-transforms.js';
import { crashFrameOf, faultsOf, fixtureLogs, seen } from './fixtures.js';

const LOGS = fixtureLogs().filter((log) => faultsOf(log.text).length > 0);
const byName = (name: string) => KEEPING_TRANSFORMS.find((t) => t.name === name) as PasteTransform;

/**
 * A newest-first export and a JSON record wrap the line as the log system stored it, so they come
 * last: a prefix added after a reversal would carry increasing times over reversed lines, which no
 * reader can put right.
 */
const OUTERMOST = new Set([
  'reversed-iso-utc',
  'reversed-kibana',
  'json-textPayload',
  'json-message',
  'json-log',
]);
const INNER = KEEPING_TRANSFORMS.filter((t) => !OUTERMOST.has(t.name));
const OUTER = [...OUTERMOST].map(byName);

describe('transformations combined at random', () => {
  test('keep kind, headline and crash frame of every fault', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOGS),
        fc.array(fc.constantFrom(...INNER), { minLength: 1, maxLength: 3 }),
        fc.option(fc.constantFrom(...OUTER), { nil: undefined }),
        fc.integer(),
        (log, inner, outer, seed) => {
          const chain = outer ? [...inner, outer] : inner;
          const random = seededRandom(seed);
          const text = chain.reduce((t, transform) => transform.apply(t, random), log.text);
          const clean = faultsOf(log.text).map((f) => seen(f, log.modulePath));
          expect(faultsOf(text).map((f) => seen(f, log.modulePath))).toEqual(clean);
        },
      ),
      { numRuns: 150 },
    );
  });
});

// ---- linear time on hostile input ----

/** Lines built to make a prefix stripper, an indentation skipper or a frame reader go quadratic. */
const HOSTILE_LINES: Record<string, (width: number) => string> = {
  'deep indentation': (w) => `${' \t'.repeat(w)}main.f()`,
  'a million ") "': (w) => `main.f(${') '.repeat(w)}/x.go:1`,
  'stacked kubectl prefixes': (w) => `${'[pod/a/b] '.repeat(w)}panic: x`,
  'stacked compose prefixes': (w) => `${'web-1  | '.repeat(w)}goroutine 1 [running]:`,
  'klog header then dots': (w) => `E0312 10:00:00.000000   1 f.go:1] ${'.'.repeat(w)}`,
  'an unclosed goroutine header': (w) => `goroutine 1 [${'running, '.repeat(w)}`,
  'a frame-shaped line': (w) => `runtime.mapassign${'(x)'.repeat(w)}`,
  'path-shaped words': (w) => `${'/a:1 '.repeat(w)}+0x1`,
  'editorial dots': (w) => `...${' ('.repeat(w)}`,
  'kibana-like dates': (w) => `May 26th 2021, 22:55:28.527${' '.repeat(w)}x`,
};

/**
 * CPU time to parse `line` repeated `count` times, streamed in ~64 KiB chunks as the CLI reads a file
 * (one chunk string reused: the input is never held whole, so the garbage collector works the same at
 * every size). Best of three: the minimum is the least disturbed by other work on the machine.
 */
function timeOf(line: string, count: number): number {
  const perChunk = Math.max(1, Math.floor(65536 / line.length));
  const chunk = line.repeat(perChunk);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const parser = new LogParser(() => {});
    for (let sent = 0; sent < count; sent += perChunk) parser.push(chunk);
    parser.end();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('linear time on hostile prefixes and indentation', () => {
  test('8x the lines, or 8x the line length, takes well under 64x (quadratic) the time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(HOSTILE_LINES)), fc.boolean(), (name, wider) => {
        const make = HOSTILE_LINES[name] as (w: number) => string;
        // Same total size either way: more lines, or longer ones.
        const time = (scale: number) =>
          wider ? timeOf(`${make(400 * scale)}\n`, 400) : timeOf(`${make(20)}\n`, 6000 * scale);
        time(1); // warm up the JIT
        const ratio = time(8) / Math.max(time(1), 2);
        // Linear is about 8; quadratic would be 64. Generous: the machine is shared (2 cores, many
        // processes), and a run that lands on a busy moment reads several times slower.
        expect(ratio).toBeLessThan(40);
      }),
      { numRuns: 10 },
    );
  });
});

describe('a line that merely looks like a frame', () => {
  test('never makes a runtime function the crash frame', () => {
    const log = fixtureLogs().find((l) => l.name === 'scenarios/logs/nil-pointer-sigsegv.log');
    if (!log) throw new Error('fixture missing');
    const lines = log.text.split('\n');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lines.length }),
        fc.constantFrom(
          'runtime.mapassign_faststr(0x1)',
          'runtime.throw({0x1, 0x2})',
          '\truntime.gopanic(0x1)',
          'runtime.goexit() /usr/lib/go/src/runtime/asm_amd64.s:1594 +0x1',
          'internal/runtime/maps.(*Map).PutSlot(...) /go/src/internal/runtime/maps/map.go:1',
          'panic({0x1, 0x2})',
        ),
        (at, fake) => {
          const text = [...lines.slice(0, at), fake, ...lines.slice(at)].join('\n');
          for (const fault of parseText(text).faults) {
            const frame = crashFrameOf(fault, log.modulePath);
            expect(frame === null || !/^(?:runtime\.|internal\/runtime\/|panic )/.test(frame)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

test('the combinations draw from every transformation', () => {
  expect(INNER.length + OUTER.length).toBe(KEEPING_TRANSFORMS.length);
  expect(seededRandom(1)()).toBe(seededRandom(1)());
});
