// Hostile or broken input: never throw, never hang, linear time, bounded memory.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineReader } from '../../../src/parse/input.js';
import { MAX_LINE_LENGTH } from '../../../src/parse/lines.js';
import { MAX_OPEN_OUTPUTS, MAX_PENDING_OUTPUT, TestJsonUnwrapper } from '../../../src/parse/test-json.js';
import { readAll, runnerTimestamp } from './helpers.js';

const encoder = new TextEncoder();

/** Fragments that steer input into every decoration path. */
const TOKENS = [
  '\n',
  '\r',
  '\r\n',
  '\x1b',
  '\x1b[',
  '\x1b]',
  '\x07',
  '{',
  '}',
  '"Action":"output"',
  '"Output":"',
  '"Test":"T"',
  '\\n',
  '"',
  '>',
  '> ',
  '```',
  '<details>',
  '##[group]',
  '##[error]',
  '::error::',
  '%0A',
  '::group::',
  ' | ',
  '│',
  '\t',
  '12',
  '13',
  ' ',
  `${runnerTimestamp(1)} `,
  'stdout P ',
  'stderr F ',
  'panic: ',
  'goroutine 1 [running]:',
  '\ud83d',
  'é',
];

/** Milliseconds to read `line`, a newline and `line` again, counting lines without keeping them. */
function timed(line: string): number {
  const started = performance.now();
  const reader = new LineReader(() => {});
  reader.push(line);
  reader.push('\n');
  reader.push(line);
  reader.end();
  return performance.now() - started;
}

describe('hostile input', () => {
  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), fc.integer({ min: 1, max: 64 }), (bytes, size) => {
        const chunks = [];
        for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
        const { stats } = readAll(chunks);
        expect(stats.bytes).toBe(bytes.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random mixes of decoration fragments, and chunking does not matter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }), (tokens) => {
        const text = tokens.join('');
        const whole = readAll([text]);
        expect(readAll(tokens)).toEqual(whole);
        expect(readAll([encoder.encode(text)]).lines.length).toBe(whole.lines.length);
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a 5 MB line at the cap and keeps what follows', () => {
    const chunk = encoder.encode('x'.repeat(64 * 1024));
    const reader: string[] = [];
    const lines = new LineReader((line) => reader.push(line.text));
    for (let i = 0; i < 80; i++) lines.push(chunk);
    lines.push('\npanic: test timed out after 2s\n');
    expect(lines.end()).toEqual({ bytes: 80 * 64 * 1024 + 32, lines: 2 });
    expect(reader.map((line) => line.length)).toEqual([MAX_LINE_LENGTH, 30]);
  });

  it('keeps memory flat over a 256 MB line', () => {
    const chunk = encoder.encode('y'.repeat(1 << 20));
    let count = 0;
    const reader = new LineReader(() => count++);
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    for (let i = 0; i < 256; i++) {
      reader.push(chunk);
      if (i % 16 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    reader.end();
    expect(count).toBe(1);
    // Decoded chunks are garbage at once; only the 1 MiB start of the line is held.
    expect(peak - before).toBeLessThan(96 * 1024 * 1024);
  });

  it('bounds the test2json buffers in size and number', () => {
    const unwrapper = new TestJsonUnwrapper(() => {});
    const piece = 'z'.repeat(20_000);
    for (let i = 0; i < 2 * MAX_OPEN_OUTPUTS; i++) {
      unwrapper.handle(
        JSON.stringify({ Action: 'output', Package: 'p', Test: `T${i}`, Output: piece }),
        i + 1,
      );
      expect(unwrapper.pending).toBeLessThanOrEqual(MAX_PENDING_OUTPUT);
      expect(unwrapper.open).toBeLessThanOrEqual(MAX_OPEN_OUTPUTS);
    }
    for (let i = 0; i < 200_000; i++) {
      unwrapper.handle(
        JSON.stringify({ Action: 'output', Package: 'p', Test: `Tiny${i % 64}`, Output: 'c' }),
        i,
      );
    }
    expect(unwrapper.pending).toBeLessThanOrEqual(MAX_PENDING_OUTPUT);
    const endless = JSON.stringify({ Action: 'output', Package: 'p', Test: 'Endless', Output: piece });
    for (let i = 0; i < 300; i++) unwrapper.handle(endless, i + 1);
    expect(unwrapper.pending).toBeLessThanOrEqual(MAX_PENDING_OUTPUT);
  });

  const big = 2_000_000;
  const pathological: [string, string][] = [
    ['CSI without a final byte', `\x1b[${'1'.repeat(big)}`],
    ['many unterminated escapes', '\x1b]\x1b['.repeat(big / 4)],
    ['nested quotes', '>'.repeat(big)],
    ['a fence of spaces', `\`\`\`${' '.repeat(big)}x`],
    ['digits that never become a gutter', '9'.repeat(big)],
    ['a JSON-looking line', `{"Action":${'['.repeat(big / 2)}`],
    ['an escaped-newline JSON record', `{"stacktrace":"${'\\n'.repeat(big / 4)}"}`],
    ['a workflow command full of newlines', `::error::${'%0A'.repeat(big / 4)}`],
    ['carriage returns', 'a\r'.repeat(big / 2)],
    ['repeated timestamps', `${runnerTimestamp(0)} `.repeat(big / 30)],
  ];
  for (const [name, line] of pathological) {
    it(`handles ${name} in linear time`, () => {
      const small = line.slice(0, line.length / 8);
      // Best of three: other test files share the CPU.
      const best = (input: string) => Math.min(timed(input), timed(input), timed(input));
      const tSmall = best(small);
      const tBig = best(line);
      // 8× the input may cost about 8× the time, far from the 64× of a quadratic path.
      expect(tBig).toBeLessThan(Math.max(1000, 24 * tSmall));
    });
  }
});
