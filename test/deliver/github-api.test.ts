// The delivery calls against a fake GitHub over real HTTP, driven by the real Octokit.
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasWriteAccess, parseAnalyzeCommand } from '../../src/deliver/analyze-command.js';
import { createGitHubClient, describeApiError, type GitHubClient } from '../../src/deliver/octokit.js';
import { fetchPullRequestDiff, patchLines } from '../../src/deliver/pull-request.js';
import { failedRunLogs } from '../../src/deliver/run-logs.js';
import { commentMarker, resolveOwnLogin } from '../../src/deliver/sticky-comment.js';
import {
  MAX_COMMENT_WRITES,
  mergeSections,
  type SectionUpdate,
  upsertSections,
} from '../../src/deliver/sticky-sections.js';
import { postSuggestions } from '../../src/deliver/suggestions.js';
import { renderSectionsComment } from '../../src/report/comment.js';
import { parseCommentState } from '../../src/report/comment-markers.js';
import { FakeGitHub } from '../support/fake-github.js';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
let fake: FakeGitHub;
let gh: GitHubClient;

beforeAll(async () => {
  fake = new FakeGitHub();
  gh = createGitHubClient('ghs_test', { baseUrl: await fake.start() });
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.comments.length = 0;
  fake.requests.length = 0;
});

async function text(input: AsyncIterable<Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of input) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

/** A job's clean section: enough to see whose it is. */
function section(key: string): SectionUpdate {
  return {
    data: { key, label: key, group: key, sha: SHA, status: 'clean', notes: [], causes: [] },
    blocks: new Map(),
  };
}

type Target = { owner: string; repo: string; issueNumber: number; key: string; ownLogin: string };

function upsert(target: Target, ...keys: string[]) {
  return upsertSections(gh, { ...target, headSha: SHA }, keys.map(section), { create: true });
}

const sectionKeys = (body: string | undefined) => parseCommentState(body ?? '').sections.map((s) => s.key);

describe('sticky comment', () => {
  const target = { ...repo, issueNumber: 1, key: 'go test', ownLogin: 'github-actions[bot]' };

  it('is created once, then edited in place, keeping the other jobs’ sections', async () => {
    const first = await upsert(target, 'a');
    const second = await upsert(target, 'b');
    expect(first?.action).toBe('created');
    expect(second).toMatchObject({
      id: first?.id,
      url: first?.url,
      action: 'updated',
      writes: 1,
      verified: true,
    });
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]?.body).toMatch(/^<!-- go-panic-triage key=go-test -->\n### ✅ go-panic-triage/);
    expect(sectionKeys(fake.comments[0]?.body)).toEqual(['a', 'b']);
  });

  it('ignores a forged marker in somebody else’s comment, and other keys', async () => {
    fake.addComment(1, `${commentMarker('go test')}\nspoof`, { login: 'mallory', type: 'User' });
    // Another key's comment, as this version writes it: it always holds a section (a v1 one is taken over, below).
    const other = renderSectionsComment(
      mergeSections({ sections: [], blocks: new Map() }, [section('x')], SHA),
      {
        headSha: SHA,
      },
    );
    fake.addComment(1, `${commentMarker('other')}\n${other}`, { login: 'github-actions[bot]', type: 'Bot' });
    const result = await upsert(target, 'a');
    expect(result?.action).toBe('created');
    expect(fake.comments.map((c) => c.body.split('\n')[1]?.slice(0, 5))).toEqual([
      'spoof',
      '### ✅',
      '### ✅',
    ]);
    expect(fake.comments.map((c) => sectionKeys(c.body))).toEqual([[], ['x'], ['a']]);
  });

  it('finds its comment beyond the first page of comments', async () => {
    for (let i = 0; i < 120; i++) fake.addComment(1, `chatter ${i}`, { login: 'dev', type: 'User' });
    await upsert(target, 'a');
    for (let i = 0; i < 5; i++) fake.addComment(1, `more ${i}`, { login: 'dev', type: 'User' });
    const again = await upsert(target, 'b');
    expect(again?.action).toBe('updated');
    expect(fake.comments.filter((c) => c.body.includes('go-panic-triage'))).toHaveLength(1);
  });

  it('keeps markers safe from log text', () => {
    expect(commentMarker('--> <script>')).toBe('<!-- go-panic-triage key=---script- -->');
    expect(commentMarker('')).toBe('<!-- go-panic-triage key=default -->');
  });

  it('learns its login from GET /user, or falls back to the bot for installation tokens', async () => {
    fake.tokenUser = 'octocat';
    expect(await resolveOwnLogin(gh, 'github-actions[bot]')).toBe('octocat');
    fake.tokenUser = null;
    expect(await resolveOwnLogin(gh, 'github-actions[bot]')).toBe('github-actions[bot]');
  });

  it('knows its own comments when an App token is the github-token, so it edits rather than adds', async () => {
    fake.tokenUser = null;
    fake.commentAuthor = { login: 'triage-bot[bot]', type: 'Bot' };
    try {
      const ownLogin = await resolveOwnLogin(gh, 'github-actions[bot]');
      expect(ownLogin).toBe('triage-bot[bot]');
      const appTarget = { ...repo, issueNumber: 5, key: 'go test', ownLogin };
      await upsert(appTarget, 'a');
      expect((await upsert(appTarget, 'a'))?.action).toBe('updated');
      expect(fake.comments.filter((c) => c.issue === 5)).toHaveLength(1);
    } finally {
      fake.commentAuthor = { login: 'github-actions[bot]', type: 'Bot' };
    }
  });
});

