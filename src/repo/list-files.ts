// The repository's Go files, for searches that look past the printed stacks (the writer search). Both
// source readers list through here: a bounded walk of a checkout, or a git tree from the API.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface ListedFile {
  /** Repo-relative, `/`-separated. */
  path: string;
  /** Bytes, when the lister knows it (a walk stats nothing: undefined). */
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
}

export const defaultListLimits: ListLimits = {
  maxFiles: 20_000,
  maxDirectories: 20_000,
  maxFileBytes: 1024 * 1024,
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

/** Counts reasons, so a note names each once: `vendor/ (41 files)`. */
export class SkipTally {
  private readonly counts = new Map<string, number>();

  add(reason: string, n = 1): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + n);
  }

  notes(unit: string): string[] {
    return [...this.counts].map(([reason, n]) => `${reason} (${n} ${unit}${n === 1 ? '' : 's'})`);
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
  while (queue.length) {
    const rel = queue.shift() ?? '';
    if (++visited > limits.maxDirectories) {
      truncated = true;
      break;
    }
    let entries: Dirent[];
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
        files.push({ path });
      }
    }
  }
  const skipped = dirs.notes('directory');
  if (symlinks) skipped.push(`symbolic links, not followed (${symlinks})`);
  if (truncated)
    skipped.push(
      `the walk stopped at ${limits.maxFiles.toLocaleString('en-US')} Go files or ${limits.maxDirectories.toLocaleString('en-US')} directories`,
    );
  return { files, skipped, truncated };
}
