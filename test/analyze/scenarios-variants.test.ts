// Acceptance on test/fixtures/scenarios-variants: twelve variants of the six writer shapes and three
// negatives, written blind (before reading the analyzer) with real Go 1.26 logs. The expected culprits are
// the fixture README's, decided from the programs alone. `it.fails` marks a variant the analyzer still
// misses: its expectation stays exact, and the comment says why it fails.
import { type BlindRound, describeBlindRound } from './blind-round.js';

const deepcopy = 'deepcopy-before-mutate';
const cases: BlindRound['cases'] = {
  // (a) json.Marshal of cached Services; the svcowner resync writes Labels of what its lister listed.
  'reader-json-lister-writer': {
    kind: 'concurrent-map-iteration-write',
    mutation: 'pkg/controller/svcowner/controller.go:45 svc.Labels[LabelSynced] = strconv.Itoa(c.generation)',
    variable: 'svc',
    source: 'pkg/controller/svcowner/controller.go:40 lister svcs, err := c.lister.List()',
    fixKind: deepcopy,
    inferred: true,
  },
  // (a) slices.Sorted(maps.Keys(…)) over a custom Status map; an informer handler writes that map.
  'reader-sorted-keys-status-map': {
    kind: 'concurrent-map-iteration-write',
    mutation: 'pkg/controller/rolloutzones/handler.go:31 ro.Status.ReadyReplicas[c.zone] = c.ready',
    variable: 'ro',
    source: 'pkg/controller/rolloutzones/handler.go:26 informer-handler ro, ok := cur.(*v1alpha1.Rollout)',
    fixKind: deepcopy,
    inferred: true,
  },
  // (a), written after the fixes (not blind): fmt's %v of Labels, among other fields of the same call.
  'reader-fmt-store-writer': {
    kind: 'concurrent-map-iteration-write',
    mutation: 'pkg/controller/podtier/tier.go:30 pod.Labels[LabelTier] = tiers[t.pass%len(tiers)]',
    variable: 'pod',
    source: 'pkg/controller/podtier/tier.go:28 store for _, obj := range t.store.List() {',
    fixKind: deepcopy,
    inferred: true,
  },
  // (a), written after the fixes (not blind): fmt's %v of a custom Status map after a string field.
  'reader-fmt-status-map': {
    kind: 'concurrent-map-iteration-write',
    mutation: 'pkg/controller/rolloutzones/handler.go:31 ro.Status.ReadyReplicas[c.zone] = c.ready',
    variable: 'ro',
    source: 'pkg/controller/rolloutzones/handler.go:26 informer-handler ro, ok := cur.(*v1alpha1.Rollout)',
    fixKind: deepcopy,
    inferred: true,
  },
  // (b) per-call UnsafeDisableDeepCopy list options kept in a field set in setup.go.
  'unsafe-list-option-field-race-test-v': {
    kind: 'data-race',
    mutation: 'pkg/operator/podsweeper/reconciler.go:30 pod.Annotations[AnnotationSweptBy] = r.name',
    variable: 'pod',
    source:
      'pkg/operator/podsweeper/reconciler.go:25 unsafe-client-read if err := r.List(ctx, &pods, r.listOpts...); err != nil {',
    fixKind: deepcopy,
    inferred: false,
  },
  // (b) Cache options built in a variable in manager.go; the client is kept in a named field.
  'unsafe-cache-options-race-test': {
    kind: 'data-race',
    mutation: 'pkg/operator/nodepool/reconcile.go:27 pod.Labels[LabelPool] = r.pool',
    variable: 'pod',
    source:
      'pkg/operator/nodepool/reconcile.go:24 unsafe-client-read if err := r.kube.Get(ctx, req.ObjectKey, pod); err != nil {',
    fixKind: deepcopy,
    inferred: false,
  },
  // (c) the lister is a field of an embedded struct.
  'lister-embedded-struct': {
    kind: 'concurrent-map-writes',
    mutation:
      'pkg/controller/svcexpose/controller.go:63 svc.Annotations[AnnotationHostname] = name + "." + namespace + "." + c.domain',
    variable: 'svc',
    source:
      'pkg/controller/svcexpose/controller.go:59 lister svc, err := c.services.Services(namespace).Get(name)',
    fixKind: deepcopy,
    inferred: false,
  },
  // (c) the indexer is read through a getter method.
  'indexer-getter': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/controller/podgc/gc.go:63 pod.Labels[LabelOrphaned] = "true"',
    variable: 'pod',
    source: 'pkg/controller/podgc/gc.go:55 indexer obj, exists, err := g.pods().GetByKey(key)',
    fixKind: deepcopy,
    inferred: false,
  },
  // (d) defaults() returns a copy of a package-level struct whose map is shared.
  'defaults-func-copy': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/webhook/podenv/mutate.go:10 cfg.Vars["POD_NAME"] = pod.Name',
    variable: 'defaultEnv',
    source: 'pkg/webhook/podenv/defaults.go:9 package-variable var defaultEnv = EnvConfig{',
    fixKind: 'copy-map',
    inferred: false,
  },
  // (d) a range loop copies each struct of a package-level slice but not its map.
  'struct-copy-in-loop': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/inject/inject.go:10 sc.Env["POD_NAME"] = pod.Name',
    variable: 'defaultSidecars',
    source: 'pkg/inject/sidecars.go:11 package-variable var defaultSidecars = []Sidecar{',
    fixKind: 'copy-map',
    inferred: false,
  },
  // (e) a package-level map of slices, appended to by an informer handler, ranged over by a metric.
  'package-map-of-slices': {
    kind: 'concurrent-map-iteration-write',
    mutation: 'pkg/events/record.go:18 pending[o.GetNamespace()] = append(names, o.GetName())',
    variable: 'pending',
    source: 'pkg/events/pending.go:5 package-variable var pending = map[string][]string{}',
    fixKind: 'lock',
    inferred: true,
  },
  // (e) a package-level cache map written by Remember and by Forget's delete.
  'package-cache-delete': {
    kind: 'concurrent-map-writes',
    mutation: 'pkg/auth/tokencache/evict.go:5 delete(tokens, user)',
    variable: 'tokens',
    source: 'pkg/auth/tokencache/cache.go:11 package-variable var tokens = map[string]entry{}',
    fixKind: 'lock',
    inferred: false,
  },
  // (f) a test helper registers into the operator's package-level Scheme from parallel subtests.
  'scheme-helper-parallel-race-test-v': {
    kind: 'data-race',
    mutation:
      'pkg/controller/backup/helpers_test.go:14 install.Scheme.AddKnownTypes(gv, &Backup{}, &Schedule{})',
    variable: 'install.Scheme',
    // Blind, this expected the declaration (pkg/apis/install/install.go:7). The contract places another
    // package's variable where the repository's code obtains it (DESIGN.md: "the shared variable: where it
    // was obtained"; legacyscheme.Scheme at storage_test.go:39 in the scenarios), here the write's own line;
    // a variable of the writer's own package is placed at its declaration.
    source:
      'pkg/controller/backup/helpers_test.go:14 package-variable install.Scheme.AddKnownTypes(gv, &Backup{}, &Schedule{})',
    fixKind: 'per-test-scheme',
    inferred: false,
  },
  // (f) a test file's scheme, registered lazily by a helper of parallel subtests.
  'lazy-test-scheme-race-test': {
    kind: 'data-race',
    mutation: 'pkg/render/manifest/render_test.go:19 testScheme.AddKnownTypes(coreV1, objs...)',
    variable: 'testScheme',
    source: 'pkg/render/manifest/render_test.go:12 package-variable testScheme = runtime.NewScheme()',
    fixKind: 'per-test-scheme',
    inferred: false,
  },
};

const negatives: BlindRound['negatives'] = {
  'neg-nil-map-local': { kind: 'nil-map-write', crash: 'pkg/controller/svcselector/selector.go:14' },
  'neg-lister-read-index': {
    kind: 'panic',
    crash: 'pkg/controller/imagepolicy/policy.go:32',
  },
  'neg-send-closed-channel': { kind: 'closed-channel', crash: 'pkg/controller/podevents/forwarder.go:23' },
};

describeBlindRound({
  dir: 'test/fixtures/scenarios-variants',
  module: 'example.com/triage-variants',
  title: 'blind variants of the writer shapes (real Go 1.26 logs)',
  negativesTitle: 'negative variants: the crash is reported, no shared object is blamed',
  cases,
  negatives,
});
