// Shared by the input-layer tests: real fixtures and a one-call way to run the LineReader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineReader, type LogLine } from '../../../src/parse/input.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SCENARIOS = join(HERE, '../../fixtures/scenarios');
const OWN_FIXTURES = join(HERE, 'fixtures');

/** Both fixture sets of real runs: Go 1.19 and Go 1.23. */
export const FIXTURE_SETS = ['logs', 'logs-go1.23'] as const;
export type FixtureSet = (typeof FIXTURE_SETS)[number];

export function scenarioFiles(set: FixtureSet, ext: '.log' | '.json'): string[] {
  return readdirSync(join(SCENARIOS, set))
    .filter((name) => name.endsWith(ext) && name !== 'facts.json')
    .sort();
}

export function scenarioText(set: FixtureSet, name: string): string {
  return readFileSync(join(SCENARIOS, set, name), 'utf8');
}

/** Fixtures of this folder (real output of the programs in `fixtures/src`). */
export function ownFixtureText(name: string): string {
  return readFileSync(join(OWN_FIXTURES, name), 'utf8');
}

/** The lines of a text file as `wc -l` sees them (the final newline ends the last line). */
export function fileLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Runs the reader over the chunks in order and returns every line plus the end stats. */
export function readAll(chunks: Iterable<Uint8Array | string>): {
  lines: LogLine[];
  stats: { bytes: number; lines: number };
} {
  const lines: LogLine[] = [];
  const reader = new LineReader((line) => lines.push(line));
  for (const chunk of chunks) reader.push(chunk);
  return { lines, stats: reader.end() };
}

export function readText(text: string): LogLine[] {
  return readAll([text]).lines;
}

export function texts(lines: LogLine[]): string[] {
  return lines.map((line) => line.text);
}

/** A GitHub Actions runner timestamp (seven fraction digits), one tick later per line. */
export function runnerTimestamp(index: number): string {
  const ms = Date.UTC(2024, 0, 15, 10, 30, 45) + index * 3;
  return `${new Date(ms).toISOString().slice(0, 23)}${String(index % 10_000).padStart(4, '0')}Z`;
}

/** A CRI / `kubectl logs --timestamps` timestamp (nine fraction digits). */
export function nanoTimestamp(index: number): string {
  const ms = Date.UTC(2024, 0, 15, 10, 30, 45) + index * 3;
  return `${new Date(ms).toISOString().slice(0, 23)}${String(index % 1_000_000).padStart(6, '0')}Z`;
}

/** Splits `bytes` at the given offsets (sorted, deduplicated, clamped). */
export function splitAt(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const cuts = [...new Set(offsets.map((o) => Math.max(0, Math.min(bytes.length, o))))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const cut of cuts) {
    chunks.push(bytes.subarray(from, cut));
    from = cut;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}
