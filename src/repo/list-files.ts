// The repository's Go files, for searches that look past the printed stacks (the writer search). Both
// source readers list through here: a bounded walk of a checkout, or a git tree from the API.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface ListedFile {
  /** Repo-relative, `/`-separated. */
  path: string;
  /** Bytes, when the lister knows it. */
  size?: number;
}

export interface FileListing {
  files: ListedFile[];
  /** What was left out and why, for the report: `vendor/ (3 directories)`, `12 files over 1 MiB`. */
  skipped: string[];
  /** True when a bound cut the listing short. */
  truncated: boolean;
}

export interface ListLimits {
  /** Go files listed at most. */
  maxFiles: number;
  /** Directories visited at most (a tree of empty directories costs too). */
  maxDirectories: number;
  /** Files larger than this are generated code or data: never read. */
  maxFileBytes: number;
  /** Wall-clock budget of the walk (ms): a slow or huge file system must not eat the run's time. */
  maxWalkMs: number;
}

export const defaultListLimits: ListLimits = {
  maxFiles: 20_000,
  maxDirectories: 20_000,
  maxFileBytes: 1024 * 1024,
  maxWalkMs: 3_000,
};

/**
 * Directories whose code is not the repository's own or is never built: other modules' copies
 * (`vendor/`, `third_party/`), the go tool's ignored `testdata/` and `_`/`.` directories (`_output/`,
 * `.git/`), and JavaScript dependencies.
 */
const skippedDirectories = /^(vendor|testdata|third_party|node_modules)$|^[._]/;

/** Why a repo-relative path is not searched, or null when it is. */
export function skipReason(path: string): string | null {
  const parts = path.split('/');
  const dir = parts.slice(0, -1).find((p) => skippedDirectories.test(p));
  if (dir) return `${dir}/`;
  const name = parts[parts.length - 1] ?? '';
  if (!name.endsWith('.go')) return 'not Go';
  return null;
}

/** `file` → files, `directory` → directories. */
function plural(unit: string): string {
  return unit.endsWith('y') ? `${unit.slice(0, -1)}ies` : `${unit}s`;
}

/** Counts reasons, so a note names each once: `vendor/ (41 files)`. */
export class SkipTally {
  private readonly counts = new Map<string, number>();

  add(reason: string, n = 1): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + n);
  }

  notes(unit: string): string[] {
    // Sorted: a parallel walk meets directories in no fixed order.
    return [...this.counts]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([reason, n]) => `${reason} (${n} ${n === 1 ? unit : plural(unit)})`);
  }
}

/**
 * A breadth-first walk under `root` for `.go` files. Symbolic links are never followed (no loops, nothing
 * outside the checkout); skipped directories are not entered; bounds stop the walk and say so.
 */
export async function walkGoFiles(
  root: string,
  limits: ListLimits = defaultListLimits,
): Promise<FileListing> {
  const files: ListedFile[] = [];
  const dirs = new SkipTally();
  let symlinks = 0;
  let truncated = false;
  let visited = 0;
  const queue: string[] = [''];
  const started = Date.now();
  let timedOut = false;
  const visit = async (rel: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    const here: ListedFile[] = [];
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) symlinks++;
      else if (entry.isDirectory()) {
        if (skippedDirectories.test(entry.name)) dirs.add(`${entry.name}/`);
        else queue.push(path);
      } else if (entry.isFile() && entry.name.endsWith('.go')) {
        if (files.length >= limits.maxFiles) {
          truncated = true;
          queue.length = 0;
          break;
        }
        const file = { path };
        files.push(file);
        here.push(file);
      }
    }
    // Sizes let the index skip a 100 MB generated file without reading it.
    await Promise.all(
      here.map(async (f) => {
        f.size = await stat(join(root, f.path)).then(
          (s) => s.size,
          () => 0,
        );
      }),
    );
  };
  // A few directories at a time: a checkout on a slow disk is read in parallel, breadth first.
  let busy = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const rel = queue.shift();
      if (rel === undefined) {
        if (busy === 0) return;
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      if (++visited > limits.maxDirectories) {
        truncated = true;
        queue.length = 0;
        return;
      }
      if (Date.now() - started > limits.maxWalkMs) {
        truncated = timedOut = true;
        queue.length = 0;
        return;
      }
      busy++;
      await visit(rel);
      busy--;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const skipped = dirs.notes('directory');
  if (symlinks) skipped.push(`symbolic links, not followed (${symlinks})`);
  if (timedOut) skipped.push(`the walk stopped after ${limits.maxWalkMs / 1000} s`);
  else if (truncated)
    skipped.push(
      `the walk stopped at ${limits.maxFiles.toLocaleString('en-US')} Go files or ${limits.maxDirectories.toLocaleString('en-US')} directories`,
    );
  return { files, skipped, truncated };
}
