// Structured JSON log records (zap/logr style) whose string fields hold a whole goroutine stack.
import { describe, expect, it } from 'vitest';
import { expandJsonLogRecord } from '../../../src/parse/json-log.js';
import { fileLines, ownFixtureText, readText, runnerTimestamp, texts } from './helpers.js';

const log = fileLines(ownFixtureText('jsonlog-panic.log'));
const [info = '', record = '', ...dump] = log;
const stacktrace = (JSON.parse(record) as { stacktrace: string }).stacktrace;
const stackLines = stacktrace.split('\n').slice(0, -1);

describe('JSON log records', () => {
  it('expands a record with a stack into its header and the stack lines', () => {
    const headerAsPrinted = record.slice(0, record.indexOf(',"stacktrace":')).concat('}');
    expect(stackLines[0]).toBe('goroutine 1 [running]:');
    expect(stackLines.filter((line) => line.startsWith('\t')).length).toBeGreaterThan(3);
    expect(texts(readText(log.join('\n')))).toEqual([info, headerAsPrinted, ...stackLines, ...dump]);
  });

  it('gives the expanded lines the number of the record', () => {
    const lines = readText(log.join('\n'));
    expect(lines.slice(1, 2 + stackLines.length).every((line) => line.no === 2)).toBe(true);
    expect(lines[2 + stackLines.length]?.no).toBe(3);
  });

  it('expands records behind runner timestamps too', () => {
    const stamped = log.map((line, i) => `${runnerTimestamp(i)} ${line}`);
    expect(texts(readText(stamped.join('\n'))).slice(2, 2 + stackLines.length)).toEqual(stackLines);
  });

  it('keeps single-line records and anything that is not a JSON object', () => {
    const emitted: string[] = [];
    const expand = (line: string) => expandJsonLogRecord(line, (out) => emitted.push(out));
    expect(expand(info)).toBe(false);
    expect(expand(record.slice(0, 200))).toBe(false);
    expect(expand(JSON.stringify([stacktrace]))).toBe(false);
    expect(emitted).toEqual([]);
    expect(texts(readText(info))).toEqual([info]);
  });
});
