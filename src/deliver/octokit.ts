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
      // A limit that resets soon is waited out (twice at most); one that resets later fails the call
      // now: the primary limit can be an hour away, and a CI step must not sleep that long.
      throttle: {
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => waitOrGiveUp('rate limit', retryAfter, request, count, warn),
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => waitOrGiveUp('secondary rate limit', retryAfter, request, count, warn),
      },
    },
    retry,
    throttling,
  );
}

/** The longest wait for a rate limit to reset, in seconds. */
const MAX_RATE_LIMIT_WAIT_S = 60;

function waitOrGiveUp(
  what: string,
  retryAfter: number,
  request: { method: string; url: string },
  count: number,
  warn: (message: string) => void,
): boolean {
  const retry = count < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
  warn(
    `GitHub ${what} hit on ${request.method} ${request.url}; ${retry ? `retrying after ${retryAfter}s` : `it resets in ${retryAfter}s, giving up`}`,
  );
  return retry;
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
