// How each kind of fault is named to people, in every report format.
import type { FaultKind, ReportStats } from '../model.js';

export const KIND_TITLES: Record<FaultKind, string> = {
  'concurrent-map-writes': 'Concurrent map writes',
  'concurrent-map-read-write': 'Concurrent map read and write',
  'concurrent-map-iteration-write': 'Map written while being iterated',
  'concurrent-map-clone-write': 'Map written while being cloned',
  'data-race': 'Data race',
  'cache-mutation': 'Informer cache object mutated',
  'nil-map-write': 'Write to a nil map',
  'nil-deref': 'Nil pointer dereference',
  'test-timeout': 'Test timed out',
  'closed-channel': 'Send on a closed channel',
  deadlock: 'Deadlock: all goroutines asleep',
  panic: 'Panic',
};

/** Said of a finding read from part of a dump (a pasted fragment: no headline, no goroutine header, cut). */
export const PARTIAL_NOTE = 'partial: the log holds only part of this crash';

/** What the reports say of the input's line order (see `ReportStats.outOfOrder` / `reordered`). */
export function orderNote(stats: ReportStats): string | undefined {
  if (stats.outOfOrder) return 'the log looks out of order (newest first?)';
  return stats.reordered ? 'newest-first log put back in order' : undefined;
}

/** How a culprit's line relates to its variable: a write for shared-object faults, else where it failed. */
export function culpritVerb(kind: FaultKind): string {
  return ['nil-deref', 'panic', 'closed-channel', 'deadlock', 'test-timeout'].includes(kind)
    ? 'fails on'
    : 'writes';
}