describe('concurrent writers', () => {
  const target = { ...repo, issueNumber: 6, key: 'default', ownLogin: 'github-actions[bot]', headSha: SHA };

  /** Another writer that read the comment before ours landed: it puts back the body it saw plus its section. */
  async function overwriteWithout(key: string, theirs: string): Promise<void> {
    const comment = fake.comments.find((c) => c.issue === 6);
    if (!comment) return;
    const state = parseCommentState(comment.body);
    const lost = mergeSections(
      { sections: state.sections.filter((s) => s.key !== key), blocks: state.blocks },
      [section(theirs)],
      SHA,
    );
    comment.body = `${commentMarker('default')}\n${renderSectionsComment(lost, { headSha: SHA })}`;
  }

  it('re-reads after writing and repairs its section when another writer overwrote it', async () => {
    let overwritten = false;
    const result = await upsertSections(gh, target, [section('leg-a')], {
      create: true,
      settleMs: [1, 1],
      sleep: async () => {
        if (!overwritten) await overwriteWithout('leg-a', 'leg-b');
        overwritten = true;
      },
    });
    expect(result).toMatchObject({ writes: 2, verified: true });
    expect(sectionKeys(fake.comments.find((c) => c.issue === 6)?.body)).toEqual(['leg-a', 'leg-b']);
  });

  it('gives up after four writes when its section keeps being overwritten, and says so', async () => {
    let n = 0;
    const result = await upsertSections(gh, target, [section('leg-a')], {
      create: true,
      settleMs: [1, 1],
      sleep: () => overwriteWithout('leg-a', `leg-${++n}`),
    });
    expect(MAX_COMMENT_WRITES).toBe(4);
    expect(result).toMatchObject({ writes: 4, verified: false });
    expect(fake.requests.filter((r) => r.method === 'PATCH' || r.method === 'POST')).toHaveLength(4);
  });

  it('merges the duplicate comment two first writers both created into the oldest', async () => {
    fake.addComment(
      6,
      `${commentMarker('default')}\n${renderSectionsComment(mergeSections({ sections: [], blocks: new Map() }, [section('leg-b')], SHA), { headSha: SHA })}`,
      { login: 'github-actions[bot]', type: 'Bot' },
    );
    fake.addComment(
      6,
      `${commentMarker('default')}\n${renderSectionsComment(mergeSections({ sections: [], blocks: new Map() }, [section('leg-c')], SHA), { headSha: SHA })}`,
      { login: 'github-actions[bot]', type: 'Bot' },
    );
    const result = await upsertSections(gh, target, [section('leg-a')], { create: true });
    expect(result).toMatchObject({ verified: true });
    const ours = fake.comments.filter((c) => c.issue === 6);
    expect(ours).toHaveLength(1);
    expect(sectionKeys(ours[0]?.body)).toEqual(['leg-a', 'leg-b', 'leg-c']);
  });
});

