// The per-PR lock and the per-installation rate on a real Redis (TEST_REDIS_URL; skipped loudly
// without one, a failure in CI).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstallationRate } from '../../src/app/installation-rate.js';
import { RedisLock } from '../../src/app/redis-lock.js';
import { testRedis } from '../support/app-cluster.js';

const redis = testRedis();
if ('missing' in redis) console.warn(`\n!!! ${redis.missing} !!!\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf('missing' in redis)('on Redis', () => {
  let client: Redis;
  const prefix = `t-${randomUUID().slice(0, 8)}:`;

  beforeAll(() => {
    client = new Redis('url' in redis ? redis.url : '', { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    await client?.quit();
  });

  describe('RedisLock', () => {
    it('lets one holder of a key in at a time, across lock objects (processes), other keys freely', async () => {
      const [one, two] = [1, 2].map(() => new RedisLock(client, { prefix, ttlMs: 2_000 }));
      if (!one || !two) throw new Error('two locks');
      const log: string[] = [];
      const step = (name: string) => async () => {
        log.push(`${name} start`);
        await sleep(150);
        log.push(`${name} end`);
      };
      await Promise.all([
        one.run('o/r#1', step('a')),
        two.run('o/r#1', step('b')),
        two.run('o/r#2', step('c')),
      ]);
      const [first, second] = log.indexOf('a start') < log.indexOf('b start') ? ['a', 'b'] : ['b', 'a'];
      expect(log.indexOf(`${first} end`)).toBeLessThan(log.indexOf(`${second} start`));
      expect(log.indexOf('c start')).toBeLessThan(log.indexOf(`${first} end`));
      expect(await client.exists(`${prefix}o/r#1`, `${prefix}o/r#2`)).toBe(0);
    });

    it('renews the lock while the work runs longer than its ttl', async () => {
      const one = new RedisLock(client, { prefix, ttlMs: 300 });
      const two = new RedisLock(client, { prefix, ttlMs: 300 });
      const log: string[] = [];
      await Promise.all([
        one.run('renew', async () => {
          log.push('a start');
          await sleep(1_000);
          log.push('a end');
        }),
        sleep(50).then(() => two.run('renew', async () => void log.push('b'))),
      ]);
      expect(log).toEqual(['a start', 'a end', 'b']);
    });

    it("a dead holder's lock expires and the next one goes on", async () => {
      // A holder that died: its key, with its token and ttl, and nobody renewing it.
      await client.set(`${prefix}dead`, 'token of a dead process', 'PX', 400);
      const started = Date.now();
      const lock = new RedisLock(client, { prefix, ttlMs: 2_000 });
      const waited = await lock.run('dead', async () => {
        expect(await client.get(`${prefix}dead`)).not.toBe('token of a dead process');
        return Date.now() - started;
      });
      expect(waited).toBeGreaterThanOrEqual(300);
      expect(waited).toBeLessThan(2_000);
    });

    it("tells once when a renewal finds the lock taken by another holder, and leaves that holder's lock alone", async () => {
      const lost: string[] = [];
      const lock = new RedisLock(client, { prefix, ttlMs: 300, onLost: (key) => lost.push(key) });
      await lock.run('stolen', async () => {
        await client.set(`${prefix}stolen`, 'someone else');
        await sleep(250);
      });
      expect(lost).toEqual(['stolen']);
      // Its release left the other holder's lock alone.
      expect(await client.get(`${prefix}stolen`)).toBe('someone else');
    });
  });

  describe('InstallationRate', () => {
    it('allows a burst per installation, then one start per interval, on Redis time', async () => {
      const rate = new InstallationRate(client, `${prefix}rate:`, { perMinute: 600, burst: 3 });
      const first = [await rate.take(1), await rate.take(1), await rate.take(1)];
      expect(first).toEqual([0, 0, 0]);
      const wait = await rate.take(1);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(100);
      expect(await rate.take(2)).toBe(0); // another installation is not held back
      await sleep(wait + 20);
      expect(await rate.take(1)).toBe(0);
    });
  });
});
