// The GitHub App end to end: the real Probot server (started by `run`, configured by the same
// environment `npm start` reads) on 127.0.0.1, authenticating with a real RSA key against the fake
// GitHub (GHE_HOST/GHE_PROTOCOL=http, so under /api/v3) over real HTTP, fed real webhook payloads
// signed with the webhook secret, and real crash logs and sources.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { ProbotOctokit, run } from 'probot';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { triageApp } from '../../src/app/index.js';
import type { TriageJob } from '../../src/app/jobs.js';
import { InProcessQueue } from '../../src/app/queue.js';
import { parseCommentState } from '../../src/report/comment-markers.js';
import { FakeGitHub, type FakeRun } from '../support/fake-github.js';
import {
  freePort,
  githubTimestamps,
  HEAD_SHA,
  onHelloWorld,
  type Payload,
  pullWithPatch,
  SCENARIOS,
  serveScenarioSources,
  signature,
  webhookExample,
} from '../support/scenario-repo.js';

const APP_ID = 4242;
const INSTALLATION = 42;
const SECRET = 'webhook secret for tests';
const PULL = 2;
const BOT = 'go-panic-triage[bot]';
const CRASH_LOG = readFileSync(join(SCENARIOS, 'logs/cache-mutation-iter-json.log'), 'utf8');

let fake: FakeGitHub;
let server: Awaited<ReturnType<typeof run>>;
let webhookUrl: string;
let queue: InProcessQueue<TriageJob>;
const jobErrors: unknown[] = [];

beforeAll(async () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  fake = new FakeGitHub('Codertocat/Hello-World');
  fake.app = { id: APP_ID, slug: 'go-panic-triage', publicKey };
  fake.commentAuthor = { login: BOT, type: 'Bot' };
  const api = new URL(await fake.start());
  serveScenarioSources(fake);
  const port = await freePort();
  server = await run(
    triageApp({
      settings: {
        maxLogBytes: 8 * 1024 * 1024,
        concurrency: 2,
        perInstallation: { perMinute: 600, burst: 50 },
      },
      queue: (worker, settings) => {
        queue = new InProcessQueue(worker, {
          concurrency: settings.concurrency,
          perInstallation: settings.perInstallation,
          onError: (error) => jobErrors.push(error),
        });
        return queue;
      },
      signals: false,
    }),
    {
      env: {
        APP_ID: String(APP_ID),
        PRIVATE_KEY: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
        WEBHOOK_SECRET: SECRET,
        HOST: '127.0.0.1',
        PORT: String(port),
        GHE_HOST: api.host,
        GHE_PROTOCOL: 'http',
        LOG_LEVEL: 'fatal',
      },
      // Probot's testing advice: no throttling, which spaces comment writes 3 s apart on purpose.
      // A function, because Probot's own throttle options would override a plain object's.
      Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
        ...options,
        throttle: { ...(options.throttle as object), enabled: false },
      })),
    },
  );
  webhookUrl = `http://127.0.0.1:${port}/api/github/webhooks`;
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await fake?.stop();
});

beforeEach(() => {
  fake.reset();
  fake.runs.clear();
  fake.pulls.clear();
  fake.permissions.clear();
  fake.contents.delete('.github/go-panic-triage.yml');
  jobErrors.length = 0;
  fake.pulls.set(PULL, pullWithPatch(PULL));
});

