// Write detection and provenance on small Go functions: each shared source, copy and fix the rules know.
import { describe, expect, it } from 'vitest';
import { type Candidate, writesAtSite } from '../../src/analyze/candidates.js';
import { chooseFixKind } from '../../src/analyze/fix.js';
import { parseGo } from '../../src/analyze/go-parser.js';
import { functionAt } from '../../src/analyze/go-syntax.js';
import { traceVariable } from '../../src/analyze/provenance.js';
import { type AnalyzeRules, defaultRules, mergeRules } from '../../src/analyze/rules.js';
import { callTargetAtRow } from '../../src/analyze/writes.js';

const header = `package x

import (
	"context"

	v1 "k8s.io/api/core/v1"
	"k8s.io/client-go/kubernetes/scheme"
	"k8s.io/client-go/tools/cache"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/client/fake"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	utilruntime "k8s.io/apimachinery/pkg/util/runtime"
	clusterv1 "sigs.k8s.io/cluster-api/api/v1beta1"
)
`;

/** The write on the line marked `// WRITE` of `body` (appended to the header), traced with `rules`. */
async function writeIn(body: string, rules: AnalyzeRules = defaultRules): Promise<Candidate> {
  const code = header + body;
  const file = await parseGo('x.go', code);
  if (!file) throw new Error('parse failed');
  const row = file.lines.findIndex((line) => line.includes('// WRITE'));
  const [candidate] = writesAtSite([{ file, row }], rules);
  if (!candidate) throw new Error(`no write found on line ${row + 1}`);
  return candidate;
}

const origin = (c: Candidate) => `${c.provenance.origin.kind}:${c.provenance.origin.ref.code}`;
const fix = (c: Candidate) =>
  chooseFixKind(
    {
      write: c.write,
      writeFile: 'x.go',
      provenance: c.provenance,
      faultKind: 'data-race',
      lineText: () => undefined,
    },
    defaultRules,
  );

