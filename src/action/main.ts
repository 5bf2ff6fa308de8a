// The Action: read settings, pick the mode (files after `go test`, a workflow run's logs, or
// `/analyze` on an issue comment), triage, then report everywhere the settings ask for.
import * as core from '@actions/core';
import { createGitHubClient } from '../deliver/octokit.js';
import { publishToPullRequest } from '../deliver/publish.js';
import { DEFAULT_COMMENT_KEY, resolveOwnLogin } from '../deliver/sticky-comment.js';
import { analyzeComment } from './comment-mode.js';
import { readConfigFile, readConfigWithoutCheckout } from './config-file.js';
import { readEvent } from './event.js';
import { triageFiles } from './files-mode.js';
import { type ActionSettings, COMMENT_SETTLE_MS, InputError, readSettings } from './inputs.js';
import { writeLocalOutputs } from './outputs.js';
import { triageWorkflowRun } from './run-mode.js';
import { combinedNotes, combinedReport } from './triaged.js';

const ACTIONS_BOT = 'github-actions[bot]';
const FORK_HELP =
  'A pull_request run from a fork gets a read-only token, so the comment cannot be written here. ' +
  'The job summary and annotations still show the findings; to comment on fork PRs, use the ' +
  'two-workflow recipe (workflow_run + run-id) in the go-panic-triage README.';

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
  // Without a checkout (`run-id`, `/analyze`), the config comes from the default branch via the API.
  const config =
    settings.runId !== undefined || event.name === 'issue_comment'
      ? await readConfigWithoutCheckout(gh, event, settings.configPath)
      : await readConfigFile(event.workspace, settings.configPath);
  settings.commentKey ||= config.commentKey ?? DEFAULT_COMMENT_KEY;

  if (event.name === 'issue_comment') {
    return analyzeComment(gh, event, settings, config, await resolveOwnLogin(gh, ACTIONS_BOT));
  }
  const triaged =
    settings.runId !== undefined
      ? await triageWorkflowRun(gh, event, settings.runId, config)
      : await triageFiles(gh, event, settings, config, env);
  if (!triaged) return;
  const report = combinedReport(triaged.jobs);
  const notes = combinedNotes(triaged.jobs);
  // Everything that needs no API call first: an API failure below must never hide the findings.
  const headSha = triaged.pull?.headSha ?? env.GITHUB_SHA;
  // One job's summary links that job; several (a run's failed jobs) link none rather than one of them.
  const runUrl = triaged.jobs.length === 1 ? triaged.jobs[0]?.section.jobUrl : undefined;
  await writeLocalOutputs(report, settings, notes, {
    repoUrl: event.repoUrl,
    ...(headSha && { headSha }),
    ...(runUrl && { runUrl }),
  });

  let commentUrl = '';
  // `comment: off` turns off the comment only: the suggestions have their own input.
  if (triaged.pull && (settings.comment !== 'off' || settings.suggestions)) {
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
        notes: [],
        settleMs: COMMENT_SETTLE_MS,
        sources: triaged.sources,
      },
      [...triaged.jobs, ...(triaged.passed ?? [])],
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
