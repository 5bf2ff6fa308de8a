// Several real App processes (`npm start`: Probot's CLI running the bundled dist/app.js) sharing one
// real Redis, against the fake GitHub: for the Redis tests and `npm run bench:app`. A Redis server
// of our own runs from the `redis-server` binary on a free loopback port, in a temporary directory.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync, type KeyObject, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type FakeComment, FakeGitHub, type FakePull, type FakeRun } from './fake-github.js';
import {
  freePort,
  HEAD_SHA,
  onHelloWorld,
  type Payload,
  ROOT,
  serveScenarioSources,
  signature,
  webhookExample,
} from './scenario-repo.js';

export const WEBHOOK_SECRET = 'cluster test secret';

/** The Redis the tests were given (.ci/run starts one), or why there is none. */
export function testRedis(): { url: string } | { missing: string } {
  const url = process.env.TEST_REDIS_URL?.trim();
  if (url) return { url };
  const missing = 'no TEST_REDIS_URL: the Redis tests are SKIPPED (bash .ci/run starts a Redis and sets it)';
  if (process.env.CI === 'true') throw new Error(`${missing}; in CI a missing Redis is a failure`);
  return { missing };
}

/** `redis-server` on 127.0.0.1: no snapshots; AOF on request, in its own temporary directory. */
export class RedisServer {
  private process: ChildProcess | undefined;
  readonly dir = mkdtempSync(join(tmpdir(), 'gpt-redis-'));
  url = '';

  private constructor(
    private readonly port: number,
    private readonly aof: boolean,
  ) {
    this.url = `redis://127.0.0.1:${port}`;
  }

  static available(): boolean {
    return spawnSync('redis-server', ['--version']).status === 0;
  }

  static async start(options: { aof: boolean }): Promise<RedisServer> {
    const server = new RedisServer(await freePort(), options.aof);
    await server.run();
    return server;
  }

  /** Stops it as a crash would not: `SHUTDOWN` flushes the AOF, like a clean restart of the service. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.run();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async run(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--dir', this.dir];
    args.push('--appendonly', this.aof ? 'yes' : 'no', '--appendfsync', 'always');
    const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', () => reject(new Error(`redis-server exited:\n${output}`)));
    });
  }
}

export interface AppIdentity {
  appId: number;
  privateKey: string;
  publicKey: KeyObject;
}

export function appIdentity(appId = 4343): AppIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { appId, privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), publicKey };
}

/** One `probot run ./dist/app.js`, as `npm start` runs it, configured by its environment only. */
export class AppProcess {
  output = '';
  readonly url: string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    readonly child: ChildProcess,
    port: number,
  ) {
    this.url = `http://127.0.0.1:${port}/api/github/webhooks`;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
  }

  static async start(options: {
    identity: AppIdentity;
    api: string;
    env: Record<string, string>;
  }): Promise<AppProcess> {
    const port = await freePort();
    const api = new URL(options.api);
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/probot/bin/probot.js'), 'run', join(ROOT, 'dist/app.js')],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          APP_ID: String(options.identity.appId),
          PRIVATE_KEY: options.identity.privateKey,
          WEBHOOK_SECRET,
          HOST: '127.0.0.1',
          PORT: String(port),
          GHE_HOST: api.host,
          GHE_PROTOCOL: 'http',
          LOG_LEVEL: 'info',
          ...options.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const app = new AppProcess(child, port);
    try {
      await until(
        () => app.output.includes('Listening on'),
        30_000,
        () => `probot did not start:\n${app.output}`,
        () => child.exitCode !== null,
      );
    } catch (error) {
      child.kill('SIGKILL'); // never leave a half-started server behind
      throw error;
    }
    return app;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** The kernel's high-water mark of this process's resident memory, in bytes. */
  peakRss(): number {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  }

  kill(signal: NodeJS.Signals): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
  }
}

/** A signed webhook delivery; resolves to the status and how long the App took to answer. */
export async function deliver(
  url: string,
  event: string,
  payload: unknown,
  delivery = randomUUID(),
): Promise<{ status: number; ms: number }> {
  const body = JSON.stringify(payload);
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': delivery,
      'x-hub-signature-256': signature(body, WEBHOOK_SECRET),
    },
    body,
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

export async function until(
  done: () => boolean | Promise<boolean>,
  ms: number,
  why: () => string,
  dead: () => boolean = () => false,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline || dead()) throw new Error(why());
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---- a repository with many pull requests, each with failed runs ----

export const INSTALLATION = 42;
export const CRASH_LOG = readFileSync(
  join(ROOT, 'test/fixtures/scenarios/logs/cache-mutation-iter-json.log'),
  'utf8',
);

/** Pull request `number` at HEAD_SHA with no changed Go file: a comment, and no review to post. */
export function plainPull(number: number): FakePull {
  return {
    number,
    state: 'open',
    head: {
      sha: HEAD_SHA,
      ref: `change-${number}`,
      repo: { full_name: 'Codertocat/Hello-World', owner: { login: 'Codertocat' } },
    },
    base: { ref: 'master', repo: { full_name: 'Codertocat/Hello-World' } },
    files: [],
  };
}

/** A failed run of `pull` whose `test` job printed the EndpointSlice crash. */
export function failedRun(id: number, pull: number): FakeRun {
  return {
    id,
    head_sha: HEAD_SHA,
    head_branch: `change-${pull}`,
    conclusion: 'failure',
    status: 'completed',
    event: 'pull_request',
    pull_requests: [{ number: pull }],
    head_repository: { full_name: 'Codertocat/Hello-World', owner: { login: 'Codertocat' } },
    jobs: [{ id: id * 10, name: 'test', conclusion: 'failure', log: CRASH_LOG }],
  };
}

/** `workflow_run.completed` (failure) of `run`, as GitHub sends it to our installation. */
export function workflowRunEvent(run: FakeRun, attempt = 1): Payload {
  const payload = webhookExample('workflow_run', (p) => p.action === 'completed' && onHelloWorld(p));
  payload.installation = { id: INSTALLATION };
  Object.assign(payload.workflow_run as Payload, {
    id: run.id,
    run_attempt: attempt,
    status: 'completed',
    conclusion: 'failure',
    event: 'pull_request',
    head_sha: run.head_sha,
    head_branch: run.head_branch,
    pull_requests: run.pull_requests.map(({ number }) => ({
      number,
      head: { ref: run.head_branch, sha: run.head_sha },
      base: { ref: 'master', sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e' },
    })),
  });
  return payload;
}

/** Our comments on `pull`, by the App's bot. */
export function commentsOn(fake: FakeGitHub, pull: number): FakeComment[] {
  return fake.comments.filter((c) => c.issue === pull && c.user.login === BOT);
}

export const BOT = 'go-panic-triage[bot]';

/** A fake GitHub for `identity`'s App, serving the scenario module's sources. */
export async function startFakeGitHub(identity: AppIdentity): Promise<FakeGitHub> {
  const fake = new FakeGitHub('Codertocat/Hello-World');
  fake.app = { id: identity.appId, slug: 'go-panic-triage', publicKey: identity.publicKey };
  fake.commentAuthor = { login: BOT, type: 'Bot' };
  await fake.start();
  serveScenarioSources(fake);
  return fake;
}
