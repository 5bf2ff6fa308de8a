// Acceptance on test/fixtures/scenarios-writers: real Go 1.26 programs whose write no printed stack shows
// (the writer search), or whose shared source is set up in another file (provenance through fields).
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { detectorReportOnly } from '../support/paste-transforms.js';
import { triageLog } from './run-triage.js';

const dir = 'test/fixtures/scenarios-writers';
/** Every scenario adds files: the search must list and scan all of them. */
const goFiles = readdirSync(`${dir}/src`, { recursive: true }).filter((f) =>
  String(f).endsWith('.go'),
).length;
const run = (log: string): Promise<Finding[]> =>
  triageLog(`${dir}/logs/${log}.log`, `${dir}/src`, undefined, 'example.com/triage-writers');

interface Want {
  kind: string;
  mutation: string;
  variable: string;
  source: string;
  fixKind: string;
  /** True when the write is on no printed stack: found by the writer search. */
  inferred: boolean;
}

/** `file:line code` of the write, `file:line kind code` of the source. */
function facts(finding: Finding): Want {
  const c = finding.culprit;
  const o = c?.objectSource;
  return {
    kind: finding.kind,
    mutation: c
      ? `${c.mutation.file}:${c.mutation.line} ${c.mutation.code}`
      : `no culprit: ${finding.culpritReason}`,
    variable: c?.mutation.variable ?? '',
    source: o ? `${o.file}:${o.line} ${o.kind} ${o.code}` : 'none',
    fixKind: c?.fixKind ?? '',
    inferred: !!c?.writerCandidates,
  };
}

