// Trigger lines → FaultKind. A headline must start its line: text that merely mentions a panic in the
// middle of a log message (`recovered from panic: boom`) never matches.
import type { FaultKind } from '../model.js';

const FATAL_KINDS: ReadonlyMap<string, FaultKind> = new Map([
  ['concurrent map writes', 'concurrent-map-writes'],
  // Swiss maps (Go 1.24+) detect some concurrent writes only as a full small map.
  ['small map with no empty slot (concurrent map writes?)', 'concurrent-map-writes'],
  ['concurrent map read and map write', 'concurrent-map-read-write'],
  ['concurrent map iteration and map write', 'concurrent-map-iteration-write'],
  ['concurrent map clone and map write', 'concurrent-map-clone-write'],
  ['all goroutines are asleep - deadlock!', 'deadlock'],
  ['no goroutines (main called runtime.Goexit) - deadlock!', 'deadlock'],
]);

/** `fatal error: concurrent map writes` → its kind; any other fatal error is a plain `panic`. */
export function kindOfFatal(message: string): FaultKind {
  return FATAL_KINDS.get(message) ?? 'panic';
}

/** `… [recovered]` / `… [recovered, repanicked]` (Go 1.25) mark re-raised panics; the value is before it. */
export function stripRecovered(value: string): string {
  return value.replace(/ \[recovered(?:, repanicked)?\]$/, '');
}

/** The kind named by a panic value (the text after `panic: `, without the `[recovered]` marker). */
export function kindOfPanicValue(value: string): FaultKind {
  if (value === 'assignment to entry in nil map') return 'nil-map-write';
  if (value.startsWith('runtime error: invalid memory address or nil pointer dereference'))
    return 'nil-deref';
  if (value === 'send on closed channel') return 'closed-channel';
  if (value.startsWith('test timed out after ')) return 'test-timeout';
  if (/^cache .+ modified$/.test(value)) return 'cache-mutation';
  return 'panic';
}

/** `E0601 12:00:00.000000    1 runtime.go:31] Observed a panic: "value" (value)`: client-go HandleCrash. */
export function observedPanicValue(line: string): string | undefined {
  const at = line.indexOf('] Observed a panic: ');
  if (at < 0 || !/^E\d{4} /.test(line)) return undefined;
  const rest = line.slice(at + '] Observed a panic: '.length);
  // The value is printed twice, `%#v` then ` (%v)`: skip the quoted Go string to find the plain one.
  if (rest.startsWith('"') && rest.endsWith(')')) {
    let i = 1;
    while (i < rest.length && rest[i] !== '"') i += rest[i] === '\\' ? 2 : 1;
    if (rest.startsWith(' (', i + 1)) return rest.slice(i + 3, -1);
  }
  return rest;
}

/** `CACHE *v1.Pod[3] ALTERED!` → type and index. */
export function parseCacheAltered(line: string): { objectType: string; index: number } | undefined {
  const m = /^CACHE (\S+)\[(\d+)\] ALTERED!$/.exec(line);
  if (!m) return undefined;
  return { objectType: m[1] ?? '', index: Number(m[2]) };
}

/** `panic: cache *v1.Pod modified` → `*v1.Pod`. */
export function cacheTypeOfPanicValue(value: string): string | undefined {
  return /^cache (.+) modified$/.exec(value)?.[1];
}
