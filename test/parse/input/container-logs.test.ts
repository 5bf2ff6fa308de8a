// Kubernetes logs: CRI records (`TS stderr F text`, partial `P` records joined until `F`),
// `kubectl logs --timestamps` prefixes, and Prow / CI logs that stack a runner timestamp on top.
import { describe, expect, it } from 'vitest';
import { fileLines, nanoTimestamp, readText, runnerTimestamp, scenarioText, texts } from './helpers.js';

const output = fileLines(scenarioText('logs', 'send-on-closed-channel-handlecrash.log'));

/** CRI records of one stream; every third non-empty line is split into partial records. */
function criRecords(lines: string[], stream: 'stdout' | 'stderr'): string[] {
  const records: string[] = [];
  lines.forEach((line, i) => {
    if (i % 3 === 0 && line.length > 2) {
      const a = Math.floor(line.length / 3);
      const b = Math.floor((2 * line.length) / 3);
      records.push(
        `${stream} P ${line.slice(0, a)}`,
        `${stream} P ${line.slice(a, b)}`,
        `${stream} F ${line.slice(b)}`,
      );
    } else records.push(`${stream} F ${line}`);
  });
  return records.map((record, i) => `${nanoTimestamp(i)} ${record}`);
}

describe('container logs', () => {
  it('reads CRI records and joins partial ones', () => {
    const records = criRecords(output, 'stderr');
    expect(records.length).toBeGreaterThan(output.length);
    const lines = readText(records.join('\n'));
    expect(texts(lines)).toEqual(output);
    // A joined line carries the number of its `F` record.
    expect(lines[0]?.no).toBe(3);
  });

  it('joins partial records per stream when stdout and stderr interleave', () => {
    const [first = '', second = ''] = output;
    const records = [
      `stderr P ${first.slice(0, 20)}`,
      `stdout F ${second}`,
      `stderr P ${first.slice(20, 40)}`,
      `stderr F ${first.slice(40)}`,
    ].map((record, i) => `${nanoTimestamp(i)} ${record}`);
    expect(readText(records.join('\n'))).toEqual([
      { text: second, no: 2, package: undefined, test: undefined },
      { text: first, no: 4, package: undefined, test: undefined },
    ]);
  });

  it('emits a partial record left open at the end of the input', () => {
    const records = [`${nanoTimestamp(0)} stderr P ${output[0]}`];
    expect(texts(readText(records.join('\n')))).toEqual([output[0]]);
  });

  it('removes kubectl logs --timestamps prefixes', () => {
    const input = output.map((line, i) => `${nanoTimestamp(i)} ${line}`).join('\n');
    expect(texts(readText(input))).toEqual(output);
  });

  it('removes a runner timestamp stacked on a kubectl timestamp, and offsets other than Z', () => {
    const input = output.map(
      (line, i) => `${runnerTimestamp(i)} ${nanoTimestamp(i).replace('Z', '+00:00')} ${line}`,
    );
    expect(texts(readText(input.join('\n')))).toEqual(output);
  });

  it('leaves lines that merely start with a date alone', () => {
    const lines = ['2024-01-15 starting', '2024-01-15T10:30:45.123Z\tERROR\tzap console line'];
    expect(texts(readText(lines.join('\n')))).toEqual(lines);
  });

  it('removes a timestamp without zone (log-system exports), keeping the indentation after it', () => {
    const lines = [
      '2024-01-15 10:30:45 starting',
      '2024-01-15 10:30:45.123 \tmain.go:12 +0x1d',
      '2024-01-15T10:30:45    x',
    ];
    expect(texts(readText(lines.join('\n')))).toEqual(['starting', '\tmain.go:12 +0x1d', '   x']);
  });
});
