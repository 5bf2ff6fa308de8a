// The line splitter under the whole input layer: any pieces, one line per newline, a hard cap.
import { describe, expect, it } from 'vitest';
import { LineSplitter, MAX_LINE_LENGTH } from '../../../src/parse/lines.js';

function split(pieces: string[], max?: number): string[] {
  const lines: string[] = [];
  const splitter = new LineSplitter((line) => lines.push(line), max);
  for (const piece of pieces) splitter.push(piece);
  splitter.flush();
  return lines;
}

describe('LineSplitter', () => {
  it('joins pieces into lines whatever the cut', () => {
    expect(split(['goroutine 1 [run', 'ning]:\nmain.main()\n\t/x.go:1', ' +0x1d\n'])).toEqual([
      'goroutine 1 [running]:',
      'main.main()',
      '\t/x.go:1 +0x1d',
    ]);
    expect(split(['a\n', '', '\n', 'b'])).toEqual(['a', '', 'b']);
  });

  it('cuts a long line at the cap, keeps its start and skips to the newline', () => {
    expect(split(['abcdefghij\nxy\n'], 4)).toEqual(['abcd', 'xy']);
    expect(split(['ab', 'cdef', 'ghij', '\nxy'], 4)).toEqual(['abcd', 'xy']);
    expect(split(['abcd', '\n'], 4)).toEqual(['abcd']);
  });

  it('does not keep half a surrogate pair at the cut', () => {
    expect(split(['abc😀def\n'], 4)).toEqual(['abc']);
    expect(split(['ab', 'c😀', 'def\n'], 4)).toEqual(['abc']);
  });

  it('never holds more than the cap', () => {
    let longest = 0;
    const splitter = new LineSplitter((line) => {
      longest = Math.max(longest, line.length);
    });
    const piece = 'x'.repeat(64 * 1024);
    for (let i = 0; i < 80; i++) {
      splitter.push(piece);
      expect(splitter.pending).toBeLessThanOrEqual(MAX_LINE_LENGTH);
    }
    splitter.push('\n');
    expect(longest).toBe(MAX_LINE_LENGTH);
    expect(splitter.pending).toBe(0);
  });

  it('stays linear over a million one-character pieces', () => {
    const started = performance.now();
    let length = 0;
    const splitter = new LineSplitter((line) => {
      length = line.length;
    });
    for (let i = 0; i < 1_000_000; i++) {
      splitter.push('y');
      // The pieces are joined every few thousand, so bookkeeping stays small too.
      if (i % 1000 === 0) expect(splitter.footprint).toBeLessThan(i + 1 + 4096 * 32 + 1);
    }
    expect(splitter.footprint).toBeLessThan(1_000_000 + 4096 * 32);
    splitter.flush();
    expect(length).toBe(1_000_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
