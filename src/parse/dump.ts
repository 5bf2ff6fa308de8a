// Reads the goroutine blocks of one dump, line by line: the first goroutine is kept whole (it is the one
// that crashed, or the first listed for a deadlock), the others go to buckets.
import type { Frame, Goroutine } from '../model.js';
import { GoroutineBuckets } from './bucket.js';
import {
  isElisionLine,
  isIgnorableDumpLine,
  parseCreatedBy,
  parseFileLine,
  parseFuncLine,
  parseGoroutineHeader,
} from './goroutine.js';

const STACK_UNAVAILABLE = 'goroutine running on other thread; stack unavailable';
const TABBED_STACK_UNAVAILABLE = `\t${STACK_UNAVAILABLE}`;

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
  private indent = '';
  private pending: PendingFunc | undefined;
  /** Inside `runtime stack:` or `[originating from goroutine N]:`: frames that belong to no goroutine. */
  private skipping = false;
  /** The current goroutine printed `goroutine running on other thread; stack unavailable`. */
  private unavailable = false;

  /** True when the last line read left a frame or a goroutine half-printed (a log cut mid-dump). */
  get midFrame(): boolean {
    const g = this.current;
    return this.pending !== undefined || (g !== undefined && g.frames.length === 0 && !this.unavailable);
  }

  /** Takes a line that may belong to the dump; false means the dump has ended before this line. */
  accept(line: string): boolean {
    if (isBlank(line)) {
      this.closeGoroutine();
      return true;
    }
    const header = parseGoroutineHeader(line);
    if (header) {
      this.closeGoroutine();
      this.indent = header.indent;
      this.skipping = false;
      this.unavailable = false;
      this.current = { id: header.id, state: header.state, frames: [], count: 1 };
      if (header.waitMinutes !== undefined) this.current.waitMinutes = header.waitMinutes;
      if (header.lockedToThread) this.current.lockedToThread = true;
      return true;
    }
    const indent = this.indent;
    if (indent !== '' && !line.startsWith(indent)) return false;
    const text = indent === '' ? line : line.slice(indent.length);
    // The runtime prints this one tab-indented, in place of the stack.
    if (text === TABBED_STACK_UNAVAILABLE) {
      this.unavailable = true;
      return true;
    }
    if (text.charCodeAt(0) === 0x09 /* tab */) return this.acceptFileLine(text);
    if (this.pending) return false; // a function line must be followed by its file line
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
      this.pending = { func: func.func, inlined: func.inlined, createdBy: false };
      return true;
    }
    return false;
  }

  /** A tab-indented file line (the tab included). */
  private acceptFileLine(text: string): boolean {
    const pending = this.pending;
    const location = parseFileLine(text, 1);
    if (!pending || !location) return false;
    this.pending = undefined;
    const g = this.current;
    if (!g || this.skipping) return true;
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
    return true;
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
