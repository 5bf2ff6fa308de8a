// The Action: read settings, pick the mode (files after `go test`, a workflow run's logs, or
// `/analyze` on an issue comment), triage, then report everywhere the settings ask for.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { LocalSourceReader } from '../analyze/source-reader.js';
import { readModulePath } from '../cli/go-mod.js';
import { applyConfig } from '../config/apply.js';
import { ConfigError, parseConfig } from '../config/load.js';
import { rulesFor } from '../config/rules.js';
import { type Config, DEFAULT_CONFIG } from '../config/schema.js';
import { handleAnalyzeComment } from '../deliver/analyze-flow.js';
import { pullRequestsForRun } from '../deliver/find-runs.js';
import { createGitHubClient, describeApiError, type GitHubClient } from '../deliver/octokit.js';
import { publishToPullRequest } from '../deliver/publish.js';
import { fetchPullRequestDiff, type PullRequestDiff, type RepoRef } from '../deliver/pull-request.js';
import { resolveOwnLogin } from '../deliver/sticky-comment.js';
import { triageRun } from '../deliver/triage-run.js';
import { LOG_MAX_BYTES_DEFAULT } from '../limits.js';
import type { Report } from '../model.js';
import { changedLinesInModule, rebaseReport } from '../report/rebase.js';
import { triage } from '../triage.js';
import { type ActionSettings, InputError, readSettings } from './inputs.js';
import { writeLocalOutputs } from './outputs.js';

const ACTIONS_BOT = 'github-actions[bot]';
const FORK_HELP =
  'A pull_request run from a fork gets a read-only token, so the comment cannot be written here. ' +
  'The job summary and annotations still show the findings; to comment on fork PRs, use the ' +
  'two-workflow recipe (workflow_run + run-id) in the go-panic-triage README.';

interface EventContext {
  name: string;
  payload: Record<string, unknown>;
  repo: RepoRef;
  /** `https://github.com/o/r`, or the GitHub Enterprise server's. */
  repoUrl: string;
  sha: string;
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let settings: ActionSettings;
  try {
    settings = readSettings(env);
  } catch (error) {
    if (error instanceof InputError) return core.setFailed(error.message);
    throw error;
  }
  const event = await readEvent(env);
  const gh = createGitHubClient(settings.token, {
    ...(env.GITHUB_API_URL && { baseUrl: env.GITHUB_API_URL }),
    warn: (m) => core.warning(m),
  });
  const config = await readConfig(env.GITHUB_WORKSPACE ?? process.cwd(), settings.configPath);

  if (event.name === 'issue_comment') return analyzeComment(gh, event, settings, config);

  const triaged =
    settings.runId !== undefined
      ? await fromRun(gh, event, settings, config)
      : await fromFiles(gh, event, settings, config);
  if (!triaged) return;
  const { report, notes } = triaged;
  await writeLocalOutputs(report, settings, notes);

  let commentUrl = '';
  if (triaged.pull && settings.comment !== 'off') {
    const result = await publishToPullRequest(
      gh,
      {
        ...event.repo,
        repoUrl: event.repoUrl,
        pullNumber: triaged.pull.number,
        headSha: triaged.pull.headSha,
        commentKey: settings.commentKey,
        ownLogin: await resolveOwnLogin(gh, ACTIONS_BOT),
        comment: settings.comment,
        suggestions: settings.suggestions,
        notes,
        ...(triaged.runUrl && { runUrl: triaged.runUrl }),
        sources: triaged.sources,
      },
      report,
      triaged.pull.diff,
    );
    commentUrl = result.commentUrl ?? '';
    for (const problem of result.problems) {
      const forbidden = problem.step === 'comment' && problem.status === 403;
      core.warning(
        `go-panic-triage could not publish the ${problem.step}: ${problem.message}${forbidden ? `. ${FORK_HELP}` : ''}`,
      );
    }
  }
  core.setOutput('comment-url', commentUrl);
  if (settings.failOnFindings && report.findings.length > 0) {
    core.setFailed(`go-panic-triage found ${report.findings.length} Go crash finding(s)`);
  }
}

interface Triaged {
  report: Report;
  notes: string[];
  sources: LocalSourceReader | Awaited<ReturnType<typeof triageRun>>['sources'];
  pull?: { number: number; headSha: string; diff?: PullRequestDiff };
  runUrl?: string;
}

