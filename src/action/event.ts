// What the runner tells the Action about where it runs: the event, the repository, the workspace.
import { readFile } from 'node:fs/promises';
import type { RepoRef } from '../deliver/pull-request.js';

export interface EventContext {
  name: string;
  payload: Record<string, unknown>;
  repo: RepoRef;
  /** `https://github.com/o/r`, or the GitHub Enterprise server's. */
  repoUrl: string;
  /** The repository's checkout (GITHUB_WORKSPACE). */
  workspace: string;
}

export async function readEvent(env: NodeJS.ProcessEnv): Promise<EventContext> {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    const text = await readFile(env.GITHUB_EVENT_PATH, 'utf8').catch(() => '{}');
    payload = JSON.parse(text) as Record<string, unknown>;
  }
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repo: { owner, repo },
    repoUrl: `${server}/${owner}/${repo}`,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
  };
}

/** The pull request of a `pull_request` / `pull_request_target` event. */
export function pullFromPayload(
  payload: Record<string, unknown>,
): { number: number; headSha: string } | undefined {
  const pull = payload.pull_request as { number?: number; head?: { sha?: string } } | undefined;
  if (!pull?.number || !pull.head?.sha) return undefined;
  return { number: pull.number, headSha: pull.head.sha };
}
