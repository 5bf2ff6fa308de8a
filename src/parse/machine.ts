// The fault state machine: one pass over normalized log lines, finding headlines and reading the dumps,
// race reports and mutation-detector diffs after them. Each input stream (a test binary's package in
// `go test -json`, or the whole log) has its own state, so interleaved packages do not mix.
// Finished faults wait in a small queue until their test and package are known, then go out in order.
import type { Fault, RaceAccess, RunningTest } from '../model.js';
import { type AttributionEvent, TestTracker } from './attribution.js';
import { SideBySideDiffReader } from './cache-mutation.js';
import { DumpBuilder } from './dump.js';
import { crashSignOf, indentEnd, readFileLine, readFuncLine, readJoinedFrame } from './frame-lines.js';
import { parseGoroutineHeader } from './goroutine.js';
import {
  cacheTypeOfPanicValue,
  kindOfFatal,
  kindOfPanicValue,
  observedPanicValue,
  parseCacheAltered,
  stripRecovered,
} from './headline.js';
import { accessHeaderOf, RACE_RULE, RACE_WARNING, RaceReportBuilder } from './race.js';

/** What the machine needs of a line; `LogLine` of input.ts has this shape. */
export interface MachineLine {
  text: string;
  no: number;
  package?: string;
  test?: string;
}

/** Faults waiting for attribution, per stream; the oldest goes out when full. */
const MAX_PENDING = 64;
/** Streams (packages) tracked at once; the least recently used is closed when full. */
const MAX_STREAMS = 256;
/** Lines between a headline and its dump that are neither (multi-line panic values). */
const MAX_HEADER_NOISE = 50;
/** Lines inside a race report that belong to no section (interleaved output) before we give up. */
const MAX_RACE_NOISE = 10_000;
/** Lines of other writers tolerated between a race report's opening rule and its `WARNING` line. */
const MAX_RULE_GAP = 16;
/** Another writer's lines skipped inside a headless stack: in a row, and in all. */
const MAX_FOREIGN_RUN = 2;
const MAX_FOREIGN_LINES = 32;
/** Headlines and panic values are kept whole up to this length. */
const MAX_TEXT = 4096;
/** Panic chain entries kept (nested panics). */
const MAX_CHAIN = 32;
const MAX_RUNNING_TESTS = 1000;

/** Lines that cannot continue a panic value: go test markers and results, other headlines. */
const ENDS_HEADER = /^(?:panic: |fatal error: |=== |--- |={18}$|FAIL(?:\t|$)|ok {2}\t|PASS$)/;
/** Lines that end a race report that lost its closing rule: go test markers and results. */
const ENDS_RACE =
  /^(?:=== |--- |FAIL(?:\t|$)|ok {2}\t|PASS$|Found \d+ data race\(s\)$|testing: race detected)/;
/** First characters of the lines above: W(ARNING) = - F o P t (frame lines start with a space). */
const RACE_BREAK_STARTS = new Uint8Array(128);
for (const c of 'W=-FoPt') RACE_BREAK_STARTS[c.charCodeAt(0)] = 1;
/** The headline of a fault pasted without one (its kind was read from the stack). */
export const MISSING_HEADLINE = '(no headline in the log: partial stack)';

/** `closed`: a race report read up to its closing rule; the next line finishes it. */
type Mode = 'header' | 'running-tests' | 'dump' | 'race' | 'cache' | 'closed';

interface Active {
  fault: Fault;
  mode: Mode;
  dump: DumpBuilder;
  race?: RaceReportBuilder;
  diff?: SideBySideDiffReader;
  noise: number;
  /** client-go HandleCrash's logged dump: superseded by the real panic that follows. */
  provisional: boolean;
  /** A stack met with no headline: a fault only if it shows a crash sign when it ends. */
  fragment?: boolean;
  /** A fragment's foreign lines: in a row, and in all (see `skipsForeign`). */
  foreignRun?: number;
  foreignTotal?: number;
  /** Header mode: a function line whose file line may come next (a dump without goroutine header). */
  headerFunc?: string;
  /** Header mode: the last line read was a `panic:` line, so a `panic:` line next continues the chain. */
  chainOpen?: boolean;
}