describe('automatic triage of failed runs', () => {
  it('leaves a pull request alone when the failed run is of an older commit than its head', async () => {
    fake.runs.set(520, { ...failedRun(520, { log: CRASH_LOG }), head_sha: 'a'.repeat(40) });
    expect(await deliver('workflow_run', workflowRunEvent(520, [PULL]))).toBe(200);
    await queue.idle();
    expect(jobErrors).toEqual([]);
    expect(commentsOn(PULL)).toEqual([]);
    expect(fake.requests.some((r) => r.path.includes('/actions/jobs/'))).toBe(false);
  });

  it('turns a failed workflow_run into exactly one sticky comment with the findings', async () => {
    fake.runs.set(501, failedRun(501, { log: githubTimestamps(CRASH_LOG) }));
    expect(await deliver('workflow_run', workflowRunEvent(501, [PULL]))).toBe(200);
    await queue.idle();

    expect(jobErrors).toEqual([]);
    const ours = commentsOn(PULL);
    expect(ours).toHaveLength(1);
    const body = ours[0]?.body ?? '';
    expect(body.startsWith('<!-- go-panic-triage key=default -->')).toBe(true);
    expect(body).toContain('fatal error: concurrent map iteration and map write');
    expect(body).toContain('`pkg/controller/endpointslice/controller.go:78`');
    expect(body).toContain('c.serviceLister.Get(namespace, name)');
    expect(body).toContain('`service = service.DeepCopy()`');
    expect(body).toContain('actions/runs/501');
    // The same suggestion the Action posts, anchored inside the PR's hunk.
    expect(fake.reviewComments).toHaveLength(1);
    expect(fake.reviewComments[0]).toMatchObject({
      pull: PULL,
      path: 'pkg/controller/endpointslice/controller.go',
    });
    expect(fake.reviewComments[0]?.body).toMatch(/```suggestion\n[\s\S]*service = service\.DeepCopy\(\)/);
    // Sources were read at the run's commit, through the contents API under /api/v3.
    const sourceReads = fake.requests.filter((r) =>
      decodeURIComponent(r.path).endsWith('/contents/pkg/controller/endpointslice/controller.go'),
    );
    expect(sourceReads.length).toBeGreaterThan(0);
    for (const read of sourceReads) expect(read.query.get('ref')).toBe(HEAD_SHA);
    // Every call went through the installation token; the App JWT only minted it.
    const apiCalls = fake.requests.filter((r) => r.path.startsWith('/repos/'));
    expect(apiCalls.every((r) => r.authorization === 'token ghs_fake_installation_token')).toBe(true);
  });

  it('edits its comment on the next failure instead of adding another', async () => {
    fake.runs.set(502, failedRun(502, { log: CRASH_LOG }));
    await deliver('workflow_run', workflowRunEvent(502, [PULL]));
    await queue.idle();
    fake.runs.set(503, failedRun(503, { log: CRASH_LOG }));
    await deliver('workflow_run', workflowRunEvent(503, [PULL]));
    await queue.idle();
    expect(commentsOn(PULL)).toHaveLength(1);
    expect(commentsOn(PULL)[0]?.body).toContain('actions/runs/503');
  });

  it('answers five concurrent deliveries of one event with one comment', async () => {
    fake.runs.set(504, failedRun(504, { log: CRASH_LOG }));
    const event = workflowRunEvent(504, [PULL]);
    const delivery = randomUUID();
    const statuses = await Promise.all(
      Array.from({ length: 5 }, () => deliver('workflow_run', event, { delivery })),
    );
    await queue.idle();
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(jobErrors).toEqual([]);
    expect(commentsOn(PULL)).toHaveLength(1);
    // One triage: the run's jobs were listed once.
    expect(fake.requests.filter((r) => r.path.endsWith('/actions/runs/504/jobs'))).toHaveLength(1);
  });

  it('finds a fork PR by head owner, branch and commit when pull_requests is empty', async () => {
    const fork = { full_name: 'forker/Hello-World', owner: { login: 'forker' } };
    fake.pulls.set(PULL, { ...pullWithPatch(PULL), head: { sha: HEAD_SHA, ref: 'changes', repo: fork } });
    // Another open PR from the same fork branch, at another commit: not this run's.
    fake.pulls.set(9, {
      ...pullWithPatch(PULL),
      number: 9,
      head: { sha: 'f'.repeat(40), ref: 'changes', repo: fork },
    });
    fake.runs.set(505, { ...failedRun(505, { log: CRASH_LOG }), pull_requests: [], head_repository: fork });
    await deliver('workflow_run', workflowRunEvent(505, [], fork));
    await queue.idle();

    expect(jobErrors).toEqual([]);
    const search = fake.requests.find((r) => r.path === '/repos/Codertocat/Hello-World/pulls');
    expect(search?.query.get('head')).toBe('forker:changes');
    expect(commentsOn(PULL)).toHaveLength(1);
    expect(commentsOn(PULL)[0]?.body).toContain('concurrent map iteration and map write');
    expect(commentsOn(9)).toHaveLength(0);
  });

  it('reads the run-log ZIP when the job logs have expired', async () => {
    const zip = zipSync({
      '0_lint.txt': new TextEncoder().encode('lint ok\n'),
      '1_test.txt': new TextEncoder().encode(githubTimestamps(CRASH_LOG)),
      'test/2_Run go test.txt': new TextEncoder().encode(CRASH_LOG),
    });
    fake.runs.set(506, { ...failedRun(506, {}), zip });
    await deliver('workflow_run', workflowRunEvent(506, [PULL]));
    await queue.idle();

    expect(jobErrors).toEqual([]);
    const body = commentsOn(PULL)[0]?.body ?? '';
    expect(body).toContain('concurrent map iteration and map write');
    expect(body).toContain("log of job 'test' could not be read");
    expect(body).toContain('410 Gone');
  });

  it('says in a comment when the logs are gone, rather than failing silently', async () => {
    fake.runs.set(507, failedRun(507, {}));
    await deliver('workflow_run', workflowRunEvent(507, [PULL]));
    await queue.idle();

    expect(jobErrors).toEqual([]);
    const body = commentsOn(PULL)[0]?.body ?? '';
    expect(body).toContain("log of job 'test' could not be read");
    expect(body).toContain("the run's log archive could not be read either");
  });

  it('says when the logs were cut at the byte cap', async () => {
    const padding = `${'x'.repeat(200)}\n`.repeat(45_000); // ~9 MiB of noise before the crash
    fake.runs.set(508, failedRun(508, { log: padding + CRASH_LOG }));
    fake.contents.set('.github/go-panic-triage.yml', 'comment: always\n');
    await deliver('workflow_run', workflowRunEvent(508, [PULL]));
    await queue.idle();

    expect(jobErrors).toEqual([]);
    expect(commentsOn(PULL)[0]?.body).toContain('the log was cut after');
  });

  it('triages the run of a failed GitHub Actions check run', async () => {
    fake.runs.set(509, failedRun(509, { log: CRASH_LOG }));
    await deliver(
      'check_run',
      checkRunEvent(`https://github.com/Codertocat/Hello-World/actions/runs/509/job/${509 * 10}`),
    );
    await queue.idle();
    expect(jobErrors).toEqual([]);
    expect(commentsOn(PULL)[0]?.body).toContain('actions/runs/509');
  });

  it('maps a check run without a run URL to its run through the jobs API', async () => {
    fake.runs.set(510, failedRun(510, { log: CRASH_LOG }));
    const event = checkRunEvent('https://ci.example.com/somewhere');
    (event.check_run as { id: number }).id = 510 * 10;
    await deliver('check_run', event);
    await queue.idle();
    expect(jobErrors).toEqual([]);
    expect(fake.requests.some((r) => r.path === '/repos/Codertocat/Hello-World/actions/jobs/5100')).toBe(
      true,
    );
    expect(commentsOn(PULL)[0]?.body).toContain('actions/runs/510');
  });

  it('writes nothing for a successful run with no section to clean, nor for other apps’ check runs', async () => {
    fake.runs.set(511, { ...failedRun(511, { log: 'ok\n' }), conclusion: 'success' });
    for (const job of fake.runs.get(511)?.jobs ?? []) job.conclusion = 'success';
    const passed = workflowRunEvent(511, [PULL]);
    (passed.workflow_run as { conclusion: string }).conclusion = 'success';
    const foreign = checkRunEvent('https://github.com/Codertocat/Hello-World/actions/runs/511/job/1');
    (foreign.check_run as { app: { slug: string } }).app.slug = 'octocoders-linter';
    expect(await deliver('workflow_run', passed)).toBe(200);
    expect(await deliver('check_run', foreign)).toBe(200);
    await queue.idle();
    expect(jobErrors).toEqual([]);
    expect(fake.writes()).toEqual([]);
    // A passing run reads no log.
    expect(fake.requests.some((r) => r.path.includes('/logs'))).toBe(false);
  });

  it('puts a broken config’s problems in the comment and goes on with the defaults', async () => {
    fake.contents.set('.github/go-panic-triage.yml', 'coment: always\nmax-findings: 0\n');
    fake.runs.set(512, failedRun(512, { log: CRASH_LOG }));
    await deliver('workflow_run', workflowRunEvent(512, [PULL]));
    await queue.idle();

    // Notes are markdown-escaped in the comment; read them as the reader sees them.
    const body = (commentsOn(PULL)[0]?.body ?? '').replace(/\\/g, '');
    expect(body).toContain('concurrent map iteration and map write');
    expect(body).toMatch(/line 1: 'coment' is not a known setting \(did you mean 'comment'\?\)/);
    expect(body).toMatch(/line 2: 'max-findings' must be a whole number from 1 to 100/);
    // Read from the default branch, whatever branch the run was on.
    const configRead = fake.requests.find((r) =>
      decodeURIComponent(r.path).endsWith('/contents/.github/go-panic-triage.yml'),
    );
    expect(configRead?.query.get('ref')).toBe('main');
  });

  it('writes no comment when the config turns comments off', async () => {
    fake.contents.set('.github/go-panic-triage.yml', 'comment: off\nsuggestions: false\n');
    fake.runs.set(513, failedRun(513, { log: CRASH_LOG }));
    await deliver('workflow_run', workflowRunEvent(513, [PULL]));
    await queue.idle();
    expect(jobErrors).toEqual([]);
    expect(fake.writes()).toEqual([]);
  });
});

