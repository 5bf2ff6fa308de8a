// `.github/go-panic-triage.yml` from the repository's default branch, as Probot's
// `context.config` reads it, but as raw text: the Action's parser then validates it with the same
// rules and line numbers. A broken config never fails silently: its problems go into the comment
// and the defaults apply, so findings still show. Used by the App, and by the Action's modes that
// run without a checkout (`run-id`, `/analyze`).
import { ConfigError, parseConfig } from '../config/load.js';
import { type Config, DEFAULT_CONFIG } from '../config/schema.js';
import { describeApiError, type GitHubClient } from './octokit.js';
import type { RepoRef } from './pull-request.js';

export const CONFIG_PATH = '.github/go-panic-triage.yml';

export interface RepoConfig {
  config: Config;
  /** For the comment: what was wrong with the file. */
  notes: string[];
}

/** `defaultBranch` undefined reads the repository's default branch too (the API's default ref). */
export async function readRepoConfig(
  gh: GitHubClient,
  repo: RepoRef,
  defaultBranch: string | undefined,
  path: string = CONFIG_PATH,
): Promise<RepoConfig> {
  const defaults = (notes: string[]): RepoConfig => ({
    config: structuredClone({ ...DEFAULT_CONFIG }),
    notes,
  });
  const branch = defaultBranch ?? 'the default branch';
  let text: string;
  try {
    const response = await gh.rest.repos.getContent({
      ...repo,
      path,
      ...(defaultBranch !== undefined && { ref: defaultBranch }),
      mediaType: { format: 'raw' },
    });
    text = rawText(response.data as unknown);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return defaults([]);
    return defaults([`${path} could not be read (${describeApiError(error)}); the defaults were used`]);
  }
  try {
    return { config: parseConfig(text, path), notes: [] };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return defaults(error.problems.map((p) => `${path} on ${branch}: ${p}; the defaults were used`));
  }
}

/** The raw media type's answer is text (or bytes, by its content type); a JSON answer holds base64. */
function rawText(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
  const content = (data as { content?: unknown } | null)?.content;
  return typeof content === 'string' ? Buffer.from(content, 'base64').toString('utf8') : '';
}
