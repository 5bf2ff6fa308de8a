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

/** Fields that hold the log line itself in one-record-per-line exports. */
const TEXT_FIELDS = ['textPayload', 'message', 'log', 'line'] as const;
/** Fields that hold the record's time. */
const TIME_FIELDS = ['timestamp', 'time', '@timestamp', 'receiveTimestamp'] as const;

/**
 * A log system's record of one program line: Cloud Logging `{"textPayload": …}`, Loki / Elasticsearch
 * `{"message": …}` or `{"line": …}`, Docker's json-file `{"log": "…\n"}`. Gives the line (and its time,
 * for restoring the order of an export), or undefined for any other JSON (`go test -json` events, zap
 * or slog records, whose multi-line fields `expandJsonLogRecord` handles).
 */
export function readLogTextRecord(s: string): { lines: string[]; time?: string } | undefined {
  // Cheap rejections first: every `go test -json` event comes here.
  if (
    s.indexOf('"textPayload"') === -1 &&
    s.indexOf('"message"') === -1 &&
    s.indexOf('"log"') === -1 &&
    s.indexOf('"line"') === -1
  )
    return undefined;
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch {
    return undefined;
  }
  if (!isJsonObject(value)) return undefined;
  let text: string | undefined;
  for (const field of TEXT_FIELDS) {
    const v = value[field];
    if (typeof v === 'string') {
      text = v;
      break;
    }
  }
  if (text === undefined) return undefined;
  // Another multi-line field (a zap `stacktrace`): the whole record is for expandJsonLogRecord.
  for (const v of Object.values(value))
    if (typeof v === 'string' && v !== text && v.indexOf('\n') !== -1) return undefined;
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const lines = body.split('\n').map(cleanTerminalText);
  let time: string | undefined;
  for (const field of TIME_FIELDS) {
    const v = value[field];
    if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(v)) {
      time = normalizeIsoTime(v);
      break;
    }
  }
  return time === undefined ? { lines } : { lines, time };
}

/** `2021-05-26T22:55:28.527Z` → `2021-05-26T22:55:28.527000000` (the key of log-prefix.ts). */
function normalizeIsoTime(v: string): string {
  const fraction = /^\.(\d{1,9})/.exec(v.slice(19))?.[1] ?? '';
  return `${v.slice(0, 19)}.${fraction.padEnd(9, '0')}`;
}
