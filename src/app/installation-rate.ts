// The per-installation rate of the in-process queue's token bucket, shared by every process
// through Redis: GCRA (one timestamp per installation, the "theoretical arrival time"), read and
// written in one script on Redis's clock, so processes with skewed clocks agree.
import type { Redis } from 'ioredis';

const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local wait = tat - now - (burst - 1) * interval
if wait > 0 then return math.ceil(wait) end
redis.call('SET', KEYS[1], tostring(tat + interval), 'PX', math.ceil(burst * interval) + 1000)
return 0`;

export class InstallationRate {
  private readonly intervalMs: number;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly limit: { perMinute: number; burst: number },
  ) {
    this.intervalMs = 60_000 / limit.perMinute;
  }

  /** Takes a start for `installationId` and returns 0, or returns the milliseconds until one is free. */
  async take(installationId: number): Promise<number> {
    const wait = await this.redis.eval(
      TAKE,
      1,
      `${this.prefix}${installationId}`,
      String(this.intervalMs),
      String(this.limit.burst),
    );
    return Number(wait);
  }
}
