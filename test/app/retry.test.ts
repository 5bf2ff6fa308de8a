// Which job failures are retried, and after how long.
import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../src/app/retry.js';

const rateLimited = (headers: Record<string, string>, message = 'API rate limit exceeded') => ({
  status: 403,
  message,
  response: { headers },
});

describe('retryDelayMs', () => {
  it('retries server errors and lost connections, doubling from 15 s', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs({ status: 502 }, n))).toEqual([
      15_000, 30_000, 60_000, 120_000,
    ]);
    expect(retryDelayMs(new Error('Connection is closed.'), 1)).toBe(15_000);
  });

  it('waits what a rate limit says: retry-after, else the reset, else a minute and doubling', () => {
    const now = 1_700_000_000_000;
    expect(
      retryDelayMs(rateLimited({ 'retry-after': '42' }, 'You have exceeded a secondary rate limit'), 1, now),
    ).toBe(42_000);
    expect(
      retryDelayMs(
        rateLimited({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 90) }),
        1,
        now,
      ),
    ).toBe(90_000);
    expect(retryDelayMs(rateLimited({}, 'You have exceeded a secondary rate limit'), 2, now)).toBe(120_000);
    expect(retryDelayMs({ status: 429 }, 1, now)).toBe(60_000);
    // Never more than an hour.
    expect(retryDelayMs(rateLimited({ 'retry-after': '86400' }), 1, now)).toBe(3_600_000);
  });

  it('gives up on errors a retry cannot fix', () => {
    expect(retryDelayMs({ status: 404, message: 'Not Found' }, 1)).toBeNull();
    expect(retryDelayMs({ status: 422, message: 'Validation Failed' }, 1)).toBeNull();
    expect(retryDelayMs({ status: 403, message: 'Resource not accessible by integration' }, 1)).toBeNull();
  });
});
