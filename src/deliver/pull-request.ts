// What a pull request changed, read from its file patches: the lines a review comment may sit on
// (every new-side line inside a hunk) and the lines the change added.

import { PULL_FILES_MAX, PULL_FILES_PER_PAGE } from '../limits.js';
import type { ChangedLines } from '../repo/diff.js';
import type { GitHubClient } from './octokit.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestDiff {
  /**
   * New-side lines inside hunks, per path, with their text at the PR head: the only lines a suggestion
   * may anchor on, and what such a line must read.
   */
  commentable: Map<string, Map<number, string>>;
  /** Lines the change added or modified, per path. */
  changed: ChangedLines;
  /** Files GitHub listed without a patch (binary, too large) or beyond its 3,000-file cap. */
  incomplete: boolean;
}

export async function fetchPullRequestDiff(
  gh: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
): Promise<PullRequestDiff> {
  const diff: PullRequestDiff = { commentable: new Map(), changed: new Map(), incomplete: false };
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
    }
  }
  if (seen >= PULL_FILES_MAX) diff.incomplete = true;
  return diff;
}

/** Reads one file's patch (hunks only, as `pulls/{n}/files` gives it). */
export function patchLines(patch: string): { commentable: Map<number, string>; added: Set<number> } {
  const commentable = new Map<number, string>();
  const added = new Set<number>();
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    if (line.startsWith('@@')) {
      const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
      inHunk = header !== null;
      if (header) next = Number(header[1]);
    } else if (inHunk && (line.startsWith('+') || line.startsWith(' ') || line === '')) {
      // `-` lines and `\ No newline at end of file` belong to no new-side line.
      if (line.startsWith('+')) added.add(next);
      commentable.set(next++, line.slice(1).replace(/\r$/, ''));
    }
  }
  return { commentable, added };
}
