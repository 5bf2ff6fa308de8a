// Triage of a workflow run's failed jobs, read through the API, job by job (each job is a section of
// the pull request's comment): the App's automatic path, `/analyze`, and the Action's fork-safe
// `run-id` mode. Sources come from the contents API at the run's commit.

import { applyConfig } from '../config/apply.js';
import { rulesFor } from '../config/rules.js';
import type { Config } from '../config/schema.js';
import type { Report } from '../model.js';
import type { ChangedLines } from '../repo/diff.js';
import { readModulePath } from '../repo/go-mod.js';
import type { SectionIdentity } from '../report/comment-sections.js';
import { triage } from '../triage.js';
import { ContentsSourceReader } from './contents-source-reader.js';
import type { RunHead } from './find-runs.js';
import type { GitHubClient } from './octokit.js';
import type { JobReport } from './publish.js';
import type { RepoRef } from './pull-request.js';
import { isFailedJob, jobLogs, listRunJobs, type RunJobInfo } from './run-logs.js';

export interface RunTriageOptions {
  config: Config;
  /** Log bytes read per job; the section says when its log was cut. */
  maxLogBytes: number;
  /** Only this job (from `/analyze <job URL>`). */
  jobId?: number;
  changedLines?: ChangedLines;
  /** The repository's web URL, for the jobs' links. */
  repoUrl?: string;
}

export interface RunTriage {
  /** One per failed job (or the job asked for), in the run's order. */
  jobs: JobReport[];
  /** Jobs of the run that passed: their earlier sections turn clean. */
  passed: JobReport[];
  /** What concerns the whole run (no failed job at all). */
  notes: string[];
  sources: ContentsSourceReader;
}

export async function triageRun(
  gh: GitHubClient,
  repo: RepoRef,
  run: RunHead,
  options: RunTriageOptions,
): Promise<RunTriage> {
  const sources = new ContentsSourceReader(gh, repo, run.head_sha);
  const repoUrl = options.repoUrl ?? `https://github.com/${repo.owner}/${repo.repo}`;
  const all = await listRunJobs(gh, repo, run.id);
  const wanted = all.filter((job) => (options.jobId ? job.id === options.jobId : isFailedJob(job)));
  const modulePath =
    wanted.length === 0 ? undefined : (options.config.module ?? (await readModulePath(sources)) ?? undefined);
  const jobs: JobReport[] = [];
  for (const job of wanted) {
    const logs = jobLogs(gh, repo, run.id, [job], options.maxLogBytes);
    const full = await triage(logs.input, {
      ...(modulePath && { modulePath }),
      pathMappings: options.config.pathMappings,
      diagnose: {
        sources,
        rules: rulesFor(options.config),
        ...(options.changedLines && { changedLines: options.changedLines }),
      },
    });
    const configured = applyConfig(full, options.config);
    const notes = [...logs.status.problems];
    if (logs.status.cut) {
      notes.push(`the log was cut after ${formatBytes(options.maxLogBytes)}; later crashes are not shown`);
    }
    jobs.push({
      section: jobSection(run, job, repoUrl),
      report: configured.report,
      notes: [...notes, ...configured.notes],
    });
  }
  const empty: Report = { findings: [], stats: { bytes: 1, lines: 0, faults: 0, truncated: false } };
  const passed = options.jobId
    ? []
    : all
        .filter((job) => job.conclusion === 'success')
        .map((job) => ({ section: jobSection(run, job, repoUrl), report: empty, notes: [] }));
  const notes = wanted.length === 0 ? [`workflow run ${run.id} has no failed job to triage`] : [];
  return { jobs, passed, notes, sources };
}

/**
 * A job's section: keyed by workflow and job name (GitHub names a matrix leg `test (1.25, ubuntu)`,
 * and a re-run keeps the name), linked to the job's log and the run's summary page.
 */
export function jobSection(run: RunHead, job: RunJobInfo, repoUrl: string): SectionIdentity {
  const workflow = run.name?.trim() || 'workflow';
  const leg = /^(.+?) \((.+)\)$/.exec(job.name);
  return {
    key: `run:${workflow}/${job.name}`,
    group: `${workflow} / ${leg?.[1] ?? job.name}`,
    ...(leg?.[2] && { leg: leg[2] }),
    jobUrl: job.html_url ?? `${repoUrl}/actions/runs/${run.id}/job/${job.id}`,
    summaryUrl: `${repoUrl}/actions/runs/${run.id}`,
  };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1048576).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}