interface Pending {
  fault: Fault;
  /** Races wait for the `race detected during execution of test` line that names their test. */
  awaitingRaceTest: boolean;
}

interface Stream {
  tracker: TestTracker;
  active?: Active;
  provisional?: Fault;
  pending: Pending[];
  /** Line number of a `==================` just read (a race report starts when WARNING follows). */
  ruleAt?: number;
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

function newFault(kind: Fault['kind'], headline: string, line: MachineLine): Fault {
  const fault: Fault = { kind, headline: clip(headline), others: [], span: { start: line.no, end: line.no } };
  if (line.package) fault.package = line.package;
  return fault;
}

/**
 * What an idle line's first character allows, one table lookup per line: `HEADLINE` for the characters
 * `startHeadline` switches on (`W`ARNING / `W`rite, `p`anic, `f`atal, `C`ACHE, `E` (klog), and a race
 * access pasted without its WARNING: `R`ead, `P`revious, `A`/`a`tomic); `FRAGMENT` for a stack pasted
 * without headline (a lower-case package path, or the race detector's two-space indent).
 */
const HEADLINE = 1;
const FRAGMENT = 2;
const IDLE_FIRST = new Uint8Array(128);
for (const c of 'WpfCERPAa') IDLE_FIRST[c.charCodeAt(0)] = HEADLINE;
for (const c of 'abcdefghijklmnopqrstuvwxyz_ ') {
  const at = c.charCodeAt(0);
  IDLE_FIRST[at] = (IDLE_FIRST[at] ?? 0) | FRAGMENT;
}

function mayStartHeadline(first: number): boolean {
  return first < 128 && ((IDLE_FIRST[first] as number) & HEADLINE) !== 0;
}

/**
 * Whether an idle line may start a stack pasted without headline: a goroutine header or a frame. Runs
 * on every idle line, so it rules most out by their first character: a function starts with a
 * lower-case package path (`example.com/…`, `main.`, `panic(`); test markers, klog lines and the
 * like never do.
 */
function mayStartFragment(text: string, first: number): boolean {
  if (first === 0x67 /* g */ && text.startsWith('goroutine ')) return true;
  // Go prints function lines unindented; the race detector indents them by two spaces.
  const from = first === 0x20 ? (text.charCodeAt(1) === 0x20 && text.charCodeAt(2) !== 0x20 ? 2 : -1) : 0;
  if (from < 0) return false;
  const c = text.charCodeAt(from);
  if (!((c >= 0x61 && c <= 0x7a) || c === 0x5f)) return false;
  const last = text.charCodeAt(text.length - 1);
  const endsLikeFrame =
    last === 0x29 /* ) */ || (last >= 0x30 && last <= 0x39) || (last >= 0x61 && last <= 0x66);
  if (!endsLikeFrame) return false;
  // A function name runs to its argument list without a space.
  for (let i = from; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === 0x28 /* ( */) return true;
    if (d === 0x20 || d === 0x09) return false;
  }
  return false;
}

export class FaultMachine {
  private readonly streams = new Map<string, Stream>();
  private lastLineNo = 0;
  /** The stream of the previous line: consecutive lines almost always share it. */
  private recent: { key: string; stream: Stream } | undefined;
  private sawTruncation = false;
  /** A fault whose dump ended on a malformed line: truncated if that line was the last of the input. */
  private suspect: { fault: Fault; lineNo: number } | undefined;

  constructor(private readonly onFault: (fault: Fault) => void) {}

  /** True once any fault was found cut short. */
  get truncated(): boolean {
    return this.sawTruncation;
  }

  push(line: MachineLine): void {
    this.pushLine(line.text, line.no, line.package, line.test);
  }

