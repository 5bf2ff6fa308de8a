#!/usr/bin/env node
// npm run bench:app [-- --rate 50 --seconds 10 --no-measures]
//
// A report, not a test: the App as `npm start` runs it (probot run ./dist/app.js), on a Redis of its
// own (redis-server on a free loopback port, no persistence, in a temporary directory), against the
// fake GitHub of the tests, fed signed webhook deliveries. It prints figures and exits 0 unless a
// comment was lost or doubled or a delivery was refused.
//
// Load: one process, two processes, then one webhook-only process (GO_PANIC_TRIAGE_CONCURRENCY=0)
// with one worker process. Deliveries at a fixed rate (open loop: one every 1/rate s, whatever the
// answers), round-robin over the processes that take webhooks: `workflow_run` events of 40 failed runs on 20 pull
// requests (two runs each), each delivered many times (redeliveries). Prints the webhook
// acknowledgement latency p50/p99/max (target: p99 < 100 ms at 50 deliveries/s), the jobs run and
// their rate from the first delivery to the last comment, the peak RSS of each process (VmHWM), and
// the pull requests left with no comment or with two.
//
// Measures (issue 11): two processes, 20 pull requests (5 with two failing workflows), each run
// delivered to both processes, one process SIGKILLed while it runs jobs: how many pull requests end
// with exactly one comment.
//
// End-to-end job rate is bounded by Probot's own request throttling (plugin-throttling, counted per
// installation for all processes together in Redis): one write a second, one comment creation every
// 3 s. That is GitHub's advice against secondary rate limits: for the one installation here, a second
// process adds availability and triage CPU, not comments per second.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    rate: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    'no-measures': { type: 'boolean', default: false },
    'no-load': { type: 'boolean', default: false },
  },
});
const RATE = Number(args.rate);
const SECONDS = Number(args.seconds);
/** Numbers each load configuration's pull requests apart. */
let configuration = 0;

// The tests' harness is TypeScript: bundled once into bench/out (its ROOT resolves two levels up).
const harness = join(ROOT, 'bench/out/app-cluster.mjs');
await build({
  entryPoints: [join(ROOT, 'test/support/app-cluster.ts')],
  outfile: harness,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const cluster = await import(harness);
const { AppProcess, RedisServer, appIdentity, commentsOn, deliver, failedRun, plainPull, workflowRunEvent } =
  cluster;

console.log('building dist/ …');
await import(join(ROOT, 'scripts/build.mjs'));

if (!RedisServer.available()) {
  console.error('redis-server is not installed (Debian: apt-get install -y redis-server)');
  process.exit(2);
}
const redis = await RedisServer.start({ aof: false });
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const identity = appIdentity();
const fake = await cluster.startFakeGitHub(identity);
let failed = false;
const everyApp = [];

try {
  if (!args['no-load']) {
    await load('1 process', [{}]);
    await load('2 processes', [{}, {}]);
    await load('1 webhook-only process + 1 worker', [{ GO_PANIC_TRIAGE_CONCURRENCY: '0' }, {}]);
  }
  if (!args['no-measures']) await measures();
} finally {
  for (const app of everyApp) app.kill('SIGKILL'); // those still up after a failure
  await fake.stop();
  await redis.dispose();
  rmSync(harness, { force: true });
}
process.exit(failed ? 1 : 0);

async function load(name, envs) {
  configuration++;
  const pulls = Array.from({ length: 20 }, (_, i) => 1000 * configuration + i + 1);
  const runs = setUp(pulls, (pull) => [pull * 10, pull * 10 + 1]);
  const events = runs.map((run) => workflowRunEvent(run));
  const { apps, queue } = await startCluster(envs);
  const front = apps.filter((_, i) => envs[i].GO_PANIC_TRIAGE_CONCURRENCY === '0');
  const takers = front.length > 0 ? front : apps;
  const deliveries = Math.round(RATE * SECONDS);
  console.log(
    `\nload: ${name}, ${deliveries} deliveries at ${RATE}/s of ${runs.length} runs on ${pulls.length} PRs`,
  );
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: deliveries }, async (_, i) => {
      await sleepUntil(started + (i * 1000) / RATE);
      return deliver(takers[i % takers.length].url, 'workflow_run', events[i % events.length]);
    }),
  );
  const sent = performance.now() - started;
  await waitFor(() => settled(queue, pulls), 600_000);
  const elapsed = performance.now() - started;
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
  const completed = (await queue.getJobCounts('completed')).completed;
  const refused = answers.filter((a) => a.status !== 200).length;
  const { lost, doubled } = tally(pulls);
  console.log(
    `  sent in ${(sent / 1000).toFixed(1)} s (${(deliveries / (sent / 1000)).toFixed(1)}/s); refused: ${refused}`,
  );
  console.log(
    `  ack latency: p50 ${pct(ms, 50).toFixed(1)} ms, p99 ${pct(ms, 99).toFixed(1)} ms, max ${ms.at(-1).toFixed(1)} ms` +
      `  [target p99 < 100 ms: ${pct(ms, 99) < 100 ? 'PASS' : 'MISS'}]`,
  );
  console.log(
    `  jobs: ${completed} run (of ${deliveries} deliveries), ${(completed / (elapsed / 1000)).toFixed(2)} jobs/s end to end (${(elapsed / 1000).toFixed(1)} s to the last comment)`,
  );
  console.log(`  peak RSS: ${apps.map((a) => `${(a.peakRss() / 2 ** 20).toFixed(0)} MiB`).join(', ')}`);
  console.log(
    `  comments: ${pulls.length - lost.length}/${pulls.length} PRs; lost ${lost.length}, doubled ${doubled.length}`,
  );
  if (refused || lost.length || doubled.length) failed = true;
  await stop(apps, queue);
}

