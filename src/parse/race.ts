// One race detector report, between `==================` + `WARNING: DATA RACE` and the closing
// `==================` (layout: the Go branch of LLVM's tsan_report.cpp). Sections are read line by line;
// unknown lines (other goroutines writing to stderr meanwhile) are skipped.
import type { Frame, RaceAccess, RaceLocation } from '../model.js';
import { isEditorialLine, readFileLine, readJoinedFrame } from './frame-lines.js';
import { parseFuncLine } from './goroutine.js';

export const RACE_RULE = '==================';
export const RACE_WARNING = 'WARNING: DATA RACE';

/** Bounds for hostile input: real reports hold two accesses, a location and two creation sites. */
const MAX_SECTIONS = 32;
const MAX_FRAMES = 200;

const ACCESS =
  /^(Previous )?(?:(atomic|Atomic) )?(read|write|Read|Write) at (0x[0-9a-fA-F]+) by (?:main goroutine|goroutine (\d+)):$/;
/**
 * An access header cut by another writer: the detector writes `Read at 0x… by ` and `goroutine N:` in two
 * write(2) calls, so a line of another process can be glued on and `goroutine N:` follows on a line of its own.
 */
const ACCESS_CUT =
  /^(Previous )?(?:(atomic|Atomic) )?(read|write|Read|Write) at (0x[0-9a-fA-F]+) by (?!main goroutine:$|goroutine \d+:$)/;
const ACCESS_TAIL = /^(?:main goroutine|goroutine (\d+)):$/;
const CREATED = /^Goroutine (\d+) \((running|finished)\) created at:$/;
const HEAP = /^Heap block of size \d+ at 0x[0-9a-fA-F]+ allocated by (?:main goroutine|goroutine \d+):$/;
const GLOBAL = /^Global var (\S+) of size \d+ at 0x[0-9a-fA-F]+ declared at (.+):(\d+)$/;

/**
 * `Read at 0x… by goroutine 7:`, `Previous write at … by main goroutine:` (the text after its
 * indentation), whole or cut by another writer (ACCESS_CUT): which kind of access section it starts,
 * or undefined. Cheap on other lines.
 */
export function accessHeaderOf(text: string): { previous: boolean } | undefined {
  const c = text.charCodeAt(0);
  // R(ead) W(rite) P(revious) A/a(tomic)
  if (c !== 0x52 && c !== 0x57 && c !== 0x50 && c !== 0x41 && c !== 0x61) return undefined;
  if (text.indexOf(' at 0x') === -1) return undefined;
  const m = ACCESS.exec(text) ?? ACCESS_CUT.exec(text);
  return m ? { previous: m[1] !== undefined } : undefined;
}

/** The race detector numbers the main goroutine 1 and prints it as `main goroutine`. */
const MAIN_GOROUTINE_ID = 1;

export class RaceReportBuilder {
  readonly accesses: RaceAccess[] = [];
  readonly locations: RaceLocation[] = [];
  /** Frames of the section being read; undefined outside a section or once its cap is hit. */
  private frames: Frame[] | undefined;
  private pendingFunc: string | undefined;
  private sections = 0;
  /** An access whose header was cut (ACCESS_CUT): its `goroutine N:` line is still to come. */
  private cutAccess: RaceAccess | undefined;

  /**
   * A paste cut inside the first access: its frames were read before any section header. They are
   * the first access's (its operation unknown: recorded as a read, `sectionLost` set).
   */
  startWithFrames(frames: Frame[]): void {
    this.sections += 1;
    const entry: RaceAccess = { op: 'read', previous: false, address: '', goroutineId: 0, frames };
    entry.sectionLost = true;
    this.accesses.push(entry);
    this.frames = frames;
  }

  /** True once a `Previous …` access was read: a later first access starts another report. */
  get sawPrevious(): boolean {
    return this.accesses.some((a) => a.previous);
  }

  /** Feeds one line of the report body (after the `WARNING` line); true when it closed the report. */
  accept(line: string): boolean {
    if (line === RACE_RULE) return true;
    const text = line.trim();
    // Blank and editorial lines (a paste's `...` for left-out frames) keep the section going.
    if (text === '' || isEditorialLine(text)) return false;
    if (this.cutAccess && this.finishCutAccess(text)) return false;
    if (this.startSection(text)) return false;
    if (text === '[failed to restore the stack]') {
      const last = this.accesses[this.accesses.length - 1];
      if (last && this.frames === last.frames) last.stackUnavailable = true;
      return false;
    }
    this.acceptFrameLine(text);
    return false;
  }