  /**
   * `push`, field by field. The input layer calls this for every line of the log: most lines are
   * read and dropped at once, so no object is made for them.
   */
  pushLine(text: string, no: number, pkg: string | undefined, test: string | undefined): void {
    this.lastLineNo = no;
    const stream = this.stream(pkg ?? '');
    const active = stream.active;
    if (active && this.feedActive(stream, active, { text, no, package: pkg, test })) return;
    this.idle(stream, text, no, pkg, test);
  }

  end(): void {
    for (const stream of this.streams.values()) this.closeStream(stream, true);
    this.streams.clear();
    this.recent = undefined;
  }

  private stream(key: string): Stream {
    if (this.recent?.key === key) return this.recent.stream;
    const stream = this.lookupStream(key);
    this.recent = { key, stream };
    return stream;
  }

  private lookupStream(key: string): Stream {
    let stream = this.streams.get(key);
    if (stream) {
      // Map order is insertion order: re-inserting keeps the least recently used first.
      if (this.streams.size > 1) {
        this.streams.delete(key);
        this.streams.set(key, stream);
      }
      return stream;
    }
    if (this.streams.size >= MAX_STREAMS) {
      const [oldestKey, oldest] = this.streams.entries().next().value ?? [];
      if (oldest !== undefined && oldestKey !== undefined) {
        this.closeStream(oldest, false);
        this.streams.delete(oldestKey);
      }
    }
    stream = { tracker: new TestTracker(), pending: [] };
    this.streams.set(key, stream);
    return stream;
  }

  private closeStream(stream: Stream, atEnd: boolean): void {
    if (stream.active) this.finish(stream, stream.active, atEnd);
    this.releaseProvisional(stream);
    for (const p of stream.pending) this.emit(p.fault);
    stream.pending = [];
  }

  // ---- lines outside any fault: the fast path ----

  private idle(
    stream: Stream,
    text: string,
    no: number,
    pkg: string | undefined,
    test: string | undefined,
  ): void {
    const first = text.charCodeAt(0);
    // The length test first: `=== RUN` lines start the same way, and are a third of a `-v` log.
    if (first === 61 /* = */ && text.length === RACE_RULE.length && text === RACE_RULE) {
      stream.ruleAt = no;
      return;
    }
    // The race detector writes the rule and `WARNING: DATA RACE` in separate write(2) calls, so a line of
    // another writer can fall between them: the rule stays good for a few lines.
    let ruleAt = stream.ruleAt;
    if (ruleAt !== undefined && no - ruleAt > MAX_RULE_GAP) ruleAt = stream.ruleAt = undefined;
    if (first === 9 /* tab */) return;
    const kind = first < 128 ? (IDLE_FIRST[first] as number) : 0;
    if (
      (kind & HEADLINE) !== 0 &&
      this.startHeadline(stream, { text, no, package: pkg, test }, first, ruleAt)
    )
      return;
    if (
      (kind & FRAGMENT) !== 0 &&
      mayStartFragment(text, first) &&
      this.startFragment(stream, { text, no, package: pkg, test })
    )
      return;
    // Not a headline: perhaps a go test line that settles attribution, or program output.
    const event = stream.tracker.observe(text, test);
    if (event) this.settle(stream, event);
  }

  /**
   * Starts a fault when the line is a headline; the first-character switch keeps regexes off most lines.
   * Its cases are the characters `mayStartHeadline` lets through.
   */
  private startHeadline(
    stream: Stream,
    line: MachineLine,
    first: number,
    ruleAt: number | undefined,
  ): boolean {
    const text = line.text;
    switch (first) {
      case 87 /* W */:
        // `WARNING: DATA RACE` and its newline are two writes: another writer's line may be glued on
        // after a rule. Pasted reports often lose the `==================` rule: the line alone starts one.
        if (text.startsWith(RACE_WARNING)) {
          if (ruleAt !== undefined) stream.ruleAt = undefined;
          this.observeGlued(stream, text.slice(RACE_WARNING.length), line.test);
          this.startRace(stream, line, ruleAt ?? line.no);
          return true;
        }
        return this.startRaceAtAccess(stream, line);
      case 82 /* R */:
      case 80 /* P */:
      case 65 /* A */:
      case 97 /* a */:
        return this.startRaceAtAccess(stream, line);
      case 112 /* p */:
        if (!text.startsWith('panic: ')) return false;
        this.startPanic(stream, line);
        return true;
      case 102 /* f */:
        if (!text.startsWith('fatal error: ')) return false;
        this.startFatal(stream, line);
        return true;
      case 67 /* C */:
        return text.startsWith('CACHE ') && this.startCache(stream, line);
      case 69 /* E */:
        return this.startObserved(stream, line);
      default:
        return false;
    }
  }

