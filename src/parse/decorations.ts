// Pure, per-line removal of what CI systems, terminals and humans wrap around log text.
// Each function looks at one or two characters before doing any work: most lines carry no
// decoration, and this runs on every line of every log.

const ESC = 0x1b;
const CR = '\r';

/** Removes ANSI escape sequences: CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ESC \`), and two-byte escapes. */
export function stripAnsi(s: string): string {
  let at = s.indexOf('\x1b');
  if (at === -1) return s;
  let out = '';
  let from = 0;
  while (at !== -1) {
    out += s.slice(from, at);
    from = escapeEnd(s, at);
    at = s.indexOf('\x1b', from);
  }
  return out + s.slice(from);
}

/** Index just past the escape sequence that starts at `at`. Never scans past the next ESC. */
function escapeEnd(s: string, at: number): number {
  const kind = s.charCodeAt(at + 1);
  if (kind === 0x5b /* [ */) {
    // CSI: parameter and intermediate bytes 0x20–0x3f, then one final byte 0x40–0x7e.
    let i = at + 2;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c >= 0x40 && c <= 0x7e) return i + 1;
      if (c < 0x20 || c > 0x3f) return i;
      i++;
    }
    return i;
  }
  if (kind === 0x5d /* ] */) {
    // OSC: ends at BEL or at ST (`ESC \`); an unterminated one ends where the next ESC starts.
    let i = at + 2;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 0x07) return i + 1;
      if (c === ESC) return s.charCodeAt(i + 1) === 0x5c ? i + 2 : i;
      i++;
    }
    return i;
  }
  // Character-set designation `ESC ( B` and friends take one more byte.
  if (kind === 0x28 || kind === 0x29) return Math.min(at + 3, s.length);
  // Other two-byte escapes (`ESC =`, `ESC 7`, …); a lone ESC at the end is dropped.
  return Math.min(at + 2, s.length);
}

/** CRLF and CR-only endings: the line terminator is `\n`, so trailing `\r`s are line-ending debris. */
export function trimTrailingCarriageReturns(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x0d) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** A terminal shows only what the last `\r` (progress bars) left visible. */
export function keepAfterLastCarriageReturn(s: string): string {
  // `indexOf` first: it is much faster than `lastIndexOf` and almost always finds nothing.
  if (s.indexOf(CR) === -1) return s;
  return s.slice(s.lastIndexOf(CR) + 1);
}

/**
 * Terminal clean-up for any line, decorated or not: ANSI, line-ending `\r`, progress overwrites.
 * ANSI goes first so that `text\r\x1b[K` (return, then erase) keeps its text.
 */
export function cleanTerminalText(s: string): string {
  return keepAfterLastCarriageReturn(trimTrailingCarriageReturns(stripAnsi(s)));
}

// ---- Markdown (a log pasted into an issue or a PR comment) ----

const FENCE = /^ {0,3}(?:`{3,}|~{3,})[\w+.-]*\s*$/;
const HTML_WRAPPER = /^\s*<\/?(?:details|summary)\b/i;

/**
 * Undoes Markdown wrapping: `null` drops code fences and `<details>`/`<summary>` lines, a quoted
 * line (`> text`, `>text`, `>`) loses its quote marker. Other lines come back unchanged.
 */
export function unwrapMarkdown(s: string): string | null {
  let c = s.charCodeAt(0);
  if (c === 0x3e /* > */) {
    // Nested quotes (`> > text`) unwrap one level at a time.
    let at = 0;
    while (c === 0x3e) {
      at += s.charCodeAt(at + 1) === 0x20 ? 2 : 1;
      c = s.charCodeAt(at);
    }
    return unwrapMarkdown(s.slice(at));
  }
  const first = c === 0x20 ? firstNonSpace(s) : c;
  if (first === 0x60 /* ` */ || first === 0x7e /* ~ */) return FENCE.test(s) ? null : s;
  if (first === 0x3c /* < */) return HTML_WRAPPER.test(s) ? null : s;
  return s;
}

