// Drives the fault machine with the lines of a plain (not -json) log, the way the input layer would.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Fault } from '../../../src/model.js';
import { FaultMachine } from '../../../src/parse/machine.js';

export const LOGS_119 = fileURLToPath(new URL('../../fixtures/scenarios/logs/', import.meta.url));
export const LOGS_123 = fileURLToPath(new URL('../../fixtures/scenarios/logs-go1.23/', import.meta.url));

export function readLog(dir: string, name: string): string {
  return readFileSync(dir + name, 'utf8');
}

/** Lines as the input layer hands them over: no line terminators, numbered from 1. */
export function machineFaults(text: string): { faults: Fault[]; truncated: boolean } {
  const faults: Fault[] = [];
  const machine = new FaultMachine((f) => faults.push(f));
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    machine.push({ text: line.endsWith('\r') ? line.slice(0, -1) : line, no: i + 1 });
  });
  machine.end();
  return { faults, truncated: machine.truncated };
}
