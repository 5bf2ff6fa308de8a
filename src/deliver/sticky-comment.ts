// Who we are and how our comment is marked: one comment per pull request (and per key), found by a
// hidden marker plus its author (sticky-sections.ts writes it).
import type { GitHubClient } from './octokit.js';
import type { RepoRef } from './pull-request.js';

const MARKER_PREFIX = '<!-- go-panic-triage';

/** The one merged comment per pull request; another key (`comment-key`) is a comment of its own. */
export const DEFAULT_COMMENT_KEY = 'default';

/** The hidden first line of our comment. The key holds only `[a-z0-9-]`, so log text can never forge or close it. */
export function commentMarker(key: string): string {
  const safe =
    key
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .slice(0, 64) || 'default';
  return `${MARKER_PREFIX} key=${safe} -->`;
}

/** Whether a body starts with our marker, under any key. */
export function startsWithAnyMarker(body: string): boolean {
  return /^<!-- go-panic-triage key=[a-z0-9-]+ -->\n/.test(body);
}

export interface StickyResult {
  id: number;
  url: string;
  action: 'created' | 'updated';
}

export interface StickyTarget extends RepoRef {
  issueNumber: number;
  key: string;
  /** Whose comments count as ours: the token's user, or the Actions/App bot. */
  ownLogin: string;
}

/**
 * The login our comments carry. A personal token can ask `GET /user`; the Actions token and App
 * installation tokens cannot (403), but GraphQL's `viewer` names their bot (an App token passed as
 * `github-token` writes as `<app>[bot]`, not as the Actions bot). `fallback` when neither answers.
 */
export async function resolveOwnLogin(gh: GitHubClient, fallback: string): Promise<string> {
  try {
    const { data } = await gh.rest.users.getAuthenticated();
    return data.login;
  } catch {}
  try {
    const { viewer } = await gh.graphql<{ viewer?: { login?: string; __typename?: string } }>(
      'query { viewer { login __typename } }',
    );
    const login = viewer?.login;
    if (login) return viewer?.__typename === 'Bot' && !login.endsWith('[bot]') ? `${login}[bot]` : login;
  } catch {}
  return fallback;
}
