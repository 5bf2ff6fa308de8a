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
import type { Triaged } from './triaged.js';

export async function triageFiles(
  gh: GitHubClient,
  event: EventContext,
  settings: ActionSettings,
  config: Config,
): Promise<Triaged> {
  const files = await (await glob.create(settings.logPaths.join('\n'), { matchDirectories: false })).glob();
  const notes: string[] = [];
  if (files.length === 0) notes.push(`no log file matched ${settings.logPaths.join(', ')}`);
  const moduleSources = new LocalSourceReader(settings.sourceRoot);
  const modulePath = settings.module ?? config.module ?? (await readModulePath(moduleSources)) ?? undefined;
  // Reports speak module-relative paths; GitHub wants repository-relative ones.
  const moduleDir = relative(event.workspace, resolve(settings.sourceRoot)).split('\\').join('/');
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
    pathMappings: config.pathMappings,
    diagnose: {
      sources: moduleSources,
      rules: rulesFor(config),
      ...(diff && { changedLines: changedLinesInModule(diff.changed, moduleDir) }),
    },
  });
  const configured = applyConfig(full, config);
  return {
    report: moduleDir.startsWith('..') ? configured.report : rebaseReport(configured.report, moduleDir),
    notes: [...notes, ...configured.notes],
    sources: new LocalSourceReader(event.workspace),
    ...(pull && { pull: { ...pull, ...(diff && { diff }) } }),
  };
}

async function* readFiles(files: string[]): AsyncGenerator<Uint8Array | string> {
  for (const file of files) {
    for await (const chunk of createReadStream(resolve(file))) yield chunk as Uint8Array;
    yield '\n';
  }
}
