// The merged pull-request comment: sections per job built from real fixture logs, rendered as
// reviewed snapshots, read back from the body, merged, folded for size, and rendered through a real
// GitHub-flavoured markdown renderer to check what a reader sees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { mergeSections, type SectionUpdate } from '../../src/deliver/sticky-sections.js';
import type { Report } from '../../src/model.js';
import { LocalSourceReader } from '../../src/repo/source-reader.js';
import { CONFIG_DOCS_URL, renderSectionsComment } from '../../src/report/comment.js';
import { parseCommentState } from '../../src/report/comment-markers.js';
import {
  type CommentState,
  type SectionIdentity,
  sectionFromReport,
} from '../../src/report/comment-sections.js';
import { triage } from '../../src/triage.js';

const SCENARIOS = 'test/fixtures/scenarios';
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const OLD_HEAD = '0123456789abcdef0123456789abcdef01234567';
const REPO_URL = 'https://github.com/Codertocat/Hello-World';
const BLOB = `${REPO_URL}/blob/${HEAD}`;

/** Real logs of the scenario programs, triaged with their sources, findings merged into one report. */
async function reportOf(...logs: string[]): Promise<Report> {
  const reports = await Promise.all(
    logs.map(async (log) => {
      async function* input() {
        yield readFileSync(join(SCENARIOS, 'logs', log));
      }
      return triage(input(), {
        modulePath: 'example.com/triage-fixtures',
        diagnose: { sources: new LocalSourceReader(join(SCENARIOS, 'src')) },
      });
    }),
  );
  return {
    findings: reports.flatMap((r) => r.findings),
    stats: {
      bytes: reports.reduce((n, r) => n + r.stats.bytes, 0),
      lines: reports.reduce((n, r) => n + r.stats.lines, 0),
      faults: reports.reduce((n, r) => n + r.stats.faults, 0),
      truncated: false,
    },
  };
}

const unreadReport: Report = { findings: [], stats: { bytes: 0, lines: 0, faults: 0, truncated: false } };

/** A matrix leg of `CI / test`, as the App names it. */
function leg(go: string, jobId: number): SectionIdentity {
  return {
    key: `run:CI/test (${go})`,
    group: 'CI / test',
    leg: go,
    jobUrl: `${REPO_URL}/actions/runs/42/job/${jobId}`,
    summaryUrl: `${REPO_URL}/actions/runs/42`,
  };
}

function update(report: Report, identity: SectionIdentity, sha = HEAD, notes: string[] = []): SectionUpdate {
  return sectionFromReport(report, identity, { sha, notes, blobBase: `${REPO_URL}/blob/${sha}` });
}

function render(state: CommentState, maxChars?: number): string {
  return renderSectionsComment(state, { headSha: HEAD, repoUrl: REPO_URL, ...(maxChars && { maxChars }) });
}

const empty: CommentState = { sections: [], blocks: new Map() };

