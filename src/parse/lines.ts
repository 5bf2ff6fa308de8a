// Splits a stream of text pieces into lines, with a hard cap on the length of any one line.
// Used for the raw input and for each `go test -json` Output buffer.

/**
 * Longest line kept, in UTF-16 code units (bytes for ASCII logs). Longer lines keep their start and
 * lose the rest up to the newline, so a multi-gigabyte line costs no more than this.
 */
export const MAX_LINE_LENGTH = 1 << 20;

/**
 * Pieces held for one unfinished line before they are joined into one. Bounds the bookkeeping of a
 * line fed in tiny pieces; joining costs at most `MAX_LINE_LENGTH` once per this many pieces, so
 * the amortized cost per piece stays constant.
 */
const MAX_PIECES = 4096;
/** What holding one piece costs besides its text, in code units (string header and array slot). */
const PIECE_OVERHEAD = 32;

/**
 * Feeds text in any pieces; calls `onLine` once per `\n`-terminated line (without the `\n`). A piece
 * that ends mid-line is kept as a reference until the line completes: joining happens once per line,
 * so many tiny pieces stay linear.
 */
export class LineSplitter {
  private pieces: string[] = [];
  private pendingLength = 0;
  /** The current line reached the cap: drop everything up to the next newline. */
  private overflowed = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLength: number = MAX_LINE_LENGTH,
  ) {}

  /** Code units held for the unfinished line. */
  get pending(): number {
    return this.pendingLength;
  }

  /** Approximate memory held for the unfinished line, in code units, bookkeeping included. */
  get footprint(): number {
    return this.pendingLength + this.pieces.length * PIECE_OVERHEAD;
  }

  push(text: string): void {
    const max = this.maxLength;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) {
        this.hold(text, start, text.length);
        return;
      }
      if (this.pendingLength === 0 && !this.overflowed) {
        // Common path: the whole line is inside this piece.
        this.onLine(nl - start > max ? cut(text.slice(start, start + max)) : text.slice(start, nl));
      } else {
        this.hold(text, start, nl);
        this.onLine(this.take());
      }
      start = nl + 1;
    }
  }

  /** Emits the unfinished line, if any (a last line without a newline). */
  flush(): void {
    if (this.pendingLength > 0) this.onLine(this.take());
  }

  private hold(text: string, from: number, to: number): void {
    if (this.overflowed || from === to) return;
    const room = this.maxLength - this.pendingLength;
    let end = to;
    if (end - from > room) {
      end = from + room;
      this.overflowed = true;
    }
    if (end === from) return;
    this.pieces.push(from === 0 && end === text.length ? text : text.slice(from, end));
    this.pendingLength += end - from;
    if (this.pieces.length >= MAX_PIECES) this.pieces = [this.pieces.join('')];
  }

  private take(): string {
    const joined = this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join('');
    const line = this.overflowed ? cut(joined) : joined;
    this.pieces = [];
    this.pendingLength = 0;
    this.overflowed = false;
    return line;
  }
}

/** A line cut at the cap must not end in half a surrogate pair. */
function cut(line: string): string {
  const last = line.charCodeAt(line.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? line.slice(0, -1) : line;
}