describe('shared sources', () => {
  // The real libraries' shapes (client-go v0.29-v0.37, controller-runtime v0.17-v0.25): see rules.ts.
  it('a cache.Store GetByKey whatever the field is called', async () => {
    const c = await writeIn(`
func (c *C) sync(key string) {
	obj, _, _ := c.podCache.GetByKey(key)
	pod := obj.(*v1.Pod)
	pod.Labels["a"] = "b" // WRITE
}`);
    expect(origin(c)).toBe('store:obj, _, _ := c.podCache.GetByKey(key)');
  });

  it('a cache.Indexer ByIndex whatever the field is called', async () => {
    const c = await writeIn(`
func (c *C) sync(team string) {
	objs, _ := c.podCache.ByIndex("team", team)
	for _, obj := range objs {
		pod := obj.(*v1.Pod)
		pod.Labels["a"] = "b" // WRITE
	}
}`);
    expect(origin(c)).toBe('indexer:objs, _ := c.podCache.ByIndex("team", team)');
  });

  it('indexer GetByKey through a type assertion', async () => {
    const c = await writeIn(`
func (c *C) sync(key string) {
	obj, _, _ := c.indexer.GetByKey(key)
	node := obj.(*v1.Node)
	node.Annotations["a"] = "b" // WRITE
}`);
    expect(origin(c)).toBe('indexer:obj, _, _ := c.indexer.GetByKey(key)');
    expect(c.provenance.objectType).toBe('Node');
    expect(fix(c)).toBe('deepcopy-before-mutate');
  });

  it('a DeleteFunc handler unwrapping DeletedFinalStateUnknown', async () => {
    const c = await writeIn(`
func (c *C) register(informer cache.SharedIndexInformer) {
	informer.AddEventHandler(cache.ResourceEventHandlerFuncs{
		DeleteFunc: func(obj interface{}) {
			tombstone, _ := obj.(cache.DeletedFinalStateUnknown)
			pod := tombstone.Obj.(*v1.Pod)
			pod.Finalizers = append(pod.Finalizers, "x") // WRITE
		},
	})
}`);
    expect(c.write.kind).toBe('append');
    expect(origin(c)).toBe('informer-handler:pod := tombstone.Obj.(*v1.Pod)');
    expect(c.provenance.steps.map((e) => e.note)).toContain(
      "received by the event handler here (the informer's own object)",
    );
  });

  it('a method registered as a handler elsewhere in the file', async () => {
    const c = await writeIn(`
func New(informer cache.SharedIndexInformer) *C {
	c := &C{}
	informer.AddEventHandler(cache.ResourceEventHandlerFuncs{AddFunc: c.addPod})
	return c
}

func (c *C) addPod(obj interface{}) {
	pod := obj.(*v1.Pod)
	pod.SetLabels(map[string]string{}) // WRITE
}`);
    expect(c.write.kind).toBe('setter');
    expect(c.provenance.origin.kind).toBe('informer-handler');
  });

  it('a controller-runtime event handler', async () => {
    const c = await writeIn(`
func (h *H) Update(ctx context.Context, e event.UpdateEvent, q workqueue.RateLimitingInterface) {
	labels := e.ObjectNew.GetLabels()
	labels["seen"] = "true" // WRITE
}`);
    expect(c.provenance.origin.kind).toBe('informer-handler');
    expect(fix(c)).toBe('copy-map');
  });

  it('controller-runtime List with UnsafeDisableDeepCopy, but not the default copying client', async () => {
    const unsafe = await writeIn(`
func (r *R) reconcile(ctx context.Context) {
	var pods v1.PodList
	_ = r.List(ctx, &pods, client.UnsafeDisableDeepCopy)
	pods.Items[0].Labels["a"] = "b" // WRITE
}`);
    expect(unsafe.provenance.origin.kind).toBe('unsafe-client-read');
    const safe = await writeIn(`
func (r *R) reconcile(ctx context.Context, key client.ObjectKey) {
	var pod v1.Pod
	if err := r.Get(ctx, key, &pod); err != nil {
		return
	}
	pod.Labels["a"] = "b" // WRITE
}`);
    expect(safe.provenance.origin.kind).toBe('copy');
  });

  it('a user-configured cache type', async () => {
    const body = `
func (c *C) sync(name string) {
	fleet := c.fleetCache.Lookup(name)
	fleet.Labels["a"] = "b" // WRITE
}`;
    expect((await writeIn(body)).provenance.origin.kind).toBe('unknown');
    // As `.github/go-panic-triage.yml` `shared-sources` gives it: the call as the code names it.
    const rules = mergeRules({
      sharedSources: [{ call: 'fleetCache.Lookup', kind: 'store', why: 'the fleet cache' }],
    });
    const c = await writeIn(body, rules);
    expect(origin(c)).toBe('store:fleet := c.fleetCache.Lookup(name)');
    expect(c.provenance.origin.note).toBe('obtained from fleetCache.Lookup here (the fleet cache)');
  });

  it('a user-configured setter and copy', async () => {
    const rules = mergeRules({ receiverWriters: ['SetTeam'], copies: [{ call: 'CloneFleet' }] });
    const setter = await writeIn(
      `
func (c *C) sync(name string) {
	fleet, _ := c.fleetLister.Get(name)
	fleet.SetTeam("a") // WRITE
}`,
      rules,
    );
    expect([setter.write.kind, setter.provenance.origin.kind]).toEqual(['setter', 'lister']);
    const copied = await writeIn(
      `
func (c *C) sync(name string) {
	fleet, _ := c.fleetLister.Get(name)
	fleet = CloneFleet(fleet)
	fleet.Labels["a"] = "b" // WRITE
}`,
      rules,
    );
    expect(copied.provenance.origin.kind).toBe('copy');
  });
});

describe('not shared', () => {
  it('a DeepCopy, even of a lister object', async () => {
    const c = await writeIn(`
func (c *C) sync(ns, name string) {
	svc, _ := c.serviceLister.Services(ns).Get(name)
	svc = svc.DeepCopy()
	svc.Annotations["a"] = "b" // WRITE
}`);
    expect(origin(c)).toBe('copy:svc = svc.DeepCopy()');
  });

  it('a locally built object and a TransformFunc body', async () => {
    const local = await writeIn(`
func build() *v1.Pod {
	pod := &v1.Pod{}
	pod.Labels = map[string]string{} // WRITE
	return pod
}`);
    expect(local.provenance.origin.kind).toBe('local');
    const transform = await writeIn(`
func setup(informer cache.SharedIndexInformer) {
	_ = informer.SetTransform(func(obj interface{}) (interface{}, error) {
		pod := obj.(*v1.Pod)
		pod.ManagedFields = nil // WRITE
		return pod, nil
	})
}`);
    expect(transform.provenance.origin.kind).toBe('transform');
  });
});

