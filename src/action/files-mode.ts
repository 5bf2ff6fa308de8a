// The Action after `go test` in the same job: the log files on disk, the checked-out sources.
import { createReadStream } from 'node:fs';
import { relative, resolve } from 'node:path';
import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { applyConfig } from '../config/apply.js';
import { rulesFor } from '../config/rules.js';
import type { Config } from '../config/schema.js';
import { describeApiError, type GitHubClient } from '../deliver/octokit.js';
import { fetchPullRequestDiff, type PullRequestDiff } from '../deliver/pull-request.js';
import { readModulePath } from '../repo/go-mod.js';
import { LocalSourceReader } from '../repo/source-reader.js';
import { changedLinesInModule, rebaseReport } from '../report/rebase.js';
import { triage } from '../triage.js';
import { type EventContext, pullFromPayload } from './event.js';
import type { ActionSettings } from './inputs.js';
import { stepSectionIdentity } from './step-section.js';
import type { Triaged } from './triaged.js';

export async function triageFiles(
  gh: GitHubClient,
  event: EventContext,
  settings: ActionSettings,
  config: Config,
  env: NodeJS.ProcessEnv,
): Promise<Triaged> {
  const files = await (await glob.create(settings.logPaths.join('\n'), { matchDirectories: false })).glob();
  const notes: string[] = [];
  if (files.length === 0) notes.push(`no log file matched ${settings.logPaths.join(', ')}`);
  const moduleSources = new LocalSourceReader(settings.sourceRoot);
  const modulePath = settings.module ?? config.module ?? (await readModulePath(moduleSources)) ?? undefined;
  // Reports speak module-relative paths; GitHub wants repository-relative ones.
  const moduleDir = relative(event.workspace, resolve(settings.sourceRoot)).split('\\').join('/');
  let pull = pullFromPayload(event.payload);
  if (pull && !(await stillHead(gh, event, pull))) pull = undefined;
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
    pathMappings: config.pathMappings,
    diagnose: {
      sources: moduleSources,
      rules: rulesFor(config),
      ...(diff && { changedLines: changedLinesInModule(diff.changed, moduleDir) }),
    },
  });
  const configured = applyConfig(full, config);
  return {
    jobs: [
      {
        section: stepSectionIdentity(settings.section, env, event.repoUrl),
        report: moduleDir.startsWith('..') ? configured.report : rebaseReport(configured.report, moduleDir),
        notes: [...notes, ...configured.notes],
      },
    ],
    sources: new LocalSourceReader(event.workspace),
    ...(pull && { pull: { ...pull, ...(diff && { diff }) } }),
  };
}

/**
 * A run of a commit the pull request has moved past says nothing about it now: its section would
 * only be outdated on arrival, so it is not written (the summary still shows the findings).
 */
async function stillHead(
  gh: GitHubClient,
  event: EventContext,
  pull: { number: number; headSha: string },
): Promise<boolean> {
  try {
    const { data } = await gh.rest.pulls.get({ ...event.repo, pull_number: pull.number });
    if (data.head.sha === pull.headSha) return true;
    core.info(
      `go-panic-triage: PR #${pull.number} is at ${data.head.sha.slice(0, 12)} now, not ${pull.headSha.slice(0, 12)}: not commenting`,
    );
    return false;
  } catch {
    return true;
  }
}

async function* readFiles(files: string[]): AsyncGenerator<Uint8Array | string> {
  for (const file of files) {
    for await (const chunk of createReadStream(resolve(file))) yield chunk as Uint8Array;
    yield '\n';
  }
}
