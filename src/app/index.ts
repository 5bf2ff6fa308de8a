// The GitHub App (Probot 14): every failed CI run of a pull request gets triaged, and `/analyze`
// triages on request. Handlers only validate and enqueue; the work runs off the webhook path, in
// this process by default, or on BullMQ when REDIS_URL is set (any number of processes).
import { Redis } from 'ioredis';
import type { ApplicationFunction, Probot } from 'probot';
import { BullMQQueue } from './bullmq-queue.js';
import { jobForCheckRun, jobForComment, jobForWorkflowRun, type Keyed, type TriageJob } from './jobs.js';
import { KeyedLock } from './keyed-lock.js';
import { InProcessQueue, type JobQueue } from './queue.js';
import { RedisLock } from './redis-lock.js';
import { type AppSettings, DRAIN_MS_DEFAULT, type RedisSettings, readAppSettings } from './settings.js';
import { createWorker } from './worker.js';

export interface AppOptions {
  /** Defaults to the environment (REDIS_URL, GO_PANIC_TRIAGE_*). */
  settings?: AppSettings;
  /** Another queue (a test's); given the worker that runs the jobs. */
  queue?: (worker: (job: TriageJob) => Promise<void>, settings: AppSettings) => JobQueue<TriageJob>;
  /** Drain the queue on SIGTERM, then exit (default true; tests running the App in-process say false). */
  signals?: boolean;
}

export function triageApp(options: AppOptions = {}): ApplicationFunction {
  return (app: Probot) => {
    const settings = options.settings ?? readAppSettings(process.env);
    const queue = options.queue
      ? options.queue(createWorker(app, settings, new KeyedLock()), settings)
      : settings.redis
        ? redisQueue(app, settings, settings.redis)
        : inProcessQueue(app, settings);
    const enqueue = async (keyed: Keyed<TriageJob> | null) => {
      if (!keyed) return;
      const queued = await queue.enqueue(keyed.key, keyed.job);
      app.log.info(`${keyed.key}: ${queued ? 'queued' : 'already queued, running or done'}`);
    };

    app.on('workflow_run.completed', (context) => enqueue(jobForWorkflowRun(context.payload)));
    app.on('check_run.completed', (context) => enqueue(jobForCheckRun(context.payload)));
    app.on('issue_comment.created', (context) => enqueue(jobForComment(context.payload)));

    if (options.signals !== false) {
      const drainMs = settings.drainMs ?? DRAIN_MS_DEFAULT;
      process.once('SIGTERM', () => {
        app.log.info(`SIGTERM: taking no new jobs; waiting up to ${drainMs} ms for those in flight`);
        queue
          .close(drainMs)
          .catch((error: unknown) => app.log.error({ err: error }, 'shutdown'))
          .finally(() => process.exit(0));
      });
    }
  };
}

function inProcessQueue(app: Probot, settings: AppSettings): InProcessQueue<TriageJob> {
  return new InProcessQueue(createWorker(app, settings, new KeyedLock()), {
    concurrency: settings.concurrency,
    perInstallation: settings.perInstallation,
    onError: (error, key) => app.log.error({ err: error }, `${key}: triage failed`),
  });
}

function redisQueue(app: Probot, settings: AppSettings, redis: RedisSettings): BullMQQueue<TriageJob> {
  // Commands wait through a Redis restart (BullMQ requires it of a worker's connection); the
  // webhook path bounds its own wait.
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  connection.on('error', (error) => app.log.warn(`Redis: ${error.message}`));
  const lock = new RedisLock(connection, {
    prefix: `${redis.prefix}:pr-lock:`,
    ttlMs: redis.stallMs,
    onLost: (key) => app.log.error(`${key}: the pull request's lock expired while held (process stalled?)`),
  });
  app.log.info(
    `queue: BullMQ on Redis (prefix ${redis.prefix}), ${settings.concurrency ? `${settings.concurrency} job(s) at once` : 'webhooks only: other processes run the jobs'}`,
  );
  return new BullMQQueue(createWorker(app, settings, lock), {
    connection,
    lock,
    redis,
    concurrency: settings.concurrency,
    perInstallation: settings.perInstallation,
    log: {
      info: (message) => app.log.info(message),
      warn: (message) => app.log.warn(message),
      error: (error, message) => app.log.error({ err: error }, message),
    },
  });
}

export default triageApp();