  private finishCutAccess(text: string): boolean {
    const tail = ACCESS_TAIL.exec(text);
    if (!tail || !this.cutAccess) return false;
    this.cutAccess.goroutineId = tail[1] === undefined ? MAIN_GOROUTINE_ID : Number(tail[1]);
    this.cutAccess = undefined;
    return true;
  }

  private startSection(text: string): boolean {
    if (text.charCodeAt(text.length - 1) !== 58 /* : */ && !text.startsWith('Global var ')) {
      return this.startCutAccess(text);
    }
    const access = ACCESS.exec(text);
    const created = access ? undefined : CREATED.exec(text);
    const heap = access || created ? false : HEAP.test(text);
    const global = access || created || heap ? undefined : GLOBAL.exec(text);
    if (!access && !created && !heap && !global) return false;
    this.pendingFunc = undefined;
    this.frames = undefined;
    if (this.sections >= MAX_SECTIONS) return true;
    this.sections += 1;
    const frames: Frame[] = [];
    if (access) {
      const [, previous, atomic, op = '', address = '', id] = access;
      this.pushAccess(
        previous,
        atomic,
        op,
        address,
        id === undefined ? MAIN_GOROUTINE_ID : Number(id),
        frames,
      );
    } else if (created) {
      const id = Number(created[1]);
      const state = created[2] === 'finished' ? 'finished' : 'running';
      for (const entry of this.accesses) {
        if (entry.goroutineId === id && entry.createdAt === undefined) {
          entry.goroutineState = state;
          entry.createdAt = frames;
        }
      }
    } else if (global) {
      const [, variable = '', file = '', lineText = ''] = global;
      this.locations.push({
        description: text,
        variable,
        declaredAt: { file, line: Number(lineText) },
        frames,
      });
    } else {
      this.locations.push({ description: text.slice(0, -1), frames });
    }
    this.frames = frames;
    return true;
  }

  /** `Read at 0x… by ` + another writer's line: the access starts, its goroutine comes later. */
  private startCutAccess(text: string): boolean {
    const cut = ACCESS_CUT.exec(text);
    if (!cut) return false;
    this.pendingFunc = undefined;
    this.frames = undefined;
    if (this.sections >= MAX_SECTIONS) return true;
    this.sections += 1;
    const [, previous, atomic, op = '', address = ''] = cut;
    const frames: Frame[] = [];
    // goroutine 0 until its `goroutine N:` line comes (the detector never prints goroutine 0)
    this.cutAccess = this.pushAccess(previous, atomic, op, address, 0, frames);
    this.frames = frames;
    return true;
  }

  private pushAccess(
    previous: string | undefined,
    atomic: string | undefined,
    op: string,
    address: string,
    goroutineId: number,
    frames: Frame[],
  ): RaceAccess {
    const entry: RaceAccess = {
      op: op.toLowerCase() === 'write' ? 'write' : 'read',
      previous: previous !== undefined,
      address,
      goroutineId,
      frames,
    };
    if (atomic) entry.atomic = true;
    this.accesses.push(entry);
    return entry;
  }

  /** A frame's function or file line, whatever the whitespace, or both joined on one line. */
  private acceptFrameLine(text: string): void {
    if (!this.frames) return;
    // A function line ends in `)`, which no file line does.
    if (text.charCodeAt(text.length - 1) === 0x29 /* ) */) {
      const func = parseFuncLine(text);
      if (func) {
        this.pendingFunc = func.func;
        return;
      }
    }
    const location = readFileLine(text);
    if (location) {
      const func = this.pendingFunc;
      this.pendingFunc = undefined;
      if (func !== undefined) this.push(func, location.file, location.line);
      return;
    }
    const func = parseFuncLine(text);
    if (func) {
      this.pendingFunc = func.func;
      return;
    }
    const joined = readJoinedFrame(text);
    this.pendingFunc = undefined;
    if (joined) this.push(joined.func.func, joined.location.file, joined.location.line);
  }

  private push(func: string, file: string, line: number): void {
    if (this.frames && this.frames.length < MAX_FRAMES) this.frames.push({ func, file, line });
  }
}
