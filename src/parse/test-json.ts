// `go test -json` (test2json) events: the test output travels in `Output` fields, split at arbitrary
// points (test2json cuts lines longer than about 1 KiB into several events) and interleaved between
// parallel tests. One line buffer per (Package, Test) puts every line back together whole.
import { isJsonObject } from './json-log.js';
import { LineSplitter, MAX_LINE_LENGTH } from './lines.js';

/** Receives one complete output line of a test. */
export type TestOutputSink = (
  text: string,
  no: number,
  pkg: string | undefined,
  test: string | undefined,
) => void;

/** Open (Package, Test) buffers at most; past it the oldest is flushed. */
export const MAX_OPEN_OUTPUTS = 1024;
/**
 * Memory held in all unfinished lines together (code units, see `LineSplitter.footprint`); past it
 * the oldest buffers are flushed.
 */
export const MAX_PENDING_OUTPUT = 4 * MAX_LINE_LENGTH;

interface OutputBuffer {
  key: string;
  pkg: string | undefined;
  test: string | undefined;
  lines: LineSplitter;
}

/** Actions that end a test (with `Test`) or a whole package (without). */
const ENDS = new Set(['pass', 'fail', 'skip']);

export class TestJsonUnwrapper {
  private readonly buffers = new Map<string, OutputBuffer>();
  private pendingTotal = 0;
  /** The buffer of the previous output event: consecutive events mostly belong to one test. */
  private last: OutputBuffer | undefined;
  /** Line number of the event being handled: the number every line it completes carries. */
  private currentNo = 0;

  constructor(private readonly sink: TestOutputSink) {}

  /** Memory held in unfinished lines, all tests together (bounded by `MAX_PENDING_OUTPUT`). */
  get pending(): number {
    return this.pendingTotal;
  }

  /** Open (Package, Test) buffers (bounded by `MAX_OPEN_OUTPUTS`). */
  get open(): number {
    return this.buffers.size;
  }

  /** Consumes the line if it is a test2json event; returns false for any other line. */
  handle(s: string, no: number): boolean {
    if (s.indexOf('"Action"') === -1) return false;
    const event = parseJsonObject(s);
    if (event === undefined || typeof event.Action !== 'string') return false;
    this.currentNo = no;
    const action = event.Action;
    const pkg = optionalString(event.Package);
    const test = optionalString(event.Test);
    if (action === 'output') {
      if (typeof event.Output === 'string') this.append(pkg, test, event.Output);
    } else if (action === 'build-output') {
      // Go 1.24+: compiler output, keyed by `ImportPath` (`pkg [pkg.test]` for a test variant).
      const importPath = optionalString(event.ImportPath);
      if (typeof event.Output === 'string')
        this.append(packageOf(importPath), undefined, event.Output, importPath);
    } else if (action === 'build-fail') {
      this.flushKey(buildKey(optionalString(event.ImportPath)));
    } else if (ENDS.has(action)) {
      if (test !== undefined) this.flushKey(testKey(pkg, test));
      else this.flushPackage(pkg);
    }
    return true;
  }

  /** Flushes every unfinished line; they carry `no`, the input's last line number. */
  end(no: number): void {
    this.currentNo = no;
    for (const key of this.buffers.keys()) this.flushKey(key);
  }

  private append(
    pkg: string | undefined,
    test: string | undefined,
    output: string,
    importPath?: string,
  ): void {
    const key = importPath === undefined ? testKey(pkg, test) : buildKey(importPath);
    let buffer = this.last?.key === key ? this.last : this.buffers.get(key);
    if (buffer === undefined) {
      if (this.buffers.size >= MAX_OPEN_OUTPUTS) this.evictOldest();
      buffer = this.openBuffer(key, pkg, test);
      this.buffers.set(key, buffer);
    }
    this.last = buffer;
    const before = buffer.lines.footprint;
    buffer.lines.push(output);
    this.pendingTotal += buffer.lines.footprint - before;
    if (this.pendingTotal > MAX_PENDING_OUTPUT) this.shrink();
  }

  private openBuffer(key: string, pkg: string | undefined, test: string | undefined): OutputBuffer {
    const lines = new LineSplitter((text) => this.sink(text, this.currentNo, pkg, test));
    return { key, pkg, test, lines };
  }

  private flushKey(key: string): void {
    const buffer = this.buffers.get(key);
    if (buffer === undefined) return;
    this.pendingTotal -= buffer.lines.footprint;
    buffer.lines.flush();
    this.buffers.delete(key);
    if (this.last === buffer) this.last = undefined;
  }

  /** A package's end also ends any of its tests that never reported an end (a crashed binary). */
  private flushPackage(pkg: string | undefined): void {
    for (const [key, buffer] of this.buffers) if (buffer.pkg === pkg) this.flushKey(key);
  }

  private evictOldest(): void {
    const oldest = this.buffers.keys().next();
    if (oldest.done !== true) this.flushKey(oldest.value);
  }

  /** Over the memory budget (hostile input): flush the oldest unfinished lines first. */
  private shrink(): void {
    // Deleting the entry being visited is safe while iterating a Map.
    for (const [key, buffer] of this.buffers) {
      if (this.pendingTotal <= MAX_PENDING_OUTPUT) return;
      if (buffer.lines.footprint > 0) this.flushKey(key);
    }
  }
}

/** The JSON object on the line, or `undefined` (not an object, or not valid JSON). */
function parseJsonObject(s: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(s);
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function testKey(pkg: string | undefined, test: string | undefined): string {
  return `t\u0000${pkg ?? ''}\u0000${test ?? ''}`;
}

function buildKey(importPath: string | undefined): string {
  return `b\u0000${importPath ?? ''}`;
}

/** `example.com/m/pkg [example.com/m/pkg.test]` → `example.com/m/pkg`. */
function packageOf(importPath: string | undefined): string | undefined {
  if (importPath === undefined) return undefined;
  const bracket = importPath.indexOf(' [');
  return bracket === -1 ? importPath : importPath.slice(0, bracket);
}
