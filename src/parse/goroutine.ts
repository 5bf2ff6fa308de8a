// Line-level parsers for goroutine dumps: headers, frame function lines, file lines, `created by`.
// Each takes one line (CI decorations already stripped) and returns undefined when it does not match,
// so the state machine can try them in turn. No regex here can backtrack super-linearly.

/** Names and paths are kept up to this length: hostile input must not make every frame a megabyte. */
const MAX_NAME = 2048;

function clipName(text: string): string {
  return text.length > MAX_NAME ? text.slice(0, MAX_NAME) : text;
}

export interface GoroutineHeader {
  /** Leading whitespace before `goroutine`: an indented copy keeps this indent on every line. */
  indent: string;
  id: number;
  state: string;
  waitMinutes?: number;
  lockedToThread?: boolean;
}

// `goroutine 5 gp=0xc000003dc0 m=5 mp=0xc000088008 [running (scan), 3 minutes, locked to thread]:`
// The part between the id and `[` (gp=/m=/mp=) is optional and ignored.
const HEADER = /^([ \t]*)goroutine (\d+)(?: [^[\]]*)? \[([^\]]*)\]:$/;

export function parseGoroutineHeader(line: string): GoroutineHeader | undefined {
  // Dumps are mostly frame lines: rule them out by the first character after the indent.
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09)) i++;
  if (line.charCodeAt(i) !== 0x67 /* g */) return undefined;
  const m = HEADER.exec(line);
  if (!m) return undefined;
  const [, indent = '', idText = '', inside = ''] = m;
  const items = inside.split(', ');
  const header: GoroutineHeader = { indent, id: Number(idText), state: clipName(items[0] ?? '') };
  for (const item of items.slice(1)) {
    const minutes = /^(\d+) minutes$/.exec(item);
    if (minutes) header.waitMinutes = Number(minutes[1]);
    else if (item === 'locked to thread') header.lockedToThread = true;
    // Other suffixes (`synctest group N`, future additions) carry nothing we use.
  }
  return header;
}

export interface FuncLine {
  func: string;
  inlined: boolean;
}

/**
 * `pkg.(*T).Method(0xc000…, {0x…?, 0x2?})`, `panic(...)`, `runtime.goexit({})`: the name is everything
 * before the last `(` (argument lists never contain parentheses; names do: `(*T)`), and has no spaces.
 */
export function parseFuncLine(line: string): FuncLine | undefined {
  if (line.length === 0 || line.charCodeAt(line.length - 1) !== 41 /* ) */) return undefined;
  const open = line.lastIndexOf('(');
  if (open <= 0) return undefined;
  const func = line.slice(0, open);
  if (/\s/.test(func)) return undefined;
  // Every Go function is package-qualified except the runtime's `panic` alias of gopanic.
  if (!func.includes('.') && func !== 'panic') return undefined;
  // `(...)`: the arguments of an inlined call.
  const inlined = open === line.length - 5 && line.endsWith('...)');
  return { func: clipName(func), inlined };
}

export interface FileLine {
  file: string;
  line: number;
}

/**
 * `/abs/file.go:123 +0x1d fp=0x… sp=0x… pc=0x…` from `from` on (the caller skips the leading tab):
 * offset and fp/sp/pc are optional; the path may contain spaces and colons (`C:/…`). Every frame of
 * every dump comes here, so it works on positions and cuts only the file name.
 */
export function parseFileLine(text: string, from = 0): FileLine | undefined {
  let end = text.indexOf(' fp=0x', from);
  if (end < 0) end = text.length;
  // ` +0x1d`: dropped when it runs to the end (a hex number and nothing else).
  const offset = end - from >= 4 ? text.lastIndexOf(' +0x', end - 4) : -1;
  if (offset >= from && isHexRun(text, offset + 4, end)) end = offset;
  const colon = end > from ? text.lastIndexOf(':', end - 1) : -1;
  if (colon <= from) return undefined;
  // 1 to 9 ASCII digits after the colon.
  const digits = end - colon - 1;
  if (digits < 1 || digits > 9) return undefined;
  let line = 0;
  for (let i = colon + 1; i < end; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return undefined;
    line = line * 10 + d;
  }
  return { file: clipName(text.slice(from, colon)), line };
}

/** `text[from, end)` is one or more lowercase hex digits (`[0-9a-f]+`). */
function isHexRun(text: string, from: number, end: number): boolean {
  if (from >= end) return false;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}

export interface CreatedBy {
  func: string;
  parentId?: number;
}

/** `created by pkg.F` (≤ Go 1.20) or `created by pkg.F in goroutine 7` (Go 1.21+). */
export function parseCreatedBy(line: string): CreatedBy | undefined {
  if (!line.startsWith('created by ')) return undefined;
  const rest = line.slice('created by '.length);
  const m = /^(\S+) in goroutine (\d+)$/.exec(rest);
  if (m) return { func: clipName(m[1] ?? ''), parentId: Number(m[2]) };
  if (rest.length === 0 || /\s/.test(rest)) return undefined;
  return { func: clipName(rest) };
}

/** `...additional frames elided...` (before Go 1.21) and `...123 frames elided...` (Go 1.21+). */
export function isElisionLine(line: string): boolean {
  return line === '...additional frames elided...' || /^\.\.\.\d+ frames elided\.\.\.$/.test(line);
}

/** Lines a dump may hold that carry nothing for us but must not end it. */
export function isIgnorableDumpLine(line: string): boolean {
  if (line === 'goroutine running on other thread; stack unavailable' || line === 'runtime stack:')
    return true;
  // The regexes only run on lines that can match: every function line comes here first.
  if (line.charCodeAt(0) === 0x5b /* [ */) return /^\[originating from goroutine \d+\]:$/.test(line);
  // GOTRACEBACK=crash register dump: `rax    0x0`, `rflags 0x10246`.
  const last = line.charCodeAt(line.length - 1);
  return (
    ((last >= 0x30 && last <= 0x39) || (last >= 0x61 && last <= 0x66)) &&
    /^[a-z][a-z0-9]{1,6} +0x[0-9a-f]+$/.test(line)
  );
}