describe('fix kinds', () => {
  it('copy-map for a map aliased out of a cached object', async () => {
    const c = await writeIn(`
func (c *C) sync(ns, name string) {
	svc, _ := c.serviceLister.Services(ns).Get(name)
	labels := svc.Labels
	delete(labels, "a") // WRITE
}`);
    expect(c.write.kind).toBe('map-delete');
    expect(c.provenance.origin.kind).toBe('lister');
    expect(fix(c)).toBe('copy-map');
  });

  it('per-test-scheme for AddToScheme into the global scheme', async () => {
    const c = await writeIn(`
func TestX(t *testing.T) {
	utilruntime.Must(clusterv1.AddToScheme(scheme.Scheme)) // WRITE
}`);
    expect(c.write.kind).toBe('registration');
    expect(c.write.root.name).toBe('scheme.Scheme');
    expect(c.provenance.origin.kind).toBe('package-variable');
    expect(fix(c)).toBe('per-test-scheme');
  });

  it('unstructured helpers write their first argument', async () => {
    const c = await writeIn(`
func (c *C) scrub(ns, name string) {
	u, _ := c.lister.Get(name)
	unstructured.RemoveNestedField(u.Object, "metadata", "annotations") // WRITE
}`);
    expect(c.write.root.name).toBe('u');
    expect(c.provenance.origin.kind).toBe('lister');
  });
});

describe('lazy registration by a fake client', () => {
  async function clientOrigin(body: string) {
    const file = await parseGo('x_test.go', header + body);
    if (!file) throw new Error('parse failed');
    const row = file.lines.findIndex((line) => line.includes('// CALL'));
    const fn = functionAt(file, row);
    const write = fn && callTargetAtRow(fn, row, file, 'which registers types into its scheme');
    if (!write) throw new Error('no call');
    return traceVariable(write.root.name, write.root.node, [{ file, row }], defaultRules).origin;
  }

  it('without WithScheme the global scheme.Scheme is written', async () => {
    const o = await clientOrigin(`
func TestX(t *testing.T) {
	c := fake.NewClientBuilder().WithObjects().Build()
	_ = c.Create(context.TODO(), u) // CALL
}`);
    expect([o.kind, o.variable]).toEqual(['package-variable', 'scheme.Scheme']);
  });

  it('with WithScheme the scheme passed is followed', async () => {
    const o = await clientOrigin(`
var testScheme = runtime.NewScheme()

func TestX(t *testing.T) {
	c := fake.NewClientBuilder().WithScheme(testScheme).Build()
	_ = c.Create(context.TODO(), u) // CALL
}`);
    expect([o.kind, o.variable, o.ref.code]).toEqual([
      'package-variable',
      'testScheme',
      'var testScheme = runtime.NewScheme()',
    ]);
  });
});

describe('one value handed to several callers', () => {
  const callee = `
type Options struct{ Labels map[string]string }

func stamp(opts Options, id string) {
	opts.Labels["id"] = id // WRITE
}
`;
  it('two calls with the same variable share its maps: copy-map at the top of the callee', async () => {
    const c = await writeIn(`${callee}
func main() {
	opts := Options{Labels: map[string]string{}}
	go stamp(opts, "a")
	go stamp(opts, "b")
}`);
    expect(origin(c)).toBe('shared-argument:opts := Options{Labels: map[string]string{}}');
    expect(c.provenance.origin.sharedBy).toEqual({ callee: 'stamp', calls: 2 });
    expect(fix(c)).toBe('copy-map');
  });

  it('one call in a loop, the value bound before the loop, is shared too', async () => {
    const c = await writeIn(`${callee}
func main() {
	opts := Options{Labels: map[string]string{}}
	for _, id := range []string{"a", "b"} {
		go stamp(opts, id)
	}
}`);
    expect(origin(c)).toBe('shared-argument:opts := Options{Labels: map[string]string{}}');
    expect(c.provenance.origin.sharedBy).toEqual({ callee: 'stamp', calls: 1 });
  });

  it('a value built per call, or one call outside a loop, is not', async () => {
    for (const main of [
      `func main() {
	for _, id := range []string{"a", "b"} {
		opts := Options{Labels: map[string]string{}}
		go stamp(opts, id)
	}
}`,
      `func main() {
	a := Options{Labels: map[string]string{}}
	b := Options{Labels: map[string]string{}}
	go stamp(a, "a")
	go stamp(b, "b")
}`,
      `func main() {
	opts := Options{Labels: map[string]string{}}
	go stamp(opts, "a")
}`,
    ]) {
      const c = await writeIn(`${callee}\n${main}`);
      expect(c.provenance.origin.kind).toBe('unknown');
    }
  });

  it('a pointer handed to several callers shares the whole struct: not a map to clone', async () => {
    const c = await writeIn(`
type Options struct{ Labels map[string]string }

func stamp(opts *Options, id string) {
	opts.Labels["id"] = id // WRITE
}

func main() {
	opts := &Options{Labels: map[string]string{}}
	go stamp(opts, "a")
	go stamp(opts, "b")
}`);
    expect(origin(c)).not.toMatch(/^shared-argument/);
  });
});
