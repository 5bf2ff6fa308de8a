// A fault's fingerprint: what makes two crashes "the same" across runs and within a log.
import { createHash } from 'node:crypto';
import { crashStackOf } from '../locate/crash-frame.js';
import type { Fault, Frame } from '../model.js';
import { isOwnCode } from '../report/frames.js';

/**
 * Kind + normalized headline + the code-under-test frames (func, file, line) of the crash stack (for a race,
 * of every access). Addresses, goroutine ids and numbers in the headline vary run to run, so they are
 * normalized; frames of the runtime, stdlib and dependencies are left out so toolchain upgrades keep ids.
 * A race's accesses are keyed in sorted order: the detector prints whichever side came second first, so
 * the same pair of writer and reader shows up in both orders and is still one race.
 */
export function fingerprintOf(fault: Fault): string {
  const stacks =
    fault.kind === 'data-race'
      ? (fault.accesses ?? []).map((a) => `${a.op}\n${ownFrames(a.frames)}`).sort()
      : [ownFrames(crashStackOf(fault))];
  return [fault.kind, normalizeHeadline(fault.headline), ...stacks].join('\u0000');
}

function ownFrames(stack: Frame[]): string {
  return stack.filter(isOwnCode).map(frameKey).join('\n');
}

/** The short stable id shown to users: 12 hex chars of the fingerprint's SHA-1. */
export function findingIdOf(fingerprint: string): string {
  return createHash('sha1').update(fingerprint).digest('hex').slice(0, 12);
}

export function normalizeHeadline(headline: string): string {
  return headline.replace(/0x[0-9a-fA-F]+|\d+/g, (m) => (m.startsWith('0x') ? 'ADDR' : 'N'));
}

/** The function names its package, so the file's base name is enough and stays the same on every machine
 * (an absolute path differs between runners, and with or without a known module path). */
function frameKey(frame: Frame): string {
  const base = frame.file.slice(frame.file.lastIndexOf('/') + 1);
  return `${frame.func} ${base}:${frame.line}`;
}
