// The output never depends on how the input was cut into chunks: not inside a UTF-8 character,
// not between `\r` and `\n`, not inside a JSON event or a CRI record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fileLines,
  nanoTimestamp,
  ownFixtureText,
  readAll,
  runnerTimestamp,
  scenarioText,
  splitAt,
} from './helpers.js';

const encoder = new TextEncoder();

/** Real fixtures wrapped the ways CI really wraps them, several decorations in one input. */
const inputs: Record<string, string> = {
  'gutter │ + CRLF + ANSI': fileLines(scenarioText('logs-go1.23', 'cache-mutation-iter-json.log'))
    .map((line, i) => `${i + 1}│${line.startsWith('fatal error') ? `\x1b[31m${line}\x1b[0m` : line}\r\n`)
    .join(''),
  'runner timestamps + go test -json with 1 KiB pieces': [
    ...fileLines(scenarioText('logs', 'subtest-panic-v.log')),
    ...fileLines(ownFixtureText('longline-go1.19.jsonl')),
    ...fileLines(scenarioText('logs-go1.23', 'scheme-race-test.json')),
  ]
    .map((line, i) => `${runnerTimestamp(i)} ${line}\n`)
    .join(''),
  'CRI partial records + JSON log record': [
    ...fileLines(scenarioText('logs', 'nil-pointer-sigsegv.log')),
    ...fileLines(ownFixtureText('jsonlog-panic.log')),
  ]
    .flatMap((line) => [`stderr P ${line.slice(0, 7)}`, `stderr F ${line.slice(7)}`])
    .map((record, i) => `${nanoTimestamp(i)} ${record}\n`)
    .join(''),
  'quoted Markdown paste without a final newline': [
    '<details>',
    '```',
    ...fileLines(scenarioText('logs', 'deadlock.log')),
  ]
    .map((line) => `> ${line}`)
    .join('\n'),
};

describe('chunking invariance', () => {
  for (const [name, text] of Object.entries(inputs)) {
    const bytes = encoder.encode(text);
    const whole = readAll([bytes]);

    it(`${name}: any byte split points give the same lines`, () => {
      expect(whole.lines.length).toBeGreaterThan(30);
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 40 }), (offsets) => {
          expect(readAll(splitAt(bytes, offsets))).toEqual(whole);
        }),
        { numRuns: 60 },
      );
    });

    const tricky: number[] = [];
    for (let i = 1; i < bytes.length; i++) {
      const b = bytes[i] as number;
      if ((b & 0xc0) === 0x80 || (b === 0x0a && bytes[i - 1] === 0x0d)) tricky.push(i);
    }
    if (tricky.length > 0)
      it(`${name}: cuts inside multi-byte characters and CRLF give the same lines`, () => {
        fc.assert(
          fc.property(fc.subarray(tricky, { maxLength: Math.min(40, tricky.length) }), (offsets) => {
            expect(readAll(splitAt(bytes, offsets))).toEqual(whole);
          }),
          { numRuns: 40 },
        );
      });

    it(`${name}: string chunks and one-byte chunks give the same lines`, () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 40 }), (offsets) => {
          const cuts = [...new Set(offsets)].sort((a, b) => a - b);
          const pieces = [0, ...cuts].map((from, i) => text.slice(from, cuts[i] ?? text.length));
          expect(readAll(pieces)).toEqual(whole);
        }),
        { numRuns: 40 },
      );
      const single = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
      expect(readAll(single)).toEqual(whole);
    });
  }

  it('mixes byte and string chunks', () => {
    const text = inputs['gutter │ + CRLF + ANSI'] as string;
    const bytes = encoder.encode(text);
    const at = bytes.indexOf(0xe2) + 1; // inside the first `│`
    const whole = readAll([text]);
    // The half character before a string chunk can never complete: it becomes U+FFFD, and the
    // first line, no longer a gutter line, keeps its number.
    const mixed = readAll([bytes.subarray(0, at), new TextDecoder().decode(bytes.subarray(at + 2))]);
    expect(mixed.lines.slice(1)).toEqual(whole.lines.slice(1));
    expect(mixed.lines[0]?.text).toBe(`1\ufffd${whole.lines[0]?.text}`);
  });
});
