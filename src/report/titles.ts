// How each kind of fault is named to people, in every report format.
import type { FaultKind } from '../model.js';

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

/** How a culprit's line relates to its variable: a write for shared-object faults, else where it failed. */
export function culpritVerb(kind: FaultKind): string {
  return ['nil-deref', 'panic', 'closed-channel', 'deadlock', 'test-timeout'].includes(kind)
    ? 'fails on'
    : 'writes';
}
