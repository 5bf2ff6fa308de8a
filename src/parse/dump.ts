// Reads the goroutine blocks of one dump, line by line: the first goroutine is kept whole (it is the one
// that crashed, or the first listed for a deadlock), the others go to buckets.
import type { Frame, Goroutine } from '../model.js';
import { GoroutineBuckets } from './bucket.js';
import { indentEnd, isEditorialLine, readFileLine, readJoinedFrame } from './frame-lines.js';
import {
  isElisionLine,
  isIgnorableDumpLine,
  parseCreatedBy,
  parseFileLine,
  parseFuncLine,
  parseGoroutineHeader,
} from './goroutine.js';

const STACK_UNAVAILABLE = 'goroutine running on other thread; stack unavailable';

/** Go prints at most 100 frames plus an elision marker; anything beyond this is hostile input. */
export const MAX_FRAMES_PER_GOROUTINE = 200;

interface PendingFunc {
  func: string;
  inlined: boolean;
  createdBy: boolean;
  parentId?: number;
}

export class DumpBuilder {
  private crashing: Goroutine | undefined;
  private readonly buckets = new GoroutineBuckets();
  private current: Goroutine | undefined;
  private pending: PendingFunc | undefined;
  /** Inside `runtime stack:` or `[originating from goroutine N]:`: frames that belong to no goroutine. */
  private skipping = false;
  /** The current goroutine printed `goroutine running on other thread; stack unavailable`. */
  private unavailable = false;
  /** Frames came before any goroutine header and were given one of unknown id. */
  private implicit = false;

  /** `allowHeaderless`: keep frames that come before any goroutine header (a pasted fragment). */
  constructor(private readonly allowHeaderless = false) {}

  /** True when the last line read left a frame or a goroutine half-printed (a log cut mid-dump). */
  get midFrame(): boolean {
    const g = this.current;
    return this.pending !== undefined || (g !== undefined && g.frames.length === 0 && !this.unavailable);
  }

  /**
   * Takes a line that may belong to the dump; false means the dump has ended before this line.
   * Whitespace does not matter (pasted dumps lose or change their tabs): a `path:line` line is a file
   * line, a function line a function line, and a viewer's joined `func(…) path:line` both at once.
   */
  accept(line: string): boolean {
    // The runtime's own layout first: most lines of a dump are tab-indented file lines.
    if (line.charCodeAt(0) === 0x09 && this.pending && line.charCodeAt(1) > 0x20) {
      const location = parseFileLine(line, 1);
      if (location) {
        this.addFrame(location);
        return true;
      }
    }
    if (isBlank(line)) {
      // Between goroutines, or a blank line a paste put between frames: the next header decides.
      return true;
    }
    const header = parseGoroutineHeader(line);
    if (header) {
      this.closeGoroutine();
      this.skipping = false;
      this.unavailable = false;
      this.current = { id: header.id, state: header.state, frames: [], count: 1 };
      if (header.waitMinutes !== undefined) this.current.waitMinutes = header.waitMinutes;
      if (header.lockedToThread) this.current.lockedToThread = true;
      return true;
    }
    const from = indentEnd(line);
    const text = from === 0 ? line : line.slice(from);
    // A function line ends in `)`, which no file line does: most dump lines are one or the other.
    if (text.charCodeAt(text.length - 1) === 0x29 /* ) */) {
      const func = parseFuncLine(text);
      if (func) {
        this.pending = { func: func.func, inlined: func.inlined, createdBy: false };
        return true;
      }
    }
    // The runtime prints this one tab-indented, in place of the stack.
    if (text === STACK_UNAVAILABLE && from > 0) {
      this.unavailable = true;
      return true;
    }
    if (isEditorialLine(text)) return true;
    const location = readFileLine(line);
    if (location) {
      this.addFrame(location);
      return true;
    }
    if (isIgnorableDumpLine(text)) {
      if (text !== STACK_UNAVAILABLE) this.skipping = true;
      return true;
    }
    if (isElisionLine(text)) {
      if (this.current) this.current.elided = true;
      return true;
    }
    const created = parseCreatedBy(text);
    if (created) {
      this.pending = { func: created.func, inlined: false, createdBy: true };
      if (created.parentId !== undefined) this.pending.parentId = created.parentId;
      return true;
    }
    const func = parseFuncLine(text);
    if (func) {
      // A function line without its file line (a paste lost it): the frame is unknown, drop it.
      this.pending = { func: func.func, inlined: func.inlined, createdBy: false };
      return true;
    }
    const joined = readJoinedFrame(text);
    if (joined) {
      this.pending = { func: joined.func.func, inlined: joined.func.inlined, createdBy: false };
      this.addFrame(joined.location);
      return true;
    }
    return false;
  }

  /** Frames read before any goroutine header (a fragment) go to a goroutine of unknown id. */
  get headerless(): boolean {
    return this.implicit;
  }

  /** A file line: completes the pending function's frame; a stray one (a cut first frame) is skipped. */
  private addFrame(location: { file: string; line: number }): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    if (this.skipping) return;
    let g = this.current;
    if (!g) {
      if (!this.allowHeaderless) return;
      g = { id: 0, state: 'unknown', frames: [], count: 1 };
      this.current = g;
      this.implicit = true;
    }
    const frame: Frame = { func: pending.func, file: location.file, line: location.line };
    if (pending.createdBy) {
      g.createdBy = frame;
      if (pending.parentId !== undefined) g.parentId = pending.parentId;
    } else if (g.frames.length < MAX_FRAMES_PER_GOROUTINE) {
      if (pending.inlined) frame.inlined = true;
      g.frames.push(frame);
    } else {
      g.omittedFrames = (g.omittedFrames ?? 0) + 1;
    }
  }

  /** The goroutine being read (the first one while it is still open). */
  get first(): Goroutine | undefined {
    return this.crashing ?? this.current;
  }

  private closeGoroutine(): void {
    this.pending = undefined;
    const g = this.current;
    if (!g) return;
    this.current = undefined;
    if (this.crashing === undefined) this.crashing = g;
    else this.buckets.add(g);
  }

  finish(): { crashing?: Goroutine; others: Goroutine[]; omittedGoroutines: number } {
    this.closeGoroutine();
    const result: { crashing?: Goroutine; others: Goroutine[]; omittedGoroutines: number } = {
      others: this.buckets.goroutines(),
      omittedGoroutines: this.buckets.omittedGoroutines,
    };
    if (this.crashing) result.crashing = this.crashing;
    return result;
  }
}

/**
 * `line.trim() === ''` without the substring `trim` cuts from every indented line: ASCII decides at
 * the first character that is not a space; other whitespace (NBSP, U+2028, …) is left to `trim`.
 */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    return c >= 0x80 ? line.trim() === '' : false;
  }
  return true;
}