const cases: Record<string, Want> = {
  // The auditor ranges over a Pod's annotations; the informer handler of another controller wrote them.
  'reader-only-handler-writer': {
    kind: 'concurrent-map-iteration-write',
    mutation:
      'pkg/controller/podannotator/annotator.go:33 pod.Annotations[AnnotationScheduledOn] = pod.Spec.NodeName',
    variable: 'pod',
    source: 'pkg/controller/podannotator/annotator.go:29 informer-handler pod := cur.(*v1.Pod)',
    fixKind: 'deepcopy-before-mutate',
    inferred: true,
  },
  // The status page ranges over a package-level map another file writes from every worker.
  'package-map-reader': {
    kind: 'concurrent-map-iteration-write',
    mutation: 'pkg/tracker/observe.go:7 lastSeen[name] = time.Now()',
    variable: 'lastSeen',
    source: 'pkg/tracker/tracker.go:10 package-variable var lastSeen = map[string]time.Time{}',
    fixKind: 'lock',
    inferred: true,
  },
  // The lister sits in a field named `services`, set up in setup.go.
  'lister-in-struct-field': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/controller/svclabel/controller.go:38 svc.Labels[LabelZone] = c.zone',
    variable: 'svc',
    source:
      'pkg/controller/svclabel/controller.go:34 lister svc, err := c.services.Services(namespace).Get(name)',
    fixKind: 'deepcopy-before-mutate',
    inferred: false,
  },
  // `opts := DefaultOptions` copies the struct, not its Labels map.
  'shared-options-map': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/render/render.go:14 opts.Labels["app.kubernetes.io/name"] = name',
    variable: 'DefaultOptions',
    source: 'pkg/render/options.go:11 package-variable var DefaultOptions = Options{',
    fixKind: 'copy-map',
    inferred: false,
  },
  // One options value built in main and handed to two goroutines (`go render.Stamp(opts, 1, …)` twice): the
  // struct copies share its Labels map. Only the writer's own frame and its creation site are printed.
  'shared-options-callers': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/render/stamp.go:13 opts.Labels["render.example.com/worker"] = strconv.Itoa(id)',
    variable: 'opts',
    source:
      'cmd/opts-agent/main.go:17 shared-argument opts := render.Options{Labels: map[string]string{"app.kubernetes.io/managed-by": "opts-agent"}, Replicas: 2}',
    fixKind: 'copy-map',
    inferred: false,
  },
  // Two workers count into one collector's map field: nothing shared from a cache, the map needs a lock.
  'struct-map-writers': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/stats/collector.go:16 c.counts[kind]++',
    variable: 'c',
    source: 'none',
    fixKind: 'lock',
    inferred: false,
  },
  // kubernetes#85331's shape: the worker's local `service` (a lister's Service) hides the imported package
  // `service`; it is a local variable, not the package's, and comes from the lister.
  'shadowed-package-lister': {
    kind: 'concurrent-map-iteration-write',
    mutation: 'pkg/controller/svcsetup/controller.go:69 service.Annotations[AnnotationSetup] = "done"',
    variable: 'service',
    source:
      'pkg/controller/svcsetup/controller.go:62 lister service, err := c.services.Services(namespace).Get(name)',
    fixKind: 'deepcopy-before-mutate',
    inferred: true,
  },
  // tilt-dev/tilt#3868's shape: a helper the informer handler calls stores a changed copy of each container
  // back into the cached Pod; the package's first caller (wait.go) passes a Pod received from its own watch.
  'detector-handler-helper': {
    kind: 'cache-mutation',
    mutation: 'pkg/controller/podimages/images.go:17 pod.Spec.Containers[i] = c',
    variable: 'pod',
    source: 'pkg/controller/podimages/watch.go:18 informer-handler pod, ok := obj.(*v1.Pod)',
    fixKind: 'deepcopy-before-mutate',
    inferred: true,
  },
  // kubernetes#85364's shape: the lister's Nodes reach the write three calls away (reconcile, finalize, setZoneLabel).
  'detector-two-calls-away': {
    kind: 'cache-mutation',
    mutation: 'pkg/controller/nodezone/utils.go:9 node.Labels[LabelZone] = zone',
    variable: 'node',
    source: 'pkg/controller/nodezone/controller.go:30 lister nodes, err := c.nodes.List()',
    fixKind: 'deepcopy-before-mutate',
    inferred: true,
  },
  // A size reporter encodes cached Nodes while the worker stamps them with an annotation nobody reads.
  'last-seen-annotation': {
    kind: 'concurrent-map-iteration-write',
    mutation:
      'pkg/controller/lastseen/controller.go:74 node.Annotations[lastSeenAnnotation] = c.now().UTC().Format(time.RFC3339Nano)',
    variable: 'node',
    source: 'pkg/controller/lastseen/controller.go:64 lister node, err := c.nodes.Get(name)',
    fixKind: 'remove-write',
    inferred: true,
  },
  // The reconciler's embedded client is built with UnsafeDisableDeepCopy in setup.go.
  'unsafe-client-setup-race-test-v': {
    kind: 'data-race',
    mutation: 'pkg/operator/teamlabel/reconciler.go:27 pod.Labels[LabelTeam] = r.Team',
    variable: 'pod',
    source:
      'pkg/operator/teamlabel/reconciler.go:24 unsafe-client-read if err := r.Get(ctx, req.ObjectKey, &pod); err != nil {',
    fixKind: 'deepcopy-before-mutate',
    inferred: false,
  },
  // The reconciler's client is a constructor parameter; cmd/owner-agent builds it with UnsafeDisableDeepCopy.
  'constructor-param-client': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/operator/ownerlabel/reconciler.go:33 pod.Labels[LabelOwner] = r.owner',
    variable: 'pod',
    source: 'cmd/owner-agent/main.go:41 unsafe-client-read r := ownerlabel.NewReconciler(kube, "platform")',
    fixKind: 'deepcopy-before-mutate',
    inferred: false,
  },
  // NewController's lister parameter, passed by the external test package (svczone_test) in the same directory.
  'constructor-param-lister-race-test-v': {
    kind: 'data-race',
    mutation: 'pkg/controller/svczone/controller.go:29 svc.Labels[LabelZone] = c.zone',
    variable: 'svc',
    source:
      'pkg/controller/svczone/controller_test.go:19 lister c := svczone.NewController(listers.NewServiceLister(indexer), "eu-west-1a")',
    fixKind: 'deepcopy-before-mutate',
    inferred: false,
  },
};

