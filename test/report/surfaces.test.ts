// Every surface of one triage, side by side, from real scenario logs: the comment body (as the
// comment renderer produces it), the job summary, the review suggestions, the annotations, SARIF and
// the terminal. Snapshots are reviewed files; the markdown ones are also rendered through a real
// GitHub-flavoured markdown renderer (marked) and the text a reader sees is checked: no visible
// backslashes or backticks outside code, links only to GitHub, every <details> closed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { PullRequestDiff } from '../../src/deliver/pull-request.js';
import { suggestionsFor } from '../../src/deliver/suggestions.js';
import type { Report } from '../../src/model.js';
import { LocalSourceReader } from '../../src/repo/source-reader.js';
import { annotationsFor } from '../../src/report/annotations.js';
import { orderFindings } from '../../src/report/order.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderJobSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { triage } from '../../src/triage.js';
import { renderComment } from './one-section-comment.js';

const SCENARIOS = 'test/fixtures/scenarios';
const SRC = join(SCENARIOS, 'src');
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const REPO_URL = 'https://github.com/Codertocat/Hello-World';
const JOB_URL = `${REPO_URL}/actions/runs/42/job/7`;
const COMMENT_URL = `${REPO_URL}/pull/2#issuecomment-1000`;

async function triageLog(log: string): Promise<Report> {
  async function* input() {
    yield readFileSync(join(SCENARIOS, 'logs', log));
  }
  return triage(input(), {
    modulePath: 'example.com/triage-fixtures',
    diagnose: { sources: new LocalSourceReader(SRC) },
  });
}

/** Several real logs as one job's report (a job that ran several test binaries), in report order. */
async function reportOf(...logs: string[]): Promise<Report> {
  const reports = await Promise.all(logs.map(triageLog));
  return {
    findings: orderFindings(reports.flatMap((r) => r.findings)),
    stats: {
      bytes: reports.reduce((n, r) => n + r.stats.bytes, 0),
      lines: reports.reduce((n, r) => n + r.stats.lines, 0),
      faults: reports.reduce((n, r) => n + r.stats.faults, 0),
      truncated: false,
    },
  };
}

/** A pull request whose hunks cover every line of the files the fixes touch, as the sources read. */
function wholeFileDiff(report: Report): PullRequestDiff {
  const commentable = new Map<string, Map<number, string>>();
  for (const f of report.findings) {
    const file = f.culprit?.edit?.file;
    if (!file || commentable.has(file)) continue;
    const lines = readFileSync(join(SRC, file), 'utf8').split('\n');
    commentable.set(file, new Map(lines.map((text, i) => [i + 1, text])));
  }
  return { commentable, changed: new Map(), incomplete: false };
}

interface Surfaces {
  comment: string;
  summary: string;
  suggestions: string[];
  rest: string;
}

async function surfaces(report: Report, notes: string[] = []): Promise<Surfaces> {
  const comment = renderComment(report, { headSha: HEAD, repoUrl: REPO_URL, runUrl: JOB_URL, notes });
  const summary = renderJobSummary(report, { headSha: HEAD, repoUrl: REPO_URL, runUrl: JOB_URL, notes });
  const suggestions = (
    await suggestionsFor(report.findings, wholeFileDiff(report), new LocalSourceReader(SRC), {
      commentUrl: COMMENT_URL,
      blobBase: `${REPO_URL}/blob/${HEAD}`,
    })
  ).map((s) => `<!-- ${s.path}:${s.line} -->\n${s.body}`);
  const sarif = JSON.parse(
    renderSarif(report, '0.0.0', { repoUrl: REPO_URL, headSha: HEAD, runUrl: JOB_URL }),
  );
  const rest = [
    '## Annotations',
    '',
    '```json',
    JSON.stringify(annotationsFor(report.findings), null, 2),
    '```',
    '',
    '## SARIF results',
    '',
    '```json',
    JSON.stringify(sarif.runs[0].results, null, 2),
    '```',
    '',
    '## Terminal (not a TTY: 80 columns)',
    '',
    '```text',
    renderText(report, { color: false }).trimEnd(),
    '```',
    '',
  ].join('\n');
  return { comment, summary, suggestions, rest };
}

function snapshotFile(s: Surfaces): string {
  return [
    '# Comment',
    '',
    s.comment,
    '# Job summary',
    '',
    s.summary,
    '# Review suggestions',
    '',
    ...(s.suggestions.length ? s.suggestions.map((b) => `${b}\n`) : ['(none)', '']),
    s.rest,
  ].join('\n');
}

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

