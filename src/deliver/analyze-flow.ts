// `/analyze` from a pull-request comment to the updated sticky comment. One flow for the App's
// `issue_comment.created` handler and for the Action running on `issue_comment`: it never checks
// out or runs the pull request's code; logs, sources and patches all come from the API.
import type { Config } from '../config/schema.js';
import { ANALYZE_HELP, hasWriteAccess, parseAnalyzeCommand, react } from './analyze-command.js';
import { latestFailedRun, type RunHead } from './find-runs.js';
import { describeApiError, type GitHubClient } from './octokit.js';
import { publishToPullRequest } from './publish.js';
import { fetchPullRequestDiff, type RepoRef } from './pull-request.js';
import { triageRun } from './triage-run.js';

export interface AnalyzeComment {
  repo: RepoRef;
  /** The repository's web URL, from the event payload (GitHub Enterprise hosts differ). */
  repoUrl?: string;
  issueNumber: number;
  /** False for comments on plain issues: `/analyze` means nothing there. */
  isPullRequest: boolean;
  commentId: number;
  body: string;
  author: { login: string; type?: string };
}

export interface AnalyzeSettings {
  config: Config;
  /** Our own login: our comments are never commands. */
  ownLogin: string;
  commentKey: string;
  maxLogBytes: number;
  suggestions: boolean;
  /** Shown in the comment before the run's own notes (the App's config problems). */
  notes?: string[];
  /** Pause before re-reading the comment to repair a concurrent write (the Action; the App locks). */
  settleMs?: [number, number];
}

export type AnalyzeOutcome =
  | { outcome: 'ignored' }
  | { outcome: 'help' }
  | { outcome: 'refused' }
  | { outcome: 'failed'; reason: string }
  | { outcome: 'done'; commentUrl?: string; findings: number };

export async function handleAnalyzeComment(
  gh: GitHubClient,
  comment: AnalyzeComment,
  settings: AnalyzeSettings,
): Promise<AnalyzeOutcome> {
  const { repo, author } = comment;
  const repoUrl = comment.repoUrl ?? `https://github.com/${repo.owner}/${repo.repo}`;
  if (!comment.isPullRequest || isBot(author, settings.ownLogin)) return { outcome: 'ignored' };
  const command = parseAnalyzeCommand(comment.body);
  if (!command) return { outcome: 'ignored' };
  const reply = (body: string) =>
    gh.rest.issues.createComment({ ...repo, issue_number: comment.issueNumber, body });

  if (command.kind === 'help') {
    await reply(ANALYZE_HELP);
    return { outcome: 'help' };
  }
  if (!(await hasWriteAccess(gh, repo, author.login))) {
    await reply(
      'Sorry, `/analyze` can only be used by people with write access to this repository. A maintainer can run it for you.',
    );
    return { outcome: 'refused' };
  }
  await react(gh, repo, comment.commentId, 'eyes');
  const fail = async (reason: string): Promise<AnalyzeOutcome> => {
    await react(gh, repo, comment.commentId, 'confused').catch(() => {});
    await reply(`go-panic-triage could not analyze this pull request: ${reason}`).catch(() => {});
    return { outcome: 'failed', reason };
  };
  if (command.kind === 'invalid') return fail(command.reason);

  try {
    const { data: pull } = await gh.rest.pulls.get({ ...repo, pull_number: comment.issueNumber });
    const run = await pickRun(gh, repo, pull.head.sha, command.runId);
    if (!run)
      return fail(`no failed workflow run was found for the head commit \`${pull.head.sha.slice(0, 12)}\`.`);
    const diff = await fetchPullRequestDiff(gh, repo, comment.issueNumber);
    const triaged = await triageRun(gh, repo, run, {
      config: settings.config,
      maxLogBytes: settings.maxLogBytes,
      repoUrl,
      changedLines: diff.changed,
      ...(command.jobId !== undefined && { jobId: command.jobId }),
    });
    if (triaged.jobs.length === 0) return fail(`${triaged.notes.join('; ') || 'no failed job to triage'}.`);
    const published = await publishToPullRequest(
      gh,
      {
        ...repo,
        repoUrl,
        pullNumber: comment.issueNumber,
        headSha: run.head_sha,
        pullHeadSha: pull.head.sha,
        commentKey: settings.commentKey,
        ownLogin: settings.ownLogin,
        comment: 'always',
        // A run of an older commit (`/analyze <run>`): its lines are not the diff's lines, and GitHub
        // would anchor the review on a stale commit; the comment still tells what crashed there.
        suggestions: settings.suggestions && run.head_sha === pull.head.sha,
        notes: settings.notes ?? [],
        ...(settings.settleMs && { settleMs: settings.settleMs }),
        sources: triaged.sources,
      },
      [...triaged.jobs, ...triaged.passed],
      diff,
    );
    const commentProblem = published.problems.find((p) => p.step === 'comment');
    if (commentProblem) return fail(`the comment could not be written (${commentProblem.message}).`);
    await react(gh, repo, comment.commentId, 'rocket');
    return {
      outcome: 'done',
      findings: triaged.jobs.reduce((n, j) => n + j.report.findings.length, 0),
      ...(published.commentUrl && { commentUrl: published.commentUrl }),
    };
  } catch (error) {
    return fail(`${describeApiError(error)}.`);
  }
}

async function pickRun(
  gh: GitHubClient,
  repo: RepoRef,
  headSha: string,
  runId: number | undefined,
): Promise<RunHead | null> {
  if (runId === undefined) return latestFailedRun(gh, repo, headSha);
  const { data } = await gh.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
  return data;
}

function isBot(author: { login: string; type?: string }, ownLogin: string): boolean {
  return author.type === 'Bot' || author.login.endsWith('[bot]') || author.login === ownLogin;
}
