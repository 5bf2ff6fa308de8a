// `npm start` for real: Probot's own CLI (`probot run`) in a child process loads the bundled App,
// reads its configuration from the environment only, and answers a signed webhook with a comment
// on the fake GitHub (over GHE_HOST, so under /api/v3). The bundle is built like dist/app.js, into a
// temporary directory, so this test never races another one rebuilding dist/.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import examples from '@octokit/webhooks-examples';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeGitHub } from '../support/fake-github.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SCENARIOS = join(ROOT, 'test/fixtures/scenarios');
const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const SECRET = 'bundle test secret';
const BOT = 'go-panic-triage[bot]';

let fake: FakeGitHub;
let probot: ChildProcess;
let output = '';
let port = 0;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'gpt-app-'));
  await build({
    entryPoints: { app: join(ROOT, 'src/app/index.ts') },
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: {
      js: "import { createRequire as __gptCreateRequire } from 'node:module'; const require = __gptCreateRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  const require = createRequire(import.meta.url);
  for (const wasm of [
    join(dirname(require.resolve('web-tree-sitter')), 'tree-sitter.wasm'),
    require.resolve('tree-sitter-go/tree-sitter-go.wasm'),
  ]) {
    copyFileSync(wasm, join(out, basename(wasm)));
  }

  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  fake = new FakeGitHub('Codertocat/Hello-World');
  fake.app = { id: 77, slug: 'go-panic-triage', publicKey };
  fake.commentAuthor = { login: BOT, type: 'Bot' };
  const api = new URL(await fake.start());
  for (const file of walk(join(SCENARIOS, 'src'))) {
    fake.contents.set(relative(join(SCENARIOS, 'src'), file), readFileSync(file, 'utf8'));
  }
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
    [join(ROOT, 'node_modules/probot/bin/probot.js'), 'run', join(out, 'app.js')],
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
  probot?.kill();
  await fake?.stop();
});

it('npm start: probot run serves the bundled App, which comments on a failed run', async () => {
  const group = (examples as unknown as { name: string; examples: Record<string, unknown>[] }[]).find(
    (e) => e.name === 'workflow_run',
  );
  const payload = structuredClone(
    group?.examples.find(
      (p) =>
        p.action === 'completed' &&
        (p.repository as { full_name: string }).full_name === 'Codertocat/Hello-World',
    ),
  ) as Record<string, unknown> & { workflow_run: Record<string, unknown> };
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
      'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`,
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

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const found = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(found));
    });
  });
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
