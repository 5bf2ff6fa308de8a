// Publishes a report on a pull request: the sticky comment and the review suggestions. Shared by
// the Action and the App, so both say the same thing the same way.

import type { CommentMode } from '../config/schema.js';
import type { Report } from '../model.js';
import type { SourceReader } from '../repo/source-reader.js';
import { renderComment } from '../report/comment.js';
import { describeApiError, type GitHubClient } from './octokit.js';
import { fetchPullRequestDiff, type PullRequestDiff, type RepoRef } from './pull-request.js';
import { upsertStickyComment } from './sticky-comment.js';
import { postSuggestions, suggestionsFor } from './suggestions.js';

export interface PublishContext extends RepoRef {
  /** The repository's web URL, for permalinks; GitHub Enterprise hosts must give theirs. */
  repoUrl?: string;
  pullNumber: number;
  headSha: string;
  commentKey: string;
  ownLogin: string;
  comment: CommentMode;
  suggestions: boolean;
  /** Plain-text notes for the comment (a cut log, an expired job log). */
  notes: string[];
  runUrl?: string;
  /** For the suggestions' anchor lines. */
  sources?: SourceReader;
}

export interface PublishResult {
  commentUrl?: string;
  suggestionsPosted: number;
  /** One line per failed call; the caller decides how loudly to say it. */
  problems: { step: 'comment' | 'suggestions' | 'diff'; status?: number; message: string }[];
}

export async function publishToPullRequest(
  gh: GitHubClient,
  context: PublishContext,
  report: Report,
  knownDiff?: PullRequestDiff,
): Promise<PublishResult> {
  const result: PublishResult = { suggestionsPosted: 0, problems: [] };
  const fail = (step: PublishResult['problems'][number]['step'], error: unknown) =>
    result.problems.push({
      step,
      status: (error as { status?: number }).status,
      message: describeApiError(error),
    });
  const repo = { owner: context.owner, repo: context.repo };

  const wantComment =
    context.comment === 'always' || (context.comment === 'on-findings' && report.findings.length > 0);
  // A clean run still updates an earlier comment (so it stops showing a crash that is gone), but in
  // on-findings mode it never opens a new one.
  const mayUpdateOnly = context.comment === 'on-findings' && report.findings.length === 0;
  if (wantComment || mayUpdateOnly) {
    try {
      const body = renderComment(report, {
        headSha: context.headSha,
        repoUrl: context.repoUrl ?? `https://github.com/${context.owner}/${context.repo}`,
        notes: context.notes,
        ...(context.runUrl && { runUrl: context.runUrl }),
      });
      const sticky = await upsertStickyComment(
        gh,
        { ...repo, issueNumber: context.pullNumber, key: context.commentKey, ownLogin: context.ownLogin },
        body,
        { create: wantComment },
      );
      if (sticky) result.commentUrl = sticky.url;
    } catch (error) {
      fail('comment', error);
    }
  }

  if (context.suggestions && context.sources && report.findings.some((f) => f.culprit?.edit)) {
    let diff = knownDiff;
    try {
      diff ??= await fetchPullRequestDiff(gh, repo, context.pullNumber);
    } catch (error) {
      fail('diff', error);
    }
    if (diff) {
      try {
        const suggestions = await suggestionsFor(report.findings, diff, context.sources);
        result.suggestionsPosted = await postSuggestions(
          gh,
          repo,
          { number: context.pullNumber, headSha: context.headSha, ownLogin: context.ownLogin },
          suggestions,
        );
      } catch (error) {
        fail('suggestions', error);
      }
    }
  }
  return result;
}
