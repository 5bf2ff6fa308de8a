// The logs of a workflow run's failed jobs, streamed and capped: each job's plain-text log, and the
// run's ZIP archive when the job logs cannot be had.
import { Unzip, UnzipInflate } from 'fflate';
import { describeApiError, type GitHubClient } from './octokit.js';
import type { RepoRef } from './pull-request.js';

export interface RunLogOptions {
  /** Only this job (from `/analyze <job URL>`). */
  jobId?: number;
  /** Stop reading after this many bytes in all; the report then says the log was cut. */
  maxBytes: number;
}

export interface RunLogs {
  /** The failed jobs whose logs are read. */
  jobs: { id: number; name: string }[];
  /** The log bytes, job after job, read lazily as the consumer pulls. */
  input: AsyncIterable<Uint8Array>;
  /** Filled while `input` is read: what could not be read, and whether the cap cut the logs. */
  status: { problems: string[]; cut: boolean; bytes: number };
}

/** A job of a workflow run, as the jobs API lists it. */
export interface RunJobInfo {
  id: number;
  name: string;
  conclusion: string | null;
  html_url?: string | null;
}

/** The latest attempt's jobs of a run. */
export async function listRunJobs(gh: GitHubClient, repo: RepoRef, runId: number): Promise<RunJobInfo[]> {
  const all = await gh.paginate(gh.rest.actions.listJobsForWorkflowRun, {
    ...repo,
    run_id: runId,
    filter: 'latest',
    per_page: 100,
  });
  return all.map((job) => ({
    id: job.id,
    name: job.name,
    conclusion: job.conclusion,
    html_url: job.html_url,
  }));
}

/** Failed jobs are triaged: `failure`, and `timed_out` (a job killed by its timeout may hold the dump of a hung test). */
export function isFailedJob(job: RunJobInfo): boolean {
  return job.conclusion === 'failure' || job.conclusion === 'timed_out';
}

export async function failedRunLogs(
  gh: GitHubClient,
  repo: RepoRef,
  runId: number,
  options: RunLogOptions,
): Promise<RunLogs> {
  const all = await listRunJobs(gh, repo, runId);
  const jobs = all
    .filter((job) => (options.jobId ? job.id === options.jobId : isFailedJob(job)))
    .map((job) => ({ id: job.id, name: job.name }));
  return jobLogs(gh, repo, runId, jobs, options.maxBytes);
}

/** The logs of these jobs of a run, one after the other, capped at `maxBytes` in all. */
export function jobLogs(
  gh: GitHubClient,
  repo: RepoRef,
  runId: number,
  jobs: { id: number; name: string }[],
  maxBytes: number,
): RunLogs {
  const status = { problems: [] as string[], cut: false, bytes: 0 };
  return { jobs, status, input: capped(readJobs(gh, repo, runId, jobs, status), maxBytes, status) };
}

async function* readJobs(
  gh: GitHubClient,
  repo: RepoRef,
  runId: number,
  jobs: { id: number; name: string }[],
  status: RunLogs['status'],
): AsyncGenerator<Uint8Array> {
  // Only the jobs whose own log failed are read from the archive: the others were read already.
  const missing = new Set<string>();
  for (const job of jobs) {
    try {
      const response = await gh.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
        ...repo,
        job_id: job.id,
        request: { parseSuccessResponseBody: false },
      });
      yield* bodyChunks(response.data);
      yield newline;
    } catch (error) {
      missing.add(job.name);
      status.problems.push(`log of job '${job.name}' could not be read (${describeApiError(error)})`);
    }
  }
  if (missing.size > 0) yield* readRunZip(gh, repo, runId, missing, status);
}

/** The run's log archive: one text file per job at its root (and per step in folders). */
async function* readRunZip(
  gh: GitHubClient,
  repo: RepoRef,
  runId: number,
  jobNames: Set<string>,
  status: RunLogs['status'],
): AsyncGenerator<Uint8Array> {
  let response: { data: unknown };
  try {
    response = await gh.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs', {
      ...repo,
      run_id: runId,
      request: { parseSuccessResponseBody: false },
    });
  } catch (error) {
    status.problems.push(`the run's log archive could not be read either (${describeApiError(error)})`);
    return;
  }
  let matched = 0;
  const wanted = (name: string): boolean => {
    const ok = isJobLogEntry(name, jobNames);
    if (ok) matched++;
    return ok;
  };
  try {
    yield* unzipTextFiles(bodyChunks(response.data), wanted);
    if (matched === 0) status.problems.push("the run's log archive holds no log of the failed jobs");
  } catch (error) {
    status.problems.push(`the run's log archive is not a readable ZIP (${String(error)})`);
  }
}

/** Root entries are whole job logs named `N_<job>.txt`; folder entries repeat them step by step. */
function isJobLogEntry(name: string, jobNames: Set<string>): boolean {
  if (name.includes('/') || !name.endsWith('.txt')) return false;
  return jobNames.has(name.replace(/^\d+_/, '').replace(/\.txt$/, ''));
}

/** Streams the matching entries' text out of a ZIP without holding the archive or a whole entry. */
export async function* unzipTextFiles(
  zip: AsyncIterable<Uint8Array>,
  accept: (name: string) => boolean,
): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (!accept(file.name)) return;
    file.ondata = (error, data, final) => {
      if (error) failure = error;
      else if (data.length > 0) ready.push(data);
      if (final) ready.push(newline);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for await (const chunk of zip) {
    unzip.push(chunk);
    if (failure) throw failure;
    while (ready.length > 0) yield ready.shift() as Uint8Array;
  }
  unzip.push(new Uint8Array(0), true);
  if (failure) throw failure;
  while (ready.length > 0) yield ready.shift() as Uint8Array;
}

async function* capped(
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
  status: RunLogs['status'],
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    const room = maxBytes - status.bytes;
    if (chunk.length >= room) {
      if (room > 0) yield chunk.subarray(0, room);
      status.bytes = maxBytes;
      status.cut = true;
      return;
    }
    status.bytes += chunk.length;
    yield chunk;
  }
}

const newline = new Uint8Array([10]);
const encoder = new TextEncoder();

/** A response body as bytes, whether Octokit handed back a stream, a buffer or text. */
async function* bodyChunks(data: unknown): AsyncGenerator<Uint8Array> {
  if (typeof data === 'string') yield encoder.encode(data);
  else if (data instanceof ArrayBuffer) yield new Uint8Array(data);
  else if (data instanceof Uint8Array) yield data;
  else if (data && typeof (data as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === 'function') {
    for await (const chunk of data as AsyncIterable<Uint8Array>) yield chunk;
  }
}
