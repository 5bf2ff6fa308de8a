// The bundled Action (dist/action.js) in a child process, with the environment a runner gives it,
// against the fake GitHub over real HTTP, with real webhook payloads and real crash logs.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCommentState } from '../../src/report/comment-markers.js';
import { FakeGitHub } from '../support/fake-github.js';
import {
  githubTimestamps,
  HEAD_SHA,
  onHelloWorld,
  pullWithPatch,
  ROOT,
  SCENARIOS,
  serveScenarioSources,
  webhookExample,
} from '../support/scenario-repo.js';

const PULL = 2;

let fake: FakeGitHub;

beforeAll(async () => {
  fake = new FakeGitHub('Codertocat/Hello-World');
  await fake.start();
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.reset();
  fake.pulls.set(PULL, pullWithPatch(PULL));
});

/** A real payload from @octokit/webhooks-examples. */
function example(name: string, action: string): Record<string, unknown> {
  return webhookExample(name, (p) => p.action === action && onHelloWorld(p));
}

/** `pull_request.opened`, pointed at our PR and head commit. */
function pullRequestEvent(headSha = HEAD_SHA): unknown {
  const payload = example('pull_request', 'opened') as {
    number: number;
    pull_request: { number: number; head: { sha: string } };
  };
  payload.number = PULL;
  payload.pull_request.number = PULL;
  payload.pull_request.head.sha = headSha;
  return payload;
}

/** `issue_comment.created` on our PR, by `login`. */
function commentEvent(body: string, login: string): unknown {
  const payload = example('issue_comment', 'created') as {
    issue: { number: number; pull_request?: unknown };
    comment: { id: number; body: string; user: { login: string; type: string } };
  };
  payload.issue.number = PULL;
  payload.issue.pull_request = { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/2' };
  payload.comment.body = body;
  payload.comment.user.login = login;
  payload.comment.user.type = 'User';
  return payload;
}

/** `workflow_run.completed` for a failed run. */
function workflowRunEvent(runId: number): unknown {
  const payload = example('workflow_run', 'completed') as {
    workflow_run: { id: number; conclusion: string };
  };
  payload.workflow_run.id = runId;
  payload.workflow_run.conclusion = 'failure';
  return payload;
}

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

interface RunOptions {
  event?: { name: string; payload: unknown };
  /** More of the runner's variables (GITHUB_WORKFLOW, GITHUB_JOB, GITHUB_RUN_ID). */
  env?: Record<string, string>;
}

/** Runs dist/action.js the way the runner does: INPUT_* variables, event file, output files. */
async function runAction(
  logs: string[],
  inputs: Record<string, string> = {},
  options: RunOptions = {},
): Promise<ActionRun> {
  const event = options.event ?? { name: 'pull_request', payload: pullRequestEvent() };
  const dir = mkdtempSync(join(tmpdir(), 'gpt-action-'));
  const workspace = join(dir, 'workspace');
  cpSync(join(SCENARIOS, 'src'), workspace, { recursive: true });
  mkdirSync(join(workspace, 'logs'));
  for (const [i, log] of logs.entries()) writeFileSync(join(workspace, 'logs', `go-test-${i}.log`), log);
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: fake.url,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: 'merge0000000000000000000000000000000000000',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: join(dir, 'tmp'),
    'INPUT_LOG-PATH': 'logs/*.log',
    'INPUT_GITHUB-TOKEN': 'ghs_test_token',
    INPUT_COMMENT: 'on-findings',
    INPUT_SUGGESTIONS: 'true',
    INPUT_ANNOTATIONS: 'true',
    'INPUT_JOB-SUMMARY': 'true',
    'INPUT_FAIL-ON-FINDINGS': 'false',
    INPUT_CONFIG: '.github/go-panic-triage.yml',
  };
  Object.assign(env, options.env);
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((done) => {
    execFile('node', [join(ROOT, 'dist/action.js')], { cwd: workspace, env }, (error, out, err) => {
      if (err) throw new Error(`the Action wrote to stderr: ${err}`);
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: out });
    });
  });
  return {
    code,
    stdout,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
  };
}

