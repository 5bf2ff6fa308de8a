// What a pull request changed, read from its file patches: the lines a review comment may sit on
// (every new-side line inside a hunk) and the lines the change added.
import type { ChangedLines } from '../analyze/diff.js';
import { PULL_FILES_MAX, PULL_FILES_PER_PAGE } from '../limits.js';
import type { GitHubClient } from './octokit.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestDiff {
  /** New-side lines inside hunks, per path: the only lines a suggestion may anchor on. */
  commentable: Map<string, Set<number>>;
  /** Lines the change added or modified, per path. */
  changed: ChangedLines;
  /** Files GitHub listed without a patch (binary, too large) or beyond its 3,000-file cap. */
  incomplete: boolean;
  /** New-side text of the commentable lines, per path: what a suggestion's anchor must read. */
  text?: Map<string, Map<number, string>>;
}

export async function fetchPullRequestDiff(
  gh: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
): Promise<PullRequestDiff> {
  const diff: PullRequestDiff = {
    commentable: new Map(),
    changed: new Map(),
    incomplete: false,
    text: new Map(),
  };
  let seen = 0;
  for await (const page of gh.paginate.iterator(gh.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: PULL_FILES_PER_PAGE,
  })) {
    for (const file of page.data) {
      seen++;
      if (!file.patch) {
        diff.incomplete = true;
        continue;
      }
      const lines = patchLines(file.patch);
      diff.commentable.set(file.filename, lines.commentable);
      diff.changed.set(file.filename, lines.added);
      diff.text?.set(file.filename, patchText(file.patch));
    }
  }
  if (seen >= PULL_FILES_MAX) diff.incomplete = true;
  return diff;
}

/** Reads one file's patch (hunks only, as `pulls/{n}/files` gives it). */
export function patchLines(patch: string): { commentable: Set<number>; added: Set<number> } {
  const commentable = new Set<number>();
  const added = new Set<number>();
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    if (line.startsWith('@@')) {
      const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
      inHunk = header !== null;
      if (header) next = Number(header[1]);
    } else if (!inHunk || line.startsWith('\\')) {
      // `\ No newline at end of file` belongs to neither side.
    } else if (line.startsWith('+')) {
      commentable.add(next);
      added.add(next++);
    } else if (line.startsWith(' ') || line === '') {
      commentable.add(next++);
    }
  }
  return { commentable, added };
}

/** The new-side text of every line inside a patch's hunks, by line number. */
export function patchText(patch: string): Map<number, string> {
  const text = new Map<number, string>();
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    if (line.startsWith('@@')) {
      const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
      inHunk = header !== null;
      if (header) next = Number(header[1]);
    } else if (inHunk && (line.startsWith('+') || line.startsWith(' ') || line === '')) {
      text.set(next++, line.slice(1).replace(/\r$/, ''));
    }
  }
  return text;
}