  /** A go test line glued to the end of a race report line still counts for attribution. */
  private observeGlued(stream: Stream, tail: string, test: string | undefined): void {
    if (tail === '') return;
    const event = stream.tracker.observe(tail, test);
    if (event) this.settle(stream, event);
  }

  // ---- starting faults ----

  private begin(stream: Stream, fault: Fault, mode: Mode, provisional = false): Active {
    const active: Active = { fault, mode, dump: new DumpBuilder(true), noise: 0, provisional };
    stream.active = active;
    return active;
  }

  private startPanic(stream: Stream, line: MachineLine): void {
    const printed = line.text.slice('panic: '.length);
    const value = stripRecovered(printed);
    const fault = newFault(kindOfPanicValue(value), line.text, line);
    fault.panicChain = [clip(line.text)];
    const test =
      value === printed ? stream.tracker.crashTest(line.test) : stream.tracker.recoveredPanicTest(line.test);
    if (test !== undefined) fault.test = test;
    this.begin(stream, fault, 'header').chainOpen = true;
  }

  private startFatal(stream: Stream, line: MachineLine): void {
    const fault = newFault(kindOfFatal(line.text.slice('fatal error: '.length)), line.text, line);
    const test = stream.tracker.crashTest(line.test);
    if (test !== undefined) fault.test = test;
    this.releaseProvisional(stream);
    this.begin(stream, fault, 'header');
  }

  private startRace(stream: Stream, line: MachineLine, ruleAt: number): void {
    const fault = newFault('data-race', RACE_WARNING, line);
    fault.span.start = ruleAt;
    this.releaseProvisional(stream);
    const active = this.begin(stream, fault, 'race');
    active.race = new RaceReportBuilder();
  }

  /** A race report pasted from an access section (`Write at 0x… by goroutine 7:`): no WARNING line. */
  private startRaceAtAccess(stream: Stream, line: MachineLine): boolean {
    if (accessHeaderOf(line.text) === undefined) return false;
    this.startRace(stream, line, line.no);
    const active = stream.active as Active;
    active.fault.partial = true;
    active.race?.accept(line.text);
    return true;
  }

  /**
   * A goroutine header or a frame with no headline before it: read it as a dump, which becomes a
   * partial fault when it ends if its stack shows a crash (see `crashSignOf`), and is dropped otherwise.
   */
  private startFragment(stream: Stream, line: MachineLine): boolean {
    if (line.text.charCodeAt(0) === 0x67 /* g */) {
      if (!parseGoroutineHeader(line.text)) return false;
    } else if (!readFuncLine(line.text) && !readJoinedFrame(line.text)) return false;
    const fault = newFault('panic', MISSING_HEADLINE, line);
    const active = this.begin(stream, fault, 'dump');
    active.fragment = true;
    active.dump.accept(line.text);
    return true;
  }

  private startCache(stream: Stream, line: MachineLine): boolean {
    const altered = parseCacheAltered(line.text);
    if (!altered) return false;
    const fault = newFault('cache-mutation', line.text, line);
    fault.cacheMutation = { objectType: altered.objectType, indexes: [altered.index], changedFields: [] };
    // the detector panics in its own goroutine: only the `=== RUN` markers name the test that was running
    const test = stream.tracker.crashTest(line.test);
    if (test !== undefined) fault.test = test;
    this.releaseProvisional(stream);
    const active = this.begin(stream, fault, 'cache');
    active.diff = new SideBySideDiffReader();
    return true;
  }

