// Structured JSON log records (zap, logr, slog) carry stacks inside string fields, one physical line
// for a whole goroutine dump: `{"level":"error","msg":"Observed a panic","stacktrace":"goroutine 1
// [running]:\nmain.main()\n\t/x.go:1 +0x1d"}`. Expanding them makes the stack visible as lines.
import { cleanTerminalText } from './decorations.js';

/** A JSON value that is an object, not an array or null. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * For a JSON object with multi-line string fields, emits the lines to show instead of it: first the
 * record without those fields (still a `{…}` line, so it reads as a log message, the way a klog
 * header does), then every line of each multi-line field, in field order. Returns false, emitting
 * nothing, when the line is not such a record and should be kept as it is.
 */
export function expandJsonLogRecord(s: string, emit: (line: string) => void): boolean {
  // A multi-line string field needs an escaped newline; most `{` lines are rejected here.
  if (s.indexOf('\\n') === -1) return false;
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch {
    return false;
  }
  if (!isJsonObject(value)) return false;
  const header: Record<string, unknown> = {};
  const bodies: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string' && field.indexOf('\n') !== -1) bodies.push(field);
    else header[key] = field;
  }
  if (bodies.length === 0) return false;
  emit(JSON.stringify(header));
  for (const body of bodies) {
    // One line at a time: a record of a million newlines must not become a million-entry array.
    let from = 0;
    while (from < body.length) {
      const nl = body.indexOf('\n', from);
      const end = nl === -1 ? body.length : nl;
      emit(cleanTerminalText(body.slice(from, end)));
      from = end + 1;
    }
  }
  return true;
}
