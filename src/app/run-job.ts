// A failed workflow run to a comment on each of its pull requests: the same modules, calls and
// comment as the Action's `workflow_run` mode.
import type { Config } from '../config/schema.js';
import { pullRequestsForRun } from '../deliver/find-runs.js';
import type { GitHubClient } from '../deliver/octokit.js';
import { publishToPullRequest } from '../deliver/publish.js';
import { fetchPullRequestDiff, type RepoRef } from '../deliver/pull-request.js';
import { triageRun } from '../deliver/triage-run.js';
import type { RunJob } from './jobs.js';
import type { PullRequestLock } from './keyed-lock.js';
import { retryDelayMs } from './retry.js';

export interface RunJobContext {
  config: Config;
  /** Problems with the config file, shown in the comment. */
  configNotes: string[];
  ownLogin: string;
  commentKey: string;
  maxLogBytes: number;
  /** Serializes writes to one pull request's comment. */
  lock: PullRequestLock;
  log: (message: string) => void;
}

export async function triageRunJob(gh: GitHubClient, job: RunJob, context: RunJobContext): Promise<void> {
  const repo = { owner: job.owner, repo: job.repo };
  const { config } = context;
  if (config.comment === 'off' && !config.suggestions) return;
  const runId = job.runId ?? (await runOfCheckRun(gh, repo, job.checkRunId));
  const { data: run } = await gh.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
  // Empty for fork PRs: resolved by the head repository's owner, branch and commit.
  const pulls = await pullRequestsForRun(gh, repo, run);
  if (pulls.length === 0) context.log(`workflow run ${run.id} belongs to no open pull request`);

  // A comment GitHub could not take now (5xx, a rate limit) fails the job once every pull request
  // had its turn, so a queue that retries (BullMQ) writes it later; the upsert makes that safe.
  const unwritten: { status?: number; message: string }[] = [];
  for (const pullNumber of pulls) {
    await context.lock.run(`${repo.owner}/${repo.repo}#${pullNumber}`.toLowerCase(), async () => {
      // A run of an older commit says nothing about the pull request as it is now.
      const { data: pull } = await gh.rest.pulls.get({ ...repo, pull_number: pullNumber });
      if (pull.head.sha !== run.head_sha) {
        context.log(
          `run ${run.id} is for ${run.head_sha.slice(0, 12)}, but PR #${pullNumber} is at ${pull.head.sha.slice(0, 12)}: skipped`,
        );
        return;
      }
      // A passing run only turns its jobs' earlier sections clean: no diff, no sources needed.
      const failed = run.conclusion !== 'success';
      const diff = failed
        ? await fetchPullRequestDiff(gh, repo, pullNumber).catch(() => undefined)
        : undefined;
      const triaged = await triageRun(gh, repo, run, {
        config,
        maxLogBytes: context.maxLogBytes,
        repoUrl: run.repository.html_url,
        ...(diff && { changedLines: diff.changed }),
      });
      const published = await publishToPullRequest(
        gh,
        {
          ...repo,
          repoUrl: run.repository.html_url,
          pullNumber,
          headSha: run.head_sha,
          commentKey: context.commentKey,
          ownLogin: context.ownLogin,
          comment: config.comment,
          suggestions: config.suggestions,
          notes: context.configNotes,
          // A failed run whose logs could not be read at all (expired, gone) is news even in
          // on-findings mode: otherwise the team never learns the run went untriaged.
          announceUnread: true,
          // The lock serialises this process's writers (and Redis's, across processes): no repair wait.
          settleMs: [0, 0],
          sources: triaged.sources,
        },
        [...triaged.jobs, ...triaged.passed],
        diff,
      );
      for (const note of triaged.notes) context.log(`run ${run.id}: ${note}`);
      for (const problem of published.problems) {
        context.log(`PR #${pullNumber} ${problem.step}: ${problem.message}`);
        if (problem.step === 'comment' && retryDelayMs(problem, 1) !== null) unwritten.push(problem);
      }
      const findings = triaged.jobs.reduce((n, j) => n + j.report.findings.length, 0);
      context.log(
        `run ${run.id} → PR #${pullNumber}: ${findings} finding(s) in ${triaged.jobs.length} failed job(s)${published.commentUrl ? `, ${published.commentUrl}` : ''}`,
      );
    });
  }
  const [first] = unwritten;
  if (first) {
    throw Object.assign(new Error(`${unwritten.length} comment(s) not written: ${first.message}`), {
      status: first.status,
    });
  }
}

async function runOfCheckRun(
  gh: GitHubClient,
  repo: RepoRef,
  checkRunId: number | undefined,
): Promise<number> {
  if (checkRunId === undefined) throw new Error('a run job names neither a run nor a check run');
  const { data } = await gh.rest.actions.getJobForWorkflowRun({ ...repo, job_id: checkRunId });
  return data.run_id;
}
