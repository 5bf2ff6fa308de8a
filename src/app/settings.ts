// The App's own settings, read once from the environment at startup (Probot reads its own:
// APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, GHE_HOST, REDIS_URL, …). A bad value stops the server with a
// clear message rather than running with a surprise.
import { LOG_MAX_BYTES_DEFAULT } from '../limits.js';

export interface AppSettings {
  /** Log bytes read per run; the comment says when the logs were cut. */
  maxLogBytes: number;
  /** Triage jobs running at once in this process; 0 (with Redis only): webhooks only, no jobs. */
  concurrency: number;
  /** Per installation: jobs started per minute on average, and in a burst. */
  perInstallation: { perMinute: number; burst: number };
  /** Set with REDIS_URL: the queue, de-duplication, per-PR locks and rate limits live in Redis. */
  redis?: RedisSettings;
  /** How long SIGTERM waits for the jobs in flight before handing them back (ms). */
  drainMs?: number;
}

export interface RedisSettings {
  url: string;
  /** Prefix of every key: two Apps (staging, production) can share one Redis. */
  prefix: string;
  /**
   * A job's lock and a pull request's lock expire this long (ms) after their holder stops renewing
   * them (it died); BullMQ then hands the job to another process. Renewed every third of it.
   */
  stallMs: number;
}

export const DRAIN_MS_DEFAULT = 25_000;

export function readAppSettings(env: NodeJS.ProcessEnv): AppSettings {
  const url = env.REDIS_URL?.trim();
  // A process that only takes webhooks (its event loop free of triage work) needs others to run
  // its jobs: only a shared queue has them.
  const concurrency =
    url && env.GO_PANIC_TRIAGE_CONCURRENCY?.trim() === '0'
      ? 0
      : positive(env, 'GO_PANIC_TRIAGE_CONCURRENCY', 2);
  return {
    maxLogBytes: positive(env, 'GO_PANIC_TRIAGE_MAX_LOG_BYTES', LOG_MAX_BYTES_DEFAULT),
    concurrency,
    perInstallation: {
      perMinute: positive(env, 'GO_PANIC_TRIAGE_JOBS_PER_MINUTE', 30),
      burst: positive(env, 'GO_PANIC_TRIAGE_JOBS_BURST', 10),
    },
    ...(url && {
      redis: {
        url,
        prefix: prefix(env.GO_PANIC_TRIAGE_REDIS_PREFIX),
        stallMs: positive(env, 'GO_PANIC_TRIAGE_STALL_MS', 30_000),
      },
    }),
    drainMs: positive(env, 'GO_PANIC_TRIAGE_DRAIN_MS', DRAIN_MS_DEFAULT),
  };
}

function prefix(raw: string | undefined): string {
  const value = raw?.trim() || 'go-panic-triage';
  // BullMQ joins its keys with ':'; one inside the prefix would split them wrongly.
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(value)) {
    throw new Error(`GO_PANIC_TRIAGE_REDIS_PREFIX must be 1 to 64 of [A-Za-z0-9._-], not '${value}'`);
  }
  return value;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of at least 1, not '${raw}'`);
  }
  return value;
}
