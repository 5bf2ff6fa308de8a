// Paste transformations: what log systems, chat, issue trackers and people do to a real Go crash log
// before it reaches us (issue 8). Each takes a whole log and returns the log as it would be pasted.
// They are applied to the project's own real logs (see test/fixtures/TRANSFORMATIONS.md); nothing here
// invents Go output: lines are only re-indented, prefixed, wrapped, dropped, joined, reordered or
// interleaved with the editorial lines people add.

/** A deterministic random source (mulberry32), so every table cell is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PasteTransform {
  name: string;
  apply(text: string, random: () => number): string;
}

function lines(text: string): string[] {
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

function join(out: string[]): string {
  return `${out.join('\n')}\n`;
}

function mapLines(text: string, f: (line: string, i: number) => string): string {
  return join(lines(text).map(f));
}

// ---- recognising Go output lines (independently of src/parse, on purpose) ----

/** `\t/path/file.go:12 +0x1d` or the race detector's `      /path/file.go:12 +0x38`. */
const FILE_LINE = /^\s+\S.*:\d+(?: \+0x[0-9a-f]+)?(?: fp=.*)?$/;
/** `pkg.(*T).Method(0xc000…)`, the race detector's `  pkg.F()`, `created by pkg.F in goroutine 7`. */
const FUNC_LINE = /^\s*(?:created by \S+(?: in goroutine \d+)?|[^\s()]+\.[^\s]*\(.*\)|panic\(.*\))$/;

export function isFileLine(line: string): boolean {
  return FILE_LINE.test(line);
}

export function isFuncLine(line: string): boolean {
  return FUNC_LINE.test(line) && !FILE_LINE.test(line);
}

/** Index of every line that starts a frame (a function line followed by its file line). */
export function frameStarts(all: string[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    if (isFuncLine(all[i] as string) && isFileLine(all[i + 1] as string)) starts.push(i);
  }
  return starts;
}

const RULE = '==================';

// ---- indentation ----

const stripIndent: PasteTransform = {
  name: 'strip-indent',
  apply: (text) => mapLines(text, (l) => l.replace(/^[ \t]+/, '')),
};

function tabsToSpaces(n: number): PasteTransform {
  return {
    name: `tabs-to-${n}-spaces`,
    apply: (text) => mapLines(text, (l) => l.replace(/^\t+/, (tabs) => ' '.repeat(n * tabs.length))),
  };
}

/** Some lines only: a viewer that re-indented what it touched (4 spaces, 8 spaces, or left the tab). */
const mixedIndent: PasteTransform = {
  name: 'mixed-indent',
  apply: (text) =>
    mapLines(text, (l, i) => l.replace(/^\t/, i % 3 === 0 ? '    ' : i % 3 === 1 ? '        ' : '\t')),
};

/** A viewer that wraps nothing and joins a frame's two lines: `pkg.F(…) /path/file.go:12 +0x1d`. */
const joinFrames: PasteTransform = {
  name: 'join-frames',
  apply: (text) => {
    const all = lines(text);
    const out: string[] = [];
    for (let i = 0; i < all.length; i++) {
      const line = all[i] as string;
      const next = all[i + 1];
      if (
        next !== undefined &&
        isFuncLine(line) &&
        isFileLine(next) &&
        !line.trim().startsWith('created by')
      ) {
        out.push(`${line} ${next.trim()}`);
        i++;
      } else out.push(line);
    }
    return join(out);
  },
};

// ---- dropped lines ----

const dropRules: PasteTransform = {
  name: 'drop-rules',
  apply: (text) => join(lines(text).filter((l) => l !== RULE && !/^Found \d+ data race\(s\)$/.test(l))),
};

/** A race pasted from its first section: no rules, no `WARNING: DATA RACE`, no `Found N data race(s)`. */
const raceFromFirstSection: PasteTransform = {
  name: 'race-from-first-section',
  apply: (text) =>
    join(
      lines(text).filter(
        (l) => l !== RULE && l !== 'WARNING: DATA RACE' && !/^Found \d+ data race\(s\)$/.test(l),
      ),
    ),
};

// ---- editorial lines ----

/** Lines a reporter adds inside a dump; inserted between frames (never inside one). */
export const EDITORIAL_LINES = ['...', '[...]', '... (12 lines omitted)', '<snip>', '// note: trimmed', ''];

function insertBetweenFrames(text: string, pick: (k: number) => string, every: number): string {
  const all = lines(text);
  const starts = new Set(frameStarts(all));
  const out: string[] = [];
  let k = 0;
  all.forEach((line, i) => {
    // Between two frames: this line starts a frame and the line before ended one.
    if (starts.has(i) && i > 0 && isFileLine(all[i - 1] as string)) {
      if (k % every === 0) out.push(pick(k));
      k++;
    }
    out.push(line);
  });
  return join(out);
}

const insertEllipsis: PasteTransform = {
  name: 'insert-ellipsis',
  apply: (text) => insertBetweenFrames(text, () => '...', 2),
};

const insertEditorial: PasteTransform = {
  name: 'insert-editorial',
  apply: (text) => insertBetweenFrames(text, (k) => EDITORIAL_LINES[k % EDITORIAL_LINES.length] as string, 1),
};

