// Which failures of a job are worth another try, and after how long. GitHub's server errors and
// rate limits pass; a 404 or a 422 would fail the same way again. Probot's Octokit already retries
// 5xx three times per request (plugin-retry) and waits out primary rate limits twice (throttling),
// but Probot 14 does not retry secondary rate limits: a job that still fails is retried whole,
// which is safe because the comment is an upsert and suggestions already posted are skipped.

/** Attempts per job, the first included. */
export const JOB_ATTEMPTS = 5;
/** The first pause after a server error or a lost connection; it doubles each time (15 s, 30 s, 60 s, 120 s). */
const SERVER_ERROR_BASE_MS = 15_000;
/** GitHub: "wait at least one minute" after a secondary rate limit without `retry-after`. */
const RATE_LIMIT_BASE_MS = 60_000;
/** Never wait longer than this for a primary limit's reset. */
const MAX_WAIT_MS = 60 * 60_000;

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** Null when retrying cannot help; else the pause before attempt `attemptsMade + 1`. */
export function retryDelayMs(error: unknown, attemptsMade: number, now = Date.now()): number | null {
  const e = (error ?? {}) as HttpError;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const doubling = 2 ** Math.max(0, attemptsMade - 1);
  if (isRateLimit(e)) {
    const headers = e.response?.headers ?? {};
    const retryAfter = Number(headers['retry-after']);
    if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(retryAfter * 1000, MAX_WAIT_MS);
    const reset = Number(headers['x-ratelimit-reset']);
    if (String(headers['x-ratelimit-remaining']) === '0' && Number.isFinite(reset)) {
      return Math.min(Math.max(reset * 1000 - now, 1000), MAX_WAIT_MS);
    }
    return Math.min(RATE_LIMIT_BASE_MS * doubling, MAX_WAIT_MS);
  }
  // No status: the network or Redis went away. 5xx: GitHub's side.
  if (status === undefined || status >= 500) return SERVER_ERROR_BASE_MS * doubling;
  return null;
}

function isRateLimit(e: HttpError): boolean {
  if (e.status === 429) return true;
  if (e.status !== 403) return false;
  const headers = e.response?.headers ?? {};
  return (
    headers['retry-after'] !== undefined ||
    String(headers['x-ratelimit-remaining']) === '0' ||
    /rate limit/i.test(e.message ?? '')
  );
}
