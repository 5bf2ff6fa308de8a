// Acceptance on test/fixtures/scenarios-variants3: a third blind round of six controller-shaped races and
// one negative, written before reading the analyzer, with real Go 1.26 logs. The expected culprits are
// the fixture README's, decided from the programs alone. `it.fails` marks a miss: its expectation stays
// exact (the blind value), and the comment says why it fails.
// Blind score: write named 5/6, fix kind 5/6, 0 culprits on the negative.
import { type BlindRound, describeBlindRound } from './blind-round.js';

const deepcopy = 'deepcopy-before-mutate';
const cases: BlindRound['cases'] = {
  'finalizer-append-race-test': {
    kind: 'data-race',
    mutation:
      'pkg/controller/finalizer/controller.go:33 b.Finalizers = append(b.Finalizers, cleanupFinalizer)',
    variable: 'b',
    source: 'pkg/controller/finalizer/controller.go:23 indexer obj, exists, err := c.indexer.GetByKey(key)',
    fixKind: deepcopy,
    inferred: false,
  },
  'shallow-copy-labels-race-test': {
    kind: 'data-race',
    mutation: 'pkg/controller/relabel/reconciler.go:20 newPod.Labels["team"] = team',
    variable: 'newPod',
    source: 'pkg/controller/relabel/reconciler.go:15 lister pod, err := r.pods.Pods(namespace).Get(name)',
    fixKind: deepcopy,
    inferred: false,
  },
  'status-conditions-encoder-race-test': {
    kind: 'data-race',
    mutation: 'pkg/controller/backupstatus/status.go:24 b.Status.Conditions[i].Status = "True"',
    variable: 'b',
    source: 'pkg/controller/backupstatus/status.go:17 indexer obj, exists, _ := u.indexer.GetByKey(key)',
    fixKind: deepcopy,
    inferred: false,
  },
  'default-labels-map-race-test': {
    kind: 'data-race',
    mutation: 'pkg/webhook/defaults.go:16 pod.Labels["pod-name"] = pod.Name',
    variable: 'defaultLabels',
    source: 'pkg/webhook/defaults.go:6 package-variable var defaultLabels = map[string]string{',
    fixKind: 'copy-map',
    inferred: false,
    fails:
      'no culprit: the package map reaches pod.Labels by a field assignment (`pod.Labels = defaultLabels`, :14), which provenance does not follow',
  },
  // The README names the write's receiver `o.byName` of the singleton `Default`; the variable is the singleton.
  'singleton-unlocked-read-race-test': {
    kind: 'data-race',
    mutation: 'pkg/tenant/owners.go:17 o.byName[namespace] = team',
    variable: 'Default',
    source: 'pkg/tenant/owners.go:12 package-variable var Default = &Owners{byName: map[string]string{}}',
    fixKind: 'lock',
    inferred: false,
  },
  'handler-stamp-resync-race-test': {
    kind: 'data-race',
    mutation:
      'pkg/controller/stamp/controller.go:23 pod.Annotations[lastSeenKey] = time.Now().UTC().Format(time.RFC3339Nano)',
    variable: 'pod',
    source:
      'pkg/controller/stamp/controller.go:21 informer-handler UpdateFunc: func(oldObj, newObj interface{}) {',
    fixKind: 'remove-write',
    inferred: false,
    fails:
      'write, variable and fix are right; the source is the type assertion `pod := newObj.(*v1.Pod)` (:22), not the handler line (:21) the blind README chose',
  },
};

const negatives: BlindRound['negatives'] = {
  'neg-local-counter-race-test': {
    kind: 'data-race',
    crash: 'pkg/controller/counter/count.go:21',
    // Two race reports (a read and a write of `running` against a write), both at the increment.
    reports: 2,
  },
};

describeBlindRound({
  dir: 'test/fixtures/scenarios-variants3',
  module: 'example.com/triage-variants3',
  title: 'third blind round of controller-shaped races (real Go 1.26 logs)',
  negativesTitle: 'third round negative: a local counter race blames no shared object',
  cases,
  negatives,
});
