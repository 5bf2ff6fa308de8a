// DESIGN.md's crashFrame: the frame a maintainer should look at first.
import type { Fault, Frame, Goroutine } from '../model.js';
import { isRuntimeHelperFunc, localNameOf } from './go-paths.js';

export interface CrashFrameOptions {
  modulePath?: string;
}

/**
 * The first repo frame of the crash stack, below any recover/re-panic wrappers. Without a module
 * path: the first frame outside the runtime, the standard library (incl. `testing`) and dependencies,
 * else the first frame that is neither the runtime nor one of its helper packages (`internal/…`, `sync`,
 * `maps`, `iter`, …). Null when the stack has none (e.g. the mutation detector's goroutine).
 * Expects `locateFault` to have run.
 */
export function pickCrashFrame(fault: Fault, options: CrashFrameOptions): Frame | null {
  const frames = belowLastPanic(crashStackOf(fault));
  if (options.modulePath) return frames.find((f) => f.kind === 'repo') ?? null;
  return (
    frames.find((f) => f.kind === undefined) ??
    frames.find((f) => f.kind !== 'runtime' && !isRuntimeHelperFunc(f.func)) ??
    null
  );
}

/** The stack the crash is blamed on (innermost first); see `crashGoroutineOf` for the special cases. */
export function crashStackOf(fault: Fault): Frame[] {
  if (fault.kind === 'data-race') return fault.accesses?.[0]?.frames ?? [];
  return crashGoroutineOf(fault)?.frames ?? [];
}

/**
 * The goroutine to blame. A test timeout's `[running]` goroutine is the testing alarm, never the culprit:
 * blame the goroutine running the timed-out test. A deadlock has no running goroutine: blame the first
 * listed one (usually main, blocked on what never comes).
 */
export function crashGoroutineOf(fault: Fault): Goroutine | undefined {
  if (fault.kind === 'test-timeout') return testGoroutineOf(fault) ?? fault.crashing;
  if (fault.kind === 'deadlock') return fault.crashing ?? fault.others[0];
  return fault.crashing;
}

/** Frames below the last `panic` frame: a recover + re-panic (testing's tRunner, HandleCrash) stacks
 * its wrappers above the real site. Unchanged when there is no panic frame or nothing below it. */
export function belowLastPanic(frames: Frame[]): Frame[] {
  let last = -1;
  frames.forEach((f, i) => {
    if (f.func === 'panic' || f.func === 'runtime.gopanic') last = i;
  });
  return last >= 0 && last < frames.length - 1 ? frames.slice(last + 1) : frames;
}

/**
 * The goroutine running the timed-out test: the one whose `testing.tRunner` frame calls the test's
 * function. The test comes from the `running tests:` list (Go 1.20+), else the fault's test; when
 * neither names it, any goroutine that runs a test function of the code under test.
 */
function testGoroutineOf(fault: Fault): Goroutine | undefined {
  const goroutines = fault.crashing ? [fault.crashing, ...fault.others] : fault.others;
  const running = fault.runningTests?.[0]?.name ?? fault.test;
  const candidates = goroutines.flatMap((g) => {
    const testFunc = testFunctionOf(g);
    return testFunc ? [{ g, local: localNameOf(testFunc.func) }] : [];
  });
  if (running === undefined) return candidates[0]?.g;
  const top = running.split('/')[0] ?? running;
  const isSubtest = running.includes('/');
  const matches = candidates.filter((c) => c.local === top || c.local.startsWith(`${top}.`));
  // A subtest runs in a closure of its parent (`TestFoo.func1`); the parent waits in `t.Run`.
  const preferred = matches.find((c) => (c.local === top) !== isSubtest);
  return (preferred ?? matches[0] ?? candidates[0])?.g;
}

/**
 * The test a timed-out test binary was running, read from its stack (`pkg.TestFoo.func1` → `TestFoo`)
 * when the log named none. Only the top-level test: a subtest's name is not in the stack.
 */
export function testOfTimeout(fault: Fault): string | undefined {
  const g = testGoroutineOf(fault);
  const func = g && testFunctionOf(g)?.func;
  if (!func) return undefined;
  const name = localNameOf(func).split('.')[0];
  return name && /^(Test|Example|Fuzz)/.test(name) ? name : undefined;
}

/** The frame `testing.tRunner` calls, when it is user code (not testing's own `runTests.func1`). */
function testFunctionOf(g: Goroutine): Frame | undefined {
  const runner = g.frames.findIndex((f) => f.func === 'testing.tRunner');
  const caller = runner > 0 ? g.frames[runner - 1] : undefined;
  if (!caller || caller.kind === 'runtime' || caller.kind === 'stdlib') return undefined;
  return caller;
}
