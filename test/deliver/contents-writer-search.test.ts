// The writer search through the GitHub contents API (the App's source reader): one recursive tree
// listing, then only the files worth reading, within the run's request budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ContentsSourceReader } from '../../src/deliver/contents-source-reader.js';
import { createGitHubClient, type GitHubClient } from '../../src/deliver/octokit.js';
import type { Finding } from '../../src/model.js';
import { triage } from '../../src/triage.js';
import { FakeGitHub } from '../support/fake-github.js';

const dir = 'test/fixtures/scenarios-writers';
const repo = { owner: 'Codertocat', repo: 'Hello-World' };
let fake: FakeGitHub;
let gh: GitHubClient;

function* walk(root: string): Generator<string> {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

beforeAll(async () => {
  fake = new FakeGitHub();
  gh = createGitHubClient('ghs_test', { baseUrl: await fake.start() });
  const root = join(dir, 'src');
  for (const file of walk(root)) fake.contents.set(relative(root, file), readFileSync(file, 'utf8'));
  // Not the repository's own code: listed by the tree, never fetched.
  fake.contents.set('vendor/example.com/lib/lib.go', 'package lib\n\nvar m = map[string]string{}\n');
  fake.contents.set(
    'third_party/forked/annotate.go',
    'package forked\n\nfunc f(p *P) { p.Annotations["x"] = "y" }\n',
  );
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.requests.length = 0;
  fake.treeTruncated = false;
});

async function run(log: string, sources: ContentsSourceReader): Promise<Finding[]> {
  const text = readFileSync(join(dir, 'logs', `${log}.log`), 'utf8');
  async function* input(): AsyncIterable<string> {
    yield text;
  }
  const report = await triage(input(), { modulePath: 'example.com/triage-writers', diagnose: { sources } });
  return report.findings;
}

describe('writer search through the contents API', () => {
  it('finds the handler that wrote the reader’s Pod, with one tree request and a bounded number of fetches', async () => {
    const sources = new ContentsSourceReader(gh, repo, 'c0ffee');
    const [finding] = await run('reader-only-handler-writer', sources);
    const c = finding?.culprit;
    expect(
      `${c?.mutation.file}:${c?.mutation.line} ${c?.mutation.variable} ${c?.objectSource?.kind} ${c?.fixKind}`,
    ).toBe('pkg/controller/podannotator/annotator.go:33 pod informer-handler deepcopy-before-mutate');
    const trees = fake.requests.filter((r) => r.path.includes('/git/trees/'));
    expect(trees.map((r) => `${r.path}?recursive=${r.query.get('recursive')}`)).toEqual([
      '/repos/Codertocat/Hello-World/git/trees/c0ffee?recursive=true',
    ]);
    const fetched = fake.requests.filter((r) => r.path.includes('/contents/')).map((r) => r.path);
    expect(fetched.some((p) => p.includes('vendor/') || p.includes('third_party/'))).toBe(false);
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(sources.requests).toBe(trees.length + fetched.length);
    expect(sources.requests).toBeLessThanOrEqual(60 + 48 + 10);
    expect(c?.writerSearch?.skipped).toEqual(['third_party/ (1 file)', 'vendor/ (1 file)']);
  });

  it('stays within a small request budget and says the search could not look further', async () => {
    const sources = new ContentsSourceReader(gh, repo, 'budget1', { maxRequests: 2 });
    const findings = await run('reader-only-handler-writer', sources);
    expect(sources.requests).toBe(2);
    expect(fake.requests.filter((r) => r.path.startsWith('/repos/')).length).toBe(2);
    expect(findings[0]?.culprit).toBeNull();
    expect(findings[0]?.culpritReason).toMatch(/files not fetched \(API request budget\)/);
  });

  it('keeps the index of a commit: a second run at the same head lists nothing again', async () => {
    await run('reader-only-handler-writer', new ContentsSourceReader(gh, repo, 'again1'));
    fake.requests.length = 0;
    const second = new ContentsSourceReader(gh, repo, 'again1');
    const [finding] = await run('reader-only-handler-writer', second);
    expect(finding?.culprit?.mutation.line).toBe(33);
    expect(fake.requests.filter((r) => r.path.includes('/git/trees/'))).toEqual([]);
  });

  it('infers the write of a race whose write stack was lost, through the API too', async () => {
    const sources = new ContentsSourceReader(gh, repo, 'lost1');
    const findings = await run('race-write-stack-lost-go1.18', sources);
    expect(
      findings.map((f) => `${f.culprit?.mutation.file}:${f.culprit?.mutation.line} ${f.culprit?.fixKind}`),
    ).toEqual([
      'pkg/controller/podphase/controller.go:69 deepcopy-before-mutate',
      'pkg/controller/podphase/controller.go:68 deepcopy-before-mutate',
    ]);
    expect(fake.requests.filter((r) => r.path.includes('/git/trees/')).length).toBe(1);
    expect(sources.requests).toBeLessThanOrEqual(60 + 48 + 10);
  });

  it('says when GitHub cut the tree listing', async () => {
    fake.treeTruncated = true;
    const sources = new ContentsSourceReader(gh, repo, 'cut1');
    const [finding] = await run('package-map-reader', sources);
    expect(finding?.culprit?.mutation.file).toBe('pkg/tracker/observe.go');
    expect(finding?.culprit?.writerSearch?.skipped).toContain("paths past GitHub's recursive tree limit");
  });
});
