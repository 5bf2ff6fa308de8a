// What terminals and Windows leave in logs: ANSI colours and hyperlinks, CRLF, `\r` progress overwrites.
import { describe, expect, it } from 'vitest';
import { fileLines, readText, scenarioText, texts } from './helpers.js';

const output = fileLines(scenarioText('logs-go1.23', 'test-timeout-v.log'));

/** Colours the way gotestsum and colourised `go test` wrappers do, and links frames (OSC 8). */
function colourise(line: string): string {
  if (line.startsWith('--- FAIL') || line.startsWith('FAIL') || line.startsWith('panic: '))
    return `\x1b[31m${line}\x1b[0m`;
  if (line.startsWith('=== RUN')) return `\x1b[1m${line}\x1b(B\x1b[m`;
  if (line.startsWith('\t/')) {
    const path = line.slice(1).split(':')[0] ?? '';
    return `\t\x1b]8;;file://${path}\x07${line.slice(1)}\x1b]8;;\x1b\\`;
  }
  return line;
}

describe('terminal debris', () => {
  it('removes ANSI colours, charset resets and OSC 8 hyperlinks', () => {
    const coloured = output.map(colourise);
    expect(coloured.filter((line, i) => line !== output[i]).length).toBeGreaterThan(10);
    expect(texts(readText(coloured.join('\n')))).toEqual(output);
  });

  it('removes CRLF endings', () => {
    expect(texts(readText(`${output.join('\r\n')}\r\n`))).toEqual(output);
  });

  it('keeps what the last carriage return left visible', () => {
    // A progress line overwritten by the next real line (an empty one would read as CRLF), and a
    // line ending in return + erase.
    const overwritten = output.map((line, i) =>
      i % 3 === 0 && line !== '' ? `${output[i + 1] ?? ''}\r${line}` : line,
    );
    const erased = output.map((line) => `${line}\r\x1b[K`);
    expect(texts(readText(overwritten.join('\n')))).toEqual(output);
    expect(texts(readText(erased.join('\n')))).toEqual(output);
  });

  it('keeps a lone ESC or an unterminated sequence from eating the line', () => {
    expect(texts(readText('panic: test timed out after 2s\x1b\ngoroutine 21 [running]:\x1b[12'))).toEqual([
      'panic: test timed out after 2s',
      'goroutine 21 [running]:',
    ]);
    expect(texts(readText('\x1b]8;;file:///x\x1b[31mpanic: x'))).toEqual(['panic: x']);
  });
});