describe('one comment for every failing job of a pull request', () => {
  const RACE_LOG = readFileSync(join(SCENARIOS, 'logs/scheme-race-test-v.log'), 'utf8');
  const sections = () =>
    parseCommentState(commentsOn(PULL)[0]?.body ?? '').sections.map((s) => [
      s.label,
      s.sha.slice(0, 7),
      s.status,
      s.causes.length,
    ]);
  const matrixRun = (id: number, conclusion: 'failure' | 'success', log: string): FakeRun => ({
    ...failedRun(id, {}),
    conclusion,
    jobs: ['1.25', '1.26'].map((go, i) => ({
      id: id * 10 + i,
      name: `test (${go})`,
      conclusion,
      log: conclusion === 'failure' ? log : 'ok\n',
    })),
  });

  it('two failing workflows: both crashes in one comment, a section each', async () => {
    fake.runs.set(801, failedRun(801, { log: CRASH_LOG }));
    fake.runs.set(802, { ...failedRun(802, { log: githubTimestamps(RACE_LOG) }), name: 'e2e' });
    await Promise.all([
      deliver('workflow_run', workflowRunEvent(801, [PULL])),
      deliver('workflow_run', workflowRunEvent(802, [PULL])),
    ]);
    await queue.idle();
    expect(jobErrors).toEqual([]);
    expect(commentsOn(PULL)).toHaveLength(1);
    expect(sections()).toEqual([
      ['CI / test', 'ec26c3e', 'findings', 1],
      ['e2e / test', 'ec26c3e', 'findings', 2],
    ]);
    const body = commentsOn(PULL)[0]?.body ?? '';
    expect(body).toContain('### ❌ go-panic-triage: 3 root causes of Go crashes in 2 jobs at `ec26c3e57ca3`');
    expect(body).toContain('| Map written while being iterated |');
    expect(body).toContain('| Data race |');
    expect(body).toContain('[log](https://github.com/Codertocat/Hello-World/actions/runs/802/job/8020)');
  });

  it('a re-run whose logs have expired keeps the diagnosis of the same commit and says why', async () => {
    fake.runs.set(803, failedRun(803, { log: CRASH_LOG }));
    await deliver('workflow_run', workflowRunEvent(803, [PULL]));
    await queue.idle();
    fake.runs.set(804, failedRun(804, {}));
    await deliver('workflow_run', workflowRunEvent(804, [PULL]));
    await queue.idle();
    expect(jobErrors).toEqual([]);
    expect(sections()).toEqual([['CI / test', 'ec26c3e', 'unread', 1]]);
    const body = commentsOn(PULL)[0]?.body ?? '';
    expect(body).toContain('fatal error: concurrent map iteration and map write');
    expect(body).toContain(
      '- ❌ **CI / test**: 1 root cause (#1) (from the earlier run at this commit: the latest run’s logs could not be read)',
    );
    expect(body).toContain("  - log of job 'test' could not be read \\(GET ");
    // The links lead to the run the findings came from.
    expect(body).toContain('[log](https://github.com/Codertocat/Hello-World/actions/runs/803/job/8030)');
  });

  it('matrix legs with the same crash are one root cause; a passing run turns both clean', async () => {
    fake.runs.set(805, matrixRun(805, 'failure', CRASH_LOG));
    await deliver('workflow_run', workflowRunEvent(805, [PULL]));
    await queue.idle();
    const body = commentsOn(PULL)[0]?.body ?? '';
    expect(body.match(/^#### \d+\. /gm)).toEqual(['#### 1. ']);
    expect(body).toContain('**Seen in the 1\\.25 and 1\\.26 legs of CI / test.**');

    fake.runs.set(806, matrixRun(806, 'success', ''));
    const passed = workflowRunEvent(806, [PULL]);
    (passed.workflow_run as { conclusion: string }).conclusion = 'success';
    await deliver('workflow_run', passed);
    await queue.idle();
    expect(jobErrors).toEqual([]);
    expect(commentsOn(PULL)).toHaveLength(1);
    expect(sections()).toEqual([
      ['CI / test (1.25)', 'ec26c3e', 'clean', 0],
      ['CI / test (1.26)', 'ec26c3e', 'clean', 0],
    ]);
    expect(commentsOn(PULL)[0]?.body).toContain('### ✅ go-panic-triage: no Go crashes at `ec26c3e57ca3`');
  });

  it('a new head commit folds the old head’s sections as outdated', async () => {
    const NEW_HEAD = 'c'.repeat(40);
    fake.runs.set(807, { ...failedRun(807, { log: CRASH_LOG }), name: 'e2e' });
    await deliver('workflow_run', workflowRunEvent(807, [PULL]));
    await queue.idle();
    const moved = pullWithPatch(PULL);
    moved.head.sha = NEW_HEAD;
    fake.pulls.set(PULL, moved);
    fake.runs.set(808, { ...failedRun(808, { log: githubTimestamps(RACE_LOG) }), head_sha: NEW_HEAD });
    await deliver('workflow_run', workflowRunEvent(808, [PULL]));
    await queue.idle();
    expect(jobErrors).toEqual([]);
    expect(sections()).toEqual([
      ['CI / test', 'ccccccc', 'findings', 2],
      ['e2e / test', 'ec26c3e', 'findings', 1],
    ]);
    const body = commentsOn(PULL)[0]?.body ?? '';
    expect(body).toContain('### ❌ go-panic-triage: 2 root causes of Go crashes in 1 job at `cccccccccccc`');
    expect(body).toContain('<details><summary>1 job triaged at older commits (outdated)</summary>');
    expect(body).toContain('- **e2e / test** at `ec26c3e57ca3`: Map written while being iterated at');
  });

  it('the config’s comment-key gives the App a comment of its own', async () => {
    fake.contents.set('.github/go-panic-triage.yml', 'comment-key: app\n');
    fake.runs.set(809, failedRun(809, { log: CRASH_LOG }));
    await deliver('workflow_run', workflowRunEvent(809, [PULL]));
    await queue.idle();
    expect(commentsOn(PULL)[0]?.body).toMatch(/^<!-- go-panic-triage key=app -->\n/);
  });
});

describe('/analyze', () => {
  it('from a writer: 👀, then the comment, then 🚀', async () => {
    fake.permissions.set('maintainer', 'write');
    fake.runs.set(601, failedRun(601, { log: CRASH_LOG }));
    const event = commentEvent('/analyze', { login: 'maintainer', type: 'User' });
    expect(await deliver('issue_comment', event)).toBe(200);
    await queue.idle();

    expect(jobErrors).toEqual([]);
    const commentId = (event.comment as { id: number }).id;
    expect(fake.reactions).toEqual([
      { commentId, content: 'eyes' },
      { commentId, content: 'rocket' },
    ]);
    const ours = commentsOn(PULL);
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('concurrent map iteration and map write');
    // The permission came from the collaborator-permission API, not author_association.
    expect(fake.requests.some((r) => r.path.endsWith('/collaborators/maintainer/permission'))).toBe(true);
  });

  it('from a reader: only a polite refusal', async () => {
    fake.permissions.set('passerby', 'read');
    fake.runs.set(602, failedRun(602, { log: CRASH_LOG }));
    await deliver('issue_comment', commentEvent('/analyze', { login: 'passerby', type: 'User' }));
    await queue.idle();

    expect(fake.reactions).toEqual([]);
    const ours = commentsOn(PULL);
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toMatch(/^Sorry, `\/analyze` can only be used by people with write access/);
    expect(fake.requests.some((r) => r.path.includes('/actions/'))).toBe(false);
  });

  it('from a bot: nothing at all', async () => {
    fake.permissions.set('dependabot[bot]', 'write');
    await deliver('issue_comment', commentEvent('/analyze', { login: 'dependabot[bot]', type: 'Bot' }));
    await queue.idle();
    expect(fake.requests).toEqual([]);
  });

  it('ignores comments without a command, and plain issues', async () => {
    await deliver(
      'issue_comment',
      commentEvent('LGTM, but see\n```\n/analyze\n```', { login: 'm', type: 'User' }),
    );
    const onIssue = commentEvent('/analyze', { login: 'm', type: 'User' });
    delete (onIssue.issue as { pull_request?: unknown }).pull_request;
    await deliver('issue_comment', onIssue);
    await queue.idle();
    expect(fake.requests).toEqual([]);
  });

  it('an expired log gives a clear comment and 😕, not a crash', async () => {
    fake.permissions.set('maintainer', 'admin');
    fake.runs.set(603, failedRun(603, {}));
    const event = commentEvent('/analyze', { login: 'maintainer', type: 'User' });
    await deliver('issue_comment', event);
    await queue.idle();

    expect(jobErrors).toEqual([]);
    const body = commentsOn(PULL)[0]?.body ?? '';
    expect(body).toContain("log of job 'test' could not be read");
    expect(body).toContain('410 Gone');
    expect(fake.reactions.map((r) => r.content)).toEqual(['eyes', 'rocket']);
  });

  it('`/analyze <run>` of an older commit comments, but anchors no suggestion on the stale commit', async () => {
    fake.permissions.set('maintainer', 'write');
    fake.runs.set(604, { ...failedRun(604, { log: CRASH_LOG }), head_sha: 'a'.repeat(40) });
    const event = commentEvent('/analyze https://github.com/Codertocat/Hello-World/actions/runs/604', {
      login: 'maintainer',
      type: 'User',
    });
    await deliver('issue_comment', event);
    await queue.idle();

    expect(jobErrors).toEqual([]);
    // Shown at its own commit, folded with the outdated jobs: the head has moved on.
    const body = commentsOn(PULL)[0]?.body ?? '';
    expect(body).toContain('triaged at older commits (outdated)');
    expect(body).toContain('- **CI / test** at `aaaaaaaaaaaa`: Map written while being iterated at');
    expect(fake.reviews).toEqual([]);
    expect(fake.reactions.map((r) => r.content)).toEqual(['eyes', 'rocket']);
  });

  it('`/analyze help` explains the command', async () => {
    await deliver('issue_comment', commentEvent('/analyze help', { login: 'anyone', type: 'User' }));
    await queue.idle();
    expect(commentsOn(PULL)[0]?.body).toMatch(/^`\/analyze` triages the latest failed workflow run/);
  });
});

describe('webhook signatures', () => {
  it.each([
    ['a forged signature', `sha256=${'0'.repeat(64)}`],
    ['a signature made with another secret', 'other secret'],
    ['no signature', undefined],
  ] as const)('rejects %s with 400 and does no work', async (_what, signature) => {
    fake.runs.set(701, failedRun(701, { log: CRASH_LOG }));
    const code = await deliver('workflow_run', workflowRunEvent(701, [PULL]), { signature });
    await queue.idle();
    expect(code).toBe(400);
    expect(fake.requests).toEqual([]);
    expect(queue.size).toBe(0);
  });
});

// ---- payloads, built from @octokit/webhooks-examples ----

/** An example payload, delivered to our installation. */
function example(name: string, pick: (p: Payload) => boolean): Payload {
  return {
    ...webhookExample(name, pick),
    installation: { id: INSTALLATION, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNDI=' },
  };
}

function workflowRunEvent(
  runId: number,
  pulls: number[],
  headRepo = { full_name: 'Codertocat/Hello-World', owner: { login: 'Codertocat' } },
): Payload {
  const payload = example('workflow_run', (p) => p.action === 'completed' && onHelloWorld(p));
  const run = payload.workflow_run as Payload;
  Object.assign(run, {
    id: runId,
    status: 'completed',
    conclusion: 'failure',
    event: 'pull_request',
    head_sha: HEAD_SHA,
    head_branch: 'changes',
    pull_requests: pulls.map((number) => ({
      number,
      head: { ref: 'changes', sha: HEAD_SHA },
      base: { ref: 'master', sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e' },
    })),
  });
  (run.head_repository as Payload).full_name = headRepo.full_name;
  ((run.head_repository as Payload).owner as Payload).login = headRepo.owner.login;
  return payload;
}

function checkRunEvent(detailsUrl: string): Payload {
  const payload = example(
    'check_run',
    (p) => p.action === 'completed' && (p.check_run as { conclusion: string }).conclusion === 'failure',
  );
  Object.assign(payload.check_run as Payload, { details_url: detailsUrl, head_sha: HEAD_SHA });
  return payload;
}

let nextCommentId = 9_000;

function commentEvent(body: string, user: { login: string; type: 'User' | 'Bot' }): Payload {
  const payload = example('issue_comment', (p) => p.action === 'created' && onHelloWorld(p));
  const issue = payload.issue as Payload;
  issue.number = PULL;
  issue.pull_request = { url: `https://api.github.com/repos/Codertocat/Hello-World/pulls/${PULL}` };
  Object.assign(payload.comment as Payload, { id: nextCommentId++, body });
  Object.assign((payload.comment as Payload).user as Payload, user);
  Object.assign(payload.sender as Payload, user);
  return payload;
}

// ---- the fake repository ----

function failedRun(id: number, test: { log?: string }): FakeRun {
  return {
    id,
    head_sha: HEAD_SHA,
    head_branch: 'changes',
    conclusion: 'failure',
    status: 'completed',
    event: 'pull_request',
    pull_requests: [{ number: PULL }],
    head_repository: { full_name: 'Codertocat/Hello-World', owner: { login: 'Codertocat' } },
    jobs: [
      { id: id * 10 + 1, name: 'lint', conclusion: 'success', log: 'lint ok\n' },
      { id: id * 10, name: 'test', conclusion: 'failure', ...(test.log !== undefined && { log: test.log }) },
    ],
  };
}

function commentsOn(issue: number) {
  return fake.comments.filter((c) => c.issue === issue && c.user.login === BOT);
}

// ---- HTTP ----

async function deliver(
  event: string,
  payload: Payload,
  options: { delivery?: string; signature?: string | undefined } = { signature: SECRET },
): Promise<number> {
  const body = JSON.stringify(payload);
  const secret = 'signature' in options ? options.signature : SECRET;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-github-event': event,
    'x-github-delivery': options.delivery ?? randomUUID(),
  };
  if (secret !== undefined) {
    headers['x-hub-signature-256'] = secret.startsWith('sha256=') ? secret : signature(body, secret);
  }
  const response = await fetch(webhookUrl, { method: 'POST', headers, body });
  await response.arrayBuffer();
  return response.status;
}