  private startObserved(stream: Stream, line: MachineLine): boolean {
    const value = observedPanicValue(line.text);
    if (value === undefined) return false;
    const at = line.text.indexOf('Observed a panic: ');
    const fault = newFault(kindOfPanicValue(value), line.text.slice(at), line);
    const test = stream.tracker.crashTest(line.test);
    if (test !== undefined) fault.test = test;
    this.releaseProvisional(stream);
    this.begin(stream, fault, 'header', true);
    return true;
  }

  // ---- inside a fault ----

  /** Feeds a line to the fault being read; false when the line is not part of it (the fault is finished). */
  private feedActive(stream: Stream, active: Active, line: MachineLine): boolean {
    const consumed = this.feedMode(active, line.text);
    if (consumed) active.fault.span.end = line.no;
    else this.finish(stream, active, false, line);
    return consumed;
  }

  private feedMode(active: Active, text: string): boolean {
    switch (active.mode) {
      case 'race':
        return this.feedRace(active, text);
      case 'cache':
        return this.feedCache(active, text);
      case 'running-tests':
        if (this.feedRunningTest(active, text)) return true;
        active.mode = 'header';
        return this.feedHeader(active, text);
      case 'header':
        return this.feedHeader(active, text);
      case 'dump':
        if (active.dump.accept(text)) {
          active.foreignRun = 0;
          return true;
        }
        return (
          active.fragment === true &&
          (this.fragmentBecomesRace(active, text) || this.skipsForeign(active, text))
        );
      case 'closed':
        return false;
    }
  }

  /**
   * Another writer's line inside a headless stack (the race detector writes a report frame by frame,
   * and other processes' lines fall between): skipped, a few at a time, unless it may start a fault.
   */
  private skipsForeign(active: Active, text: string): boolean {
    if (!active.dump.headerless || mayStartHeadline(text.charCodeAt(0)) || ENDS_HEADER.test(text))
      return false;
    const run = (active.foreignRun ?? 0) + 1;
    const total = (active.foreignTotal ?? 0) + 1;
    if (run > MAX_FOREIGN_RUN || total > MAX_FOREIGN_LINES) return false;
    active.foreignRun = run;
    active.foreignTotal = total;
    return true;
  }

  /** A fragment's stack met a race access section: it was the first access of a cut race report. */
  private fragmentBecomesRace(active: Active, text: string): boolean {
    const access = accessHeaderOf(text.trim());
    const frames = active.dump.first?.frames;
    if (access === undefined || !access.previous || !frames || frames.length === 0 || active.race)
      return false;
    const race = new RaceReportBuilder();
    race.startWithFrames(frames);
    race.accept(text);
    active.race = race;
    active.mode = 'race';
    active.fragment = false;
    active.dump = new DumpBuilder();
    const fault = active.fault;
    fault.kind = 'data-race';
    fault.headline = RACE_WARNING;
    fault.partial = true;
    return true;
  }

  private feedHeader(active: Active, text: string): boolean {
    const fault = active.fault;
    // Two goroutines may detect the same map fault at once: the headline is printed twice.
    if (text.trim() === '' || text === fault.headline) return true;
    if (text === 'runtime stack:' || parseGoroutineHeader(text)) {
      active.mode = 'dump';
      return active.dump.accept(text);
    }
    const chainOpen = active.chainOpen === true;
    active.chainOpen = false;
    if (this.startsHeaderlessDump(active, text)) return true;
    const from = indentEnd(text);
    // Go indents the chain's later entries with a tab, which a paste may have lost.
    if (fault.panicChain && text.startsWith('panic: ', from) && (from > 0 || chainOpen)) {
      active.chainOpen = true;
      const entry = from === 0 ? text : text.slice(from);
      if (fault.panicChain.length < MAX_CHAIN) fault.panicChain.push(clip(entry));
      // Go prints the chain from the original panic to the latest re-panic, so the headline's value is
      // the real cause; a later entry only names the kind when the cause's value was not a known one.
      if (fault.kind === 'panic') fault.kind = kindOfPanicValue(stripRecovered(entry.slice(7)));
      return true;
    }
    if (text.startsWith('[signal ')) {
      fault.signal = clip(text);
      return true;
    }
    if (text.trim() === 'running tests:') {
      active.mode = 'running-tests';
      fault.runningTests = [];
      return true;
    }
    // A go test line or another headline ends a fault that never printed its dump.
    if (ENDS_HEADER.test(text) || active.noise >= MAX_HEADER_NOISE) return false;
    active.noise += 1;
    return true;
  }

