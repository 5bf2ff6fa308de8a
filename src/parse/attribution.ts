// Which test and package a fault belongs to, from the `go test` lines around it. Some of that
// knowledge comes after the fault (`race detected during execution of test`, `FAIL pkg 0.5s`), so the
// machine asks this tracker what each line settles.

/** What one `go test` line tells about attribution. */
export type AttributionEvent =
  /** A `race detected during execution of test` line: pending races belong to `test` (undefined: none). */
  | { type: 'race-detected'; test: string | undefined }
  /** `FAIL pkg 0.5s` / `ok pkg 0.5s`: the package's output is over. */
  | { type: 'package-done'; package: string };

const PACKAGE_RESULT = /^(?:FAIL|ok {2})\t(\S+)(?:\t|\s*\[| *$)/;
const RACE_DETECTED = 'race detected during execution of test';
/** Races in TestMain, init or leaked goroutines belong to no test. */
const RACE_OUTSIDE_TEST = 'testing: race detected outside of test execution';

/** `NameSlot.at` of a marker line whose name has not been looked for yet. */
const UNRESOLVED = -1;

/**
 * A test name kept as the line it was read from and the offset where the name starts (`at === 0`:
 * `line` is the name itself). About a third of a `-v` log is `=== RUN` lines, and most of them are
 * followed by another before anything asks for a name, so a marker line is only stored, and where its
 * name starts is worked out when someone asks (`UNRESOLVED` until then): cutting a substring, or even
 * finding the name, on every such line was a good part of the tracker's time. The slot holds the line
 * (a view into the log chunk) exactly as long as the name used to be held.
 */
class NameSlot {
  line: string | undefined = undefined;
  at = 0;

  get name(): string | undefined {
    this.resolve();
    const line = this.line;
    if (line === undefined) return undefined;
    return this.at === 0 ? line : line.slice(this.at);
  }

  /** A `=== RUN/CONT/NAME` line: the name is `line.slice(8).trim()`, looked for later. */
  setMarker(line: string): void {
    this.line = line;
    this.at = UNRESOLVED;
  }

  /** A name on its own. */
  setName(name: string): void {
    this.line = name;
    this.at = 0;
  }

  copy(other: NameSlot): void {
    this.line = other.line;
    this.at = other.at;
  }

  clear(): void {
    this.line = undefined;
  }

  /** Whether a result line names this test at `at`, followed by a space. Compared from the end:
   * sibling subtests (`T/size=0` … `T/size=5`) share all but their last characters. */
  isNamedAt(text: string, at: number): boolean {
    this.resolve();
    const line = this.line;
    if (line === undefined) return false;
    const from = this.at;
    const length = line.length - from;
    if (at + length >= text.length || text.charCodeAt(at + length) !== 32) return false;
    for (let i = length - 1; i >= 0; i--)
      if (text.charCodeAt(at + i) !== line.charCodeAt(from + i)) return false;
    return true;
  }

  /** Finds where a marker line's name starts; an empty name (`=== CONT  `) leaves no test. */
  private resolve(): void {
    const line = this.line;
    if (this.at !== UNRESOLVED || line === undefined) return;
    let from = 8;
    const end = line.length;
    while (from < end && line.charCodeAt(from) === 32) from++;
    if (from < end && isVisibleAscii(line.charCodeAt(from)) && isVisibleAscii(line.charCodeAt(end - 1))) {
      this.at = from;
      return;
    }
    // Not plain ASCII at both ends: only the real `trim()` is exact.
    const name = line.slice(8).trim();
    this.line = name === '' ? undefined : name;
    this.at = 0;
  }
}

/** Tracks, per stream, the test that output is currently attributed to. */
export class TestTracker {
  /** The test named by the last `=== RUN/CONT/NAME` or `--- FAIL` line. */
  private readonly current = new NameSlot();
  /** The last `=== RUN` test without a result yet (Go 1.19 timeouts name no test). */
  private readonly openRun = new NameSlot();
  /** The `--- FAIL:` test named after the last `=== RUN`, preferring the deepest subtest. */
  private failed: string | undefined;
  /** True when `current` came from a `--- FAIL` line rather than a `===` marker. */
  private currentFromResult = false;

  /**
   * Reads a line; returns what it settles, if anything. `lineTest` is the test2json Test field, which is
   * authoritative for the `race detected` line (test2json tags races with whatever test printed last).
   */
  observe(text: string, lineTest: string | undefined): AttributionEvent | undefined {
    const length = text.length;
    if (length === 0) return undefined;
    // One switch on the first character: `=== RUN`, `--- PASS` and indented log lines are most of a
    // `go test -v` log, and each should cost a few character reads.
    const first = text.charCodeAt(0);
    if (first === 61 /* = */) {
      if (hasPrefixAt(text, 0, '=== ')) this.observeMarker(text);
      return undefined;
    }
    if (first === 70 /* F */ || first === 111 /* o */) {
      const pkg = PACKAGE_RESULT.exec(text)?.[1];
      if (!pkg) return undefined;
      // The next package's tests start afresh.
      this.current.clear();
      this.openRun.clear();
      this.failed = undefined;
      return { type: 'package-done', package: pkg };
    }
    if (first === 45 /* - */ || first === 32 /* space */) {
      // Most indented lines are test log output: look for `--- ` after the indent before anything else.
      let i = 0;
      while (i < length && text.charCodeAt(i) === 32) i += 1;
      if (hasPrefixAt(text, i, '--- ')) this.observeResult(text, i + 4);
      else if (text.charCodeAt(length - 1) === 116 /* t */ && text.endsWith(RACE_DETECTED))
        return { type: 'race-detected', test: lineTest || this.current.name };
      return undefined;
    }
    if (first === 116 /* t */ && text.startsWith(RACE_OUTSIDE_TEST)) {
      return { type: 'race-detected', test: undefined };
    }
    this.interrupt();
    return undefined;
  }

  /**
   * A line of program output at the start of a line: a test's `--- FAIL` block is over, so a later crash
   * (the runtime prints no `--- FAIL` for a test killed by a fatal error) is not that test's.
   */
  interrupt(): void {
    this.failed = undefined;
    if (this.currentFromResult) {
      this.current.clear();
      this.currentFromResult = false;
    }
  }

  /** `=== RUN   T`, `=== CONT  T`, `=== NAME  T` (Go 1.20+), `=== PAUSE T`. */
  private observeMarker(text: string): void {
    const isRun = hasPrefixAt(text, 4, 'RUN ');
    if (!isRun && !hasPrefixAt(text, 4, 'CONT') && !hasPrefixAt(text, 4, 'NAME')) return;
    // The name is `text.slice(8).trim()`; an empty one (`=== CONT  `) attributes what follows to no test.
    this.current.setMarker(text);
    this.currentFromResult = false;
    if (isRun) {
      this.openRun.copy(this.current);
      this.failed = undefined;
    }
  }

  /** `--- FAIL: T (0.00s)` / `--- PASS: …` / `--- SKIP: …`; `at` is where the result word starts. */
  private observeResult(text: string, at: number): void {
    if (text.charCodeAt(at + 4) !== 58 /* : */ || text.charCodeAt(at + 5) !== 32) return;
    const nameAt = at + 6;
    if (!hasPrefixAt(text, at, 'FAIL')) {
      // PASS and SKIP lines are frequent: compare in place, allocate nothing.
      if (this.openRun.isNamedAt(text, nameAt)) this.openRun.clear();
      return;
    }
    const space = text.indexOf(' ', nameAt);
    const name = text.slice(nameAt, space < 0 ? text.length : space);
    if (name === this.openRun.name) this.openRun.clear();
    // Parents print their `--- FAIL` before their subtests': keep the deepest failing one.
    if (this.failed === undefined || !this.failed.startsWith(`${name}/`)) this.failed = name;
    this.current.setName(name);
    this.currentFromResult = true;
  }

  /**
   * The test a panic that the testing package recovered and re-raised (`panic: … [recovered]`) belongs to:
   * tRunner prints the `--- FAIL` lines of the panicking test right before it.
   */
  recoveredPanicTest(lineTest: string | undefined): string | undefined {
    return this.failed ?? lineTest ?? this.current.name;
  }

  /**
   * The test running when a crash that testing never saw happened (a fatal error, a panic in another
   * goroutine): no `--- FAIL` names it, so only the `=== RUN/CONT/NAME` markers (`-v`, `-json`) can.
   */
  crashTest(lineTest: string | undefined): string | undefined {
    return lineTest ?? (this.currentFromResult ? undefined : this.current.name);
  }

  /** The test a timeout belongs to when Go printed no `running tests:` list (Go ≤ 1.19, -v only). */
  timeoutTest(lineTest: string | undefined): string | undefined {
    return this.openRun.name ?? lineTest;
  }
}

/**
 * `text.startsWith(prefix, at)` for the short ASCII prefixes of go test lines, as a plain loop: V8 does
 * not inline `startsWith` with a position, and on millions of lines the loop is several times cheaper.
 */
function hasPrefixAt(text: string, at: number, prefix: string): boolean {
  if (at + prefix.length > text.length) return false;
  for (let i = 0; i < prefix.length; i++) if (text.charCodeAt(at + i) !== prefix.charCodeAt(i)) return false;
  return true;
}

function isVisibleAscii(c: number): boolean {
  return c > 0x20 && c < 0x7f;
}