describe('comments of the version before sections (v1)', () => {
  // The sticky comment v1 (commit 9050618) wrote, made by its own code: test/fixtures/comments/README.md.
  const v1Body = readFileSync('test/fixtures/comments/turn1-workflow-run.md', 'utf8');
  const v1LogsBody = v1Body.replace(
    /^<!-- go-panic-triage key=workflow-run -->/,
    '<!-- go-panic-triage key=logs-log -->',
  );
  const bot = { login: 'github-actions[bot]', type: 'Bot' as const };
  const target = { ...repo, issueNumber: 7, key: 'default', ownLogin: 'github-actions[bot]', headSha: SHA };

  it('takes over the comment v1 wrote instead of opening a second one', async () => {
    const old = fake.addComment(7, v1Body, bot);
    const result = await upsertSections(gh, target, [section('leg-a')], { create: true });
    expect(result).toMatchObject({ id: old.id, action: 'updated', verified: true });
    const ours = fake.comments.filter((c) => c.issue === 7);
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body.startsWith(`${commentMarker('default')}\n`)).toBe(true);
    expect(sectionKeys(ours[0]?.body)).toEqual(['leg-a']);
    expect(ours[0]?.body).not.toContain('LastSyncAnnotation');
  });

  it('keeps the oldest of several v1 comments (one per key then) and deletes the others', async () => {
    const oldest = fake.addComment(7, v1Body, bot);
    fake.addComment(7, v1LogsBody, bot);
    await upsertSections(gh, target, [section('leg-a')], { create: true });
    const ours = fake.comments.filter((c) => c.issue === 7);
    expect(ours.map((c) => c.id)).toEqual([oldest.id]);
    expect(sectionKeys(ours[0]?.body)).toEqual(['leg-a']);
  });

  it("never takes another comment-key's sectioned comment, a v1 body someone else posted, or one when it may not create", async () => {
    const other = `${commentMarker('api')}\n${renderSectionsComment(mergeSections({ sections: [], blocks: new Map() }, [section('api-leg')], SHA), { headSha: SHA })}`;
    fake.addComment(7, other, bot);
    fake.addComment(7, v1Body, { login: 'mallory', type: 'User' });
    expect(await upsertSections(gh, target, [section('leg-a')], { create: false })).toBeNull();
    const result = await upsertSections(gh, target, [section('leg-a')], { create: true });
    expect(result?.action).toBe('created');
    const issue = fake.comments.filter((c) => c.issue === 7);
    expect(issue).toHaveLength(3);
    expect(issue.map((c) => sectionKeys(c.body))).toEqual([['api-leg'], [], ['leg-a']]);
  });
});

describe('API errors', () => {
  it('retries a server error, then succeeds', async () => {
    fake.fail('POST', /\/issues\/2\/comments$/, 502, 1);
    const result = await upsert({ ...repo, issueNumber: 2, key: 'k', ownLogin: 'x' }, 'a');
    expect(result?.action).toBe('created');
    expect(fake.requests.filter((r) => r.method === 'POST').length).toBe(2);
  });

  it('waits out a rate limit that resets soon, and gives up on one that resets in an hour', async () => {
    const limited = (resetInSeconds: number) => ({
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds),
    });
    const target = { ...repo, issueNumber: 4, key: 'k', ownLogin: 'github-actions[bot]' };
    fake.fail('POST', /\/issues\/4\/comments$/, 403, 1, 'API rate limit exceeded', limited(1));
    expect((await upsert(target, 'a'))?.action).toBe('created');

    fake.fail('PATCH', /\/issues\/comments\/\d+$/, 403, 1, 'API rate limit exceeded', limited(3600));
    const started = Date.now();
    const error = await upsert(target, 'b').catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(describeApiError(error)).toMatch(/: 403 API rate limit exceeded$/);
  }, 30_000);

  it('describes a refusal in one line', async () => {
    fake.fail('POST', /\/issues\/3\/comments$/, 403, 1, 'Resource not accessible by integration');
    const error = await upsert({ ...repo, issueNumber: 3, key: 'k', ownLogin: 'x' }, 'a').catch(
      (e: unknown) => e,
    );
    expect(describeApiError(error)).toBe(
      'POST /repos/Codertocat/Hello-World/issues/3/comments: 403 Resource not accessible by integration',
    );
  });
});

