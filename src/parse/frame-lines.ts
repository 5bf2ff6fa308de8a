// Frames as people paste them (issue 8): whatever the whitespace, a frame is a function line and a
// `path:line` line; a viewer may have joined the two on one line; reporters put editorial lines
// (`...`, `[...]`, `<snip>`, `// note`) between frames. And the signs that a headless stack is a crash.
import type { FaultKind, Frame } from '../model.js';
import { type FileLine, type FuncLine, parseFileLine, parseFuncLine } from './goroutine.js';

/** Index of the first character that is not a space or a tab. */
export function indentEnd(line: string): number {
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) break;
    i++;
  }
  return i;
}

/**
 * A frame's `path:line` line, its leading whitespace (any, or none) skipped. A line the runtime
 * indented with a tab may hold any path; without it, the path must look like one (no spaces, a `/`,
 * a `\` or a `.go`/`.s` file), so `listening on 127.0.0.1:8080` is not a frame.
 */
export function readFileLine(line: string): FileLine | undefined {
  const from = indentEnd(line);
  if (from >= line.length) return undefined;
  const location = parseFileLine(line, from);
  if (location === undefined) return undefined;
  if (line.charCodeAt(0) === 0x09) return location;
  return looksLikePath(location.file) ? location : undefined;
}

function looksLikePath(file: string): boolean {
  if (file.indexOf(' ') !== -1) return false;
  return file.indexOf('/') !== -1 || file.indexOf('\\') !== -1 || file.endsWith('.go') || file.endsWith('.s');
}

/** A function line, its leading whitespace skipped. A `path:line` line never ends in `)`, so never is one. */
export function readFuncLine(line: string): FuncLine | undefined {
  const from = indentEnd(line);
  return parseFuncLine(from === 0 ? line : line.slice(from));
}

/**
 * `pkg.F(0xc000…, {0x1?, 0x2}) /path/file.go:12 +0x1d`: a frame a viewer joined on one line. The
 * argument list may hold spaces, the path follows the `)` that closes it.
 */
export function readJoinedFrame(line: string): { func: FuncLine; location: FileLine } | undefined {
  const last = line.charCodeAt(line.length - 1);
  // A joined frame ends like a file line: a line digit or an offset's hex digit.
  if (!((last >= 0x30 && last <= 0x39) || (last >= 0x61 && last <= 0x66))) return undefined;
  const from = indentEnd(line);
  let close = line.indexOf(') ', from);
  const tabbed = line.indexOf(')\t', from);
  if (close === -1 || (tabbed !== -1 && tabbed < close)) close = tabbed;
  while (close !== -1) {
    const rest = line.slice(close + 2);
    const location = readFileLine(rest.charCodeAt(0) === 0x09 ? rest.slice(1) : rest);
    if (location !== undefined) {
      const func = parseFuncLine(line.slice(from, close + 1));
      return func === undefined ? undefined : { func, location };
    }
    close = line.indexOf(') ', close + 1);
  }
  return undefined;
}

// `...`, `…`, `[...]`, `[snip]`, `<snip>`, `... (12 lines omitted)`, `(5 more lines)`, `// note`.
const EDITORIAL =
  /^(?:(?:\.{3}|…)(?:\s.*)?|\[(?:\.{3}|…|snip(?:ped)?|trimmed|truncated)\]|<(?:\.{3}|…|snip(?:ped)?|trimmed|truncated)>|\(\d+ (?:more )?lines? (?:omitted|skipped|removed|snipped|hidden)\)|\/\/.*|#\s.*)$/i;

/**
 * A line a person put inside a dump (the text after its indentation): it stands for lines left out
 * or comments on them, and never ends the goroutine being read. The runtime's own elision lines
 * (`...N frames elided...`) are not editorial.
 */
export function isEditorialLine(text: string): boolean {
  const c = text.charCodeAt(0);
  // . … [ < ( / #
  if (c !== 0x2e && c !== 0x2026 && c !== 0x5b && c !== 0x3c && c !== 0x28 && c !== 0x2f && c !== 0x23)
    return false;
  if (c === 0x2e && text.endsWith('elided...')) return false;
  return EDITORIAL.test(text);
}

/** The map operation a runtime frame is in: the operation that detects each concurrent-map fault. */
function mapFaultOf(func: string): FaultKind | undefined {
  if (func.startsWith('runtime.map') || func.startsWith('internal/runtime/maps.')) {
    if (/assign|delete|PutSlot|\.Delete|\.Clear|clear|growWork|evacuate/.test(func))
      return 'concurrent-map-writes';
    if (/access|\.Get/.test(func)) return 'concurrent-map-read-write';
    if (/iter|Next/.test(func)) return 'concurrent-map-iteration-write';
    if (/clone/i.test(func)) return 'concurrent-map-clone-write';
    return 'concurrent-map-writes';
  }
  if (func.startsWith('reflect.mapiter') || func === 'internal/reflectlite.mapiterinit')
    return 'concurrent-map-iteration-write';
  if (func === 'maps.clone' || func === 'runtime.mapclone2') return 'concurrent-map-clone-write';
  return undefined;
}

const THROWS = new Set(['runtime.throw', 'runtime.fatal', 'runtime.fatalthrow', 'runtime.fatalpanic']);

/**
 * The kind of crash a stack with no headline shows, or undefined when it shows none (a logged
 * `debug.Stack()`, a goroutine profile): a race detector frame, a runtime throw or a map operation at
 * the top, a `panic` frame (with the signal handler's frames: a nil dereference).
 */
export function crashSignOf(frames: readonly Frame[]): FaultKind | undefined {
  if (frames.length === 0) return undefined;
  const top = frames[0] as Frame;
  // A stack printed on purpose: its first frame is the printing call.
  if (top.func === 'runtime/debug.Stack' || top.func.startsWith('runtime/pprof.')) return undefined;
  let thrown = false;
  let panicked = false;
  let sigpanic = false;
  for (let i = 0; i < frames.length; i++) {
    const func = (frames[i] as Frame).func;
    if (func.startsWith('runtime.race') || func.startsWith('__tsan_')) return 'data-race';
    if (THROWS.has(func)) thrown = true;
    else if (func === 'panic' || func === 'runtime.gopanic') panicked = true;
    else if (func === 'runtime.sigpanic' || func === 'runtime.panicmem') sigpanic = true;
    else if (i < 4 && (thrown || i < 2)) {
      const map = mapFaultOf(func);
      if (map !== undefined) return panicked ? 'nil-map-write' : map;
    }
    if (i >= 4 && !panicked && !thrown) break;
  }
  if (sigpanic) return 'nil-deref';
  if (panicked) return 'panic';
  return thrown ? 'panic' : undefined;
}