/** GITHUB_OUTPUT's `name<<delimiter` heredoc format. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m?.[1]) continue;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i] ?? '');
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

const crashLog = readFileSync(join(SCENARIOS, 'logs/cache-mutation-iter-json.log'), 'utf8');
const passingLog = readFileSync(join(SCENARIOS, 'logs/passing-sets-v.log'), 'utf8');

describe('the Action on a pull request', { timeout: 180_000 }, () => {
  it('comments once, edits the comment on the next run, and marks it clean when the crash is gone', async () => {
    const first = await runAction([crashLog]);
    expect(first.code).toBe(0);
    expect(first.outputs.findings).toBe('1');
    expect(fake.comments).toHaveLength(1);
    const [comment] = fake.comments;
    expect(comment?.body).toMatch(/^<!-- go-panic-triage key=default -->\n/);
    expect(comment?.body).toContain('fatal error: concurrent map iteration and map write');
    expect(first.outputs['comment-url']).toBe(comment?.html_url);
    expect(first.summary).toContain('concurrent map iteration and map write');
    expect(first.stdout).toContain('::error title=');

    expect(fake.reviewComments.map((c) => [c.path, c.line])).toEqual([
      ['pkg/controller/endpointslice/controller.go', 70],
    ]);
    expect(fake.reviewComments[0]?.body).toContain(
      '```suggestion\n\tservice, ok := c.serviceLister.Get(namespace, name)\n\tservice = service.DeepCopy()\n```',
    );

    await runAction([crashLog]);
    expect(fake.comments).toHaveLength(1);
    expect(fake.writes().filter((r) => r.method === 'PATCH')).toHaveLength(1);
    // The same suggestion is not posted again.
    expect(fake.reviews).toHaveLength(1);

    const clean = await runAction([passingLog]);
    expect(clean.outputs.findings).toBe('0');
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]?.body).toContain('no Go crashes');
  });

  it('posts no suggestion when the fix line is outside the diff', async () => {
    const pull = pullWithPatch(PULL);
    for (const f of pull.files)
      f.patch = (f.patch ?? '').replace('@@ -66,13 +66,14 @@', '@@ -166,13 +166,14 @@');
    fake.pulls.set(PULL, pull);
    await runAction([crashLog]);
    expect(fake.comments).toHaveLength(1);
    expect(fake.reviews).toHaveLength(0);
  });

  it('posts no suggestion when the checkout (the merge commit) and the PR head disagree on the line', async () => {
    // The base branch gained a line above the hunk since the PR was opened: the merge commit the run
    // built (the checkout, and the log's line numbers) has every line one below the head's.
    const pull = pullWithPatch(PULL);
    for (const f of pull.files)
      f.patch = (f.patch ?? '').replace('@@ -66,13 +66,14 @@', '@@ -66,13 +65,14 @@');
    fake.pulls.set(PULL, pull);
    await runAction([crashLog]);
    expect(fake.comments).toHaveLength(1);
    expect(fake.reviews).toHaveLength(0);
  });

  it('does not open a comment for a clean first run', async () => {
    const clean = await runAction([passingLog]);
    expect(clean.code).toBe(0);
    expect(fake.comments).toHaveLength(0);
  });

  it('leaves a notice and the summary when the token cannot comment (a fork), and exits as configured', async () => {
    fake.fail('POST', /\/issues\/2\/comments$/, 403, 5, 'Resource not accessible by integration');
    const run = await runAction([crashLog]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('403 Resource not accessible by integration');
    expect(run.stdout).toContain('workflow_run');
    expect(run.summary).toContain('concurrent map iteration and map write');

    fake.fail('POST', /\/issues\/2\/comments$/, 403, 5, 'Resource not accessible by integration');
    const failing = await runAction([crashLog], { 'fail-on-findings': 'true' });
    expect(failing.code).toBe(1);
  });

  it('retries a server error on the comment', async () => {
    fake.fail('POST', /\/issues\/2\/comments$/, 500, 1);
    await runAction([crashLog]);
    expect(fake.comments).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(2);
  });

  it('writes the SARIF file when asked', async () => {
    const run = await runAction([crashLog], { 'sarif-file': 'out/results.sarif', comment: 'off' });
    expect(fake.comments).toHaveLength(0);
    expect(run.outputs.report).toMatch(/report\.json$/);
    const report = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8'));
    expect(report.findings[0].kind).toBe('concurrent-map-iteration-write');
  });

  it('still posts the suggestions when only the comment is turned off', async () => {
    await runAction([crashLog], { comment: 'off', suggestions: 'true' });
    expect(fake.comments).toHaveLength(0);
    expect(fake.reviewComments.map((c) => [c.path, c.line])).toEqual([
      ['pkg/controller/endpointslice/controller.go', 70],
    ]);

    fake.reset();
    await runAction([crashLog], { comment: 'off', suggestions: 'false' });
    expect(fake.writes()).toEqual([]);
  });
});

describe('matrix legs sharing one comment', { timeout: 180_000 }, () => {
  const RUNNER = { GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'test', GITHUB_RUN_ID: '42' };
  const raceLog = readFileSync(join(SCENARIOS, 'logs/scheme-race-test-v.log'), 'utf8');
  /** A leg of the `go` matrix, as `toJSON(matrix)` and `job.check_run_id` give them. */
  const leg = (go: string, jobId: number) => ({ matrix: JSON.stringify({ go }), 'job-id': String(jobId) });
  const sections = () =>
    parseCommentState(fake.comments[0]?.body ?? '').sections.map((s) => [
      s.label,
      s.sha.slice(0, 7),
      s.status,
      s.causes.length,
    ]);

  it('two legs finishing at once with the same log-path both keep their section', async () => {
    // Both legs list the comments before either writes: both see none and both create one.
    fake.barrier('GET', /\/issues\/2\/comments$/, 2);
    const [a, b] = await Promise.all([
      runAction([crashLog], leg('1.25', 101), { env: RUNNER }),
      runAction([raceLog], leg('1.26', 102), { env: RUNNER }),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const created = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues/2/comments'));
    expect(created).toHaveLength(2);
    // The re-read found two comments: the oldest now holds both sections, the other is gone.
    expect(fake.requests.some((r) => r.method === 'DELETE')).toBe(true);
    expect(fake.comments).toHaveLength(1);
    expect(sections()).toEqual([
      ['CI / test (go 1.25)', 'ec26c3e', 'findings', 1],
      ['CI / test (go 1.26)', 'ec26c3e', 'findings', 2],
    ]);
    const body = fake.comments[0]?.body ?? '';
    expect(body).toContain('### ❌ go-panic-triage: 3 root causes of Go crashes in 2 jobs at `ec26c3e57ca3`');
    expect(body).toContain('fatal error: concurrent map iteration and map write');
    expect(body).toContain('`s.gvkToType[gvk] = t`');
    expect(body).toContain('[log](https://github.com/Codertocat/Hello-World/actions/runs/42/job/101)');
    expect(body).toContain(
      '[summary](https://github.com/Codertocat/Hello-World/actions/runs/42#summary-102)',
    );
    expect([a.outputs['comment-url'], b.outputs['comment-url']]).toEqual([
      fake.comments[0]?.html_url,
      fake.comments[0]?.html_url,
    ]);
  });

  it('the same crash in both legs is one root cause naming the legs', async () => {
    fake.barrier('GET', /\/issues\/2\/comments$/, 2);
    await Promise.all([
      runAction([crashLog], leg('1.25', 101), { env: RUNNER }),
      runAction([crashLog], leg('1.26', 102), { env: RUNNER }),
    ]);
    expect(fake.comments).toHaveLength(1);
    const body = fake.comments[0]?.body ?? '';
    expect(body.match(/^#### \d+\. /gm)).toEqual(['#### 1. ']);
    expect(body).toContain('**Seen in the go 1\\.25 and go 1\\.26 legs of CI / test.**');
    // Both legs may find no suggestion yet and both post it; each reads back and the newer one goes.
    expect(fake.reviewComments).toHaveLength(1);
  });

  it('a leg that turns green turns its section clean and the comment says so', async () => {
    await runAction([crashLog], leg('1.25', 101), { env: RUNNER });
    await runAction([crashLog], leg('1.26', 102), { env: RUNNER });
    await runAction([passingLog], leg('1.25', 103), { env: RUNNER });
    expect(sections()).toEqual([
      ['CI / test (go 1.25)', 'ec26c3e', 'clean', 0],
      ['CI / test (go 1.26)', 'ec26c3e', 'findings', 1],
    ]);
    const body = fake.comments[0]?.body ?? '';
    expect(body).toContain('✅ Clean: CI / test \\(go 1\\.25\\)');
    expect(body).toContain('- ✅ **CI / test \\(go 1\\.25\\)**: no Go crashes');
    expect(body).toContain(
      '| [go 1\\.26](https://github.com/Codertocat/Hello-World/actions/runs/42/job/102) |',
    );

    await runAction([passingLog], leg('1.26', 104), { env: RUNNER });
    expect(fake.comments[0]?.body).toContain('### ✅ go-panic-triage: no Go crashes at `ec26c3e57ca3`');
  });

  it('when the head moves, the older commit’s sections fold as outdated, and a late run of it writes nothing', async () => {
    const NEW_HEAD = 'b'.repeat(40);
    await runAction([crashLog], leg('1.25', 101), { env: RUNNER });
    const moved = pullWithPatch(PULL);
    moved.head.sha = NEW_HEAD;
    fake.pulls.set(PULL, moved);
    await runAction([raceLog], leg('1.26', 202), {
      env: RUNNER,
      event: { name: 'pull_request', payload: pullRequestEvent(NEW_HEAD) },
    });
    // The head's sections first, then the outdated ones.
    expect(sections()).toEqual([
      ['CI / test (go 1.26)', 'bbbbbbb', 'findings', 2],
      ['CI / test (go 1.25)', 'ec26c3e', 'findings', 1],
    ]);
    const body = fake.comments[0]?.body ?? '';
    expect(body).toContain('### ❌ go-panic-triage: 2 root causes of Go crashes in 1 job at `bbbbbbbbbbbb`');
    expect(body).toContain('<details><summary>1 job triaged at older commits (outdated)</summary>');
    expect(body).not.toContain('fatal error: concurrent map iteration and map write');

    const before = fake.comments[0]?.body;
    const late = await runAction([crashLog], leg('1.27', 103), { env: RUNNER });
    expect(late.stdout).toContain('not commenting');
    expect(fake.comments[0]?.body).toBe(before);
  });

  it('a comment-key gives the step a comment of its own', async () => {
    await runAction([crashLog], leg('1.25', 101), { env: RUNNER });
    await runAction([raceLog], { ...leg('1.25', 101), 'comment-key': 'e2e' }, { env: RUNNER });
    expect(fake.comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- go-panic-triage key=default -->',
      '<!-- go-panic-triage key=e2e -->',
    ]);
  });
});

describe('the Action in the fork-safe workflow_run mode', { timeout: 180_000 }, () => {
  it('triages the failed jobs of the run and comments on the fork PR found by branch and commit', async () => {
    serveScenarioSources(fake);
    fake.pulls.set(PULL, pullWithPatch(PULL, 'forker'));
    fake.runs.set(555, {
      id: 555,
      head_sha: HEAD_SHA,
      head_branch: 'changes',
      head_repository: { full_name: 'forker/Hello-World', owner: { login: 'forker' } },
      conclusion: 'failure',
      status: 'completed',
      event: 'pull_request',
      pull_requests: [],
      jobs: [
        { id: 1, name: 'lint', conclusion: 'success', log: 'ok\n' },
        { id: 2, name: 'test', conclusion: 'failure', log: githubTimestamps(crashLog) },
      ],
    });
    const run = await runAction(
      [],
      { 'run-id': '555' },
      { event: { name: 'workflow_run', payload: workflowRunEvent(555) } },
    );
    expect(run.code).toBe(0);
    expect(run.outputs.findings).toBe('1');
    expect(fake.comments).toHaveLength(1);
    const body = fake.comments[0]?.body ?? '';
    expect(body).toContain('fatal error: concurrent map iteration and map write');
    expect(body).toContain('writes `service`');
    expect(body).toContain(`blob/${HEAD_SHA}/pkg/controller/endpointslice/controller.go#L78`);
    expect(body).toContain('https://github.com/Codertocat/Hello-World/actions/runs/555');
    expect(fake.reviews).toHaveLength(1);
  });

  it('leaves the comment of a newer commit alone when the run is of an older one', async () => {
    serveScenarioSources(fake);
    fake.runs.set(558, {
      id: 558,
      head_sha: 'a'.repeat(40),
      head_branch: 'changes',
      conclusion: 'failure',
      status: 'completed',
      event: 'pull_request',
      pull_requests: [{ number: PULL }],
      jobs: [{ id: 6, name: 'test', conclusion: 'failure', log: githubTimestamps(crashLog) }],
    });
    const run = await runAction(
      [],
      { 'run-id': '558' },
      { event: { name: 'workflow_run', payload: workflowRunEvent(558) } },
    );
    expect(run.code).toBe(0);
    expect(run.outputs.findings).toBe('1');
    expect(run.summary).toContain('concurrent map iteration and map write');
    expect(fake.writes()).toEqual([]);
  });

  it('reads the config from the default branch through the API, as there is no checkout', async () => {
    serveScenarioSources(fake);
    fake.contents.set('.github/go-panic-triage.yml', 'ignore:\n  - kind: concurrent-map-iteration-write\n');
    fake.runs.set(557, {
      id: 557,
      head_sha: HEAD_SHA,
      head_branch: 'changes',
      conclusion: 'failure',
      status: 'completed',
      event: 'pull_request',
      pull_requests: [{ number: PULL }],
      jobs: [{ id: 5, name: 'test', conclusion: 'failure', log: githubTimestamps(crashLog) }],
    });
    try {
      const run = await runAction(
        [],
        { 'run-id': '557' },
        { event: { name: 'workflow_run', payload: workflowRunEvent(557) } },
      );
      expect(run.outputs.findings).toBe('0');
      const read = fake.requests.find((r) =>
        decodeURIComponent(r.path).endsWith('/contents/.github/go-panic-triage.yml'),
      );
      const repository = (workflowRunEvent(557) as { repository: { default_branch: string } }).repository;
      expect(read?.query.get('ref')).toBe(repository.default_branch);
    } finally {
      fake.contents.delete('.github/go-panic-triage.yml');
    }
  });
});

describe('/analyze through the Action on issue_comment', { timeout: 180_000 }, () => {
  it('checks write access, reacts, and triages the latest failed run of the PR head', async () => {
    serveScenarioSources(fake);
    fake.permissions.set('maintainer', 'write');
    fake.runs.set(556, {
      id: 556,
      head_sha: HEAD_SHA,
      head_branch: 'changes',
      conclusion: 'failure',
      status: 'completed',
      event: 'pull_request',
      pull_requests: [{ number: PULL }],
      jobs: [{ id: 3, name: 'test', conclusion: 'failure', log: crashLog }],
    });
    const comment = commentEvent('Looks flaky.\n\n/analyze\n', 'maintainer');
    await runAction([], {}, { event: { name: 'issue_comment', payload: comment } });
    const commentId = (comment as { comment: { id: number } }).comment.id;
    expect(fake.reactions).toEqual([
      { commentId, content: 'eyes' },
      { commentId, content: 'rocket' },
    ]);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]?.body).toContain('concurrent map iteration and map write');
  });

  it('answers a reader with a polite refusal and does nothing else', async () => {
    await runAction(
      [],
      {},
      { event: { name: 'issue_comment', payload: commentEvent('/analyze', 'passerby') } },
    );
    expect(fake.reactions).toEqual([]);
    expect(fake.comments.map((c) => c.body)).toEqual([
      'Sorry, `/analyze` can only be used by people with write access to this repository. A maintainer can run it for you.',
    ]);
  });

  it('ignores comments that only quote the command', async () => {
    await runAction(
      [],
      {},
      { event: { name: 'issue_comment', payload: commentEvent('> /analyze', 'maintainer') } },
    );
    expect(fake.writes()).toEqual([]);
  });
});
