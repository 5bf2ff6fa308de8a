import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { shouldColor } from '../../src/report/color.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { emptyReport, sampleReport } from './sample.js';

describe('renderJson', () => {
  it('follows the DESIGN.md contract: version, findings with the contract keys first, in order', () => {
    const doc = JSON.parse(renderJson(sampleReport()));
    expect(Object.keys(doc)).toEqual(['version', 'findings', 'stats']);
    expect(doc.version).toBe(1);
    const [panic, race] = doc.findings;
    expect(Object.keys(panic).slice(0, 8)).toEqual([
      'id',
      'kind',
      'occurrences',
      'headline',
      'test',
      'crashFrame',
      'culprit',
      'culpritReason',
    ]);
    expect({ ...panic, frames: undefined }).toEqual({
      id: '5e1ea15c8f44',
      kind: 'panic',
      occurrences: 2,
      headline: 'panic: runtime error: index out of range [4] with length 3 [recovered]',
      test: 'TestSyncJob/too_few_pods',
      crashFrame: {
        func: 'example.com/triage-fixtures/pkg/controller/job.lastReadyPod',
        file: 'pkg/controller/job/job_controller.go',
        line: 29,
      },
      culprit: null,
      culpritReason: 'nothing shared is written',
      title: 'Index out of range in TestSyncJob/too_few_pods at job_controller.go:29, 2 times',
      package: 'example.com/triage-fixtures/pkg/controller/job',
      panicChain: [
        'panic: runtime error: index out of range [4] with length 3 [recovered]',
        'panic: runtime error: index out of range [4] with length 3',
      ],
      frames: undefined,
    });
    expect(panic.frames[3]).toEqual({
      func: 'example.com/triage-fixtures/pkg/controller/job.lastReadyPod',
      file: 'pkg/controller/job/job_controller.go',
      line: 29,
      kind: 'repo',
    });
    expect(race.culprit).toEqual({
      mutation: {
        file: 'pkg/runtime/scheme.go',
        line: 52,
        code: 's.gvkToType[gvk] = t',
        variable: 'legacyscheme.Scheme',
      },
      objectSource: {
        file: 'pkg/api/legacyscheme/scheme.go',
        line: 6,
        code: 'var Scheme = runtime.NewScheme()',
        kind: 'package-variable',
      },
      fixKind: 'per-test-scheme',
      suggestion: 'Give each subtest its own scheme: runtime.NewScheme()',
      confidence: 0.8,
      confidenceText: 'high confidence: the object comes from a package-level variable every test shares',
      evidence: [
        {
          file: 'pkg/registry/core/service/storage/install.go',
          line: 12,
          code: 'legacyscheme.Scheme.AddKnownTypes(gv, &Service{})',
          note: 'writes the shared Scheme',
        },
      ],
    });
    expect(race.accesses.map((a: { title: string }) => a.title)).toEqual([
      'Write by goroutine 9',
      'Previous read by goroutine 8',
    ]);
    expect(doc.stats).toEqual({ bytes: 1225, lines: 24, faults: 3, truncated: false });
  });

  it('prints an empty findings list for a clean log', () => {
    expect(renderJson(emptyReport)).toBe(
      '{\n  "version": 1,\n  "findings": [],\n  "stats": {\n    "bytes": 514,\n    "lines": 20,\n    "faults": 0,\n    "truncated": false\n  }\n}\n',
    );
  });
});

