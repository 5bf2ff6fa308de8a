// One writer per pull request at a time: two failed workflows of one commit are different jobs
// (different keys), but both upsert the same sticky comment, and two concurrent upserts that both
// find no comment yet would create two. `KeyedLock` serves one process; `RedisLock` (redis-lock.ts)
// serves every process sharing a Redis.

export interface PullRequestLock {
  /** Runs `work` while no other holder of `key` runs; waits its turn. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export class KeyedLock implements PullRequestLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release = () => {};
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
