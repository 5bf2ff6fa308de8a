// Two or more real App processes (`npm start`) on one real Redis (REDIS_URL: BullMQ), against the
// fake GitHub: redeliveries to both, a SIGKILL mid-job, a SIGTERM drain, Redis restarting under the
// App. Every delivery is signed and real; the processes share de-duplication, per-PR locks and
// Probot's rate limiting through Redis. Needs TEST_REDIS_URL (bash .ci/run starts a Redis); without
// it the tests are skipped loudly, and in CI that is a failure.
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KEEP_COMPLETED, KEEP_FAILED, QUEUE_NAME } from '../../src/app/bullmq-queue.js';
import {
  type AppIdentity,
  AppProcess,
  appIdentity,
  commentsOn,
  deliver,
  failedRun,
  plainPull,
  RedisServer,
  startFakeGitHub,
  testRedis,
  until,
  workflowRunEvent,
} from '../support/app-cluster.js';
import type { FakeGitHub } from '../support/fake-github.js';

const redis = testRedis();
if ('missing' in redis) console.warn(`\n!!! ${redis.missing} !!!\n`);
const RUN_JOBS = /\/actions\/runs\/\d+\/jobs$/;

let identity: AppIdentity;
let fake: FakeGitHub;
const apps: AppProcess[] = [];
const queues: Queue[] = [];
const servers: RedisServer[] = [];

beforeAll(async () => {
  identity = appIdentity();
  fake = await startFakeGitHub(identity);
});

afterEach(async () => {
  for (const app of apps.splice(0)) {
    app.kill('SIGKILL');
    await app.exited;
  }
  for (const queue of queues.splice(0)) await queue.close();
});

afterAll(async () => {
  for (const server of servers) await server.dispose();
  await fake?.stop();
});

/** `count` App processes on one Redis under a fresh key prefix (so tests never see each other's jobs). */
async function cluster(count: number, url: string, env: Record<string, string> = {}) {
  const prefix = `t-${randomUUID().slice(0, 8)}`;
  const started = await Promise.all(
    Array.from({ length: count }, () =>
      AppProcess.start({
        identity,
        api: fake.url,
        env: {
          REDIS_URL: url,
          GO_PANIC_TRIAGE_REDIS_PREFIX: prefix,
          // Long enough that a loaded CI machine never takes a live process for a dead one.
          GO_PANIC_TRIAGE_STALL_MS: '5000',
          GO_PANIC_TRIAGE_CONCURRENCY: '2',
          ...env,
        },
      }),
    ),
  );
  apps.push(...started);
  const queue = new Queue(QUEUE_NAME, { connection: { url }, prefix });
  queues.push(queue);
  return { apps: started, queue };
}

/** Pull requests `numbers`, each with one failed run (id = 10 × number). */
function pullsWithRuns(numbers: number[]) {
  return numbers.map((pull) => {
    fake.pulls.set(pull, plainPull(pull));
    const run = failedRun(pull * 10, pull);
    fake.runs.set(run.id, run);
    return run;
  });
}

async function settled(queue: Queue): Promise<boolean> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
  return Object.values(counts).every((n) => n === 0);
}

function oneCommentEach(pulls: number[]): boolean {
  return pulls.every((pull) => commentsOn(fake, pull).length === 1);
}

