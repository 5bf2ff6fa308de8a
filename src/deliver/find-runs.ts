// From a workflow run to its pull requests, and from a pull request to its latest failed run.
// GitHub leaves `pull_requests` empty for runs of fork PRs, so the head repository, branch and
// commit are matched instead.
import type { GitHubClient } from './octokit.js';
import type { RepoRef } from './pull-request.js';

export interface RunHead {
  id: number;
  /** The workflow's name (`CI`): the first part of a job's section. */
  name?: string | null;
  head_sha: string;
  head_branch: string | null;
  head_repository?: { owner: { login: string } } | null;
  pull_requests?: { number: number }[] | null;
}

export async function pullRequestsForRun(gh: GitHubClient, repo: RepoRef, run: RunHead): Promise<number[]> {
  const listed = (run.pull_requests ?? []).map((p) => p.number);
  if (listed.length > 0) return listed;
  const owner = run.head_repository?.owner.login;
  if (!owner || !run.head_branch) return [];
  const pulls = await gh.paginate(gh.rest.pulls.list, {
    ...repo,
    state: 'open',
    head: `${owner}:${run.head_branch}`,
    per_page: 100,
  });
  return pulls.filter((p) => p.head.sha === run.head_sha).map((p) => p.number);
}

/** The newest failed run for a commit, or null when none failed. */
export async function latestFailedRun(
  gh: GitHubClient,
  repo: RepoRef,
  headSha: string,
): Promise<RunHead | null> {
  const { data } = await gh.rest.actions.listWorkflowRunsForRepo({
    ...repo,
    head_sha: headSha,
    status: 'failure',
    per_page: 20,
  });
  const runs = [...data.workflow_runs].sort(
    (a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id,
  );
  return runs[0] ?? null;
}