/** After `go test` in the same job: the log files on disk, the checked-out sources. */
async function fromFiles(
  gh: GitHubClient,
  event: EventContext,
  settings: ActionSettings,
  config: Config,
): Promise<Triaged> {
  const files = await (await glob.create(settings.logPaths.join('\n'), { matchDirectories: false })).glob();
  const notes: string[] = [];
  if (files.length === 0) notes.push(`no log file matched ${settings.logPaths.join(', ')}`);
  const modulePath =
    settings.module ?? config.module ?? (await readModulePath(settings.sourceRoot)) ?? undefined;
  // Reports speak module-relative paths; GitHub wants repository-relative ones.
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const moduleDir = relative(workspace, resolve(settings.sourceRoot)).split('\\').join('/');
  const pull = pullFromPayload(event.payload);
  let diff: PullRequestDiff | undefined;
  if (pull) {
    // Without the diff the triage still runs; it only cannot rank the lines the change touched.
    diff = await fetchPullRequestDiff(gh, event.repo, pull.number).catch((error: unknown) => {
      core.info(`go-panic-triage: the pull request's diff could not be read (${describeApiError(error)})`);
      return undefined;
    });
  }
  const full = await triage(readFiles(files), {
    ...(modulePath && { modulePath }),
    diagnose: {
      sources: new LocalSourceReader(settings.sourceRoot),
      rules: rulesFor(config),
      ...(diff && { changedLines: changedLinesInModule(diff.changed, moduleDir) }),
    },
  });
  const configured = applyConfig(full, config);
  const report = moduleDir.startsWith('..') ? configured.report : rebaseReport(configured.report, moduleDir);
  const { ignored, omitted } = configured;
  if (ignored > 0) notes.push(`${ignored} finding(s) matched ignore rules in the config and are not shown`);
  if (omitted > 0) notes.push(`${omitted} more finding(s) beyond max-findings are not shown`);
  const sources = new LocalSourceReader(workspace);
  return { report, notes, sources, ...(pull && { pull: { ...pull, ...(diff && { diff }) } }) };
}

/** The fork-safe mode: another run's failed jobs, read through the API; its PR found from the run. */
async function fromRun(
  gh: GitHubClient,
  event: EventContext,
  settings: ActionSettings,
  config: Config,
): Promise<Triaged | null> {
  const runId = settings.runId as number;
  let run: Awaited<ReturnType<GitHubClient['rest']['actions']['getWorkflowRun']>>['data'];
  try {
    run = (await gh.rest.actions.getWorkflowRun({ ...event.repo, run_id: runId })).data;
  } catch (error) {
    core.setFailed(`go-panic-triage could not read workflow run ${runId}: ${describeApiError(error)}`);
    return null;
  }
  const pulls = await pullRequestsForRun(gh, event.repo, run);
  const number = pulls[0];
  const diff =
    number === undefined
      ? undefined
      : await fetchPullRequestDiff(gh, event.repo, number).catch(() => undefined);
  const triaged = await triageRun(gh, event.repo, run, {
    config,
    maxLogBytes: LOG_MAX_BYTES_DEFAULT,
    ...(diff && { changedLines: diff.changed }),
  });
  if (number === undefined)
    core.info(`go-panic-triage: workflow run ${runId} belongs to no open pull request`);
  return {
    ...triaged,
    runUrl: run.html_url,
    ...(number !== undefined && { pull: { number, headSha: run.head_sha, ...(diff && { diff }) } }),
  };
}

async function analyzeComment(
  gh: GitHubClient,
  event: EventContext,
  settings: ActionSettings,
  config: Config,
) {
  const issue = event.payload.issue as { number: number; pull_request?: unknown } | undefined;
  const comment = event.payload.comment as {
    id: number;
    body?: string;
    user?: { login: string; type?: string };
  };
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
      ownLogin: await resolveOwnLogin(gh, ACTIONS_BOT),
      commentKey: 'workflow-run',
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

function pullFromPayload(payload: Record<string, unknown>): { number: number; headSha: string } | undefined {
  const pull = payload.pull_request as { number?: number; head?: { sha?: string } } | undefined;
  if (!pull?.number || !pull.head?.sha) return undefined;
  return { number: pull.number, headSha: pull.head.sha };
}

async function* readFiles(files: string[]): AsyncGenerator<Uint8Array | string> {
  for (const file of files) {
    for await (const chunk of createReadStream(resolve(file))) yield chunk as Uint8Array;
    yield '\n';
  }
}

async function readEvent(env: NodeJS.ProcessEnv): Promise<EventContext> {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8').catch(() => '{}')) as Record<
      string,
      unknown
    >;
  }
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repo: { owner, repo },
    repoUrl: `${server}/${owner}/${repo}`,
    sha: env.GITHUB_SHA ?? '',
  };
}

/** A missing config means the defaults; a broken one is reported and the defaults are used, so findings still show. */
async function readConfig(root: string, path: string): Promise<Config> {
  const text = await readFile(join(root, path), 'utf8').catch(() => null);
  if (text === null) return { ...DEFAULT_CONFIG };
  try {
    return parseConfig(text, path);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) core.error(`go-panic-triage config: ${problem}`, { file: path });
    return { ...DEFAULT_CONFIG };
  }
}
