// Fixes as GitHub suggestions: only where the fix's anchor line is inside the PR's hunks (one bad
// line makes GitHub refuse the whole review), and never twice for the same line and text.

import { REVIEW_COMMENTS_MAX } from '../limits.js';
import type { CodeEdit, Culprit, Finding } from '../model.js';
import type { SourceReader } from '../repo/source-reader.js';
import { escapeMarkdown, longestBacktickRun, proseWithCode } from '../report/escape.js';
import { markdownTitle } from '../report/markdown.js';
import { confidenceText } from '../report/titles.js';
import type { GitHubClient } from './octokit.js';
import type { PullRequestDiff, RepoRef } from './pull-request.js';

export interface ReviewSuggestion {
  path: string;
  /** The last line the suggestion replaces (the only one, without `startLine`). */
  line: number;
  /** The first line of a multi-line suggestion (a removal of several lines). */
  startLine?: number;
  body: string;
}

export interface SuggestionContext {
  /** The sticky comment holding the findings, for the suggestion to point at. */
  commentUrl?: string;
  /** Permalinks base (`https://github.com/o/r/blob/<sha>`) for the headline's place. */
  blobBase?: string;
}

export async function suggestionsFor(
  findings: readonly Finding[],
  diff: PullRequestDiff,
  sources: SourceReader,
  context: SuggestionContext = {},
): Promise<ReviewSuggestion[]> {
  const out: ReviewSuggestion[] = [];
  const seen = new Set<string>();
  // One suggestion per writer: a write-write fault's other writers carry their own edits.
  const fixes = findings.flatMap((finding) =>
    finding.culprit
      ? [finding.culprit, ...(finding.culprit.otherWriters ?? [])].map((fix) => ({ finding, fix }))
      : [],
  );
  for (const { finding, fix } of fixes) {
    const edit = fix.edit;
    if (!edit || out.length >= REVIEW_COMMENTS_MAX) continue;
    const replaced = await replacedLines(edit, sources);
    if (!replaced) continue;
    const key = `${edit.file}:${replaced.start}`;
    // Every replaced line must be in the PR's hunks and read there as it does in the sources the log's
    // lines refer to (a `pull_request` run builds the merge commit, which can differ from the PR head the
    // review lands on): a suggestion on lines that read otherwise would replace the wrong code.
    const head = diff.commentable.get(edit.file);
    const matches = replaced.lines.every((text, i) => head?.get(replaced.start + i) === text);
    if (seen.has(key) || !matches) continue;
    seen.add(key);
    // A removal is an empty suggestion over the removed lines; an insertion repeats its anchor line first.
    const replacement = edit.remove?.length ? edit.insert : [...replaced.lines, ...edit.insert];
    const text = replacement.map((line) => `${line}\n`).join('');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    const culprit = finding.culprit;
    const why = culprit ? suggestionProse(finding, culprit, context, fix.suggestion) : '';
    const end = replaced.start + replaced.lines.length - 1;
    out.push({
      path: edit.file,
      line: end,
      ...(end > replaced.start && { startLine: replaced.start }),
      body: `${why}\n\n${fence}suggestion\n${text}${fence}`,
    });
  }
  return out;
}

/**
 * The lines a suggestion replaces: the removed lines (which must still read as the edit recorded them), or
 * for an insertion the line it follows. Null when the sources do not have them.
 */
async function replacedLines(
  edit: CodeEdit,
  sources: SourceReader,
): Promise<{ start: number; lines: string[] } | null> {
  const text = (await sources.read(edit.file))?.split('\n').map((l) => l.replace(/\r$/, ''));
  if (!text) return null;
  if (edit.remove?.length) {
    const start = edit.afterLine + 1;
    const lines = text.slice(start - 1, start - 1 + edit.remove.length);
    return lines.length === edit.remove.length && lines.every((l, i) => l === edit.remove?.[i])
      ? { start, lines }
      : null;
  }
  const anchor = text[edit.afterLine - 1];
  return anchor === undefined || edit.afterLine < 1 ? null : { start: edit.afterLine, lines: [anchor] };
}

/**
 * What the suggestion fixes and why, as markdown prose: the finding's headline (linked to the
 * comment that holds it), the confidence in words, and the fix with its code in code spans.
 */
export function suggestionProse(
  finding: Finding,
  culprit: Culprit,
  context: SuggestionContext = {},
  /** The fix this suggestion applies: the culprit's own, or one of a write-write fault's other writers'. */
  suggestion: string = culprit.suggestion,
): string {
  const title = markdownTitle(finding, context.blobBase ? { blobBase: context.blobBase } : {});
  const details = context.commentUrl ? ` ([details](${context.commentUrl}))` : '';
  const confidence = escapeMarkdown(confidenceText(culprit, finding.kind));
  return `**go-panic-triage** fixes the ${title}${details}, ${confidence}.\n\n${proseWithCode(suggestion)}`;
}

/** One review holding every new suggestion; suggestions we already posted on the same line are skipped. */
export async function postSuggestions(
  gh: GitHubClient,
  repo: RepoRef,
  pull: { number: number; headSha: string; ownLogin: string },
  suggestions: readonly ReviewSuggestion[],
): Promise<number> {
  if (suggestions.length === 0) return 0;
  const posted = new Set((await ownReviewComments(gh, repo, pull)).map(suggestionKey));
  const fresh = suggestions.filter((s) => !posted.has(suggestionKey(s)));
  if (fresh.length === 0) return 0;
  await gh.rest.pulls.createReview({
    ...repo,
    pull_number: pull.number,
    commit_id: pull.headSha,
    event: 'COMMENT',
    body: 'go-panic-triage suggests these fixes for the crash in this pull request’s CI run.',
    comments: fresh.map((s) => ({
      path: s.path,
      line: s.line,
      side: 'RIGHT' as const,
      ...(s.startLine !== undefined && { start_line: s.startLine, start_side: 'RIGHT' as const }),
      body: s.body,
    })),
  });
  return fresh.length - (await dropDuplicateSuggestions(gh, repo, pull));
}

/**
 * Two writers (matrix legs finishing together) can both find no suggestion yet and both post it:
 * GitHub has no compare-and-swap. Read back and keep the oldest of identical suggestions. The newer
 * of two is always seen by its own poster, whose read-back comes after both were created, so the
 * PR ends with one; a duplicate another writer deleted first (404) is already gone.
 */
async function dropDuplicateSuggestions(
  gh: GitHubClient,
  repo: RepoRef,
  pull: { number: number; ownLogin: string },
): Promise<number> {
  const oldest = new Map<string, number>();
  let dropped = 0;
  for (const c of [...(await ownReviewComments(gh, repo, pull))].sort((a, b) => a.id - b.id)) {
    const key = suggestionKey(c);
    if (!oldest.has(key)) {
      oldest.set(key, c.id);
      continue;
    }
    try {
      await gh.rest.pulls.deleteReviewComment({ ...repo, comment_id: c.id });
      dropped++;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  return dropped;
}

async function ownReviewComments(
  gh: GitHubClient,
  repo: RepoRef,
  pull: { number: number; ownLogin: string },
): Promise<{ id: number; path: string; line?: number | null; body: string }[]> {
  const all = await gh.paginate(gh.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: pull.number,
    per_page: 100,
  });
  return all.filter((c) => c.user?.login === pull.ownLogin);
}

function suggestionKey(c: { path: string; line?: number | null; body: string }): string {
  return `${c.path}:${c.line}:${c.body}`;
}
