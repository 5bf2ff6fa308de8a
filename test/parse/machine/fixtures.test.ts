// Every real fixture log, Go 1.19 and Go 1.23: the faults found, exactly. Plain logs are checked twice:
// fed straight to the machine as split lines, and through the whole parser (input layer included);
// `go test -json` logs go through the whole parser.
import { describe, expect, test } from 'vitest';
import { parseText } from '../../../src/parse/index.js';
import { EXPECTED } from './expected-fixtures.js';
import { LOGS_119, LOGS_123, machineFaults, readLog } from './helpers.js';
import { project } from './project.js';

const DIRS: Record<string, string> = { logs: LOGS_119, 'logs-go1.23': LOGS_123 };

function load(key: string): string {
  const [set = '', name = ''] = key.split('/');
  return readLog(DIRS[set] ?? '', name);
}

describe('fixture logs through the machine', () => {
  for (const [key, expected] of Object.entries(EXPECTED)) {
    if (!key.endsWith('.log')) continue;
    test(key, () => {
      const { faults, truncated } = machineFaults(load(key));
      expect(faults.map(project)).toEqual(expected);
      expect(truncated).toBe(false);
    });
  }
});

describe('fixture logs through LogParser', () => {
  for (const [key, expected] of Object.entries(EXPECTED)) {
    test(key, () => {
      const text = load(key);
      const { faults, stats } = parseText(text);
      expect(faults.map(project)).toEqual(expected);
      expect(stats.truncated).toBe(false);
      expect(stats.bytes).toBe(Buffer.byteLength(text));
    });
  }
});