describe('pull request diff', () => {
  const patch = [
    '@@ -66,7 +66,10 @@ func (c *Controller) syncService(key string) error {',
    ' \tif !ok {',
    ' \t\treturn nil',
    ' \t}',
    '+\tif c.copyBeforeWrite {',
    '+\t\tservice = service.DeepCopy()',
    '+\t}',
    '-\told := 1',
    ' \tn := c.syncs.Add(1)',
    '\\ No newline at end of file',
  ].join('\n');

  it('reads commentable lines with their head text, and added lines, from a patch', () => {
    expect(patchLines(patch)).toEqual({
      commentable: new Map([
        [66, '\tif !ok {'],
        [67, '\t\treturn nil'],
        [68, '\t}'],
        [69, '\tif c.copyBeforeWrite {'],
        [70, '\t\tservice = service.DeepCopy()'],
        [71, '\t}'],
        [72, '\tn := c.syncs.Add(1)'],
      ]),
      added: new Set([69, 70, 71]),
    });
  });

  it('reads every file of a pull request, page after page', async () => {
    const files = Array.from({ length: 130 }, (_, i) => ({
      filename: `f${i}.go`,
      status: 'modified',
      patch,
    }));
    files.push({ filename: 'logo.png', status: 'added' } as (typeof files)[number]);
    fake.pulls.set(7, {
      number: 7,
      state: 'open',
      head: {
        sha: 'abc',
        ref: 'fix',
        repo: { full_name: 'Codertocat/Hello-World', owner: { login: 'Codertocat' } },
      },
      base: { ref: 'main', repo: { full_name: 'Codertocat/Hello-World' } },
      files,
    });
    const diff = await fetchPullRequestDiff(gh, repo, 7);
    expect(diff.changed.size).toBe(130);
    expect(diff.changed.get('f129.go')).toEqual(new Set([69, 70, 71]));
    expect(diff.incomplete).toBe(true);
  });
});