  /**
   * A dump pasted without its `goroutine N [running]:` line: a function line followed by its file
   * line (or both joined) after the headline starts it, marked partial.
   */
  private startsHeaderlessDump(active: Active, text: string): boolean {
    const held = active.headerFunc;
    active.headerFunc = undefined;
    if (held !== undefined && readFileLine(text)) {
      active.mode = 'dump';
      active.fault.partial = true;
      active.dump.accept(held);
      return active.dump.accept(text);
    }
    if (readJoinedFrame(text)) {
      active.mode = 'dump';
      active.fault.partial = true;
      return active.dump.accept(text);
    }
    if (text.charCodeAt(text.length - 1) === 0x29 /* ) */ && readFuncLine(text)) {
      active.headerFunc = text;
      active.noise += 1;
      return true;
    }
    return false;
  }

  private feedRunningTest(active: Active, text: string): boolean {
    const m = /^\t*(\S+) \(([^()]*)\)$/.exec(text);
    if (!m) return false;
    const list = active.fault.runningTests;
    if (list && list.length < MAX_RUNNING_TESTS) {
      const entry: RunningTest = { name: m[1] ?? '', duration: m[2] ?? '' };
      list.push(entry);
    }
    return true;
  }

  private feedRace(active: Active, text: string): boolean {
    const race = active.race;
    if (!race) return false;
    // A headline inside a report means the report was cut: let the new fault start.
    if (text.startsWith('panic: ') || text.startsWith('fatal error: ')) {
      active.fault.truncated = true;
      return false;
    }
    // Reports pasted without their rules run together: the next WARNING, or a first access after a
    // `Previous` one, starts the next report; a go test line ends this one.
    if (
      RACE_BREAK_STARTS[text.charCodeAt(0)] === 1 &&
      (text.startsWith(RACE_WARNING) || ENDS_RACE.test(text))
    )
      return false;
    const access = accessHeaderOf(text);
    if (access !== undefined && !access.previous && race.sawPrevious) return false;
    if (race.accept(text)) {
      active.mode = 'closed';
      return true;
    }
    active.noise += 1;
    if (active.noise > MAX_RACE_NOISE) {
      active.fault.truncated = true;
      return false;
    }
    return true;
  }

  private feedCache(active: Active, text: string): boolean {
    const cache = active.fault.cacheMutation;
    if (!cache) return false;
    const altered = parseCacheAltered(text);
    if (altered) {
      if (cache.indexes.length < 1000) cache.indexes.push(altered.index);
      active.diff?.nextObject();
      return true;
    }
    if (text.startsWith('panic: ')) {
      const value = stripRecovered(text.slice('panic: '.length));
      const objectType = cacheTypeOfPanicValue(value);
      if (objectType !== undefined) {
        active.fault.headline = clip(text);
        active.fault.panicChain = [clip(text)];
        active.mode = 'header';
        return true;
      }
      return false;
    }
    if (text.startsWith('fatal error: ')) return false;
    active.diff?.accept(text);
    return true;
  }

  // ---- finishing and attribution ----

