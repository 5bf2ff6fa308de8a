// The in-process queue: de-duplication by key, the concurrency limit, and the per-installation
// token bucket (on a fake clock, so nothing here waits for real time except timers it sets).
import { describe, expect, it } from 'vitest';
import { KeyedLock } from '../../src/app/keyed-lock.js';
import { InProcessQueue, TokenBucket } from '../../src/app/queue.js';

interface Job {
  installationId: number;
  name: string;
}

/** A worker whose jobs finish only when the test says so. */
function gatedWorker() {
  const started: string[] = [];
  const gates = new Map<string, () => void>();
  const worker = (job: Job) =>
    new Promise<void>((resolve) => {
      started.push(job.name);
      gates.set(job.name, resolve);
    });
  const finish = (name: string) => gates.get(name)?.();
  return { started, worker, finish };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const generous = { perMinute: 6000, burst: 100 };

describe('InProcessQueue', () => {
  it('queues a key once while it is queued or running, and again once it is done', async () => {
    const { started, worker, finish } = gatedWorker();
    const queue = new InProcessQueue<Job>(worker, {
      concurrency: 1,
      perInstallation: generous,
      onError: () => {},
    });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => queue.enqueue('o/r:run:1:abc', { installationId: 1, name: 'a' })),
    );
    expect(results).toEqual([true, false, false, false, false]);
    await tick();
    expect(started).toEqual(['a']);
    finish('a');
    await queue.idle();
    expect(await queue.enqueue('o/r:run:1:abc', { installationId: 1, name: 'a2' })).toBe(true);
    await tick();
    finish('a2');
    await queue.idle();
    expect(started).toEqual(['a', 'a2']);
  });

  it('runs at most `concurrency` jobs at once, oldest first', async () => {
    const { started, worker, finish } = gatedWorker();
    const queue = new InProcessQueue<Job>(worker, {
      concurrency: 2,
      perInstallation: generous,
      onError: () => {},
    });
    for (const name of ['a', 'b', 'c', 'd']) await queue.enqueue(name, { installationId: 1, name });
    await tick();
    expect(started).toEqual(['a', 'b']);
    finish('b');
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    finish('a');
    finish('c');
    await tick();
    finish('d');
    await queue.idle();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
  });

  it('holds back an installation over its rate while others go on', async () => {
    let now = 0;
    const started: string[] = [];
    const queue = new InProcessQueue<Job>(
      async (job) => {
        started.push(job.name);
      },
      { concurrency: 5, perInstallation: { perMinute: 60, burst: 2 }, onError: () => {}, now: () => now },
    );
    for (const name of ['a1', 'a2', 'a3']) await queue.enqueue(name, { installationId: 1, name });
    await queue.enqueue('b1', { installationId: 2, name: 'b1' });
    await tick();
    expect(started).toEqual(['a1', 'a2', 'b1']);
    expect(queue.size).toBe(1);
    now = 1000; // one token back for installation 1: the timer the queue set picks a3 up
    await queue.idle();
    expect(started).toEqual(['a1', 'a2', 'b1', 'a3']);
  });

  it('reports a failing job and goes on', async () => {
    const errors: string[] = [];
    const queue = new InProcessQueue<Job>(
      async (job) => {
        if (job.name === 'bad') throw new Error('boom');
      },
      { concurrency: 1, perInstallation: generous, onError: (e, key) => errors.push(`${key}: ${String(e)}`) },
    );
    await queue.enqueue('k1', { installationId: 1, name: 'bad' });
    await queue.enqueue('k2', { installationId: 1, name: 'good' });
    await queue.idle();
    expect(errors).toEqual(['k1: Error: boom']);
    expect(await queue.enqueue('k1', { installationId: 1, name: 'bad' })).toBe(true);
    await queue.idle();
  });
});

describe('InProcessQueue.close (SIGTERM)', () => {
  it('refuses new jobs, and waits for those in flight up to the drain time', async () => {
    const { started, worker, finish } = gatedWorker();
    const queue = new InProcessQueue<Job>(worker, {
      concurrency: 1,
      perInstallation: generous,
      onError: () => {},
    });
    await queue.enqueue('a', { installationId: 1, name: 'a' });
    await tick();
    const closed = queue.close(10_000);
    await expect(queue.enqueue('b', { installationId: 1, name: 'b' })).rejects.toThrow(/shutting down/);
    let done = false;
    void closed.then(() => {
      done = true;
    });
    await tick();
    expect(done).toBe(false);
    finish('a');
    await closed;
    expect(started).toEqual(['a']);
  });

  it('gives up waiting after the drain time', async () => {
    const { worker } = gatedWorker();
    const queue = new InProcessQueue<Job>(worker, {
      concurrency: 1,
      perInstallation: generous,
      onError: () => {},
    });
    await queue.enqueue('stuck', { installationId: 1, name: 'stuck' });
    const started = Date.now();
    await queue.close(50);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(queue.size).toBe(1);
  });
});

describe('TokenBucket', () => {
  it('allows a burst, then one token per interval', () => {
    let now = 0;
    const bucket = new TokenBucket(2, 1 / 1000, () => now);
    expect(bucket.take()).toBe(0);
    expect(bucket.take()).toBe(0);
    expect(bucket.take()).toBe(1000);
    now = 500;
    expect(bucket.take()).toBe(500);
    now = 1000;
    expect(bucket.take()).toBe(0);
    now = 100_000; // refills to the burst, never beyond
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([0, 0, 1000]);
  });
});

describe('KeyedLock', () => {
  it('runs work for one key one at a time, and other keys freely', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const step = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    await Promise.all([
      lock.run('pr#1', step('a')),
      lock.run('pr#1', step('b')),
      lock.run('pr#2', step('c')),
    ]);
    expect(log.indexOf('a end')).toBeLessThan(log.indexOf('b start'));
    expect(log.indexOf('c start')).toBeLessThan(log.indexOf('a end'));
  });
});