describe('renderText', () => {
  it('prints each finding under its headline, the crash frame once, wrapped at 80 columns', () => {
    const text = renderText(sampleReport(), { color: false });
    expect(text).toBe(
      `go-panic-triage: 2 findings (1 crash, 1 race) in 1225 bytes, 24 lines

1. Index out of range in TestSyncJob/too_few_pods at job_controller.go:29, 2
   times
   log:      panic: runtime error: index out of range [4] with length 3
             [recovered]
   crashed:  pkg/controller/job/job_controller.go:29  job.lastReadyPod
   stack:    pkg/controller/job/job_controller.go:35  job.SyncJob
             pkg/controller/job/job_controller_test.go:33  job.TestSyncJob.func1
             + 4 library frames
   id:       5e1ea15c8f44  (silence it: ignore: [{id: "5e1ea15c8f44"}])

2. Data race in TestServiceStrategy: legacyscheme.Scheme written at scheme.go:52
   Write by goroutine 9:
     pkg/runtime/scheme.go:52  runtime.(*Scheme).AddKnownTypes
     pkg/registry/core/service/storage/install.go:12  storage.Install
     pkg/registry/core/service/storage/storage_test.go:39
     storage.TestServiceStrategy.func1
     + 2 library frames
     goroutine created at pkg/registry/core/service/storage/storage_test.go:36
     storage.TestServiceStrategy
   Previous read by goroutine 8:
     pkg/runtime/scheme.go:60  runtime.(*Scheme).New
     pkg/registry/core/service/storage/install.go:17  storage.NewService
     pkg/registry/core/service/storage/storage_test.go:43
     storage.TestServiceStrategy.func1
     + 2 library frames
     goroutine created at pkg/registry/core/service/storage/storage_test.go:36
     storage.TestServiceStrategy
   culprit:  pkg/runtime/scheme.go:52  writes legacyscheme.Scheme
             high confidence: the object comes from a package-level variable
             every test shares
             s.gvkToType[gvk] = t
   from:     pkg/api/legacyscheme/scheme.go:6  var Scheme = runtime.NewScheme()
             ← a package-level variable every test shares
   evidence: pkg/registry/core/service/storage/install.go:12
             legacyscheme.Scheme.AddKnownTypes(gv, &Service{})  ← writes the
             shared Scheme
   fix:      Give each subtest its own scheme: runtime.NewScheme()
   id:       d8c7b56b0295  (silence it: ignore: [{id: "d8c7b56b0295"}])
`,
    );
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    // A wide terminal keeps the lines whole.
    expect(renderText(sampleReport(), { color: false, width: 200 })).toContain(
      '   log:      panic: runtime error: index out of range [4] with length 3 [recovered]\n',
    );
  });

  it('wraps coloured lines by their visible width, with a hanging indent', () => {
    const text = renderText(sampleReport(), { color: true, width: 60 });
    for (const line of text.split('\n')) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: measuring around ANSI colour codes.
      expect(line.replace(/\u001b\[[0-9;]*m/g, '').length).toBeLessThanOrEqual(60);
    }
    expect(text).toContain('   \u001b[32mfix:      \u001b[39mGive each subtest its own scheme:\n');
    // Long output ends with the one-line summary, where the reader's eyes are.
    expect(text.endsWith('\n\n\u001b[1mgo-panic-triage: 2 findings (1 crash, 1 race)\u001b[22m\n')).toBe(
      true,
    );
  });

  it('says so when there is nothing to report', () => {
    expect(renderText(emptyReport, { color: false })).toBe(
      'go-panic-triage: no Go crashes (514 bytes, 20 lines)\n',
    );
  });

  it('colours with ANSI codes only when asked', () => {
    expect(renderText(emptyReport, { color: true })).toBe(
      '\u001b[32mgo-panic-triage: no Go crashes\u001b[39m (514 bytes, 20 lines)\n',
    );
  });

  it('strips terminal control sequences from log text', () => {
    const report = sampleReport();
    const finding = report.findings[0];
    if (!finding) throw new Error('no finding');
    finding.headline = 'panic: \u001b]0;pwned\u0007\u001b[2Jgone';
    finding.test = 'Test\u001b[1mX';
    const out = renderText(report, { color: false });
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
    expect(out).toContain(
      '1. Panic ]0;pwned[2Jgone in Test[1mX at job_controller.go:29, 2 times\n   log:      panic: ]0;pwned[2Jgone\n',
    );
  });
});

describe('shouldColor', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { NO_COLOR: '1', FORCE_COLOR: '1' }, true],
  ])('tty=%s env=%j → %s', (isTTY, env, expected) => expect(shouldColor({ isTTY, env })).toBe(expected));
});

