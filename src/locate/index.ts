// locate: frames → kinds and repo-relative paths; the crash frame of a fault.
import type { Fault, Frame } from '../model.js';

export interface LocateOptions {
  /** The repository's Go module path (`example.com/triage-fixtures`), from `--module` or go.mod. */
  modulePath?: string;
}

/** Sets `kind` and, for repo frames, `repoPath` on every frame of the fault (in place). */
export function locateFault(_fault: Fault, _options: LocateOptions): void {
  throw new Error('not implemented');
}

/** The frame DESIGN.md's contract calls `crashFrame`, or null when the fault has no frames. */
export function pickCrashFrame(_fault: Fault, _options: LocateOptions): Frame | null {
  throw new Error('not implemented');
}