  private finish(stream: Stream, active: Active, atEnd: boolean, breaker?: MachineLine): void {
    stream.active = undefined;
    const fault = active.fault;
    if (active.fragment) {
      const sign = crashSignOf(active.dump.first?.frames ?? []);
      if (sign === undefined) return;
      fault.kind = sign;
      if (sign === 'data-race') {
        // Runtime race frames with no report around them: the stack is the access.
        fault.headline = RACE_WARNING;
        const frames = active.dump.first?.frames ?? [];
        const access: RaceAccess = { op: 'read', previous: false, address: '', goroutineId: 0, frames };
        access.sectionLost = true;
        active.race = new RaceReportBuilder();
        active.race.accesses.push(access);
      }
      fault.partial = true;
    }
    if (active.race) {
      // Ended without its closing rule: cut by the end of the log.
      if (atEnd && active.mode === 'race') fault.truncated = true;
      fault.accesses = active.race.accesses;
      if (active.race.locations.length > 0) fault.raceLocations = active.race.locations;
    }
    if (active.diff && fault.cacheMutation) fault.cacheMutation.changedFields = active.diff.changedFields();
    if (active.dump.headerless) fault.partial = true;
    const dump = active.dump.finish();
    if (dump.crashing) fault.crashing = dump.crashing;
    fault.others = dump.others;
    if (dump.omittedGoroutines > 0) fault.omittedGoroutines = dump.omittedGoroutines;
    if (atEnd && (active.mode === 'header' || active.mode === 'cache' || active.mode === 'running-tests')) {
      fault.truncated = true;
    }
    if (atEnd && active.mode === 'dump' && active.dump.midFrame) fault.truncated = true;
    if (breaker && active.mode === 'dump' && (breaker.text.startsWith('\t') || active.dump.midFrame)) {
      this.suspect = { fault, lineNo: breaker.no };
    }
    if (fault.kind === 'test-timeout') this.attributeTimeout(stream, fault);

    if (active.provisional) {
      this.releaseProvisional(stream);
      stream.provisional = fault;
      return;
    }
    const previous = stream.provisional;
    if (previous) {
      stream.provisional = undefined;
      // HandleCrash logged this very panic before re-raising it: keep the real one only.
      const same = previous.crashing === undefined || previous.crashing.id === fault.crashing?.id;
      if (!same) this.enqueue(stream, previous, false);
    }
    this.enqueue(stream, fault, fault.kind === 'data-race' && fault.test === undefined);
  }

  private attributeTimeout(stream: Stream, fault: Fault): void {
    const running = fault.runningTests ?? [];
    // The deepest running test is the stuck one (parents wait for their subtests).
    let best: string | undefined;
    for (const t of running) if (best === undefined || t.name.startsWith(`${best}/`)) best = t.name;
    const test = best ?? stream.tracker.timeoutTest(undefined) ?? fault.test;
    if (test === undefined) delete fault.test;
    else fault.test = test;
  }

  private releaseProvisional(stream: Stream): void {
    const fault = stream.provisional;
    if (!fault) return;
    stream.provisional = undefined;
    this.enqueue(stream, fault, false);
  }

  private enqueue(stream: Stream, fault: Fault, awaitingRaceTest: boolean): void {
    stream.pending.push({ fault, awaitingRaceTest });
    if (stream.pending.length > MAX_PENDING) {
      const oldest = stream.pending.shift();
      if (oldest) this.emit(oldest.fault);
    }
    this.flush(stream);
  }

  private settle(stream: Stream, event: AttributionEvent): void {
    if (event.type === 'race-detected') {
      for (const p of stream.pending) {
        if (!p.awaitingRaceTest) continue;
        p.awaitingRaceTest = false;
        if (event.test !== undefined) p.fault.test = event.test;
      }
    } else {
      this.releaseProvisional(stream);
      for (const p of stream.pending) {
        p.awaitingRaceTest = false;
        if (p.fault.package === undefined) p.fault.package = event.package;
      }
    }
    this.flush(stream);
  }

  /** Emits, in order, the head of the queue while its attribution is final. */
  private flush(stream: Stream): void {
    while (stream.pending.length > 0) {
      const head = stream.pending[0];
      if (!head || head.awaitingRaceTest || head.fault.package === undefined) return;
      stream.pending.shift();
      this.emit(head.fault);
    }
  }

  private emit(fault: Fault): void {
    if (this.suspect?.fault === fault) {
      if (this.suspect.lineNo === this.lastLineNo) fault.truncated = true;
      this.suspect = undefined;
    }
    if (fault.truncated) this.sawTruncation = true;
    this.onFault(fault);
  }
}
