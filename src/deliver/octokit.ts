// The GitHub client every delivery call goes through: @actions/github's Octokit with retries for
// server errors and throttling for rate limits (neither is on by default there).
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** REST API root; GitHub Enterprise and tests point it elsewhere. Defaults to GITHUB_API_URL. */
  baseUrl?: string;
  /** Where rate-limit waits are reported. */
  warn?: (message: string) => void;
}

export function createGitHubClient(token: string, options: ClientOptions = {}): GitHubClient {
  const warn = options.warn ?? (() => {});
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      throttle: {
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          warn(`GitHub rate limit hit on ${request.method} ${request.url}; retrying after ${retryAfter}s`);
          return count < 2;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }) => {
          warn(`GitHub secondary rate limit on ${request.method} ${request.url}; waited ${retryAfter}s`);
          return false;
        },
      },
    },
    retry,
    throttling,
  );
}

/** One line that says what failed, for logs and notices: `POST /repos/o/r/issues/1/comments: 403 Resource not accessible by integration`. */
export function describeApiError(error: unknown): string {
  const e = error as { status?: number; message?: string; request?: { method?: string; url?: string } };
  const where =
    e.request?.method && e.request.url ? `${e.request.method} ${new URL(e.request.url).pathname}: ` : '';
  const status = e.status ? `${e.status} ` : '';
  const message = (e.message ?? String(error)).split('\n')[0] ?? '';
  return `${where}${status}${message.replace(/ - https:\/\/docs\.github\.com\S*/, '')}`.trim();
}
