// One writer per pull request across every process sharing a Redis: `SET key token NX PX ttl`,
// renewed every third of the ttl while the work runs, released only by its holder (compare the
// token, then delete, in one script). A holder that dies stops renewing: its lock expires after
// `ttlMs` and the next process goes on.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { PullRequestLock } from './keyed-lock.js';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0`;

export interface RedisLockOptions {
  /** Key prefix, e.g. `go-panic-triage:pr-lock:`. */
  prefix: string;
  ttlMs: number;
  /** Told when a renewal found the lock gone or taken (its holder was stalled past the ttl). */
  onLost?: (key: string) => void;
}

export class RedisLock implements PullRequestLock {
  /** Redis key → token of the locks this process holds, to hand them back on shutdown. */
  private readonly held = new Map<string, string>();

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisLockOptions,
  ) {}

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const redisKey = this.options.prefix + key;
    const token = randomUUID();
    await this.acquire(redisKey, token);
    this.held.set(redisKey, token);
    const renewal = setInterval(
      () => {
        this.redis
          .eval(RENEW, 1, redisKey, token, String(this.options.ttlMs))
          .then((renewed) => {
            if (renewed !== 0 || this.held.get(redisKey) !== token) return;
            // Gone or taken: renewing cannot get it back; say so once.
            clearInterval(renewal);
            this.options.onLost?.(key);
          })
          // Redis away for a moment: the next renewal tries again; the ttl covers the gap.
          .catch(() => {});
      },
      Math.max(1, Math.floor(this.options.ttlMs / 3)),
    );
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      this.held.delete(redisKey);
      await this.redis.eval(RELEASE, 1, redisKey, token).catch(() => {});
    }
  }

  /** Releases every lock this process holds (shutdown: its jobs were handed back). */
  async releaseAll(): Promise<void> {
    const held = [...this.held];
    this.held.clear();
    await Promise.all(held.map(([key, token]) => this.redis.eval(RELEASE, 1, key, token).catch(() => {})));
  }

  /** Polls with a growing, jittered pause: holders run for seconds, not milliseconds. */
  private async acquire(redisKey: string, token: string): Promise<void> {
    let pause = 25;
    for (;;) {
      const set = await this.redis.set(redisKey, token, 'PX', this.options.ttlMs, 'NX');
      if (set === 'OK') return;
      await new Promise((resolve) => setTimeout(resolve, pause + Math.random() * pause));
      pause = Math.min(pause * 2, 500);
    }
  }
}
