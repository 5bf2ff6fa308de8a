// Heavy work leaves the webhook handler through a queue: the handler validates, enqueues and
// answers GitHub at once (GitHub gives up on a delivery after 10 s). `JobQueue` is the seam: the
// in-process queue below serves one Node server; the BullMQ queue on Redis (bullmq-queue.ts) takes
// its place for several, because jobs are plain data and keys are deterministic.

export interface JobQueue<T> {
  /**
   * Queues `job` unless a job with the same key is already queued or running (a redelivery, a
   * burst of events for one run): resolves to whether it was queued.
   */
  enqueue(key: string, job: T): Promise<boolean>;
  /** SIGTERM: takes no more jobs and waits at most `drainMs` for those in flight. */
  close(drainMs: number): Promise<void>;
}

/** Every job names its installation: the rate limit is per installation, as GitHub's are. */
export interface InstallationJob {
  installationId: number;
}

export interface InProcessQueueOptions {
  /** Jobs running at once, over all installations. */
  concurrency: number;
  /** Token bucket per installation: jobs started per minute on average, and in a burst. */
  perInstallation: { perMinute: number; burst: number };
  /** A job that throws is reported here and dropped: a retry would only repeat its comment. */
  onError: (error: unknown, key: string) => void;
  /** Milliseconds; tests may pass a fake clock. */
  now?: () => number;
}

export class InProcessQueue<T extends InstallationJob> implements JobQueue<T> {
  private readonly pending: { key: string; job: T }[] = [];
  /** Keys queued or running: the de-duplication set. */
  private readonly keys = new Set<string>();
  private readonly buckets = new Map<number, TokenBucket>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly now: () => number;
  private running = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly worker: (job: T) => Promise<void>,
    private readonly options: InProcessQueueOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async enqueue(key: string, job: T): Promise<boolean> {
    // Nothing would run it after the process exits: GitHub records a failed delivery instead.
    if (this.closed) throw new Error('shutting down: not taking new jobs');
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    this.pending.push({ key, job });
    this.pump();
    return true;
  }

  /** Jobs waiting or running. */
  get size(): number {
    return this.pending.length + this.running;
  }

  /** Resolves once nothing is queued or running (tests, graceful shutdown). */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Takes no new jobs and waits up to `drainMs` for the queued and running ones; whatever is left
   * then is lost with the process (the next failure or `/analyze` brings the comment back).
   */
  async close(drainMs: number): Promise<void> {
    this.closed = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.idle(), new Promise((resolve) => (timer = setTimeout(resolve, drainMs)))]);
    clearTimeout(timer);
  }

  /** Starts what the concurrency limit and the installations' buckets allow, oldest first. */
  private pump(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    let wait = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.pending.length && this.running < this.options.concurrency; ) {
      const entry = this.pending[i] as { key: string; job: T };
      const delay = this.bucket(entry.job.installationId).take();
      if (delay > 0) {
        // This installation is over its rate; others behind it may still start.
        wait = Math.min(wait, delay);
        i++;
        continue;
      }
      this.pending.splice(i, 1);
      this.start(entry);
    }
    if (
      this.pending.length > 0 &&
      this.running < this.options.concurrency &&
      wait < Number.POSITIVE_INFINITY
    ) {
      this.timer = setTimeout(() => this.pump(), Math.ceil(wait));
    }
    if (this.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private start(entry: { key: string; job: T }): void {
    this.running++;
    // The job runs after this tick, so enqueue() returns before any work starts.
    Promise.resolve()
      .then(() => this.worker(entry.job))
      .catch((error: unknown) => this.options.onError(error, entry.key))
      .finally(() => {
        this.running--;
        this.keys.delete(entry.key);
        this.pump();
      });
  }

  private bucket(installationId: number): TokenBucket {
    let bucket = this.buckets.get(installationId);
    if (!bucket) {
      const { perMinute, burst } = this.options.perInstallation;
      bucket = new TokenBucket(burst, perMinute / 60_000, this.now);
      this.buckets.set(installationId, bucket);
    }
    return bucket;
  }
}

/** `capacity` tokens, refilled at `perMs` tokens per millisecond. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perMs: number,
    private readonly now: () => number,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Takes a token and returns 0, or returns the milliseconds until one is there. */
  take(): number {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.perMs);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return (1 - this.tokens) / this.perMs;
  }
}