describe('review suggestions', () => {
  it('two writers that both found none posted and both post it end with one: the oldest stays', async () => {
    fake.reviewComments.length = 0;
    fake.pulls.set(8, {
      number: 8,
      state: 'open',
      head: {
        sha: SHA,
        ref: 'fix',
        repo: { full_name: 'Codertocat/Hello-World', owner: { login: 'Codertocat' } },
      },
      base: { ref: 'main', repo: { full_name: 'Codertocat/Hello-World' } },
      files: [{ filename: 'a.go', status: 'modified', patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' }],
    });
    const pull = { number: 8, headSha: SHA, ownLogin: fake.commentAuthor.login };
    const suggestion = { path: 'a.go', line: 2, body: 'fix\n\n```suggestion\nb\n```' };
    // Both read "nothing posted yet" before either posts, as two matrix legs finishing together do.
    fake.barrier('GET', /\/pulls\/8\/comments$/, 2);
    const posted = await Promise.all([
      postSuggestions(gh, repo, pull, [suggestion]),
      postSuggestions(gh, repo, pull, [suggestion]),
    ]);
    expect(fake.reviews.filter((r) => r.pull === 8)).toHaveLength(2);
    expect(fake.reviewComments.map((c) => [c.path, c.line, c.body])).toEqual([['a.go', 2, suggestion.body]]);
    expect(posted.reduce((a, b) => a + b)).toBe(1);
    // A third run finds it posted and posts nothing.
    expect(await postSuggestions(gh, repo, pull, [suggestion])).toBe(0);
    expect(fake.reviewComments).toHaveLength(1);
  });

  it('a removal of several lines is one multi-line suggestion: start_line to line, right side', async () => {
    fake.reviewComments.length = 0;
    fake.pulls.set(9, {
      number: 9,
      state: 'open',
      head: {
        sha: SHA,
        ref: 'fix',
        repo: { full_name: 'Codertocat/Hello-World', owner: { login: 'Codertocat' } },
      },
      base: { ref: 'main', repo: { full_name: 'Codertocat/Hello-World' } },
      files: [{ filename: 'a.go', status: 'modified', patch: '@@ -1,2 +1,4 @@\n a\n+b\n+c\n d' }],
    });
    const pull = { number: 9, headSha: SHA, ownLogin: fake.commentAuthor.login };
    const removal = { path: 'a.go', startLine: 2, line: 3, body: 'nothing reads it\n\n```suggestion\n```' };
    expect(await postSuggestions(gh, repo, pull, [removal])).toBe(1);
    const review = fake.reviews.find((r) => r.pull === 9)?.body as { comments: unknown[] };
    expect(review.comments).toEqual([
      { path: 'a.go', line: 3, side: 'RIGHT', start_line: 2, start_side: 'RIGHT', body: removal.body },
    ]);
  });
});

describe('/analyze', () => {
  it('acts on a whole line outside code blocks and quotes', () => {
    expect(parseAnalyzeCommand('/analyze')).toEqual({ kind: 'analyze' });
    expect(parseAnalyzeCommand('Thanks!\n\n/analyze  \n')).toEqual({ kind: 'analyze' });
    expect(parseAnalyzeCommand('/analyze help')).toEqual({ kind: 'help' });
    expect(parseAnalyzeCommand('/analyze 123')).toEqual({ kind: 'analyze', runId: 123 });
    expect(parseAnalyzeCommand('/analyze https://github.com/o/r/actions/runs/55/job/66')).toEqual({
      kind: 'analyze',
      runId: 55,
      jobId: 66,
    });
    expect(parseAnalyzeCommand('/analyze https://github.com/o/r/actions/runs/55')).toEqual({
      kind: 'analyze',
      runId: 55,
    });
    expect(parseAnalyzeCommand('/analyze now please')).toBeNull();
    expect(parseAnalyzeCommand('/analyze please')).toEqual({
      kind: 'invalid',
      reason: 'expected a workflow run or job URL, a run id, or `help`',
    });
  });

  it('ignores mentions inside text, fences and quotes', () => {
    expect(parseAnalyzeCommand('please run /analyze')).toBeNull();
    expect(parseAnalyzeCommand('```\n/analyze\n```')).toBeNull();
    expect(parseAnalyzeCommand('~~~~\n```\n/analyze\n~~~~\n')).toBeNull();
    expect(parseAnalyzeCommand('> /analyze')).toBeNull();
    expect(parseAnalyzeCommand('    /analyze')).toBeNull();
    expect(parseAnalyzeCommand('```\nx\n```\n/analyze')).toEqual({ kind: 'analyze' });
  });

  it('requires write access through the permission API', async () => {
    fake.permissions.set('writer', 'write');
    fake.permissions.set('maintainer', 'maintain');
    fake.permissions.set('triager', 'triage');
    expect(await hasWriteAccess(gh, repo, 'writer')).toBe(true);
    expect(await hasWriteAccess(gh, repo, 'maintainer')).toBe(true);
    expect(await hasWriteAccess(gh, repo, 'triager')).toBe(false);
    expect(await hasWriteAccess(gh, repo, 'stranger')).toBe(false);
  });
});

describe('run logs', () => {
  const crash = readFileSync('test/fixtures/scenarios/logs/nil-map-assign.log', 'utf8');

  it('streams the failed jobs’ logs through the redirect, skipping passing jobs', async () => {
    fake.runs.set(100, {
      id: 100,
      head_sha: 'abc',
      head_branch: 'fix',
      conclusion: 'failure',
      status: 'completed',
      event: 'pull_request',
      pull_requests: [],
      jobs: [
        { id: 1, name: 'lint', conclusion: 'success', log: 'lint ok\n' },
        { id: 2, name: 'test', conclusion: 'failure', log: crash },
      ],
    });
    const logs = await failedRunLogs(gh, repo, 100, { maxBytes: 1 << 20 });
    expect(logs.jobs).toEqual([{ id: 2, name: 'test' }]);
    expect(await text(logs.input)).toBe(`${crash}\n`);
    expect(logs.status).toEqual({ problems: [], cut: false, bytes: crash.length + 1 });
  });

  it('also reads a job that its timeout killed', async () => {
    fake.runs.set(103, {
      id: 103,
      head_sha: 'abc',
      head_branch: 'fix',
      conclusion: 'failure',
      status: 'completed',
      event: 'pull_request',
      pull_requests: [],
      jobs: [{ id: 5, name: 'test', conclusion: 'timed_out', log: crash }],
    });
    const logs = await failedRunLogs(gh, repo, 103, { maxBytes: 1 << 20 });
    expect(logs.jobs).toEqual([{ id: 5, name: 'test' }]);
    expect(await text(logs.input)).toBe(`${crash}\n`);
  });

  it('cuts at the byte cap and says so', async () => {
    const logs = await failedRunLogs(gh, repo, 100, { maxBytes: 100 });
    expect((await text(logs.input)).length).toBe(100);
    expect(logs.status.cut).toBe(true);
  });

  it('falls back to the run ZIP when a job log has expired', async () => {
    const zip = zipSync({
      '1_test.txt': new TextEncoder().encode(crash),
      '0_lint.txt': new TextEncoder().encode('lint ok\n'),
      'test/3_Run go test.txt': new TextEncoder().encode(crash),
    });
    fake.runs.set(101, {
      id: 101,
      head_sha: 'abc',
      head_branch: 'fix',
      conclusion: 'failure',
      status: 'completed',
      event: 'pull_request',
      pull_requests: [],
      jobs: [{ id: 3, name: 'test', conclusion: 'failure' }],
      zip,
    });
    const logs = await failedRunLogs(gh, repo, 101, { maxBytes: 1 << 20 });
    expect(await text(logs.input)).toBe(`${crash}\n`);
    expect(logs.status.problems).toEqual([
      "log of job 'test' could not be read (GET /repos/Codertocat/Hello-World/actions/jobs/3/logs: 410 Gone)",
    ]);
  });

  it('reads from the ZIP only the jobs whose own log failed, so no crash is counted twice', async () => {
    const deadlock = readFileSync('test/fixtures/scenarios/logs/deadlock.log', 'utf8');
    const zip = zipSync({
      '0_unit.txt': new TextEncoder().encode(crash),
      '1_e2e.txt': new TextEncoder().encode(deadlock),
    });
    fake.runs.set(103, {
      id: 103,
      head_sha: 'abc',
      head_branch: 'fix',
      conclusion: 'failure',
      status: 'completed',
      event: 'pull_request',
      pull_requests: [],
      jobs: [
        { id: 5, name: 'unit', conclusion: 'failure', log: crash },
        { id: 6, name: 'e2e', conclusion: 'failure' },
      ],
      zip,
    });
    const logs = await failedRunLogs(gh, repo, 103, { maxBytes: 1 << 20 });
    expect(await text(logs.input)).toBe(`${crash}\n${deadlock}\n`);
  });

  it('says so when neither the job logs nor the archive can be had', async () => {
    fake.runs.set(102, {
      id: 102,
      head_sha: 'abc',
      head_branch: 'fix',
      conclusion: 'failure',
      status: 'completed',
      event: 'pull_request',
      pull_requests: [],
      jobs: [{ id: 4, name: 'test', conclusion: 'failure' }],
    });
    const logs = await failedRunLogs(gh, repo, 102, { maxBytes: 1 << 20 });
    expect(await text(logs.input)).toBe('');
    expect(logs.status.problems).toEqual([
      "log of job 'test' could not be read (GET /repos/Codertocat/Hello-World/actions/jobs/4/logs: 410 Gone)",
      "the run's log archive could not be read either (GET /repos/Codertocat/Hello-World/actions/runs/102/logs: 410 Gone)",
    ]);
  });
});