// ---- line prefixes of log systems ----

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const BASE_MS = Date.UTC(2021, 4, 26, 22, 55, 28, 527);

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function ordinal(day: number): string {
  if (day % 10 === 1 && day !== 11) return `${day}st`;
  if (day % 10 === 2 && day !== 12) return `${day}nd`;
  if (day % 10 === 3 && day !== 13) return `${day}rd`;
  return `${day}th`;
}

/** Time of line `i`: a few milliseconds apart, so every line has its own timestamp. */
function timeOf(i: number): Date {
  return new Date(BASE_MS + i * 3);
}

const PREFIXES: Record<string, (i: number) => string> = {
  // Kibana's Discover CSV/table export: `May 26th 2021, 22:55:28.527`.
  kibana: (i) => {
    const d = timeOf(i);
    return `${MONTHS[d.getUTCMonth()]} ${ordinal(d.getUTCDate())} ${d.getUTCFullYear()}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')} `;
  },
  'iso-utc': (i) => `${timeOf(i).toISOString()} `,
  'iso-offset': (i) => `${timeOf(i).toISOString().replace('Z', '+02:00')} `,
  'iso-no-zone': (i) => `${timeOf(i).toISOString().replace('T', ' ').replace('Z', '')} `,
  klog: (i) => {
    const d = timeOf(i);
    return `E${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${String(d.getUTCMilliseconds() * 1000).padStart(6, '0')}   12345 runtime.go:78] `;
  },
  journald: (i) => {
    const d = timeOf(i);
    return `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} node-1 kube-controller-manager[4312]: `;
  },
  kubectl: () => '[pod/kube-controller-manager-7d9f8c6b5-x2x9k/kube-controller-manager] ',
  compose: () => 'controller-1  | ',
};

function prefixWith(name: string, prefix: (i: number) => string): PasteTransform {
  return { name: `prefix-${name}`, apply: (text) => mapLines(text, (l, i) => prefix(i) + l) };
}

/** One JSON record per line, the log line in `field` (Cloud Logging `textPayload`, Loki/ES `message`, Docker `log`). */
function jsonRecords(field: string): PasteTransform {
  return {
    name: `json-${field}`,
    apply: (text) =>
      mapLines(text, (l, i) => {
        const value = field === 'log' ? `${l}\n` : l;
        return JSON.stringify({ [field]: value, timestamp: timeOf(i).toISOString(), severity: 'ERROR' });
      }),
  };
}

/** A Bazel `test.log`: the runner's header before the test binary's own output. */
const bazelTestLog: PasteTransform = {
  name: 'bazel-test-log',
  apply: (text) =>
    join([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Bazel's shell line, printed as is.
      'exec ${PAGER:-/usr/bin/less} "$0" || exit 1',
      'Executing tests from //pkg/controller/endpointslice:go_default_test',
      '-----------------------------------------------------------------------------',
      ...lines(text),
    ]),
};

// ---- newest-first exports ----

/** A log system's export sorted newest first: every line timestamped, then the lines reversed. */
function reversedExport(name: string): PasteTransform {
  const prefix = PREFIXES[name] as (i: number) => string;
  return {
    name: `reversed-${name}`,
    apply: (text) =>
      join(
        lines(text)
          .map((l, i) => prefix(i) + l)
          .reverse(),
      ),
  };
}

/** Every transformation that keeps the log's kind, headline and crash frame. */
export const KEEPING_TRANSFORMS: PasteTransform[] = [
  stripIndent,
  tabsToSpaces(2),
  tabsToSpaces(4),
  tabsToSpaces(8),
  mixedIndent,
  joinFrames,
  dropRules,
  insertEllipsis,
  insertEditorial,
  ...Object.entries(PREFIXES).map(([name, prefix]) => prefixWith(name, prefix)),
  jsonRecords('textPayload'),
  jsonRecords('message'),
  jsonRecords('log'),
  bazelTestLog,
  reversedExport('iso-utc'),
  reversedExport('kibana'),
];

/** Keeps kind and crash frame of races; the headline line itself is gone. */
export const RACE_TRANSFORMS: PasteTransform[] = [raceFromFirstSection];

/**
 * Cuts the log at a frame of `goroutineLines` (line indexes of the first fault's crash stack, from its
 * first line to its crash frame's function line): keeps everything from the cut on. `inside` cuts one
 * line later, inside the frame, so the paste starts with a file line.
 */
export function cutAt(text: string, lineIndex: number, inside: boolean): string {
  const all = lines(text);
  return join(all.slice(inside ? lineIndex + 1 : lineIndex));
}

export function logLines(text: string): string[] {
  return lines(text);
}

/**
 * A mutation detector's report pasted without the stack of the detector's goroutine (tilt-dev/tilt#3868
 * shows `goroutine 1123 [running]: ...`): every line up to the first `panic:` line.
 */
export function detectorReportOnly(text: string): string {
  const all = lines(text);
  const end = all.findIndex((line) => line.startsWith('panic: '));
  return join(end < 0 ? all : all.slice(0, end + 1));
}

/**
 * A reviewer's quote of one access's top frames (cluster-api#11728 quotes `Write at … by goroutine 1838:`,
 * `runtime.mapassign()` and `(*Scheme).AddKnownTypeWithName()` with their file lines): the first line
 * matching `header` and the `frames` frames below it.
 */
export function quoteAccessTop(text: string, header: RegExp, frames: number): string {
  const all = lines(text);
  const start = all.findIndex((line) => header.test(line));
  return join(start < 0 ? [] : all.slice(start, start + 1 + 2 * frames));
}
