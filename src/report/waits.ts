// What a hang waits on: the blocked goroutines that run the repository's code, grouped by where
// they wait (one line per place with its state, minutes and how many), so a timeout or a deadlock
// shows the goroutines the stuck test waits for, not only the test itself.
import type { Finding, Frame, Goroutine } from '../model.js';
import { isOwnCode } from './frames.js';

export interface BlockedGroup {
  /** `chan receive`, `semacquire`, `select`, `sync.Cond.Wait`, … */
  state: string;
  /** The longest wait in the group, when the dump printed minutes. */
  minutes?: number;
  /** Goroutines in the group (bucket counts included). */
  count: number;
  /** Their ids (the first few). */
  ids: number[];
  /** The innermost repository frame: where the code waits. */
  frame: Frame;
  /** What it waits in, when that is a library call (`sync.(*RWMutex).RLock`). */
  waitsIn?: string;
  createdBy?: Frame;
}

const MAX_IDS = 10;

/** The blamed goroutine of a hang (whose frames the finding holds). */
export function blamedGoroutine(finding: Finding): Goroutine | undefined {
  return [finding.fault.crashing, ...finding.fault.others].find((g) => g?.frames === finding.frames);
}

/** Blocked goroutines of the repository other than the blamed one, grouped by state and place. */
export function blockedGroups(finding: Finding): BlockedGroup[] {
  const blamed = blamedGoroutine(finding);
  const groups = new Map<string, BlockedGroup>();
  for (const g of [finding.fault.crashing, ...finding.fault.others]) {
    if (!g || g === blamed || g.state === 'running') continue;
    const at = g.frames.findIndex(isWaitingCode);
    const frame = g.frames[at];
    if (!frame) continue;
    const key = `${g.state}\u0000${frame.func}\u0000${frame.file}\u0000${frame.line}`;
    const group = groups.get(key);
    if (group) {
      group.count += g.count;
      if (g.waitMinutes !== undefined) group.minutes = Math.max(group.minutes ?? 0, g.waitMinutes);
      for (const id of g.ids ?? [g.id]) if (group.ids.length < MAX_IDS) group.ids.push(id);
      continue;
    }
    const inner = at > 0 ? g.frames[at - 1] : undefined;
    groups.set(key, {
      state: g.state,
      ...(g.waitMinutes !== undefined && { minutes: g.waitMinutes }),
      count: g.count,
      ids: (g.ids ?? [g.id]).slice(0, MAX_IDS),
      frame,
      ...(inner && !inner.func.startsWith('runtime.') && { waitsIn: inner.func }),
      ...(g.createdBy && { createdBy: g.createdBy }),
    });
  }
  return [...groups.values()];
}

/** Own code, but not the test binary's generated `main` (`_testmain.go`). */
function isWaitingCode(frame: Frame): boolean {
  return isOwnCode(frame) && !frame.file.endsWith('_testmain.go');
}

/** `semacquire, 12 minutes`: the wait as a reader wants it. */
export function waitText(group: { state: string; minutes?: number }): string {
  return group.minutes !== undefined
    ? `${group.state}, ${group.minutes} minute${group.minutes === 1 ? '' : 's'}`
    : group.state;
}
