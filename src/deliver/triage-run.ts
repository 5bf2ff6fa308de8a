// Triage of a workflow run's failed jobs, read through the API: the App's automatic path, `/analyze`,
// and the Action's fork-safe `run-id` mode. Sources come from the contents API at the run's commit.

import { applyConfig } from '../config/apply.js';
import { rulesFor } from '../config/rules.js';
import type { Config } from '../config/schema.js';
import type { Report } from '../model.js';
import type { ChangedLines } from '../repo/diff.js';
import { readModulePath } from '../repo/go-mod.js';
import { triage } from '../triage.js';
import { ContentsSourceReader } from './contents-source-reader.js';
import type { RunHead } from './find-runs.js';
import type { GitHubClient } from './octokit.js';
import type { RepoRef } from './pull-request.js';
import { failedRunLogs } from './run-logs.js';

export interface RunTriageOptions {
  config: Config;
  maxLogBytes: number;
  jobId?: number;
  changedLines?: ChangedLines;
}

export interface RunTriage {
  report: Report;
  /** What the comment must say besides the findings: cut or unreadable logs, ignored findings. */
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
  const modulePath = options.config.module ?? (await readModulePath(sources)) ?? undefined;
  const logs = await failedRunLogs(gh, repo, run.id, {
    maxBytes: options.maxLogBytes,
    ...(options.jobId !== undefined && { jobId: options.jobId }),
  });
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
  if (logs.jobs.length === 0) notes.push(`workflow run ${run.id} has no failed job to triage`);
  if (logs.status.cut) {
    notes.push(`the logs were cut after ${formatBytes(options.maxLogBytes)}; later crashes are not shown`);
  }
  return { report: configured.report, notes: [...notes, ...configured.notes], sources };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1048576).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}
