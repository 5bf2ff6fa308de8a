// The pull-request comment: the scenarios' bodies as reviewed snapshots, the size limit, and
// hostile log text that must stay inert.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_CHARS } from '../../src/limits.js';
import type { Finding, Report } from '../../src/model.js';
import { LocalSourceReader } from '../../src/repo/source-reader.js';
import { CONFIG_DOCS_URL } from '../../src/report/comment.js';
import { parseCommentState } from '../../src/report/comment-markers.js';
import { triage } from '../../src/triage.js';
import { renderComment } from './one-section-comment.js';

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
    const body = renderComment(report, { headSha: HEAD });
    expect(body.replace(/^<!-- go-panic-triage:section .*\n/m, '')).toBe(
      [
        '### ✅ go-panic-triage: no Go crashes at `ec26c3e57ca3`',
        '',
        '✅ Clean: logs · No panic, fatal error, data race or timeout in the triaged logs; earlier findings are gone.',
        '',
        '#### Jobs at `ec26c3e57ca3`',
        '',
        '- ✅ **logs**: no Go crashes',
        '',
        `<sub>go-panic-triage updates this comment as jobs finish. [Configure or silence it](${CONFIG_DOCS_URL}) (\`comment: off\`, \`ignore\`, or a separate comment per workflow with \`comment-key\`).</sub>`,
        '',
      ].join('\n'),
    );
  });

  it('tells unreadable logs apart from a clean run', () => {
    const body = renderComment(
      { findings: [], stats: { bytes: 0, lines: 0, faults: 0, truncated: false } },
      { headSha: HEAD, notes: ["log of job 'test' could not be read (410 Gone)"] },
    );
    expect(body).toMatch(/^### ⚠️ go-panic-triage: the logs of 1 job could not be read at `ec26c3e57ca3`\n/);
    expect(body).toContain(
      "- ⚠️ **logs**: the logs could not be read, so nothing was triaged\n  - log of job 'test' could not be read \\(410 Gone\\)",
    );
  });
});

describe('comment size', () => {
  it('stays under the limit with hundreds of root causes, keeping the table and saying what it left out', async () => {
    const report = await triageFile(join(SCENARIOS, 'logs/nil-pointer-sigsegv-gotraceback-system.log'));
    const [one] = report.findings as [Finding];
    const findings = Array.from({ length: 400 }, (_, i) => ({
      ...one,
      id: `id${i}`,
      headline: `${one.headline} #${i}`,
      culprit: null,
    }));
    const body = renderComment(
      { ...report, findings },
      { headSha: HEAD, notes: Array.from({ length: 50 }, () => 'n'.repeat(5_000)) },
    );
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body).toMatch(
      /_The details of \d+ root causes are not shown \(comment size limit\); the table lists them\._/,
    );
    // A section keeps 50 root causes; all 50 fit in the table, without their blocks.
    expect(body.match(/^\| \d+ \|/gm)).toHaveLength(50);
    expect(body).toContain('350 more root causes are not shown here; the job summary has them all');
    // The section's marker and notes (10 of them, cut to 500 characters, then the omission) survive.
    expect(parseCommentState(body).sections).toHaveLength(1);
    expect(body.match(/^ {2}- n{500}$/gm)).toHaveLength(10);
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
      // Our own markers: the section's JSON escapes `<` and `>`, so it holds no tag.
      .replace(/^<!-- go-panic-triage:(section|cause) [^\n]* -->$|^<!-- \/go-panic-triage:cause -->$/gm, '')
      .replace(/(^|\n)(`{3,})[^\n]*\n[\s\S]*?\n\2(?=\n|$)/g, '$1')
      .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
    expect(outsideCode).not.toMatch(
      /<script|<img|<\/details>\s*@|@octocat|\]\(https:\/\/evil|<!-- go-panic-triage/,
    );
    expect(body).not.toContain('<!-- go-panic-triage key=x -->\n');
    // The only markers in the body are ours: one section, one cause, whatever the log printed.
    expect(parseCommentState(body).sections.map((s) => s.key)).toEqual(['logs']);
    expect(body.match(/<!-- go-panic-triage:/g)).toHaveLength(2);
    expect(body).toContain('\\[y\\]\\(https:\u200D//evil\\.example\\)');
    // The only raw HTML in the body is ours.
    const tags = [...outsideCode.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['details', 'summary', 'sub']));
  });
});
