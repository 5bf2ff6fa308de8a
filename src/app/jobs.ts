// Webhook payloads to queue jobs: plain data (so a Redis-backed queue can carry them) and a key
// that names the work, so redeliveries and bursts of events collapse into one job. The key is
// derived from what the job does, never from the delivery: a redelivery to any process names the
// same job. It holds no ':' (BullMQ's separator) and starts with the installation.
import type { Context } from 'probot';
import { parseAnalyzeCommand } from '../deliver/analyze-command.js';
import type { AnalyzeComment } from '../deliver/analyze-flow.js';

interface RepoJob {
  installationId: number;
  owner: string;
  repo: string;
  /** Where the config is read from. */
  defaultBranch: string;
}

/** Triage a failed workflow run for each of its pull requests. */
export interface RunJob extends RepoJob {
  kind: 'run';
  /** Null when a check run's URL did not name its run: `checkRunId` is then looked up. */
  runId: number | null;
  checkRunId?: number;
  headSha: string;
}

export interface AnalyzeJob extends RepoJob {
  kind: 'analyze';
  comment: AnalyzeComment;
}

export type TriageJob = RunJob | AnalyzeJob;

export interface Keyed<T> {
  key: string;
  job: T;
}

/** Conclusions worth a triage: `cancelled` and `startup_failure` leave no crash to read. */
const FAILED = new Set(['failure', 'timed_out']);

type Payload<E extends 'workflow_run.completed' | 'check_run.completed' | 'issue_comment.created'> =
  Context<E>['payload'];

/**
 * A failed run is triaged; a passing one only turns its jobs' earlier sections of the comment clean
 * (a leg that went green), which costs a few reads and no write when there is nothing to clean.
 */
export function jobForWorkflowRun(payload: Payload<'workflow_run.completed'>): Keyed<RunJob> | null {
  const run = payload.workflow_run;
  const base = repoJob(payload);
  if (!base || !(FAILED.has(run.conclusion ?? '') || run.conclusion === 'success')) return null;
  // A re-run keeps the run id but has a new attempt: it is new work, not a redelivery.
  const job: RunJob = { ...base, kind: 'run', runId: run.id, headSha: run.head_sha };
  return { key: `${repoKey(base)}/run/${run.id}/attempt/${run.run_attempt ?? 1}/${run.head_sha}`, job };
}

/**
 * A failed check run of GitHub Actions is one failed job: it gives feedback before the whole
 * workflow ends. Its run comes from the check run's URL (`…/actions/runs/RUN/job/JOB`), else from
 * the jobs API (an Actions check run's id is its job's id). Other apps' check runs have no logs
 * we can read. The key names the check run: a re-run's jobs are new check runs.
 */
export function jobForCheckRun(payload: Payload<'check_run.completed'>): Keyed<RunJob> | null {
  const check = payload.check_run;
  const base = repoJob(payload);
  if (!base || check.app?.slug !== 'github-actions' || !FAILED.has(check.conclusion ?? '')) return null;
  const runId = /\/actions\/runs\/(\d+)/.exec(check.details_url ?? check.html_url ?? '')?.[1];
  const job: RunJob = runId
    ? { ...base, kind: 'run', runId: Number(runId), headSha: check.head_sha }
    : { ...base, kind: 'run', runId: null, checkRunId: check.id, headSha: check.head_sha };
  return { key: `${repoKey(base)}/check-run/${check.id}/${check.head_sha}`, job };
}

/** Only a pull-request comment holding an `/analyze` line from a person: everything else costs nothing. */
export function jobForComment(payload: Payload<'issue_comment.created'>): Keyed<AnalyzeJob> | null {
  const { issue, comment } = payload;
  const base = repoJob(payload);
  if (!base || !issue.pull_request || comment.user?.type === 'Bot' || !parseAnalyzeCommand(comment.body)) {
    return null;
  }
  const job: AnalyzeJob = {
    ...base,
    kind: 'analyze',
    comment: {
      repo: { owner: base.owner, repo: base.repo },
      repoUrl: payload.repository.html_url,
      issueNumber: issue.number,
      isPullRequest: true,
      commentId: comment.id,
      body: comment.body,
      author: { login: comment.user?.login ?? '', ...(comment.user?.type && { type: comment.user.type }) },
    },
  };
  // One job per comment: a redelivered comment is the same request; a second person's `/analyze`
  // is a new one, and the per-PR lock keeps them from writing at once.
  return { key: `${repoKey(base)}/pr/${issue.number}/comment/${comment.id}`, job };
}

function repoJob(payload: {
  installation?: { id: number } | undefined;
  repository: { name: string; owner: { login: string }; default_branch: string };
}): RepoJob | null {
  // Without an installation there is no token to act with (a webhook configured by hand).
  if (!payload.installation) return null;
  return {
    installationId: payload.installation.id,
    owner: payload.repository.owner.login,
    repo: payload.repository.name,
    defaultBranch: payload.repository.default_branch,
  };
}

function repoKey(job: RepoJob): string {
  return `${job.installationId}/${job.owner}/${job.repo}`.toLowerCase();
}