async function measures() {
  const pulls = Array.from({ length: 20 }, (_, i) => 3001 + i);
  // Five pull requests have two failing workflows: two runs, two jobs, one comment.
  const runs = setUp(pulls, (pull, i) => (i < 5 ? [pull * 10, pull * 10 + 1] : [pull * 10]));
  const { apps, queue } = await startCluster([{}, {}]);
  const [a, b] = apps;
  console.log(
    `\nmeasures: 2 processes, ${pulls.length} PRs (5 with two failing workflows), ${runs.length} runs, each delivered to both`,
  );
  const answers = await Promise.all(
    runs.flatMap((run) => [a, b].map((app) => deliver(app.url, 'workflow_run', workflowRunEvent(run)))),
  );
  // SIGKILL the first process while it runs jobs (and holds pull requests' locks).
  await waitFor(
    async () => (await queue.getActive()).some((j) => j.processedBy?.endsWith(`:${a.pid}`)),
    60_000,
  );
  const inFlight = (await queue.getActive()).filter((j) => j.processedBy?.endsWith(`:${a.pid}`)).length;
  const commentedBefore = pulls.filter((p) => commentsOn(fake, p).length > 0).length;
  a.kill('SIGKILL');
  await a.exited;
  const killedAt = performance.now();
  await waitFor(() => settled(queue, pulls), 600_000);
  const { lost, doubled } = tally(pulls);
  const acked = answers.filter((x) => x.status === 200).length;
  console.log(
    `  SIGKILLed process ${a.pid} with ${inFlight} job(s) in flight (${commentedBefore} PRs commented by then)`,
  );
  console.log(`  webhooks acknowledged: ${acked}/${answers.length}`);
  console.log(
    `  commented: ${pulls.length - lost.length}/${pulls.length}; lost ${lost.length}; with two comments ${doubled.length}` +
      ` (${((performance.now() - killedAt) / 1000).toFixed(1)} s after the kill)`,
  );
  console.log(
    `  jobs completed: ${(await queue.getJobCounts('completed')).completed}/${runs.length}; failed: ${(await queue.getJobCounts('failed')).failed}`,
  );
  if (acked !== answers.length || lost.length || doubled.length) failed = true;
  await stop([b], queue);
}

// ---- helpers ----

function setUp(pulls, runIdsOf) {
  fake.reset();
  return pulls.flatMap((pull, i) => {
    fake.pulls.set(pull, plainPull(pull));
    return runIdsOf(pull, i).map((id) => {
      const run = failedRun(id, pull);
      fake.runs.set(id, run);
      return run;
    });
  });
}

async function startCluster(envs) {
  const prefix = `bench-${randomUUID().slice(0, 8)}`;
  const apps = await Promise.all(
    envs.map((env) =>
      AppProcess.start({
        identity,
        api: fake.url,
        env: {
          REDIS_URL: redis.url,
          GO_PANIC_TRIAGE_REDIS_PREFIX: prefix,
          GO_PANIC_TRIAGE_STALL_MS: '5000',
          GO_PANIC_TRIAGE_JOBS_PER_MINUTE: '6000',
          GO_PANIC_TRIAGE_JOBS_BURST: '1000',
          ...env,
        },
      }),
    ),
  );
  everyApp.push(...apps);
  return { apps, queue: new Queue('triage', { connection: { url: redis.url }, prefix }) };
}

async function stop(apps, queue) {
  for (const app of apps) {
    app.kill('SIGTERM');
    await app.exited;
  }
  await queue.close();
}

async function settled(queue, pulls) {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
  return Object.values(counts).every((n) => n === 0) && pulls.every((p) => commentsOn(fake, p).length > 0);
}

function tally(pulls) {
  return {
    lost: pulls.filter((p) => commentsOn(fake, p).length === 0),
    doubled: pulls.filter((p) => commentsOn(fake, p).length > 1),
  };
}

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function waitFor(done, ms) {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function sleepUntil(at) {
  return new Promise((r) => setTimeout(r, Math.max(0, at - performance.now())));
}