interface Rendered {
  html: string;
  /** What a reader sees outside code. */
  text: string;
  /** Everything a reader sees, code included. */
  words: string;
  links: string[];
}

async function rendered(markdown: string): Promise<Rendered> {
  const html = await marked.parse(markdown, { gfm: true });
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1] ?? '');
  const words = visibleText(html.replace(/<\/?code>/g, ''));
  return { html, text: visibleText(html), words, links };
}

async function expectRendersClean(markdown: string): Promise<Rendered> {
  const r = await rendered(markdown);
  expect(r.text).not.toMatch(/[\\`]/);
  for (const href of r.links) expect(href).toMatch(/^https:\/\/github\.com\//);
  expect(r.html.match(/<details>/g)?.length ?? 0).toBe(r.html.match(/<\/details>/g)?.length ?? 0);
  return r;
}

const BLOB = `${REPO_URL}/blob/${HEAD}`;

describe('every surface of a triage', () => {
  it('one finding: a map iterated while the reconciler writes the lister’s object', async () => {
    const report = await triageLog('cache-mutation-iter-json.log');
    expect(report.findings).toHaveLength(1);
    const s = await surfaces(report);
    await expect(snapshotFile(s)).toMatchFileSnapshot('__snapshots__/surfaces-one-finding.md');
    for (const md of [s.comment, s.summary, ...s.suggestions]) await expectRendersClean(md);
    const summary = await rendered(s.summary);
    // The summary links the write, the lister call, the job and the commit, like the comment.
    expect(summary.links).toEqual(
      expect.arrayContaining([
        `${BLOB}/pkg/controller/endpointslice/controller.go#L78`,
        `${BLOB}/pkg/controller/endpointslice/controller.go#L70`,
        JOB_URL,
        `${REPO_URL}/commit/${HEAD}`,
      ]),
    );
    expect(summary.words).toContain('Map written while being iterated: service written at controller.go:78');
    // The suggestion names the crash it fixes, links the comment, and its prose renders as prose.
    const [suggestion] = s.suggestions;
    const sug = await rendered(suggestion ?? '');
    expect(sug.links).toContain(COMMENT_URL);
    expect(sug.words).toContain(
      'go-panic-triage fixes the Map written while being iterated: service written at controller.go:78 (details), high confidence',
    );
    expect(sug.html).toContain('<code>service = service.DeepCopy()</code>');
  });

  it('a race pair with one cause: two races, each naming both accesses', async () => {
    const report = await triageLog('scheme-race-test-v.log');
    expect(report.findings.map((f) => f.culprit?.objectSource?.line)).toEqual([39, 39]);
    const s = await surfaces(report);
    await expect(snapshotFile(s)).toMatchFileSnapshot('__snapshots__/surfaces-race-pair.md');
    for (const md of [s.comment, s.summary, ...s.suggestions]) await expectRendersClean(md);
    const notes = annotationsFor(report.findings).filter((a) => a.file === 'pkg/runtime/scheme.go');
    // One annotation per line: the write of one race is the other's… each line once.
    expect(new Set(notes.map((a) => `${a.file}:${a.line}`)).size).toBe(notes.length);
    const first = annotationsFor(report.findings)[0];
    expect(first?.message).toMatch(
      /^Read by goroutine 8 at scheme\.go:68 in runtime\.\(\*Scheme\)\.ObjectKinds$/m,
    );
    expect(first?.message).toMatch(
      /^Previous write by goroutine 9 at scheme\.go:53 in runtime\.\(\*Scheme\)\.AddKnownTypes$/m,
    );
  });

  it('seven mixed findings: crashes before races, each titled by its kind', async () => {
    const report = await reportOf(
      'cache-mutation-iter-json-race-then-fatal.log',
      'scheme-race-test-v.log',
      'nil-map-assign.log',
      'nil-pointer-sigsegv.log',
      'subtest-panic.log',
    );
    expect(report.findings.map((f) => f.kind)).toEqual([
      'concurrent-map-iteration-write',
      'nil-map-write',
      'nil-deref',
      'panic',
      'data-race',
      'data-race',
      'data-race',
    ]);
    const s = await surfaces(report);
    await expect(snapshotFile(s)).toMatchFileSnapshot('__snapshots__/surfaces-seven-findings.md');
    for (const md of [s.comment, s.summary, ...s.suggestions]) await expectRendersClean(md);
    const titles = annotationsFor(report.findings).map((a) => a.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Index out of range on pods',
        'Nil dereference of svc',
        'Write to shared legacyscheme.Scheme',
      ]),
    );
    expect(titles.join('\n')).not.toMatch(/Suspect write/);
    // The summary is not cut at ten or any other number below its budget.
    expect((s.summary.match(/^#### \d+\. /gm) ?? []).length).toBe(7);
  });

  it('a timeout without -v: the test named from its stack, and what it waits on', async () => {
    const report = await triageLog('test-timeout.log');
    const [finding] = report.findings;
    expect(finding?.test).toBe('TestGarbageCollectorSync');
    const s = await surfaces(report);
    await expect(snapshotFile(s)).toMatchFileSnapshot('__snapshots__/surfaces-timeout.md');
    for (const md of [s.comment, s.summary]) await expectRendersClean(md);
    const summary = await rendered(s.summary);
    expect(summary.words).toContain(
      'Test timed out after 2s in TestGarbageCollectorSync: waits (chan receive) at garbagecollector_test.go:23',
    );
    expect(summary.words).toContain(
      'goroutine 19: select at pkg/client/cache/store.go:70 in cache.WaitForCacheSync',
    );
    expect(summary.words).toContain(
      'goroutine 20: semacquire in sync.(*RWMutex).RLock at pkg/controller/garbagecollector/garbagecollector.go:44',
    );
    expect(summary.text).not.toContain('Culprit');
  });

  it('a deadlock: every blocked goroutine of the repository, bucketed', async () => {
    const report = await triageLog('deadlock.log');
    const s = await surfaces(report);
    await expect(snapshotFile(s)).toMatchFileSnapshot('__snapshots__/surfaces-deadlock.md');
    for (const md of [s.comment, s.summary]) await expectRendersClean(md);
    const summary = await rendered(s.summary);
    expect(summary.words).toContain('Deadlock: goroutine 1 waits (semacquire) at range_allocator.go:41');
    expect(summary.words).toContain(
      '2 goroutines (18, 19): sync.Cond.Wait in sync.(*Cond).Wait at pkg/util/workqueue/queue.go:55',
    );
    expect(summary.links).toContain(`${BLOB}/pkg/util/workqueue/queue.go#L55`);
  });

  it('an unreadable log is not a clean run', async () => {
    const report: Report = { findings: [], stats: { bytes: 0, lines: 0, faults: 0, truncated: false } };
    const s = await surfaces(report, ['the log of job test (go 1.25) could not be read (410 Gone)']);
    await expect(snapshotFile(s)).toMatchFileSnapshot('__snapshots__/surfaces-unread.md');
    for (const md of [s.comment, s.summary]) await expectRendersClean(md);
    expect(s.summary).toMatch(
      /^### ⚠️ go-panic-triage: no logs could be read\n\n> \[!WARNING\]\n> the log of job/,
    );
    expect(s.summary).not.toContain('no Go crashes');
  });

  it('the clean state reads the same on every surface', async () => {
    const report = await triageLog('passing-sets-v.log');
    const s = await surfaces(report);
    await expect(snapshotFile(s)).toMatchFileSnapshot('__snapshots__/surfaces-clean.md');
    for (const md of [s.comment, s.summary]) await expectRendersClean(md);
    expect(s.comment).toContain('go-panic-triage: no Go crashes');
    expect(s.summary).toContain('go-panic-triage: no Go crashes');
    expect(renderText(report, { color: false })).toMatch(/^go-panic-triage: no Go crashes /);
  });

  it('a cache mutation: the ALTERED fields listed, the detector named as the one that noticed', async () => {
    const dir = 'test/fixtures/go-programs/cache-mutation-detector';
    async function* input() {
      yield readFileSync(join(dir, 'output.log'));
    }
    const report = await triage(input(), {
      modulePath: 'example.com/cache-mutation-detector',
      diagnose: { sources: new LocalSourceReader(dir) },
    });
    const md = renderComment(report, { headSha: HEAD, repoUrl: REPO_URL });
    const r = await expectRendersClean(md);
    expect(r.words).toContain('Informer cache *v1.Pod mutated');
    expect(r.words).not.toMatch(/mutated at mutation_detector\.go/);
    expect(r.words).toContain('Altered fields: Status.Phase, Status.Ready, ObjectMeta.Labels');
    expect(r.words).toContain('Noticed by the mutation detector at internal/cache/mutation_detector.go:79');
  });
});
