// The Action: read settings, pick the mode (files after `go test`, a workflow run's logs, or
// `/analyze` on an issue comment), triage, then report everywhere the settings ask for.
import * as core from '@actions/core';
import { createGitHubClient } from '../deliver/octokit.js';
import { publishToPullRequest } from '../deliver/publish.js';
import { resolveOwnLogin } from '../deliver/sticky-comment.js';
import { analyzeComment } from './comment-mode.js';
import { readConfigFile, readConfigWithoutCheckout } from './config-file.js';
import { readEvent } from './event.js';
import { triageFiles } from './files-mode.js';
import { type ActionSettings, InputError, readSettings } from './inputs.js';
import { writeLocalOutputs } from './outputs.js';
import { triageWorkflowRun } from './run-mode.js';

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

  if (event.name === 'issue_comment') {
    return analyzeComment(gh, event, settings, config, await resolveOwnLogin(gh, ACTIONS_BOT));
  }
  const triaged =
    settings.runId !== undefined
      ? await triageWorkflowRun(gh, event, settings.runId, config)
      : await triageFiles(gh, event, settings, config);
  if (!triaged) return;
  const { report, notes } = triaged;
  // Everything that needs no API call first: an API failure below must never hide the findings.
  const headSha = triaged.pull?.headSha ?? env.GITHUB_SHA;
  const runUrl = triaged.runUrl ?? currentRunUrl(event.repoUrl, env);
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

/** This workflow run's page, from the runner's environment (the files mode reads its own job's logs). */
function currentRunUrl(repoUrl: string, env: NodeJS.ProcessEnv): string | undefined {
  const id = env.GITHUB_RUN_ID;
  if (!id || !/^\d+$/.test(id)) return undefined;
  const attempt =
    env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT)
      ? `/attempts/${env.GITHUB_RUN_ATTEMPT}`
      : '';
  return `${repoUrl}/actions/runs/${id}${attempt}`;
}
