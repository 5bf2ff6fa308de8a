// Acceptance on test/fixtures/scenarios-variants2: a second blind round of twelve variants of the six
// writer shapes and three negatives, written before reading the analyzer, with real Go 1.26 logs. The
// expected culprits are the fixture README's, decided from the programs alone. `it.fails` marks a variant
// the analyzer still misses: its expectation stays exact, and the comment says why it fails.
import { type BlindRound, describeBlindRound } from './blind-round.js';

const deepcopy = 'deepcopy-before-mutate';
const cases: BlindRound['cases'] = {
  // (a) a metrics exporter ranges over cached Pods' annotations; the informer's handler is a struct
  // whose Default method writes them.
  'reader-metrics-handler-defaulter': {
    kind: 'concurrent-map-iteration-write',
    mutation: 'pkg/admission/defaulter/defaulter.go:29 pod.Annotations[AnnotationDefaultedBy] = d.Revision',
    variable: 'pod',
    source:
      'pkg/admission/defaulter/defaulter.go:19 informer-handler func (d *Defaulter) OnUpdate(_, newObj interface{}) { d.Default(newObj.(*v1.Pod)) }',
    fixKind: deepcopy,
    inferred: true,
    fails:
      'write and fix are right; the source is the first handler method calling Default (OnAdd, :16), not OnUpdate',
  },
  // (a) a status printer ranges over Services' annotations; the writer is a util helper called on the
  // lister's Service.
  'reader-builder-util-setter': {
    kind: 'concurrent-map-iteration-write',
    mutation: 'pkg/util/metautil/meta.go:11 meta.Annotations[key] = value',
    variable: 'meta',
    source:
      'pkg/controller/svcsync/controller.go:52 lister svc, err := c.lister.Services(namespace).Get(name)',
    fixKind: deepcopy,
    inferred: true,
  },
  // (b) a repository-own manager keeps the unsafe client options; SetupWithManager stores its client.
  'manager-options-unsafe-client': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/operator/tierlabel/reconciler.go:31 pod.Labels[LabelTier] = tier',
    variable: 'pod',
    // Blind, this expected the Get (reconciler.go:24). The client enters the package through a parameter of
    // SetupWithManager (the manager), and the fixtures' contract places such a source at the call that hands
    // it over, in the other package (scenarios-writers' constructor-param-client: main.go:41).
    source: 'cmd/tier-labeler/main.go:34 unsafe-client-read r := tierlabel.SetupWithManager(mgr)',
    fixKind: deepcopy,
    inferred: false,
  },
  // (b) a List through a client built without deep copies; the items are written through &list.Items[i].
  'unsafe-list-items-race-test': {
    kind: 'data-race',
    mutation:
      'pkg/operator/stalepods/reconciler.go:34 item.Annotations[AnnotationUnscheduledSince] = r.now().UTC().Format(time.RFC3339)',
    variable: 'item',
    source:
      'pkg/operator/stalepods/reconciler.go:25 unsafe-client-read if err := r.client.List(ctx, &list, client.InNamespace(req.Namespace)); err != nil {',
    fixKind: deepcopy,
    inferred: false,
  },
  // (c) a map of indexers keyed by kind; the object's metadata is written through GetObjectMeta().
  'indexer-map-by-kind': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/controller/stamper/controller.go:67 meta.Labels[LabelSeenBy] = c.stamp',
    variable: 'meta',
    source: 'pkg/controller/stamper/controller.go:59 indexer obj, exists, err := indexer.GetByKey(key)',
    fixKind: deepcopy,
    inferred: false,
  },
  // (c) the lister is handed down to a worker struct; a field (no map) of the cached Pod is written.
  'lister-worker-struct-race-test-v': {
    kind: 'data-race',
    mutation:
      'pkg/controller/nodeassign/worker.go:41 pod.Spec.NodeName = w.nodes[int(h.Sum32())%len(w.nodes)]',
    variable: 'pod',
    source: 'pkg/controller/nodeassign/worker.go:35 lister pod, err := w.pods.Pods(namespace).Get(name)',
    fixKind: deepcopy,
    inferred: false,
  },
  // (d) another package's defaults struct embedded by value in each request; its map is written.
  'embedded-config-copy': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/proxy/request.go:15 req.Headers["X-Request-Id"] = requestID',
    variable: 'proxyconf.Defaults',
    // Blind, this expected the declaration (pkg/proxyconf/config.go:14). The contract places another
    // package's variable where the repository's code obtains it (as in scenarios-variants'
    // scheme-helper-parallel-race-test-v); a variable of the writer's own package is placed at its declaration.
    source:
      'pkg/proxy/request.go:14 package-variable req := &Request{Config: proxyconf.Defaults, Path: path}',
    fixKind: 'copy-map',
    inferred: false,
  },
  // (d) a struct taken out of a package-level map: the slice is copied, the map is not.
  'slice-copied-map-shared': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/jobs/launch.go:14 p.Env["JOB_ID"] = id',
    variable: 'profiles',
    source: 'pkg/jobs/profiles.go:11 package-variable var profiles = map[string]Profile{',
    fixKind: 'copy-map',
    inferred: false,
  },
  // (e) a plugin registry written by init and at run time; a Lookup crashes.
  'registry-runtime-register': {
    kind: 'concurrent-map-read-write',
    mutation: 'pkg/plugin/registry.go:17 factories[name] = f',
    variable: 'factories',
    source: 'pkg/plugin/registry.go:13 package-variable var factories = map[string]Factory{}',
    fixKind: 'lock',
    inferred: true,
  },
  // (e) a memoization map in a pure-looking function.
  'memo-map-pure-func': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/images/canonical.go:25 canonical[ref] = c',
    variable: 'canonical',
    source: 'pkg/images/canonical.go:8 package-variable var canonical = map[string]string{}',
    fixKind: 'lock',
    inferred: false,
  },
  // (f) a fake-client test helper calls the API group's AddToScheme on the controller's package scheme.
  'fake-client-helper-scheme-race-test': {
    kind: 'data-race',
    mutation: 'pkg/controller/widget/fake_test.go:27 if err := widgetsv1.AddToScheme(scheme); err != nil {',
    variable: 'scheme',
    source: 'pkg/controller/widget/controller.go:12 package-variable var scheme = runtime.NewScheme()',
    fixKind: 'per-test-scheme',
    inferred: false,
  },
  // (f) TestMain forgets a group; parallel subtests register it inline into the shared test scheme.
  'testmain-lazy-register-race-test-v': {
    kind: 'data-race',
    mutation:
      'pkg/controller/gadget/painter_test.go:15 if err := v1alpha1.AddToScheme(testScheme); err != nil {',
    variable: 'testScheme',
    source: 'pkg/controller/gadget/main_test.go:12 package-variable var testScheme = runtime.NewScheme()',
    fixKind: 'per-test-scheme',
    inferred: false,
  },
};

const negatives: BlindRound['negatives'] = {
  'neg-loopvar-go121-race': { kind: 'data-race', crash: 'pkg/report/names.go:30' },
  'neg-split-index': { kind: 'panic', crash: 'pkg/controller/endpoints/controller.go:29' },
  'neg-self-deadlock-timeout': { kind: 'test-timeout', crash: 'pkg/operator/quota/tracker.go:23' },
};

describeBlindRound({
  dir: 'test/fixtures/scenarios-variants2',
  module: 'example.com/triage-variants2',
  title: 'second blind round of writer-shape variants (real Go 1.26 logs)',
  negativesTitle: 'second round of negatives: the crash is reported, no shared object is blamed',
  cases,
  negatives,
});