describe('renderMarkdown', () => {
  it('renders a headline in words, each line once, and stacks folded with their frames linked', () => {
    const md = renderMarkdown(sampleReport(), { blobBase: 'https://github.com/o/r/blob/abc1234' });
    const blob = 'https://github.com/o/r/blob/abc1234';
    expect(md.split('\n').slice(0, 6).join('\n')).toBe(`### go-panic-triage: 2 findings (1 crash, 1 race)

#### 1. Index out of range in \`TestSyncJob/too_few_pods\` at [\`job_controller.go:29\`](${blob}/pkg/controller/job/job_controller.go#L29), 2 times

- **Log:** \`panic: runtime error: index out of range [4] with length 3 [recovered]\`
- **Crashed** at [\`pkg/controller/job/job_controller.go:29\`](${blob}/pkg/controller/job/job_controller.go#L29) in \`job.lastReadyPod\``);
    // No filler: a panic without a culprit says nothing more than where it crashed.
    expect(md).not.toContain('No culprit found');
    expect(md).toContain(
      '- _library:_ `testing.tRunner.func1.2` `testing/testing.go:1396` · `testing.tRunner.func1` `testing/testing.go:1399` · 1 more frame\n' +
        `- \`job.lastReadyPod\` at [\`pkg/controller/job/job_controller.go:29\`](${blob}/pkg/controller/job/job_controller.go#L29) ← **crash**\n`,
    );
    const race = md.slice(md.indexOf('#### 2.'));
    expect(
      race.slice(0, race.indexOf('<details>')),
    ).toBe(`#### 2. Data race in \`TestServiceStrategy\`: \`legacyscheme.Scheme\` written at [\`scheme.go:52\`](${blob}/pkg/runtime/scheme.go#L52)

- **Write by goroutine 9** in \`runtime.(*Scheme).AddKnownTypes\` (the culprit below), goroutine started at [\`pkg/registry/core/service/storage/storage_test.go:36\`](${blob}/pkg/registry/core/service/storage/storage_test.go#L36)
- **Previous read by goroutine 8** at [\`pkg/runtime/scheme.go:60\`](${blob}/pkg/runtime/scheme.go#L60) in \`runtime.(*Scheme).New\`, started at the same place

**Culprit** (high confidence: the object comes from a package\\-level variable every test shares): \`s.gvkToType[gvk] = t\` at [\`pkg/runtime/scheme.go:52\`](${blob}/pkg/runtime/scheme.go#L52) writes \`legacyscheme.Scheme\`.

**Where \`legacyscheme.Scheme\` comes from:** a package\\-level variable every test shares: \`var Scheme = runtime.NewScheme()\` at [\`pkg/api/legacyscheme/scheme.go:6\`](${blob}/pkg/api/legacyscheme/scheme.go#L6)

**How it gets there:**

- [\`pkg/registry/core/service/storage/install.go:12\`](${blob}/pkg/registry/core/service/storage/install.go#L12) \`legacyscheme.Scheme.AddKnownTypes(gv, &Service{})\`: writes the shared Scheme

**Fix:** Give each subtest its own scheme: runtime\\.NewScheme\\(\\)

`);
    expect(md).toContain(
      'Silence this finding with `ignore: [{id: "d8c7b56b0295"}]` in `.github/go-panic-triage.yml`.',
    );
    expect(md.endsWith('</details>\n')).toBe(true);
  });

  it('renders a clean log as the summary line only', () => {
    expect(renderMarkdown(emptyReport)).toBe('### go-panic-triage: no Go crashes\n');
  });

  it('keeps hostile log text inert', () => {
    const report: Report = sampleReport();
    const finding = report.findings[0];
    const frame = finding?.frames[3];
    if (!finding || !frame) throw new Error('no finding');
    finding.headline = 'panic: ```` <img src=x onerror=alert(1)> @octocat [x](http://evil) --> <script>';
    finding.test = 'Test`@admin`';
    finding.culpritReason = '<b>@team</b> [y](javascript:alert(1))';
    frame.func = 'main.f````\n## injected heading\n@everyone';
    const md = renderMarkdown(report);
    expect(md).toContain(
      "#### 1. Panic `'''' <img src=x onerror=alert(1)> @octocat [x](http://evil) --> <script>` in `Test'@admin'` at `job_controller.go:29`, 2 times",
    );
    expect(md).toContain(
      '- **Log:** `````panic: ```` <img src=x onerror=alert(1)> @octocat [x](http://evil) --> <script>`````',
    );
    expect(md).toContain(
      '- `````main.f```` ## injected heading @everyone````` at `pkg/controller/job/job_controller.go:29` ← **crash**',
    );
    // A frame is one line of inline code: its newlines cannot start a heading.
    expect(md).not.toMatch(/^## injected/m);
  });

  it('keeps a permalink whole when the file name holds a parenthesis', () => {
    const report: Report = sampleReport();
    const crash = report.findings[0]?.crashFrame;
    if (!crash) throw new Error('no crash frame');
    crash.repoPath = 'pkg/job/job).go';
    const md = renderMarkdown(report, { blobBase: 'https://github.com/o/r/blob/abc1234' });
    expect(md).toContain(
      `[\`pkg/job/job).go:${crash.line}\`](https://github.com/o/r/blob/abc1234/pkg/job/job%29.go#L${crash.line})`,
    );
  });

  it('stays under the size limit, saying how many findings were left out', () => {
    const md = renderMarkdown(sampleReport(), { maxChars: 2500 });
    expect(md.length).toBeLessThanOrEqual(2500);
    expect(md).toContain('#### 1. Index out of range');
    expect(md).not.toContain('#### 2.');
    expect(md.endsWith('\n_1 more finding not shown (comment size limit)._\n')).toBe(true);
  });
});

describe('a culprit the change touched', () => {
  it('is flagged in text and markdown', () => {
    const report = sampleReport();
    const race = report.findings[1];
    if (!race?.culprit) throw new Error('no culprit');
    race.culprit = { ...race.culprit, inDiff: true, confidence: 0.4 };
    expect(renderText(report, { color: false, width: 120 })).toContain(
      '   culprit:  pkg/runtime/scheme.go:52  writes legacyscheme.Scheme  (this change touches that line)\n' +
        '             low confidence: this is a guess from the code around the crash\n',
    );
    expect(renderMarkdown(report)).toContain(
      '**Culprit** (low confidence: this is a guess from the code around the crash): `s.gvkToType[gvk] = t` at `pkg/runtime/scheme.go:52` writes `legacyscheme.Scheme`. **This change touches that line.**\n',
    );
  });
});
