// `npm start` for real: Probot's own CLI (`probot run`) in a child process loads the bundled App,
// reads its configuration from the environment only, and answers a signed webhook with a comment
// on the fake GitHub (over GHE_HOST, so under /api/v3). The bundle is built like dist/app.js, into a
// temporary directory, so this test never races another one rebuilding dist/.
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeGitHub } from '../support/fake-github.js';
import {
  freePort,
  HEAD_SHA,
  onHelloWorld,
  type Payload,
  ROOT,
  SCENARIOS,
  serveScenarioSources,
  signature,
  webhookExample,
} from '../support/scenario-repo.js';

const SECRET = 'bundle test secret';
const BOT = 'go-panic-triage[bot]';

let fake: FakeGitHub;
let probot: ChildProcess;
let output = '';
let port = 0;

beforeAll(async () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  fake = new FakeGitHub('Codertocat/Hello-World');
  fake.app = { id: 77, slug: 'go-panic-triage', publicKey };
  fake.commentAuthor = { login: BOT, type: 'Bot' };
  const api = new URL(await fake.start());
  serveScenarioSources(fake);
  fake.pulls.set(2, {
    number: 2,
    state: 'open',
    head: {
      sha: HEAD_SHA,
      ref: 'changes',
      repo: { full_name: 'Codertocat/Hello-World', owner: { login: 'Codertocat' } },
    },
    base: { ref: 'main', repo: { full_name: 'Codertocat/Hello-World' } },
    files: [],
  });
  fake.runs.set(800, {
    id: 800,
    head_sha: HEAD_SHA,
    head_branch: 'changes',
    conclusion: 'failure',
    status: 'completed',
    event: 'pull_request',
    pull_requests: [{ number: 2 }],
    head_repository: { full_name: 'Codertocat/Hello-World', owner: { login: 'Codertocat' } },
    jobs: [
      {
        id: 8000,
        name: 'test',
        conclusion: 'failure',
        log: readFileSync(join(SCENARIOS, 'logs/cache-mutation-iter-json.log'), 'utf8'),
      },
    ],
  });

  port = await freePort();
  probot = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/probot/bin/probot.js'), 'run', join(ROOT, 'dist/app.js')],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        APP_ID: '77',
        PRIVATE_KEY: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
        WEBHOOK_SECRET: SECRET,
        HOST: '127.0.0.1',
        PORT: String(port),
        GHE_HOST: api.host,
        GHE_PROTOCOL: 'http',
        LOG_LEVEL: 'info',
        GO_PANIC_TRIAGE_CONCURRENCY: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  probot.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  probot.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await until(
    () => output.includes('Listening on'),
    20_000,
    () => `probot did not start:\n${output}`,
  );
}, 60_000);

afterAll(async () => {
  // SIGKILL: SIGTERM would let the App drain its queue for up to 25 s, holding connections the
  // fake's close waits for. Wait for the exit, so no server outlives the test.
  if (probot && probot.exitCode === null && probot.signalCode === null) {
    const exited = new Promise((resolve) => probot.once('exit', resolve));
    probot.kill('SIGKILL');
    await exited;
  }
  await fake?.stop();
});

it('npm start: probot run serves the bundled App, which comments on a failed run', async () => {
  const payload = webhookExample(
    'workflow_run',
    (p) => p.action === 'completed' && onHelloWorld(p),
  ) as Payload & {
    workflow_run: Payload;
  };
  payload.installation = { id: 7 };
  Object.assign(payload.workflow_run, {
    id: 800,
    conclusion: 'failure',
    head_sha: HEAD_SHA,
    pull_requests: [
      { number: 2, head: { ref: 'changes', sha: HEAD_SHA }, base: { ref: 'main', sha: HEAD_SHA } },
    ],
  });
  const body = JSON.stringify(payload);
  const response = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'workflow_run',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': signature(body, SECRET),
    },
    body,
  });
  expect(response.status).toBe(200);

  await until(
    () => fake.comments.length > 0,
    30_000,
    () => `no comment; probot said:\n${output}`,
  );
  expect(fake.comments).toHaveLength(1);
  expect(fake.comments[0]?.user.login).toBe(BOT);
  expect(fake.comments[0]?.body).toContain('fatal error: concurrent map iteration and map write');
  expect(fake.comments[0]?.body).toContain('`pkg/controller/endpointslice/controller.go:78`');
});

async function until(done: () => boolean, ms: number, why: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline || probot.exitCode !== null) throw new Error(why());
    await new Promise((r) => setTimeout(r, 50));
  }
}
