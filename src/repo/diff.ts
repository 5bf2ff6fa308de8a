// Changed lines of a change (a PR's patches, or `git diff` output), keyed by repo-relative path.
export type ChangedLines = Map<string, Set<number>>;

/** `b/pkg/x.go` → `pkg/x.go`; `"b/with space.go"` → `with space.go`; `/dev/null` → null. */
function diffPath(raw: string): string | null {
  let path = raw.split('\t')[0]?.trim() ?? '';
  if (path.startsWith('"') && path.endsWith('"') && path.length >= 2) {
    path = path.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  if (path === '/dev/null' || path === '') return null;
  path = path.replace(/^[ab]\//, '');
  // Whatever a hostile patch names, keep only plain repo-relative paths.
  if (path.startsWith('/') || path.split('/').includes('..')) return null;
  return path;
}

const hunkHeader = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Added and modified lines (new-side line numbers) per file of a unified diff. `path` names the file when
 * the text is a single file's patch without headers (the GitHub API's `patch` field).
 */
export function parseUnifiedDiff(text: string, path?: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let current: string | null = path ?? null;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  const mark = (line: number): void => {
    if (!current) return;
    let lines = changed.get(current);
    if (!lines) {
      lines = new Set();
      changed.set(current, lines);
    }
    lines.add(line);
  };
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (oldLeft > 0 || newLeft > 0) {
      // Inside a hunk the counts decide, so `--- x` here is a removed line, not a header.
      if (line.startsWith('\\')) continue;
      if (line.startsWith('+')) {
        mark(newLine++);
        newLeft--;
        continue;
      }
      if (line.startsWith('-')) {
        oldLeft--;
        continue;
      }
      if (line.startsWith(' ') || line === '') {
        newLine++;
        newLeft--;
        oldLeft--;
        continue;
      }
      // A malformed hunk (counts too large): leave it and read the line as a header.
      oldLeft = 0;
      newLeft = 0;
    }
    const hunk = hunkHeader.exec(line);
    if (hunk) {
      const start = Number(hunk[3]);
      const oldCount = hunk[2] === undefined ? 1 : Number(hunk[2]);
      const newCount = hunk[4] === undefined ? 1 : Number(hunk[4]);
      if (![start, oldCount, newCount].every(Number.isSafeInteger)) continue;
      newLine = start;
      oldLeft = oldCount;
      newLeft = newCount;
    } else if (line.startsWith('diff --git ')) {
      const b = / b\/(.*)$/.exec(line) ?? / "b\/(.*)"$/.exec(line);
      current = b?.[1] ? diffPath(b[1]) : null;
    } else if (line.startsWith('+++ ')) {
      current = diffPath(line.slice(4));
    } else if (line.startsWith('rename to ')) {
      current = diffPath(line.slice('rename to '.length));
    }
  }
  return changed;
}
