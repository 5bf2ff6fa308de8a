// The pull-request comment: the scenarios' bodies as reviewed snapshots, the size limit, and
// hostile log text that must stay inert.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_CHARS } from '../../src/limits.js';
import type { Finding, Report } from '../../src/model.js';
import { LocalSourceReader } from '../../src/repo/source-reader.js';
import { renderComment } from '../../src/report/comment.js';
import { triage } from '../../src/triage.js';

const SCENARIOS = 'test/fixtures/scenarios';
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const REPO_URL = 'https://github.com/Codertocat/Hello-World';

async function triageFile(path: string, modulePath?: string, sourceRoot?: string): Promise<Report> {
  async function* input() {
    yield readFileSync(path);
  }
  return triage(input(), {
    ...(modulePath && { modulePath }),
    ...(sourceRoot && { diagnose: { sources: new LocalSourceReader(sourceRoot) } }),
  });
}

describe('comment bodies of the scenarios', () => {
  for (const log of [
    'cache-mutation-iter-json.log',
    'scheme-race-test-v.log',
    'subtest-panic.log',
    'test-timeout.json',
    'nil-pointer-sigsegv.log',
    'deadlock.log',
  ]) {
    it(log, async () => {
      const report = await triageFile(
        join(SCENARIOS, 'logs', log),
        'example.com/triage-fixtures',
        join(SCENARIOS, 'src'),
      );
      const body = renderComment(report, {
        headSha: HEAD,
        repoUrl: REPO_URL,
        runUrl: `${REPO_URL}/actions/runs/42`,
      });
      await expect(body).toMatchFileSnapshot(`__snapshots__/comment-${log}.md`);
    });
  }

  it('says the run is clean, with the commit', async () => {
    const report = await triageFile(join(SCENARIOS, 'logs/passing-sets-v.log'));
    expect(renderComment(report, { headSha: HEAD })).toBe(
      '### ✅ go-panic-triage: no Go crashes\n\nThe logs at commit `ec26c3e57ca3` hold no panic, fatal error, data race or timeout. Any earlier findings on this pull request are gone.\n\n<sub>go-panic-triage triaged the logs at commit `ec26c3e57ca3`.</sub>\n',
    );
  });
});

describe('comment size', () => {
  it('stays under the limit with hundreds of findings, and says how many it left out', async () => {
    const report = await triageFile(join(SCENARIOS, 'logs/nil-pointer-sigsegv-gotraceback-system.log'));
    const [one] = report.findings as [Finding];
    const findings = Array.from({ length: 400 }, (_, i) => ({
      ...one,
      id: `id${i}`,
      headline: `${one.headline} #${i}`,
    }));
    const body = renderComment(
      { ...report, findings },
      { headSha: HEAD, notes: Array.from({ length: 50 }, () => 'n'.repeat(5_000)) },
    );
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body).toMatch(/_\d+ more findings not shown \(comment size limit\)\._/);
    expect(body.match(/> \[!NOTE\]/g)).toHaveLength(10);
  });
});

describe('hostile log text', () => {
  it('cannot break out of code, mention anyone, inject HTML or links, or forge the marker', async () => {
    const report = await triageFile('test/fixtures/go-programs/hostile-panic/output.log');
    expect(report.findings).toHaveLength(1);
    const body = renderComment(report, {
      headSha: HEAD,
      repoUrl: REPO_URL,
      notes: ['log of job `x` @octocat <script>alert(3)</script> [y](https://evil.example)'],
    });
    // Every hostile string from the log sits inside code (inline or fenced) or is escaped.
    const outsideCode = body
      .replace(/(^|\n)(`{3,})[^\n]*\n[\s\S]*?\n\2(?=\n|$)/g, '$1')
      .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
    expect(outsideCode).not.toMatch(
      /<script|<img|<\/details>\s*@|@octocat|\]\(https:\/\/evil|<!-- go-panic-triage/,
    );
    expect(body).not.toContain('<!-- go-panic-triage key=x -->\n');
    expect(body).toContain('\\[y\\]\\(https:\u200D//evil\\.example\\)');
    // The only raw HTML in the body is ours.
    const tags = [...outsideCode.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['details', 'summary', 'sub']));
  });
});
