// The repository's config file for the Action. A missing file means the defaults; a broken one is
// reported as error annotations and the defaults are used, so the findings still show. The modes
// that need no checkout (`run-id`, `/analyze`) read it through the API when the workspace lacks it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { ConfigError, parseConfig } from '../config/load.js';
import { type Config, DEFAULT_CONFIG } from '../config/schema.js';
import type { GitHubClient } from '../deliver/octokit.js';
import { readRepoConfig } from '../deliver/repo-config.js';
import type { EventContext } from './event.js';

export async function readConfigFile(root: string, path: string): Promise<Config> {
  return (await readLocalConfig(root, path)) ?? { ...DEFAULT_CONFIG };
}

/**
 * The config of a mode that reads everything through the API: the workspace's file when a checkout
 * holds one, else the file on the repository's default branch (never the pull request's).
 */
export async function readConfigWithoutCheckout(
  gh: GitHubClient,
  event: EventContext,
  path: string,
): Promise<Config> {
  const local = await readLocalConfig(event.workspace, path);
  if (local) return local;
  const repository = event.payload.repository as { default_branch?: string } | undefined;
  const { config, notes } = await readRepoConfig(
    gh,
    event.repo,
    repository?.default_branch,
    path.replace(/^\.\//, ''),
  );
  for (const note of notes) core.error(`go-panic-triage config: ${note}`);
  return config;
}

/** Null when the workspace has no such file. */
async function readLocalConfig(root: string, path: string): Promise<Config | null> {
  const text = await readFile(join(root, path), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    return parseConfig(text, path);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) core.error(`go-panic-triage config: ${problem}`, { file: path });
    return { ...DEFAULT_CONFIG };
  }
}