/** Char code of the first non-space character within the first four (Markdown's indent limit). */
function firstNonSpace(s: string): number {
  let i = 0;
  while (i < 4 && s.charCodeAt(i) === 0x20) i++;
  return s.charCodeAt(i);
}

/** Whether a line may carry Markdown wrapping; cheap enough for every line. */
export function mayBeMarkdown(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c === 0x3e || c === 0x60 || c === 0x7e || c === 0x3c) return true;
  if (c !== 0x20) return false;
  const first = firstNonSpace(s);
  return first === 0x60 || first === 0x7e || first === 0x3c;
}

// ---- Container-runtime records (their timestamp is cut by log-prefix.ts) ----

export type CriStream = 'stdout' | 'stderr';

/** The part of a CRI log line after its timestamp: `stderr F text` (full) or `stdout P text` (partial). */
export interface CriRecord {
  stream: CriStream;
  partial: boolean;
  content: string;
}

/** Reads the stream and tag of a CRI line whose timestamp was already removed. */
export function parseCriRecord(s: string): CriRecord | undefined {
  if (s.charCodeAt(0) !== 0x73 /* s */ || s.charCodeAt(6) !== 0x20) return undefined;
  const stream = s.slice(0, 6);
  if (stream !== 'stdout' && stream !== 'stderr') return undefined;
  const tag = s.charCodeAt(7);
  if (tag !== 0x46 /* F */ && tag !== 0x50 /* P */) return undefined;
  if (s.length > 8 && s.charCodeAt(8) !== 0x20) return undefined;
  return { stream, partial: tag === 0x50, content: s.slice(9) };
}

// ---- GitHub Actions ----

/**
 * The runner's log markers: `##[group]…`/`##[endgroup]` are dropped (`null`); `##[error]msg`,
 * `##[warning]msg` and the like keep their message. Other lines come back unchanged.
 */
export function stripGithubMarker(s: string): string | null {
  if (s.charCodeAt(0) !== 0x23 || s.charCodeAt(1) !== 0x23 || s.charCodeAt(2) !== 0x5b) return s;
  const close = s.indexOf(']', 3);
  if (close === -1 || close > 20) return s;
  const name = s.slice(3, close);
  if (!/^[a-z]+$/.test(name)) return s;
  return name === 'group' || name === 'endgroup' ? null : s.slice(close + 1);
}

/** Workflow commands whose message is worth reading. */
const MESSAGE_COMMANDS = new Set(['error', 'warning', 'notice', 'debug']);
/** Workflow commands that only drive the runner. */
const SILENT_COMMANDS = new Set([
  'group',
  'endgroup',
  'add-mask',
  'stop-commands',
  'set-output',
  'save-state',
  'add-path',
  'set-env',
  'add-matcher',
  'remove-matcher',
  'echo',
]);
const COMMAND_NAME = /^::([a-z][a-z-]{0,30})(?=[ :])/;

/**
 * Workflow commands printed by tools (`::error file=x.go,line=3::message`): message commands yield
 * their message, decoded (`%0A` is a newline, so one command can hold a whole stack) and split into
 * lines; runner-only commands yield `null`. Anything else comes back as `undefined`.
 */
export function readWorkflowCommand(s: string): string[] | null | undefined {
  if (s.charCodeAt(0) !== 0x3a || s.charCodeAt(1) !== 0x3a) return undefined;
  const m = COMMAND_NAME.exec(s);
  if (m === null) return undefined;
  const name = m[1] as string;
  const end = s.indexOf('::', m[0].length);
  if (end === -1) return undefined;
  if (SILENT_COMMANDS.has(name)) return null;
  if (!MESSAGE_COMMANDS.has(name)) return undefined;
  const message = s.slice(end + 2);
  if (message.indexOf('%') === -1) return [message];
  return message
    .replace(/%0D/gi, CR)
    .replace(/%0A/gi, '\n')
    .replace(/%25/g, '%')
    .split('\n')
    .map(cleanTerminalText);
}
