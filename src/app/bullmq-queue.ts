// The queue on Redis (BullMQ), for two or more App processes: the same jobs and keys as the
// in-process queue, plus what only a shared store gives.
// - De-duplication: the job's key is its BullMQ job id, so a delivery or a redelivery reaching any
//   process adds one job. Finished ids are kept a day: a redelivery within it runs nothing.
// - No lost work: a job whose process died (its lock not renewed for `stallMs`) goes back to the
//   queue and another process runs it; GitHub's server errors and rate limits are retried with
//   backoff (retry.ts); failed jobs are kept a week for inspection.
// - The per-installation rate is counted in Redis (installation-rate.ts); the per-PR lock is
//   RedisLock, built on the same connection.
import { hostname } from 'node:os';
import { DelayedError, type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { InstallationRate } from './installation-rate.js';
import type { InstallationJob, JobQueue } from './queue.js';
import type { RedisLock } from './redis-lock.js';
import { JOB_ATTEMPTS, retryDelayMs } from './retry.js';
import type { RedisSettings } from './settings.js';

export const QUEUE_NAME = 'triage';
/** Completed jobs' ids stay this long (s) and at most this many: the redelivery window. */
export const KEEP_COMPLETED = { age: 24 * 3600, count: 50_000 };
/** Failed jobs (attempts used up, or an error a retry cannot fix) stay for inspection. */
export const KEEP_FAILED = { age: 7 * 24 * 3600, count: 5_000 };
/** A webhook waits at most this long for Redis: GitHub gives up on a delivery after 10 s. */
const ENQUEUE_TIMEOUT_MS = 5_000;

export interface QueueLog {
  info(message: string): void;
  warn(message: string): void;
  error(error: unknown, message: string): void;
}

export interface BullMQQueueOptions {
  /** Shared with the lock; BullMQ duplicates it for its blocking reads. */
  connection: Redis;
  lock: RedisLock;
  redis: RedisSettings;
  concurrency: number;
  perInstallation: { perMinute: number; burst: number };
  log: QueueLog;
}

export class BullMQQueue<T extends InstallationJob> implements JobQueue<T> {
  private readonly queue: Queue;
  /** None in a webhook-only process (concurrency 0). */
  private readonly worker: Worker | undefined;
  private readonly rate: InstallationRate;
  /** Jobs this process runs now, with their lock tokens, to hand them back on shutdown. */
  private readonly active = new Map<string, { job: Job; token: string | undefined }>();
  private closing: Promise<void> | undefined;

  constructor(
    run: (job: T) => Promise<void>,
    private readonly options: BullMQQueueOptions,
  ) {
    const { connection, redis, log } = options;
    this.rate = new InstallationRate(connection, `${redis.prefix}:rate:`, options.perInstallation);
    this.queue = new Queue(QUEUE_NAME, {
      connection,
      prefix: redis.prefix,
      defaultJobOptions: {
        attempts: JOB_ATTEMPTS,
        backoff: { type: 'github' },
        removeOnComplete: KEEP_COMPLETED,
        removeOnFail: KEEP_FAILED,
      },
    });
    this.queue.on('error', (error) => log.error(error, 'queue: Redis error'));
    if (options.concurrency === 0) return;
    this.worker = new Worker(QUEUE_NAME, (job, token) => this.process(run, job, token), {
      connection,
      prefix: redis.prefix,
      // Stored on each job it runs (`processedBy`): which process has it, for inspection.
      name: `${hostname()}:${process.pid}`,
      concurrency: options.concurrency,
      lockDuration: redis.stallMs,
      stalledInterval: redis.stallMs,
      // A job whose process died twice is failed, not run a third time: it may be what kills them.
      maxStalledCount: 1,
      settings: {
        backoffStrategy: (attemptsMade, _type, error) => retryDelayMs(error, attemptsMade) ?? -1,
      },
    });
    this.worker.on('error', (error) => log.error(error, 'worker: Redis error'));
    this.worker.on('stalled', (id) =>
      log.warn(`${id}: its process stopped renewing the lock (died?); back in the queue`),
    );
    this.worker.on('failed', (job, error) => {
      if (!job) return;
      const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
      if (final)
        log.error(
          error,
          `${job.id}: triage failed after ${job.attemptsMade} attempt(s); kept for inspection`,
        );
      else
        log.warn(`${job.id}: attempt ${job.attemptsMade} failed (${error.message}); retrying with backoff`);
    });
  }

  async enqueue(key: string, job: T): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis did not take the job within ${ENQUEUE_TIMEOUT_MS} ms`)),
        ENQUEUE_TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([this.add(key, job), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async add(key: string, job: T): Promise<boolean> {
    if (await this.queue.getJob(key)) return false;
    // Another process may add the same id between getJob and add: BullMQ keeps the first.
    await this.queue.add('triage', job, { jobId: key });
    return true;
  }

  /**
   * Stops taking jobs and waits `drainMs` for the ones in flight; those still running then go back
   * to the queue (and their pull requests' locks are released) for another process to run.
   * Webhooks go on being queued until the process exits.
   */
  close(drainMs: number): Promise<void> {
    this.closing ??= this.drain(drainMs);
    return this.closing;
  }

  private async drain(drainMs: number): Promise<void> {
    const { log } = this.options;
    let timer: NodeJS.Timeout | undefined;
    const worker = this.worker;
    const finished = await Promise.race([
      worker ? worker.close().then(() => true) : Promise.resolve(true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), drainMs);
      }),
    ]);
    clearTimeout(timer);
    if (!finished) {
      for (const [id, { job, token }] of this.active) {
        await job
          .moveToWait(token)
          .then(() => log.warn(`${id}: still running after ${drainMs} ms; handed back to the queue`))
          .catch((error: unknown) => log.error(error, `${id}: could not be handed back; it will stall back`));
      }
      await this.options.lock.releaseAll();
    }
    await this.queue.close().catch(() => {});
  }

  private async process(run: (job: T) => Promise<void>, job: Job, token: string | undefined): Promise<void> {
    const data = job.data as T;
    const id = job.id ?? '';
    const wait = await this.rate.take(data.installationId);
    if (wait > 0) {
      // This installation is over its rate: the job waits in Redis, not in a worker slot.
      await job.moveToDelayed(Date.now() + wait, token);
      throw new DelayedError();
    }
    this.active.set(id, { job, token });
    try {
      await run(data);
    } catch (error) {
      if (retryDelayMs(error, job.attemptsMade + 1) === null) {
        throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
      }
      throw error;
    } finally {
      this.active.delete(id);
    }
  }
}
