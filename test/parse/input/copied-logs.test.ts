// Logs pasted by people: Markdown quotes, `<details>` blocks and code fences, and the line-number
// gutter a CI log viewer copies along with the text.
import { describe, expect, it } from 'vitest';
import { GutterStripper, readGutter } from '../../../src/parse/gutter.js';
import { fileLines, readText, runnerTimestamp, scenarioText, texts } from './helpers.js';

const output = fileLines(scenarioText('logs-go1.23', 'cache-mutation-iter-json.log'));

describe('Markdown', () => {
  it('drops <details>, <summary> and code fences', () => {
    const issue = [
      '<details>',
      '<summary>go test output</summary>',
      '',
      '```text',
      ...output,
      '```',
      '',
      '</details>',
      '<details><summary>second run</summary>',
      '~~~',
      output[0] ?? '',
      '~~~',
      '</details>',
    ];
    expect(texts(readText(issue.join('\n')))).toEqual(['', ...output, '', output[0]]);
  });

  it('unquotes quoted lines, nested quotes and fences inside quotes', () => {
    const quoted = ['> ```', ...output.map((line) => (line === '' ? '>' : `> ${line}`)), '> ```'];
    expect(texts(readText(quoted.join('\n')))).toEqual(output);
    const nested = output.map((line) => `> > ${line}`);
    expect(texts(readText(nested.join('\n')))).toEqual(output);
    const tight = output.map((line) => `>${line}`);
    expect(texts(readText(tight.join('\n')))).toEqual(output);
  });

  it('unquotes a quoted GitHub Actions log', () => {
    const quoted = output.map((line, i) => `> ${runnerTimestamp(i)} ${line}`);
    expect(texts(readText(quoted.join('\n')))).toEqual(output);
  });
});

describe('line-number gutters', () => {
  const gutters: [string, (n: number, line: string) => string][] = [
    ['  123 | text', (n, line) => `${String(n).padStart(5)} | ${line}`],
    ['123│text', (n, line) => `${n}│${line}`],
    ['123\\ttext', (n, line) => `${n}\t${line}`],
  ];
  for (const [name, gutter] of gutters) {
    it(`removes a ${name} gutter without touching tab-indented frames`, () => {
      const copied = output.map((line, i) => gutter(i + 97, line));
      const lines = readText(copied.join('\n'));
      expect(texts(lines)).toEqual(output);
      expect(lines.map((line) => line.no)).toEqual(output.map((_, i) => i + 1));
    });
  }

  it('removes a gutter inside a quote, and one around runner timestamps', () => {
    const quoted = output.map((line, i) => `> ${i + 1} | ${line}`);
    expect(texts(readText(quoted.join('\n')))).toEqual(output);
    const stamped = output.map((line, i) => `${i + 1}\t${runnerTimestamp(i)} ${line}`);
    expect(texts(readText(stamped.join('\n')))).toEqual(output);
  });

  it('reads the gutter forms', () => {
    expect(readGutter('  12 | x')).toEqual({ number: 12, length: 7 });
    expect(readGutter('12 |')).toEqual({ number: 12, length: 4 });
    expect(readGutter('12│x')).toEqual({ number: 12, length: 3 });
    expect(readGutter('12\t\t/x.go:1')).toEqual({ number: 12, length: 3 });
    expect(readGutter('12')).toEqual({ number: 12, length: 2 });
    expect(readGutter('\t12 | x')).toBeUndefined();
    expect(readGutter('2024-01-15T10:30:45Z x')).toBeUndefined();
    expect(readGutter('12 x')).toBeUndefined();
  });

  it('needs two consecutive numbers, and stops at the first break', () => {
    const out: [string, number][] = [];
    const stripper = new GutterStripper((text, no) => out.push([text, no]));
    const input = ['5\ta', 'b', '7\tc', '9\td', '1 | e', '2 | f', '3 | g', 'h', '4 | i'];
    for (const [i, line] of input.entries()) stripper.push(line, i + 1);
    stripper.end();
    expect(out).toEqual([
      ['5\ta', 1],
      ['b', 2],
      ['7\tc', 3],
      ['9\td', 4],
      ['e', 5],
      ['f', 6],
      ['g', 7],
      ['h', 8],
      ['4 | i', 9],
    ]);
  });
});