describe('writer scenarios (real Go 1.26 logs)', () => {
  for (const [log, want] of Object.entries(cases)) {
    it(log, async () => {
      const findings = await run(log);
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) expect(facts(finding)).toEqual(want);
    });
  }

  it('says the searched writer is an inference and lists the candidates with why they rank', async () => {
    const [finding] = await run('reader-only-handler-writer');
    const culprit = finding?.culprit;
    expect(culprit?.confidence).toBe(0.6);
    expect(
      culprit?.writerCandidates?.map((c) => `${c.mutation.file}:${c.mutation.line} ${c.fixKind}`),
    ).toEqual(['pkg/controller/podannotator/annotator.go:33 deepcopy-before-mutate']);
    expect(culprit?.writerCandidates?.[0]?.why).toEqual([
      'writes a shared object (informer-handler)',
      "the same type as the reader's object (Pod)",
      "an informer event handler: runs on the informer's goroutine",
    ]);
    expect(culprit?.evidence.map((e) => `${e.file}:${e.line}`)).toEqual([
      'pkg/controller/podannotator/annotator.go:29',
      'pkg/controller/podannotator/annotator.go:28',
      'pkg/controller/podannotator/annotator.go:33',
      'pkg/controller/podaudit/audit.go:37',
      'cmd/pod-agent/main.go:47',
    ]);
    expect(culprit?.evidence[2]?.note).toContain(
      'inferred: no printed stack shows this write; found by searching the repository for writes to .Annotations of a Pod',
    );
    expect(culprit?.writerSearch).toEqual({
      filesListed: goFiles,
      filesScanned: goFiles,
      filesParsed: 4,
      skipped: [],
    });
  });

  it("searches the whole repository when the paste holds only the detector's report (no frame)", async () => {
    const text = readFileSync(`${dir}/logs/detector-handler-helper.log`, 'utf8');
    const paste = join(mkdtempSync(join(tmpdir(), 'gpt-report-only-')), 'paste.log');
    writeFileSync(paste, detectorReportOnly(text));
    const findings = await triageLog(paste, `${dir}/src`, undefined, 'example.com/triage-writers');
    expect(findings.map(facts)).toEqual([cases['detector-handler-helper']]);
    expect(findings[0]?.culprit?.evidence.map((e) => `${e.file}:${e.line}`)).toEqual([
      'pkg/controller/podimages/watch.go:18',
      'pkg/controller/podimages/watch.go:17',
      'pkg/controller/podimages/watch.go:22',
      'pkg/controller/podimages/images.go:17',
    ]);
    // The copy goes where the handler binds the Pod, not into the helper that writes it.
    expect(findings[0]?.culprit?.edit).toEqual({
      file: 'pkg/controller/podimages/watch.go',
      afterLine: 18,
      insert: ['\t\t\tpod = pod.DeepCopy()'],
    });
  });

  it('follows a parameter up three callers, through a slice filled by append, to the lister', async () => {
    const [finding] = await run('detector-two-calls-away');
    expect(finding?.culprit?.evidence.map((e) => `${e.file}:${e.line} ${e.note.slice(0, 40)}`)).toEqual([
      'pkg/controller/nodezone/controller.go:30 obtained through c.nodes, a lister (a po',
      'pkg/controller/nodezone/controller.go:23 c.nodes is set to a lister here',
      'pkg/controller/nodezone/controller.go:34 passed to reconcile here',
      'pkg/controller/nodezone/reconciler.go:14 node is appended to toUpdate here',
      'pkg/controller/nodezone/reconciler.go:17 passed to finalize here',
      'pkg/controller/nodezone/reconciler.go:23 passed to setZoneLabel here',
      'pkg/controller/nodezone/utils.go:9 written here (index assignment into node',
      "pkg/client/cache/mutation_detector.go:90 the mutation detector's goroutine create",
    ]);
  });

  it('removes a write nothing reads: says why in one line, proves it, and removes its nil check too', async () => {
    const [finding] = await run('last-seen-annotation');
    const culprit = finding?.culprit;
    expect(culprit?.suggestion).toBe(
      'Nothing reads this write: `node` is not sent to the API server or used after it in syncNode, and no ' +
        'code in the repository reads the `lastseen.example.com/last-seen` annotation (`lastSeenAnnotation`); ' +
        "its only effect is changing the informer cache's own Node. Remove the write and the nil check " +
        'that only serves it (if the value must be stored, DeepCopy the object and Update or Patch the copy).',
    );
    expect(culprit?.edit).toEqual({
      file: 'pkg/controller/lastseen/controller.go',
      afterLine: 70,
      insert: [],
      remove: [
        '\tif node.Annotations == nil {',
        '\t\tnode.Annotations = map[string]string{}',
        '\t}',
        '\tnode.Annotations[lastSeenAnnotation] = c.now().UTC().Format(time.RFC3339Nano)',
      ],
    });
    expect(culprit?.evidence.map((e) => `${e.file}:${e.line} ${e.note}`)).toContain(
      'pkg/controller/lastseen/controller.go:16 the key lastSeenAnnotation (lastseen.example.com/last-seen): ' +
        `no other line of the repository's Go code reads it (${goFiles} files searched)`,
    );
    // The candidate list agrees with the culprit; no other candidate (other scenarios' writers of other
    // types, a list that changes as scenarios are added) is proved unread.
    const candidates = culprit?.writerCandidates ?? [];
    expect(`${candidates[0]?.mutation.file}:${candidates[0]?.mutation.line} ${candidates[0]?.fixKind}`).toBe(
      'pkg/controller/lastseen/controller.go:74 remove-write',
    );
    expect(candidates.slice(1).filter((c) => c.fixKind === 'remove-write')).toEqual([]);
  });

  it('keeps the copy fix once any other Go file names the key, even in a test', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gpt-key-read-'));
    cpSync(`${dir}/src`, root, { recursive: true });
    writeFileSync(
      join(root, 'pkg/controller/lastseen/controller_test.go'),
      'package lastseen\n\nimport "testing"\n\nfunc TestStamp(t *testing.T) {\n\t_ = "lastseen.example.com/last-seen"\n}\n',
    );
    const [finding] = await triageLog(
      `${dir}/logs/last-seen-annotation.log`,
      root,
      undefined,
      'example.com/triage-writers',
    );
    expect(finding?.culprit?.fixKind).toBe('deepcopy-before-mutate');
    expect(finding?.culprit?.edit).toEqual({
      file: 'pkg/controller/lastseen/controller.go',
      afterLine: 64,
      insert: ['\tnode = node.DeepCopy()'],
    });
  });

  it("says the source is of another commit when a frame's line is not in its function there", async () => {
    const root = mkdtempSync(join(tmpdir(), 'gpt-stale-'));
    cpSync(`${dir}/src`, root, { recursive: true });
    // A later commit: the exporter gained 20 lines of documentation above its code.
    const path = join(root, 'pkg/controller/svcexport/export.go');
    const [first, ...rest] = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, [first, ...Array(20).fill('// (documentation)'), ...rest].join('\n'));
    const findings = await triageLog(
      `${dir}/logs/shadowed-package-lister.log`,
      root,
      undefined,
      'example.com/triage-writers',
    );
    expect(findings.map((f) => f.culpritReason)).toEqual([
      'the source does not match the log: pkg/controller/svcexport/export.go:32 is not in ExportOnce (the source is another commit than the one that crashed)',
    ]);
  });

  it('names the option that makes the client unsafe, in the setup file', async () => {
    const [finding] = await run('unsafe-client-setup-race-test-v');
    expect(finding?.culprit?.evidence.slice(0, 3).map((e) => `${e.file}:${e.line} ${e.note}`)).toEqual([
      "pkg/operator/teamlabel/reconciler.go:24 read through r.Client, a client built with UnsafeDisableDeepCopy (the object is the cache's own)",
      'pkg/operator/teamlabel/setup.go:15 r.Client is set here',
      'pkg/operator/teamlabel/setup.go:13 built with UnsafeDisableDeepCopy here: its reads return the cache’s own objects',
    ]);
  });

  it('follows a constructor parameter to the caller in another package that passes an unsafe client', async () => {
    const [finding] = await run('constructor-param-client');
    const culprit = finding?.culprit;
    expect(culprit?.confidence).toBe(0.85);
    expect(culprit?.evidence.slice(0, 5).map((e) => `${e.file}:${e.line} ${e.note}`)).toEqual([
      "cmd/owner-agent/main.go:41 read through r.kube, a client built with UnsafeDisableDeepCopy (the object is the cache's own), set by NewReconciler's parameter c, passed in cmd/owner-agent/main.go:41 (2 calls of NewReconciler read, 1 passes a shared source)",
      'cmd/owner-agent/main.go:39 built with UnsafeDisableDeepCopy here: its reads return the cache’s own objects',
      'pkg/operator/ownerlabel/reconciler.go:24 r.kube is set here',
      'pkg/operator/ownerlabel/reconciler.go:30 read through r.kube here',
      'pkg/operator/ownerlabel/reconciler.go:33 written here (index assignment into pod.Labels)',
    ]);
    // The copy belongs where the object is read, not in main: the read fills `&pod`, so no edit is offered.
    expect(culprit?.edit).toBeUndefined();
    expect(culprit?.suggestion).toContain('`pod = pod.DeepCopy()`');
  });

  it('clones the shared options map at the top of the callee both goroutines run', async () => {
    const [finding] = await run('shared-options-callers');
    const culprit = finding?.culprit;
    expect(culprit?.confidence).toBe(0.85);
    expect(culprit?.evidence.map((e) => `${e.file}:${e.line} ${e.note}`)).toEqual([
      'cmd/opts-agent/main.go:17 opts is built once here and handed to 2 calls of Stamp: copies of a struct share its maps',
      'cmd/opts-agent/main.go:19 opts passed to Stamp here; writing goroutine created here (by main.main)',
      'cmd/opts-agent/main.go:18 opts passed to Stamp here',
      'pkg/render/stamp.go:13 written here (index assignment into opts.Labels)',
    ]);
    expect(culprit?.edit).toEqual({
      file: 'pkg/render/stamp.go',
      afterLine: 7,
      insert: ['\topts.Labels = maps.Clone(opts.Labels)'],
    });
    expect(culprit?.suggestion).toBe(
      '`opts.Labels` is one map shared by the 2 calls of Stamp that receive `opts` (copies of a struct share its maps); clone it at the top of Stamp before writing: `opts.Labels = maps.Clone(opts.Labels)`.',
    );
  });

  it('copies the object where the lister handed in by the test package is read', async () => {
    const [finding] = await run('constructor-param-lister-race-test-v');
    expect(finding?.culprit?.confidence).toBe(0.9);
    expect(finding?.culprit?.edit).toEqual({
      file: 'pkg/controller/svczone/controller.go',
      afterLine: 25,
      insert: ['\tsvc = svc.DeepCopy()'],
    });
    expect(finding?.culprit?.evidence[0]?.note).toBe(
      "read through c.services, a lister (a pointer into the informer cache), set by NewController's parameter services, passed in pkg/controller/svczone/controller_test.go:19 (1 call of NewController read, 1 passes a shared source)",
    );
  });

  it('clones the map field, not the struct copy, for a shared options map', async () => {
    const [finding] = await run('shared-options-map');
    expect(finding?.culprit?.edit).toEqual({
      file: 'pkg/render/render.go',
      afterLine: 13,
      insert: ['\topts.Labels = maps.Clone(opts.Labels)'],
    });
    expect(finding?.culprit?.suggestion).toContain('`opts.Labels = maps.Clone(opts.Labels)`');
  });

  it('follows the lister kept in a struct field to where it is set', async () => {
    const [finding] = await run('lister-in-struct-field');
    expect(finding?.culprit?.evidence.map((e) => `${e.file}:${e.line} ${e.note}`)).toContain(
      'pkg/controller/svclabel/setup.go:14 c.services is set to a lister here',
    );
  });

  it('shows the inference and the search in every report format', async () => {
    const findings = await run('package-map-reader');
    const report = { findings, stats: { bytes: 0, lines: 0, faults: 1, truncated: false } };
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(
      '**Inferred:** no printed stack shows this write; a search of the repository found it.',
    );
    expect(markdown).toContain(
      `<sub>Search: ${goFiles} Go files listed, ${goFiles} scanned, 1 parsed.</sub>`,
    );
    expect(renderText(report, { color: false, width: 200 })).toContain(
      `   search:   inferred by searching the repository: ${goFiles} Go files listed, ${goFiles} scanned, 1 parsed`,
    );
    const json = JSON.parse(renderJson(report));
    expect(json.findings[0].culprit.writerCandidates[0].mutation).toEqual({
      file: 'pkg/tracker/observe.go',
      line: 7,
      code: 'lastSeen[name] = time.Now()',
      variable: 'lastSeen',
    });
    expect(json.findings[0].culprit.writerSearch.filesParsed).toBe(1);
  });

  it('keeps its answer in a repository with vendored trees, a 2 MiB file, syntax errors and a link loop', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gpt-hostile-'));
    cpSync(`${dir}/src`, root, { recursive: true });
    const stray = 'package x\n\nfunc (c *C) sync(pod *v1.Pod) {\n\tpod.Annotations["x"] = "y"\n}\n';
    for (const vendored of ['vendor/example.com/dep', 'third_party/forked', 'pkg/audit/testdata']) {
      mkdirSync(join(root, vendored), { recursive: true });
      writeFileSync(join(root, vendored, 'stray.go'), stray);
    }
    mkdirSync(join(root, 'pkg/big'));
    writeFileSync(
      join(root, 'pkg/big/big.go'),
      `package big\n\nfunc f(pod *v1.Pod) {\n${'\tpod.Annotations["x"] = "y"\n'.repeat(80_000)}}\n`,
    );
    mkdirSync(join(root, 'pkg/broken'));
    writeFileSync(
      join(root, 'pkg/broken/broken.go'),
      'package broken\n\nfunc (c *C) sync(pod *v1.Pod {\n\tpod.Annotations["x"] = = "y"\n\tfor {\n',
    );
    symlinkSync('..', join(root, 'pkg/broken/parent'));
    const [finding] = await triageLog(
      `${dir}/logs/reader-only-handler-writer.log`,
      root,
      undefined,
      'example.com/triage-writers',
    );
    expect(finding?.culprit?.mutation.file).toBe('pkg/controller/podannotator/annotator.go');
    expect(finding?.culprit?.writerSearch?.skipped).toEqual([
      'testdata/ (1 directory)',
      'third_party/ (1 directory)',
      'vendor/ (1 directory)',
      'symbolic links, not followed (1)',
      'files over 1 MiB (1 file)',
    ]);
  });
});

