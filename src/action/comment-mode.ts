// The Action on `issue_comment`: `/analyze` without the App, through the same flow the App uses.
import * as core from '@actions/core';
import type { Config } from '../config/schema.js';
import { handleAnalyzeComment } from '../deliver/analyze-flow.js';
import type { GitHubClient } from '../deliver/octokit.js';
import { LOG_MAX_BYTES_DEFAULT } from '../limits.js';
import type { EventContext } from './event.js';
import { type ActionSettings, COMMENT_SETTLE_MS } from './inputs.js';

export async function analyzeComment(
  gh: GitHubClient,
  event: EventContext,
  settings: ActionSettings,
  config: Config,
  ownLogin: string,
): Promise<void> {
  const issue = event.payload.issue as { number: number; pull_request?: unknown } | undefined;
  const comment = event.payload.comment as
    | { id: number; body?: string; user?: { login: string; type?: string } }
    | undefined;
  if (event.payload.action !== 'created' || !issue || !comment?.user) return;
  const outcome = await handleAnalyzeComment(
    gh,
    {
      repo: event.repo,
      repoUrl: event.repoUrl,
      issueNumber: issue.number,
      isPullRequest: issue.pull_request !== undefined,
      commentId: comment.id,
      body: comment.body ?? '',
      author: comment.user,
    },
    {
      config,
      ownLogin,
      commentKey: settings.commentKey,
      settleMs: COMMENT_SETTLE_MS,
      maxLogBytes: LOG_MAX_BYTES_DEFAULT,
      suggestions: settings.suggestions,
    },
  );
  core.info(`go-panic-triage: /analyze ${outcome.outcome}`);
  if (outcome.outcome === 'failed') core.warning(`go-panic-triage /analyze failed: ${outcome.reason}`);
  if (outcome.outcome === 'done') {
    core.setOutput('findings', String(outcome.findings));
    core.setOutput('comment-url', outcome.commentUrl ?? '');
  }
}
