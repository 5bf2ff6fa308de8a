// Shared by scripts/bench.mjs and scripts/check-fresh-logs.mjs: which fault kind (DESIGN.md) a Go
// signature line names. Only for the scripts' expectations; the parser has its own classifier.

/** `panic: x [recovered]` / `\tpanic: x` / `panic: x [recovered, repanicked]` → `panic: x`. */
export function normalizeHeadline(line) {
  return String(line)
    .replace(/^\s+/, '')
    .replace(/ \[recovered(, repanicked)?\]$/, '')
    .trimEnd();
}

/** The fault kind a `panic:` / `fatal error:` / `WARNING: DATA RACE` line names. */
export function kindOf(line) {
  const l = normalizeHeadline(line);
  if (l === 'WARNING: DATA RACE') return 'data-race';
  if (l.startsWith('fatal error: concurrent map iteration and map write'))
    return 'concurrent-map-iteration-write';
  if (l.startsWith('fatal error: concurrent map read and map write')) return 'concurrent-map-read-write';
  if (l.startsWith('fatal error: concurrent map clone and map write')) return 'concurrent-map-clone-write';
  if (/^fatal error: (concurrent map writes|small map with no empty slot)/.test(l))
    return 'concurrent-map-writes';
  if (
    /^fatal error: (all goroutines are asleep|no goroutines \(main called runtime\.Goexit\)) - deadlock!/.test(
      l,
    )
  )
    return 'deadlock';
  if (l.startsWith('panic: assignment to entry in nil map')) return 'nil-map-write';
  if (l.startsWith('panic: runtime error: invalid memory address or nil pointer dereference'))
    return 'nil-deref';
  if (l.startsWith('panic: test timed out after')) return 'test-timeout';
  if (/^panic: (send on|close of) closed channel/.test(l)) return 'closed-channel';
  if (/^panic: cache .* modified/.test(l)) return 'cache-mutation';
  return 'panic';
}

/** Lines that start a crash dump or a race report, as the benchmark manifest counts them. */
export const PANIC_OR_FATAL_RE = /^(panic: |fatal error: )/;
export const RACE_LINE = 'WARNING: DATA RACE';