describe.skipIf('missing' in redis)('the App on Redis (BullMQ), several processes', () => {
  const url = 'url' in redis ? redis.url : '';

  it('redeliveries to both processes run each job once and leave one comment per pull request', async () => {
    fake.reset();
    const pulls = [101, 102, 103];
    const runs = pullsWithRuns(pulls);
    const {
      apps: [a, b],
      queue,
    } = await cluster(2, url);
    if (!a || !b) throw new Error('two processes');

    // Every run: two deliveries to each process, all at once (GitHub's retries, a manual redelivery).
    const answers = await Promise.all(
      runs.flatMap((run) =>
        [a, b, a, b].map((app) => deliver(app.url, 'workflow_run', workflowRunEvent(run))),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    await until(
      async () => oneCommentEach(pulls) && (await settled(queue)),
      60_000,
      () => `not all commented:\n${a.output}\n${b.output}`,
    );

    // A redelivery after the job finished runs nothing: its id is kept.
    const late = await deliver(b.url, 'workflow_run', workflowRunEvent(runs[0] ?? failedRun(0, 0)));
    expect(late.status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(await settled(queue)).toBe(true);

    for (const pull of pulls) {
      expect(commentsOn(fake, pull)).toHaveLength(1);
      expect(commentsOn(fake, pull)[0]?.body).toContain('concurrent map iteration and map write');
    }
    // One triage per run: its jobs were listed once, by whichever process ran it.
    for (const run of runs) {
      expect(fake.requests.filter((r) => r.path.endsWith(`/actions/runs/${run.id}/jobs`))).toHaveLength(1);
    }
    const completed = await queue.getJobs(['completed']);
    expect(completed.map((j) => j.id).sort()).toEqual(
      runs.map((run) => `42/codertocat/hello-world/run/${run.id}/attempt/1/${run.head_sha}`).sort(),
    );
    expect(completed.every((j) => j.opts.removeOnComplete)).toBe(true);
    expect(completed[0]?.opts.removeOnComplete).toEqual(KEEP_COMPLETED);
    expect(completed[0]?.opts.removeOnFail).toEqual(KEEP_FAILED);

    // A re-run of the same run is a new attempt: new work, not a redelivery.
    const rerun = await deliver(a.url, 'workflow_run', workflowRunEvent(runs[0] ?? failedRun(0, 0), 2));
    expect(rerun.status).toBe(200);
    await until(
      async () =>
        fake.requests.filter((r) => r.path.endsWith(`/actions/runs/${runs[0]?.id}/jobs`)).length === 2 &&
        (await settled(queue)),
      30_000,
      () => `the re-run was not triaged:\n${a.output}`,
    );
    expect(commentsOn(fake, 101)).toHaveLength(1);
  });

  it('a webhook-only process (concurrency 0) queues; another process runs the job', async () => {
    fake.reset();
    const [run] = pullsWithRuns([151]);
    if (!run) throw new Error('a run');
    const prefix = `t-${randomUUID().slice(0, 8)}`;
    const env = { REDIS_URL: url, GO_PANIC_TRIAGE_REDIS_PREFIX: prefix };
    const [web, worker] = await Promise.all([
      AppProcess.start({ identity, api: fake.url, env: { ...env, GO_PANIC_TRIAGE_CONCURRENCY: '0' } }),
      AppProcess.start({ identity, api: fake.url, env }),
    ]);
    apps.push(web, worker);
    const queue = new Queue(QUEUE_NAME, { connection: { url }, prefix });
    queues.push(queue);
    expect(web.output).toContain('webhooks only: other processes run the jobs');
    expect((await deliver(web.url, 'workflow_run', workflowRunEvent(run))).status).toBe(200);
    await until(
      async () => oneCommentEach([151]) && (await settled(queue)),
      30_000,
      () => `${web.output}\n${worker.output}`,
    );
    const [job] = await queue.getJobs(['completed']);
    expect(job?.processedBy).toMatch(`:${worker.pid}`);
  });

  it('a job GitHub refuses (404) fails at once, without retries, and is kept for inspection', async () => {
    fake.reset();
    const [run] = pullsWithRuns([161]);
    if (!run) throw new Error('a run');
    fake.fail('GET', new RegExp(`/actions/runs/${run.id}$`), 404, 1, 'Not Found');
    const {
      apps: [a],
      queue,
    } = await cluster(1, url);
    if (!a) throw new Error('one process');
    expect((await deliver(a.url, 'workflow_run', workflowRunEvent(run))).status).toBe(200);
    await until(
      async () => (await queue.getJobCounts('failed')).failed === 1,
      20_000,
      () => a.output,
    );
    const [job] = await queue.getFailed();
    expect(job?.id).toBe(`42/codertocat/hello-world/run/${run.id}/attempt/1/${run.head_sha}`);
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toMatch(/Not Found/);
    expect(job?.stacktrace?.length).toBeGreaterThan(0);
    expect(job?.data).toMatchObject({ kind: 'run', runId: run.id, installationId: 42 });
    expect(a.output).toContain('triage failed after 1 attempt(s); kept for inspection');
    expect(commentsOn(fake, 161)).toEqual([]);
  });

  it('a secondary rate limit fails the attempt; the job is retried after its retry-after and comments', async () => {
    fake.reset();
    const [run] = pullsWithRuns([171]);
    if (!run) throw new Error('a run');
    // Probot 14 does not retry a secondary rate limit per request: the job is retried whole.
    fake.fail(
      'GET',
      new RegExp(`/actions/runs/${run.id}$`),
      403,
      1,
      'You have exceeded a secondary rate limit',
      {
        'retry-after': '1',
      },
    );
    const {
      apps: [a],
      queue,
    } = await cluster(1, url);
    if (!a) throw new Error('one process');
    expect((await deliver(a.url, 'workflow_run', workflowRunEvent(run))).status).toBe(200);
    await until(
      async () => oneCommentEach([171]) && (await settled(queue)),
      30_000,
      () => a.output,
    );
    const [job] = await queue.getCompleted();
    expect(job?.attemptsMade).toBe(2);
    expect(a.output).toMatch(/attempt 1 failed \(.*secondary rate limit.*\); retrying with backoff/);
    expect(fake.requests.filter((r) => r.path.endsWith(`/actions/runs/${run.id}`))).toHaveLength(2);
  });

  it('a process SIGKILLed mid-job: the other one finishes its jobs, one comment per pull request', async () => {
    fake.reset();
    const pulls = [201, 202, 203, 204];
    const runs = pullsWithRuns(pulls);
    const held = fake.hold('GET', RUN_JOBS);
    // A dead process's jobs and locks are taken over after 3 s.
    const {
      apps: [a, b],
      queue,
    } = await cluster(2, url, { GO_PANIC_TRIAGE_STALL_MS: '3000' });
    if (!a || !b) throw new Error('two processes');
    for (const run of runs) {
      for (const app of [a, b]) {
        expect((await deliver(app.url, 'workflow_run', workflowRunEvent(run))).status).toBe(200);
      }
    }
    // Both processes are inside their jobs (two each), holding the pull requests' locks.
    await until(
      () => held.waiting() >= 4,
      20_000,
      () => `jobs did not start:\n${a.output}\n${b.output}`,
    );
    const active = await queue.getActive();
    const ofA = active.filter((job) => job.processedBy?.endsWith(`:${a.pid}`));
    expect(ofA.length).toBeGreaterThan(0);

    a.kill('SIGKILL');
    await a.exited;
    held.release();

    await until(
      async () => oneCommentEach(pulls) && (await settled(queue)),
      60_000,
      () => `not all commented after the SIGKILL:\n${b.output}`,
    );
    expect(b.output).toContain('its process stopped renewing the lock');
    for (const pull of pulls) expect(commentsOn(fake, pull)).toHaveLength(1);
    const completed = await queue.getJobs(['completed']);
    expect(completed).toHaveLength(4);
    for (const job of ofA) expect((await queue.getJob(job.id ?? ''))?.processedBy).toMatch(`:${b.pid}`);
    expect(await queue.getJobs(['failed'])).toEqual([]);
  });

  it('SIGTERM: a job in flight finishes before the process exits', async () => {
    fake.reset();
    const [run] = pullsWithRuns([301]);
    if (!run) throw new Error('a run');
    const held = fake.hold('GET', RUN_JOBS);
    const {
      apps: [a],
    } = await cluster(1, url);
    if (!a) throw new Error('one process');
    expect((await deliver(a.url, 'workflow_run', workflowRunEvent(run))).status).toBe(200);
    await until(
      () => held.waiting() === 1,
      20_000,
      () => a.output,
    );
    a.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect(a.child.exitCode).toBeNull(); // still draining
    held.release();
    expect(await a.exited).toEqual({ code: 0, signal: null });
    expect(commentsOn(fake, 301)).toHaveLength(1);
    expect(a.output).toContain('SIGTERM: taking no new jobs');
  });

  it('SIGTERM: a job still running after the drain time is handed back to another process', async () => {
    fake.reset();
    const [run] = pullsWithRuns([401]);
    if (!run) throw new Error('a run');
    const held = fake.hold('GET', RUN_JOBS);
    const {
      apps: [a],
      queue,
    } = await cluster(1, url, { GO_PANIC_TRIAGE_DRAIN_MS: '1000' });
    if (!a) throw new Error('one process');
    expect((await deliver(a.url, 'workflow_run', workflowRunEvent(run))).status).toBe(200);
    await until(
      () => held.waiting() === 1,
      20_000,
      () => a.output,
    );
    // A second process joins (same prefix), then the first is told to stop.
    const prefix = /prefix (t-[0-9a-f]+)/.exec(a.output)?.[1] ?? '';
    const b = await AppProcess.start({
      identity,
      api: fake.url,
      env: { REDIS_URL: url, GO_PANIC_TRIAGE_REDIS_PREFIX: prefix, GO_PANIC_TRIAGE_STALL_MS: '5000' },
    });
    apps.push(b);
    const stopping = Date.now();
    a.kill('SIGTERM');
    expect(await a.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - stopping).toBeLessThan(5_000);
    expect(a.output).toContain('handed back to the queue');
    held.release();
    await until(
      async () => commentsOn(fake, 401).length === 1 && (await settled(queue)),
      30_000,
      () => `not commented after the hand-back:\n${b.output}`,
    );
    const [job] = await queue.getJobs(['completed']);
    expect(job?.processedBy).toMatch(`:${b.pid}`);
    expect(commentsOn(fake, 401)).toHaveLength(1);
  });

  it.skipIf(!RedisServer.available() && process.env.CI !== 'true')(
    'Redis restarting under the App: it reconnects, and jobs queued before survive (AOF)',
    async () => {
      fake.reset();
      const server = await RedisServer.start({ aof: true });
      servers.push(server);
      const pulls = [501, 502, 503];
      const runs = pullsWithRuns(pulls);
      const held = fake.hold('GET', RUN_JOBS);
      // One job at a time, so two of three wait in Redis while it restarts. A long stall time: the
      // restart must not look like a dead process.
      const {
        apps: [a],
        queue,
      } = await cluster(1, server.url, {
        GO_PANIC_TRIAGE_CONCURRENCY: '1',
        GO_PANIC_TRIAGE_STALL_MS: '15000',
      });
      if (!a) throw new Error('one process');
      for (const run of runs) {
        expect((await deliver(a.url, 'workflow_run', workflowRunEvent(run))).status).toBe(200);
      }
      await until(
        () => held.waiting() === 1,
        20_000,
        () => a.output,
      );
      expect((await queue.getJobCounts('waiting')).waiting).toBe(2);

      await server.restart();
      held.release();
      await until(
        () => oneCommentEach(pulls),
        60_000,
        () => `not all commented after the restart:\n${a.output}`,
      );
      // New work after the restart goes through the same process.
      const [late] = pullsWithRuns([504]);
      if (!late) throw new Error('a run');
      expect((await deliver(a.url, 'workflow_run', workflowRunEvent(late))).status).toBe(200);
      await until(
        async () => oneCommentEach([...pulls, 504]) && (await settled(queue)),
        30_000,
        () => `no comment after the restart:\n${a.output}`,
      );
      expect(a.child.exitCode).toBeNull();
    },
  );
});
