// The App's own settings, read once from the environment at startup (Probot reads its own:
// APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, GHE_HOST, …). A bad value stops the server with a clear
// message rather than running with a surprise.
import { LOG_MAX_BYTES_DEFAULT } from '../limits.js';

export interface AppSettings {
  /** Log bytes read per run; the comment says when the logs were cut. */
  maxLogBytes: number;
  /** Triage jobs running at once in this process. */
  concurrency: number;
  /** Per installation: jobs started per minute on average, and in a burst. */
  perInstallation: { perMinute: number; burst: number };
}

export function readAppSettings(env: NodeJS.ProcessEnv): AppSettings {
  return {
    maxLogBytes: positive(env, 'GO_PANIC_TRIAGE_MAX_LOG_BYTES', LOG_MAX_BYTES_DEFAULT),
    concurrency: positive(env, 'GO_PANIC_TRIAGE_CONCURRENCY', 2),
    perInstallation: {
      perMinute: positive(env, 'GO_PANIC_TRIAGE_JOBS_PER_MINUTE', 30),
      burst: positive(env, 'GO_PANIC_TRIAGE_JOBS_BURST', 10),
    },
  };
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
