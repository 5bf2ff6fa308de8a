// The Action's fork-safe mode (`run-id`, in a `workflow_run` workflow): another run's failed jobs,
// read through the API with the base repository's token; its pull request found from the run.
import * as core from '@actions/core';
import type { Config } from '../config/schema.js';
import { pullRequestsForRun } from '../deliver/find-runs.js';
import { describeApiError, type GitHubClient } from '../deliver/octokit.js';
import { fetchPullRequestDiff } from '../deliver/pull-request.js';
import { triageRun } from '../deliver/triage-run.js';
import { LOG_MAX_BYTES_DEFAULT } from '../limits.js';
import type { EventContext } from './event.js';
import type { Triaged } from './triaged.js';

export async function triageWorkflowRun(
  gh: GitHubClient,
  event: EventContext,
  runId: number,
  config: Config,
): Promise<Triaged | null> {
  let run: Awaited<ReturnType<GitHubClient['rest']['actions']['getWorkflowRun']>>['data'];
  try {
    run = (await gh.rest.actions.getWorkflowRun({ ...event.repo, run_id: runId })).data;
  } catch (error) {
    core.setFailed(`go-panic-triage could not read workflow run ${runId}: ${describeApiError(error)}`);
    return null;
  }
  // A run normally belongs to one pull request; the comment goes on the first.
  let [number] = await pullRequestsForRun(gh, event.repo, run);
  if (number === undefined)
    core.info(`go-panic-triage: workflow run ${runId} belongs to no open pull request`);
  else if (!(await isAtHead(gh, event, number, run.head_sha))) {
    // As the App does: a run of an older commit says nothing about the pull request as it is now,
    // and must not overwrite the comment a newer run left. The summary still shows its findings.
    core.info(
      `go-panic-triage: workflow run ${runId} is for ${run.head_sha.slice(0, 12)}, no longer the head of PR #${number}: not commenting`,
    );
    number = undefined;
  }
  const diff =
    number === undefined
      ? undefined
      : await fetchPullRequestDiff(gh, event.repo, number).catch(() => undefined);
  const triaged = await triageRun(gh, event.repo, run, {
    config,
    maxLogBytes: LOG_MAX_BYTES_DEFAULT,
    repoUrl: event.repoUrl,
    ...(diff && { changedLines: diff.changed }),
  });
  for (const note of triaged.notes) core.info(`go-panic-triage: ${note}`);
  return {
    jobs: triaged.jobs,
    passed: triaged.passed,
    sources: triaged.sources,
    ...(number !== undefined && { pull: { number, headSha: run.head_sha, ...(diff && { diff }) } }),
  };
}

async function isAtHead(
  gh: GitHubClient,
  event: EventContext,
  number: number,
  sha: string,
): Promise<boolean> {
  try {
    const { data } = await gh.rest.pulls.get({ ...event.repo, pull_number: number });
    return data.head.sha === sha;
  } catch (error) {
    core.info(`go-panic-triage: pull request #${number} could not be read (${describeApiError(error)})`);
    return true;
  }
}
