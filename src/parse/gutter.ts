// Line numbers copied along with the text from a CI log viewer: `  123 | text`, `123│text`,
// `123\ttext`. A number alone proves nothing (a test may print `1\tfoo`), so a gutter counts only
// once two consecutive lines carry consecutive numbers; the first candidate waits for its
// successor. Go frame lines start with a tab, never a digit, so they cannot be mistaken for one.

interface GutterMark {
  number: number;
  /** Length of the gutter, separator included. */
  length: number;
}

interface HeldLine {
  text: string;
  no: number;
  mark: GutterMark;
}

/** Reads a gutter at the start of a line: up to 8 spaces, 1–9 digits, then a tab or a bar. */
export function readGutter(s: string): GutterMark | undefined {
  let i = 0;
  while (i < 8 && s.charCodeAt(i) === 0x20) i++;
  const digitsFrom = i;
  while (i - digitsFrom < 9) {
    const c = s.charCodeAt(i);
    if (!(c >= 0x30 && c <= 0x39)) break;
    i++;
  }
  if (i === digitsFrom) return undefined;
  const number = Number(s.slice(digitsFrom, i));
  if (i === s.length) return { number, length: i };
  if (s.charCodeAt(i) === 0x09) return { number, length: i + 1 };
  // `123 | text` puts one space on each side of the bar; `123│text` none.
  const spaced = s.charCodeAt(i) === 0x20;
  const bar = s.charCodeAt(spaced ? i + 1 : i);
  if (bar !== 0x7c /* | */ && bar !== 0x2502 /* │ */) return undefined;
  let length = spaced ? i + 2 : i + 1;
  if (spaced && s.charCodeAt(length) === 0x20) length++;
  return { number, length };
}

/** Whether a line could start with a gutter; cheap enough for every line. */
export function mayHaveGutter(s: string): boolean {
  let i = 0;
  while (i < 8 && s.charCodeAt(i) === 0x20) i++;
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** Strips a gutter once it is proven; holds at most one line while deciding. */
export class GutterStripper {
  private held: HeldLine | undefined;
  private active = false;
  private expected = 0;

  constructor(private readonly next: (text: string, no: number) => void) {}

  /** True while the stripper must see every line (a gutter is running or a candidate waits). */
  get engaged(): boolean {
    return this.active || this.held !== undefined;
  }

  push(text: string, no: number): void {
    const mark = mayHaveGutter(text) ? readGutter(text) : undefined;
    if (this.active) {
      if (mark !== undefined && mark.number === this.expected) {
        this.expected++;
        this.next(text.slice(mark.length), no);
        return;
      }
      this.active = false;
    }
    const held = this.held;
    if (held !== undefined) {
      this.held = undefined;
      if (mark !== undefined && mark.number === held.mark.number + 1) {
        this.active = true;
        this.expected = mark.number + 1;
        this.next(held.text.slice(held.mark.length), held.no);
        this.next(text.slice(mark.length), no);
        return;
      }
      this.next(held.text, held.no);
    }
    if (mark !== undefined) this.held = { text, no, mark };
    else this.next(text, no);
  }

  /** Releases a waiting candidate unchanged: nothing followed to prove it. */
  end(): void {
    const held = this.held;
    this.held = undefined;
    this.active = false;
    if (held !== undefined) this.next(held.text, held.no);
  }
}