describe('rendered bodies', () => {
  it('one root cause: a race and a crash with the same write are one block listing both', async () => {
    const report = await reportOf('cache-mutation-iter-json-race-then-fatal.log');
    expect(report.findings.map((f) => f.kind).sort()).toEqual([
      'concurrent-map-iteration-write',
      'data-race',
    ]);
    const body = render(mergeSections(empty, [update(report, leg('go 1.25', 1))], HEAD));
    await expect(body).toMatchFileSnapshot('__snapshots__/sections-1-root-cause.md');
    expect(body.match(/^#### \d+\. /gm)).toEqual(['#### 1. ']);
    expect(body).toContain('**The same write is behind 1 more finding:**');
    expect(body).toContain('### ❌ go-panic-triage: 1 root cause of Go crashes in 1 job at `ec26c3e57ca3`');
  });

  it('two root causes: the scheme races of two lines', async () => {
    const report = await reportOf('scheme-race-test-v.log');
    const body = render(mergeSections(empty, [update(report, leg('go 1.25', 1))], HEAD));
    await expect(body).toMatchFileSnapshot('__snapshots__/sections-2-root-causes.md');
    expect(body.match(/^\| \d+ \|/gm)).toEqual(['| 1 |', '| 2 |']);
  });

  it('seven root causes: a table row each, three blocks open and four folded', async () => {
    const report = await reportOf(
      'cache-mutation-iter-json-race-then-fatal.log',
      'scheme-race-test-v.log',
      'nil-map-assign.log',
      'nil-pointer-sigsegv.log',
      'subtest-panic.log',
      'deadlock.log',
    );
    const body = render(mergeSections(empty, [update(report, leg('go 1.25', 1))], HEAD));
    await expect(body).toMatchFileSnapshot('__snapshots__/sections-7-root-causes.md');
    expect(body.match(/^\| \d+ \|/gm)).toHaveLength(7);
    const folded = body.slice(body.indexOf('<details><summary>Details of 4 more root causes</summary>'));
    expect(folded.match(/^#### \d+\. /gm)).toEqual(['#### 4. ', '#### 5. ', '#### 6. ', '#### 7. ']);
    // Crashes first, then the races, then the hangs.
    expect(body.match(/^\| \d+ \| [^|]+/gm)?.map((row) => row.split('| ')[2]?.trim())).toEqual([
      'Map written while being iterated (2 findings)',
      'Write to a nil map',
      'Nil dereference',
      'Panic',
      'Data race',
      'Data race',
      'Deadlock',
    ]);
  });

  it('the clean state names the clean jobs', async () => {
    const crash = await reportOf('cache-mutation-iter-json.log');
    const clean = await reportOf('passing-sets-v.log');
    const before = mergeSections(
      empty,
      [update(crash, leg('go 1.25', 1)), update(crash, leg('go 1.26', 2))],
      HEAD,
    );
    const after = mergeSections(
      before,
      [update(clean, leg('go 1.25', 3)), update(clean, leg('go 1.26', 4))],
      HEAD,
    );
    const body = render(after);
    await expect(body).toMatchFileSnapshot('__snapshots__/sections-clean.md');
    expect(body).toContain('### ✅ go-panic-triage: no Go crashes at `ec26c3e57ca3`');
    expect(body).toContain('✅ Clean: CI / test \\(go 1\\.25\\), CI / test \\(go 1\\.26\\)');
    expect(body).not.toContain('go-panic-triage:cause');
  });
});

describe('sections across jobs', () => {
  it('the same crash in two legs is one root cause naming the legs', async () => {
    const report = await reportOf('cache-mutation-iter-json.log');
    const body = render(
      mergeSections(empty, [update(report, leg('go 1.25', 1)), update(report, leg('go 1.26', 2))], HEAD),
    );
    expect(body.match(/^#### \d+\. /gm)).toEqual(['#### 1. ']);
    expect(body).toContain('**Seen in the go 1\\.25 and go 1\\.26 legs of CI / test.**');
    expect(body).toContain(
      `[go 1\\.25](${REPO_URL}/actions/runs/42/job/1), [go 1\\.26](${REPO_URL}/actions/runs/42/job/2) |`,
    );
    expect(body).toContain('### ❌ go-panic-triage: 1 root cause of Go crashes in 2 jobs at `ec26c3e57ca3`');
  });

  it('reads back every section and block it wrote', async () => {
    const race = await reportOf('scheme-race-test-v.log');
    const crash = await reportOf('nil-pointer-sigsegv.log');
    const state = mergeSections(
      empty,
      [update(race, leg('go 1.25', 1)), update(crash, leg('go 1.26', 2))],
      HEAD,
    );
    const parsed = parseCommentState(render(state));
    expect(parsed.sections).toEqual(state.sections);
    expect([...parsed.blocks.keys()].sort()).toEqual([...state.blocks.keys()].sort());
    // Re-rendering what was read gives the same body: a writer that owns no section changes nothing.
    expect(render(parsed)).toBe(render(state));
  });

  it('a job whose logs could not be read keeps its earlier findings at the same commit and says so', async () => {
    const crash = await reportOf('cache-mutation-iter-json.log');
    const diagnosed = mergeSections(empty, [update(crash, leg('go 1.25', 1))], HEAD);
    const unread = update(unreadReport, leg('go 1.25', 3), HEAD, [
      "log of job 'test (go 1.25)' could not be read (410 Gone)",
    ]);
    const body = render(mergeSections(parseCommentState(render(diagnosed)), [unread], HEAD));
    expect(body).toContain('fatal error: concurrent map iteration and map write');
    expect(body).toContain(
      '- ❌ **CI / test \\(go 1\\.25\\)**: 1 root cause (#1) (from the earlier run at this commit: the latest run’s logs could not be read)',
    );
    expect(body).toContain("log of job 'test \\(go 1\\.25\\)' could not be read \\(410 Gone\\)");
  });

  it('an unreadable job never touches another job’s findings', async () => {
    const crash = await reportOf('cache-mutation-iter-json.log');
    const state = mergeSections(empty, [update(crash, leg('go 1.25', 1))], HEAD);
    const unread = update(unreadReport, leg('go 1.26', 2), HEAD, [
      "log of job 'test (go 1.26)' could not be read (410 Gone)",
    ]);
    const body = render(mergeSections(state, [unread], HEAD));
    expect(body).toContain('#### 1. ');
    expect(body).toContain(
      '- ⚠️ **CI / test \\(go 1\\.26\\)**: the logs could not be read, so nothing was triaged',
    );
    expect(body).toContain('⚠️ Logs unreadable: CI / test \\(go 1\\.26\\)');
  });

  it('sections of an older head fold as outdated, and their blocks go', async () => {
    const crash = await reportOf('cache-mutation-iter-json.log');
    const race = await reportOf('scheme-race-test-v.log');
    const old = mergeSections(empty, [update(crash, leg('go 1.25', 1), OLD_HEAD)], OLD_HEAD);
    const state = mergeSections(old, [update(race, leg('go 1.26', 2))], HEAD);
    const body = render(state);
    expect(body).toContain('<details><summary>1 job triaged at older commits (outdated)</summary>');
    expect(body).toContain(
      `- **CI / test \\(go 1\\.25\\)** at \`0123456789ab\`: Map written while being iterated at [\`pkg/controller/endpointslice/controller.go:78\`](${REPO_URL}/blob/${OLD_HEAD}/pkg/controller/endpointslice/controller.go#L78) · [log](${REPO_URL}/actions/runs/42/job/1)`,
    );
    expect(body).not.toContain('concurrent map iteration');
    expect([...state.blocks.keys()]).toHaveLength(2);
  });

  it('a passing job only cleans a section it had', async () => {
    const clean = await reportOf('passing-sets-v.log');
    const passing = { ...update(clean, leg('go 1.26', 2)), onlyIfPresent: true };
    expect(mergeSections(empty, [passing], HEAD).sections).toEqual([]);
  });
});

describe('size', () => {
  it('folds the least severe sections to one line each, linking their summaries', async () => {
    const timeout = await reportOf('test-timeout.json');
    const race = await reportOf('scheme-race-test-v.log');
    const crash = await reportOf('nil-pointer-sigsegv.log');
    const state = mergeSections(
      empty,
      [
        update(crash, { ...leg('go 1.24', 1), summaryUrl: `${REPO_URL}/actions/runs/42#summary-1` }),
        update(race, { ...leg('go 1.25', 2), summaryUrl: `${REPO_URL}/actions/runs/42#summary-2` }),
        update(timeout, { ...leg('go 1.26', 3), summaryUrl: `${REPO_URL}/actions/runs/42#summary-3` }),
      ],
      HEAD,
    );
    // Room for the crash's block and two folded lines, not for the races' blocks: the timeout leg
    // folds first, then the race leg.
    const crashOnly = render(mergeSections(empty, [update(crash, leg('go 1.24', 1))], HEAD));
    const limit = crashOnly.length + 3_000;
    expect(render(state).length).toBeGreaterThan(limit + 5_000);
    const body = render(state, limit);
    expect(body.length).toBeLessThanOrEqual(limit);
    expect(body).toContain(
      `- ❌ **CI / test \\(go 1\\.26\\)**: 1 root cause, folded to fit GitHub's size limit; see [the job summary](${REPO_URL}/actions/runs/42#summary-3)`,
    );
    expect(body).toContain(
      `- ❌ **CI / test \\(go 1\\.25\\)**: 2 root causes, folded to fit GitHub's size limit; see [the job summary](${REPO_URL}/actions/runs/42#summary-2)`,
    );
    expect(body).toContain('Nil dereference');
    expect(body.match(/^#### \d+\. /gm)).toEqual(['#### 1. ']);
    // The folded sections' data stays in the body for the next writer.
    expect(parseCommentState(body).sections.map((s) => s.causes.length)).toEqual([1, 2, 1]);
    await expect(body).toMatchFileSnapshot('__snapshots__/sections-folded-for-size.md');
  });
});

/** Text a reader sees: HTML without code, tags and comments, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<pre>[\s\S]*?<\/pre>/g, '')
    .replace(/<code>[\s\S]*?<\/code>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('as GitHub renders it', () => {
  it.each([
    'sections-1-root-cause.md',
    'sections-2-root-causes.md',
    'sections-7-root-causes.md',
    'sections-clean.md',
    'sections-folded-for-size.md',
  ])('%s: no stray escapes or backticks, links only to GitHub, every <details> closed', async (file) => {
    const body = readFileSync(join('test/report/__snapshots__', file), 'utf8');
    const html = await marked.parse(body, { gfm: true });
    expect(visibleText(html)).not.toMatch(/[\\`]/);
    for (const [, href] of html.matchAll(/<a href="([^"]*)"/g))
      expect(href).toMatch(/^https:\/\/github\.com\//);
    expect(html.match(/<details>/g)?.length ?? 0).toBe(html.match(/<\/details>/g)?.length ?? 0);
    // The hidden markers stay hidden: HTML comments, not text.
    expect(visibleText(html)).not.toMatch(/go-panic-triage:(section|cause)/);
  });

  it('has a real table, folded details, links, and no stray escapes or backticks', async () => {
    const report = await reportOf(
      'cache-mutation-iter-json-race-then-fatal.log',
      'scheme-race-test-v.log',
      'nil-map-assign.log',
      'nil-pointer-sigsegv.log',
      'subtest-panic.log',
      'deadlock.log',
    );
    const unread = update(unreadReport, leg('go 1.27', 9), HEAD, [
      "log of job 'test (go 1.27)' could not be read (410 Gone)",
    ]);
    const state = mergeSections(
      empty,
      [update(report, leg('go 1.25', 1)), update(report, leg('go 1.26', 2)), unread],
      HEAD,
    );
    const html = await marked.parse(render(state), { gfm: true });
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0].match(/<tr>/g)).toHaveLength(7);
    // Every row has its six cells: no `|` in code split a row.
    for (const row of html.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0].match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
      expect(row.match(/<td/g)).toHaveLength(6);
    }
    expect(html).toContain('<details><summary>Details of 4 more root causes</summary>');
    expect(html).toContain(`<a href="${BLOB}/pkg/controller/endpointslice/controller.go#L78">`);
    expect(html).toContain(`<a href="${REPO_URL}/actions/runs/42/job/1">go 1.25</a>`);
    expect(html).toContain(`<a href="${CONFIG_DOCS_URL}">Configure or silence it</a>`);
    const text = visibleText(html);
    expect(text).not.toMatch(/[\\`]/);
    expect(text).toContain('Seen in the go 1.25 and go 1.26 legs of CI / test.');
    expect(text).toContain("log of job 'test (go 1.27)' could not be read (410 Gone)");
  });
});
