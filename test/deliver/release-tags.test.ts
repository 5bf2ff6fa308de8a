// The repository's own code built into somebody else's binary at a version: the comment links the file at
// the release tag when the repository has it (asked of the API), else at the head.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/deliver/octokit.js';
import { publishToPullRequest } from '../../src/deliver/publish.js';
import { releaseTagsOf } from '../../src/deliver/release-tags.js';
import type { Report } from '../../src/model.js';
import { triage } from '../../src/triage.js';
import { FakeGitHub } from '../support/fake-github.js';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const URL = 'https://github.com/Codertocat/Hello-World';
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
  fake.tags.clear();
});

async function report(): Promise<Report> {
  async function* input() {
    yield readFileSync('test/fixtures/go-programs/dependency-crash/output-modcache.log');
  }
  return triage(input(), { modulePath: 'example.com/Cluster/registry' });
}

async function publish(): Promise<string> {
  const result = await publishToPullRequest(
    gh,
    {
      ...repo,
      repoUrl: URL,
      pullNumber: 1,
      headSha: SHA,
      commentKey: 'default',
      ownLogin: 'go-panic-triage[bot]',
      comment: 'always',
      suggestions: false,
      notes: [],
      settleMs: [0, 0],
    },
    [{ section: { key: 'ci/test', group: 'ci / test' }, report: await report(), notes: [] }],
  );
  expect(result.problems).toEqual([]);
  return fake.comments.at(-1)?.body ?? '';
}

describe('release tags', () => {
  it('asks for each version’s tag once and keeps those the repository has', async () => {
    fake.tags.add('v1.4.2');
    expect(await releaseTagsOf(gh, repo, [await report(), await report()])).toEqual(new Set(['v1.4.2']));
    fake.tags.clear();
    expect(await releaseTagsOf(gh, repo, [await report()])).toEqual(new Set());
    const lookups = fake.requests.filter((r) => r.path.includes('/git/ref/'));
    expect(lookups.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/Codertocat/Hello-World/git/ref/tags%2Fv1.4.2',
      'GET /repos/Codertocat/Hello-World/git/ref/tags%2Fv1.4.2',
    ]);
  });

  it('links the crash frame at the tag in the comment when it exists', async () => {
    fake.tags.add('v1.4.2');
    const body = await publish();
    expect(body).toContain(`[\`registry.go:17\`](${URL}/blob/v1.4.2/registry.go#L17)`);
    expect(body).toContain(
      `- **Crashed** at [\`registry.go:17\`](${URL}/blob/v1.4.2/registry.go#L17) in \`registry.(*Registry).Register\`, at \`v1.4.2\``,
    );
    // The summary table above the blocks is rebuilt from the comment's stored state: it links the head.
  });

  it('links the head when the repository has no such tag', async () => {
    const body = await publish();
    expect(body).toContain(`(${URL}/blob/${SHA}/registry.go#L17)`);
    expect(body).not.toContain('/blob/v1.4.2/');
  });
});
