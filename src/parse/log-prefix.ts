// Prefixes log systems write before every line of a program's output (issue 8): exports from Kibana /
// Elasticsearch, RFC 3339 and plain ISO timestamps, klog headers, journald, `kubectl logs --prefix`,
// Docker Compose. Each reader looks at one or two fixed characters before any pattern runs: this is
// called on every line that does not start plainly. A timestamp also yields a sortable time key (for
// restoring a newest-first export, see order.ts).
import { isEditorialLine, readFileLine, readFuncLine, readJoinedFrame } from './frame-lines.js';

export interface LogPrefix {
  /** Characters to cut, separator included. */
  length: number;
  /** `YYYY-MM-DDThh:mm:ss.fffffffff` (year `----` when the format has none); compares as a string. */
  time?: string;
  /** A klog header: cut only before Go runtime output (see `keepsKlogHeader`). */
  klog?: boolean;
}

const MONTHS: Record<string, string> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};

// `2021-05-26T22:55:28.527Z `, `2021-05-26T22:55:28.527+02:00 `, `2021-05-26 22:55:28.527 `,
// `2021-05-26T22:55:28 `, or the end of an empty line. Not Go's `log` package's `2021/05/26 22:55:28`:
// that one starts a program's message (`log.Panic` prints its value before the runtime's `panic:`).
const ISO = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d:\d\d:\d\d)(?:[.,](\d{1,9}))?(?:Z|[+-]\d\d:?\d\d| UTC)?(?: |$)/;
// Kibana / Elasticsearch Discover: `May 26th 2021, 22:55:28.527 `.
const KIBANA = /^([A-Z][a-z]{2}) (\d{1,2})(?:st|nd|rd|th) (\d{4}), (\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?[ \t]+/;
// journald (`journalctl` short format): `Mar 03 12:00:00 host proc[123]: `.
const JOURNALD = /^([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,9}))? \S+ [^\s:[\]]+(?:\[\d+\])?: /;
// klog: `E0312 10:00:00.000000   12345 file.go:42] `.
const KLOG = /^[IWEF](\d\d)(\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,9}))? +\d+ [^\s\]]+:\d+\] /;
// `kubectl logs --prefix`: `[pod/name/container] `.
const KUBECTL = /^\[(?:pod|deployment|statefulset|daemonset|job|replicaset)\/[^\]\s]+\] /;

function key(year: string, month: string, day: string, clock: string, fraction: string | undefined): string {
  return `${year}-${month}-${day.trim().padStart(2, '0')}T${clock}.${(fraction ?? '').padEnd(9, '0')}`;
}

/** The log-system prefix that starts `text`, or undefined. */
export function logPrefixOf(text: string): LogPrefix | undefined {
  const c = text.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) {
    const sep = text.charCodeAt(4);
    if (sep !== 0x2d || text.charCodeAt(7) !== sep) return composePrefixOf(text);
    const m = ISO.exec(text);
    if (m === null) return undefined;
    return { length: m[0].length, time: key(m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4] ?? '', m[5]) };
  }
  if (c >= 0x41 && c <= 0x5a) {
    // klog: a severity letter and four digits.
    const d = text.charCodeAt(1);
    if (d >= 0x30 && d <= 0x39) {
      const m = KLOG.exec(text);
      if (m === null) return undefined;
      return { length: m[0].length, time: key('----', m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4]), klog: true };
    }
    if (text.charCodeAt(3) !== 0x20) return undefined;
    const month = MONTHS[text.slice(0, 3)];
    if (month === undefined) return undefined;
    const kibana = KIBANA.exec(text);
    if (kibana)
      return {
        length: kibana[0].length,
        time: key(kibana[3] ?? '', month, kibana[2] ?? '', kibana[4] ?? '', kibana[5]),
      };
    const journald = JOURNALD.exec(text);
    if (journald)
      return {
        length: journald[0].length,
        time: key('----', month, journald[2] ?? '', journald[3] ?? '', journald[4]),
      };
    return undefined;
  }
  if (c === 0x5b /* [ */) {
    const m =
      text.charCodeAt(1) === 0x70 ||
      text.charCodeAt(1) === 0x64 ||
      text.charCodeAt(1) === 0x73 ||
      text.charCodeAt(1) === 0x6a ||
      text.charCodeAt(1) === 0x72
        ? KUBECTL.exec(text)
        : null;
    return m ? { length: m[0].length } : undefined;
  }
  if (c >= 0x61 && c <= 0x7a) return composePrefixOf(text);
  return undefined;
}

/** Docker Compose: `service-1  | ` (a lowercase service name, padding, a bar). No pattern: a scan. */
function composePrefixOf(text: string): LogPrefix | undefined {
  let i = 0;
  for (; i < 64 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // No `.`: Compose names are `project-service-1`; a function line (`main.main(`) stops here at once.
    const name = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;
    if (!name) break;
  }
  if (i === 0 || text.charCodeAt(i) !== 0x20) return undefined;
  while (i < 96 && text.charCodeAt(i) === 0x20) i++;
  if (text.charCodeAt(i) !== 0x7c /* | */) return undefined;
  i++;
  if (text.charCodeAt(i) === 0x20) i++;
  return { length: i };
}

/**
 * klog headers start the program's own log messages too (`I1122 … main.go:35] Version: …`): those keep
 * their header, as they were printed. Only a line of Go runtime output behind a klog header (a log
 * system that re-logged the crash line by line) loses it. client-go's `Observed a panic` line is read
 * whole by the fault machine.
 */
export function keepsKlogHeader(rest: string): boolean {
  // What follows may carry prefixes of its own (a klog-wrapped Kibana export): judge the line inside.
  let inner = rest;
  for (let layer = 0; layer < 4; layer++) {
    const prefix = logPrefixOf(inner);
    if (prefix === undefined) break;
    inner = inner.slice(prefix.length);
  }
  return !looksLikeGoOutput(inner);
}

const GO_CAPITALS = 'WGPRAH';

const GO_OUTPUT_STARTS = [
  'goroutine ',
  'panic: ',
  'fatal error: ',
  'created by ',
  '[signal ',
  'WARNING: DATA RACE',
  '==================',
  'Goroutine ',
  'Previous ',
  'runtime stack:',
  '[failed to restore the stack]',
  'Heap block of size ',
  'Global var ',
];

/** A line the Go runtime or race detector prints in a crash (not a program's log message). */
function looksLikeGoOutput(rest: string): boolean {
  if (rest.length === 0) return true;
  const c = rest.charCodeAt(0);
  if (c === 0x09 || c === 0x20) return true;
  // Most klog messages start with a capital (`Starting …`); of those, Go output starts only with
  // W(ARNING, rite), G(oroutine, lobal var), P(revious), R(ead), A(tomic) or H(eap block).
  if (c >= 0x41 && c <= 0x5a && GO_CAPITALS.indexOf(rest[0] as string) === -1) return false;
  for (const start of GO_OUTPUT_STARTS) if (rest.startsWith(start)) return true;
  if (/^(?:Read|Write|Atomic read|Atomic write) at 0x/.test(rest) || isEditorialLine(rest)) return true;
  return (
    readFuncLine(rest) !== undefined ||
    readFileLine(rest) !== undefined ||
    readJoinedFrame(rest) !== undefined
  );
}