// The podphase worker writes `pod.Status.Phase` and `pod.Labels[…]` on a lister's Pod; podreport reads both
// later. Go 1.18 with GORACE=history_size=0 lost the write's stack (`[failed to restore the stack]`); Go 1.26
// printed it. The same writes must come out of both: searched for in one, followed in the other.
describe('a race whose write stack the detector lost', () => {
  const controller = 'pkg/controller/podphase/controller.go';
  const labels = (inferred: boolean): Want => ({
    kind: 'data-race',
    mutation: `${controller}:69 pod.Labels[LabelPhase] = string(v1.PodRunning)`,
    variable: 'pod',
    source: `${controller}:61 lister pod, err := c.pods.Pods(namespace).Get(name)`,
    fixKind: 'deepcopy-before-mutate',
    inferred,
  });
  const phase = (inferred: boolean): Want => ({
    ...labels(inferred),
    mutation: `${controller}:68 pod.Status.Phase = v1.PodRunning`,
  });

  it('infers the plain field write and the map write from what the reader reads (Go 1.18)', async () => {
    const findings = await run('race-write-stack-lost-go1.18');
    expect(findings.map(facts)).toEqual([labels(true), phase(true)]);
  });

  it('finds the same writes on the printed stacks (Go 1.26, default history)', async () => {
    const findings = await run('race-write-stack-printed');
    expect(findings.map(facts)).toEqual([labels(false), phase(false)]);
    expect(findings.map((f) => f.culprit?.confidence)).toEqual([0.9, 0.9]);
  });

  it('follows the printed write when the earlier read is the side lost (Go 1.18)', async () => {
    const findings = await run('race-read-stack-lost-go1.18');
    expect(findings.map(facts)).toEqual([labels(false), phase(false)]);
    // Nothing printed confirms the read: a step below a race with both sides shown.
    expect(findings.map((f) => f.culprit?.confidence)).toEqual([0.8, 0.8]);
    expect(findings[1]?.culprit?.evidence.map((e) => `${e.file}:${e.line}`)).toEqual([
      `${controller}:61`,
      `${controller}:25`,
      `${controller}:68`,
      `${controller}:36`,
      'cmd/phase-agent/main.go:54',
    ]);
    const report = { findings, stats: { bytes: 0, lines: 0, faults: 3, truncated: false } };
    expect(renderMarkdown(report)).toContain(
      '- **Previous read by goroutine 9 (stack lost: the race detector could not restore it)**, goroutine started at `cmd/phase-agent/main.go:54`',
    );
  });

  it('says the write is an inference, ranks the package that started the writer first', async () => {
    const [byLabels, byPhase] = await run('race-write-stack-lost-go1.18');
    const started =
      'in the package that started the writing goroutine (podphase.(*Controller).Run, pkg/controller/podphase/controller.go:36)';
    // One reason for the package: the start of the writing goroutine there says more than an import of it.
    const why = [
      started,
      'writes a shared object (lister)',
      "the same type as the reader's object (Pod)",
      'syncPod is a controller sync/worker function',
    ];
    expect(byPhase?.culprit?.confidence).toBe(0.6);
    expect(
      byPhase?.culprit?.writerCandidates?.map((c) => [
        `${c.mutation.file}:${c.mutation.line}`,
        c.fixKind,
        c.confidence,
        c.why,
      ]),
    ).toEqual([[`${controller}:68`, 'deepcopy-before-mutate', 0.6, why]]);
    expect(byPhase?.culprit?.writerSearch).toEqual({
      filesListed: goFiles,
      filesScanned: goFiles,
      filesParsed: 1,
      skipped: [],
    });
    expect(byPhase?.culprit?.evidence.map((e) => `${e.file}:${e.line} ${e.note}`)).toEqual([
      `${controller}:61 obtained through c.pods, a lister (a pointer into the informer cache)`,
      `${controller}:25 c.pods is set to a lister here`,
      `${controller}:68 written here (assignment to pod.Status.Phase); inferred: no printed stack shows this write; found by searching the repository for writes to .Status.Phase of a Pod (${why.join('; ')})`,
      "pkg/podreport/reporter.go:28 read concurrently here (field read .Status.Phase of a Pod) by goroutine 9; the race detector could not restore the write's stack ([failed to restore the stack])",
      `${controller}:36 writing goroutine 11 created here (in podphase.(*Controller).Run)`,
      'cmd/phase-agent/main.go:54 reading goroutine 9 created here (in main.main)',
      `${controller}:59 syncPod is a controller sync/worker function`,
    ]);
    // The map read: two other Pod labellers (reconcilers reading through unsafe clients) also write a
    // Pod's `.Labels`; the writing goroutine's package ranks first.
    expect(byLabels?.culprit?.evidence[3]?.note).toBe(
      "read concurrently here (map read .Labels of a Pod) by goroutine 9; the race detector could not restore the write's stack ([failed to restore the stack])",
    );
    expect(
      byLabels?.culprit?.writerCandidates?.map((c) => [
        `${c.mutation.file}:${c.mutation.line}`,
        c.fixKind,
        c.confidence,
      ]),
    ).toEqual([
      [`${controller}:69`, 'deepcopy-before-mutate', 0.6],
      // Typed too (`var pod v1.Pod` filled by `r.Get(…, &pod)`), so as confident; ranked below all the same.
      ['pkg/operator/ownerlabel/reconciler.go:33', 'deepcopy-before-mutate', 0.6],
      ['pkg/operator/teamlabel/reconciler.go:27', 'deepcopy-before-mutate', 0.6],
    ]);
    // Equally likely by type and source: the writing goroutine's package is what sets the first apart.
    expect(byLabels?.culprit?.writerCandidates?.map((c) => c.why.includes(started))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('matches a write of the enclosing struct, and says so when no write of the field exists', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gpt-onesided-'));
    cpSync(`${dir}/src`, root, { recursive: true });
    const path = join(root, controller);
    const original = readFileSync(path, 'utf8');
    const rewrite = (from: string, to: string) => writeFileSync(path, original.replace(from, to));
    const lost = (log: string) =>
      triageLog(`${dir}/logs/${log}.log`, root, undefined, 'example.com/triage-writers');
    // `pod.Status = …` replaces Status.Phase with the rest of the struct.
    rewrite('pod.Status.Phase = v1.PodRunning', 'pod.Status = v1.PodStatus{Phase: v1.PodRunning}');
    const [, byPhase] = await lost('race-write-stack-lost-go1.18');
    expect(facts(byPhase as Finding).mutation).toBe(
      `${controller}:68 pod.Status = v1.PodStatus{Phase: v1.PodRunning}`,
    );
    // No write of the field anywhere: no culprit, and the reason says what was searched.
    rewrite('pod.Status.Phase = v1.PodRunning', '_ = v1.PodRunning');
    const [, none] = await lost('race-write-stack-lost-go1.18');
    expect(none?.culprit).toBeNull();
    expect(none?.culpritReason).toBe(
      `the race detector could not restore the write's stack ([failed to restore the stack]); a search of the repository for writes to .Status.Phase of a Pod found none (${goFiles} Go files listed, ${goFiles} scanned, 0 parsed)`,
    );
  });
});
