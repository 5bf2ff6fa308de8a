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

/** Tracks, per stream, the test that output is currently attributed to. */
export class TestTracker {
  /** The test named by the last `=== RUN/CONT/NAME` or `--- FAIL` line. */
  private current: string | undefined;
  /** The last `=== RUN` test without a result yet (Go 1.19 timeouts name no test). */
  private openRun: string | undefined;
  /** The `--- FAIL:` test named after the last `=== RUN`, preferring the deepest subtest. */
  private failed: string | undefined;
  /** True when `current` came from a `--- FAIL` line rather than a `===` marker. */
  private currentFromResult = false;

  /**
   * Reads a line; returns what it settles, if anything. `lineTest` is the test2json Test field, which is
   * authoritative for the `race detected` line (test2json tags races with whatever test printed last).
   */
  observe(text: string, lineTest: string | undefined): AttributionEvent | undefined {
    if (text.length === 0) return undefined;
    const first = text.charCodeAt(0);
    if (first === 61 /* = */) {
      if (text.startsWith('=== ')) this.observeMarker(text);
      return undefined;
    }
    if (first === 70 /* F */ || first === 111 /* o */) {
      const pkg = PACKAGE_RESULT.exec(text)?.[1];
      if (!pkg) return undefined;
      // The next package's tests start afresh.
      this.current = undefined;
      this.openRun = undefined;
      this.failed = undefined;
      return { type: 'package-done', package: pkg };
    }
    if (first === 45 /* - */ || first === 32 /* space */) {
      // Most indented lines are test log output: look for `--- ` after the indent before anything else.
      let i = 0;
      while (text.charCodeAt(i) === 32) i += 1;
      if (text.startsWith('--- ', i)) this.observeResult(text, i + 4);
      else if (text.endsWith(RACE_DETECTED)) return { type: 'race-detected', test: lineTest || this.current };
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
      this.current = undefined;
      this.currentFromResult = false;
    }
  }

  /** `=== RUN   T`, `=== CONT  T`, `=== NAME  T` (Go 1.20+), `=== PAUSE T`. */
  private observeMarker(text: string): void {
    const action = text.slice(4, 8);
    if (action !== 'RUN ' && action !== 'CONT' && action !== 'NAME') return;
    const name = text.slice(8).trim();
    // An empty `=== CONT  ` attributes the following output to no test.
    this.current = name === '' ? undefined : name;
    this.currentFromResult = false;
    if (action === 'RUN ') {
      this.openRun = this.current;
      this.failed = undefined;
    }
  }

  /** `--- FAIL: T (0.00s)` / `--- PASS: …` / `--- SKIP: …`; `at` is where the result word starts. */
  private observeResult(text: string, at: number): void {
    if (text.charCodeAt(at + 4) !== 58 /* : */ || text.charCodeAt(at + 5) !== 32) return;
    const nameAt = at + 6;
    if (!text.startsWith('FAIL', at)) {
      // PASS and SKIP lines are frequent: compare in place, allocate nothing.
      const run = this.openRun;
      if (run !== undefined && text.startsWith(run, nameAt) && text.charCodeAt(nameAt + run.length) === 32) {
        this.openRun = undefined;
      }
      return;
    }
    const space = text.indexOf(' ', nameAt);
    const name = text.slice(nameAt, space < 0 ? text.length : space);
    if (name === this.openRun) this.openRun = undefined;
    // Parents print their `--- FAIL` before their subtests': keep the deepest failing one.
    if (this.failed === undefined || !this.failed.startsWith(`${name}/`)) this.failed = name;
    this.current = name;
    this.currentFromResult = true;
  }

  /**
   * The test a panic that the testing package recovered and re-raised (`panic: … [recovered]`) belongs to:
   * tRunner prints the `--- FAIL` lines of the panicking test right before it.
   */
  recoveredPanicTest(lineTest: string | undefined): string | undefined {
    return this.failed ?? lineTest ?? this.current;
  }

  /**
   * The test running when a crash that testing never saw happened (a fatal error, a panic in another
   * goroutine): no `--- FAIL` names it, so only the `=== RUN/CONT/NAME` markers (`-v`, `-json`) can.
   */
  crashTest(lineTest: string | undefined): string | undefined {
    return lineTest ?? (this.currentFromResult ? undefined : this.current);
  }

  /** The test a timeout belongs to when Go printed no `running tests:` list (Go ≤ 1.19, -v only). */
  timeoutTest(lineTest: string | undefined): string | undefined {
    return this.openRun ?? lineTest;
  }
}
