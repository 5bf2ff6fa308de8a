// client-go's mutation detector prints `CACHE *v1.Pod[3] ALTERED!` and then
// diff.ObjectGoPrintSideBySide(cached, copy): two go-spew dumps laid side by side by a tabwriter, so every
// row is `<cached line padded to the column>` + `<copy line>`. The rows are aligned by position, not by
// content: a map that gained an entry shifts the rest of its side down. So each side is read as its own
// sequence (with the spew nesting giving every line a field path), and the changed region is what is left
// between their common head and common tail. (Real output: test/fixtures/go-programs/cache-mutation-detector.)

/** Bounds for hostile input: a Pod dump is a few hundred rows. */
const MAX_ROWS = 20_000;
const MAX_FIELDS = 50;
const MAX_ROW_LENGTH = 4096;

interface DumpLine {
  text: string;
  path: string;
}

/** `Name: (string) …` (struct field), `(string) (len=3) "app": …` (map entry) → the key. */
function keyOf(text: string): string | undefined {
  const field = /^([A-Za-z_][A-Za-z0-9_]*): /.exec(text);
  if (field) return field[1];
  return /^\([^)]*\) (?:\(len=\d+\) )?"((?:[^"\\]|\\.)*)": /.exec(text)?.[1];
}

/** Follows one side's nesting: each line's path is its enclosing fields plus its own key. */
class DumpSide {
  readonly lines: DumpLine[] = [];
  private readonly stack: { depth: number; key: string }[] = [];

  add(line: string): void {
    const text = line.trimStart();
    if (text === '') return;
    const depth = line.length - text.length;
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1]?.depth ?? 0) >= depth)
      this.stack.pop();
    const key = keyOf(text);
    const parents = this.stack.map((s) => s.key);
    const path = key === undefined ? parents.join('.') : [...parents, key].join('.');
    // Closing lines (`},`, `})`) name no field of their own.
    if (!/^[})\]]+,?$/.test(text)) this.lines.push({ text: line, path });
    if (key !== undefined && text.endsWith('{')) this.stack.push({ depth, key });
  }
}

export class SideBySideDiffReader {
  /** Column where the copy's half starts, learnt from the object's first row, `(*v1.Pod)({   (*v1.Pod)({`. */
  private column: number | undefined;
  private rows = 0;
  private cached = new DumpSide();
  private copy = new DumpSide();
  private readonly fields: string[] = [];

  /** A new `CACHE …[N] ALTERED!` object starts. */
  nextObject(): void {
    this.compare();
    this.column = undefined;
    this.cached = new DumpSide();
    this.copy = new DumpSide();
  }

  accept(fullRow: string): void {
    if (this.rows >= MAX_ROWS) return;
    this.rows += 1;
    const row = fullRow.length > MAX_ROW_LENGTH ? fullRow.slice(0, MAX_ROW_LENGTH) : fullRow;
    if (this.column === undefined) {
      const m = /^(\S+) +\S/.exec(row);
      if (!m) return;
      this.column = row.length - row.slice(m[1]?.length ?? 0).trimStart().length;
    }
    this.cached.add(row.slice(0, this.column).trimEnd());
    this.copy.add(row.slice(this.column).trimEnd());
  }

  changedFields(): string[] {
    this.nextObject();
    return [...this.fields];
  }

  private compare(): void {
    const a = this.cached.lines;
    const b = this.copy.lines;
    let head = 0;
    while (head < a.length && head < b.length && a[head]?.text === b[head]?.text) head += 1;
    let tail = 0;
    while (
      tail < a.length - head &&
      tail < b.length - head &&
      a[a.length - 1 - tail]?.text === b[b.length - 1 - tail]?.text
    ) {
      tail += 1;
    }
    const midA = a.slice(head, a.length - tail);
    const midB = b.slice(head, b.length - tail);
    if (midA.length === midB.length) {
      // Same shape: only the rows that differ changed (a scalar field's value).
      midA.forEach((line, i) => {
        if (line.text !== midB[i]?.text) this.record(line.path);
      });
      return;
    }
    for (const line of [...midA, ...midB]) this.record(line.path);
  }

  private record(field: string): void {
    if (field === '' || this.fields.length >= MAX_FIELDS) return;
    // The first change of a subtree names it (`ObjectMeta.Labels` gained an entry).
    if (this.fields.some((f) => field === f || field.startsWith(`${f}.`))) return;
    this.fields.push(field);
  }
}
