// Provenance through a constructor's parameter, on small Go repositories of our own: the field's value is
// whatever the constructor's callers pass, in other packages; the search is bounded and never loops.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CallerLimits,
  defaultCallerLimits,
  loadConstructorCallers,
} from '../../src/analyze/constructor-callers.js';
import { sharedThroughField } from '../../src/analyze/field-provenance.js';
import { GoSources } from '../../src/analyze/go-sources.js';
import { calleeName, descendants } from '../../src/analyze/go-syntax.js';
import { defaultRules } from '../../src/analyze/rules.js';
import type { FileListing } from '../../src/repo/list-files.js';
import { LocalSourceReader, type SourceReader } from '../../src/repo/source-reader.js';

const reconciler = `package op

import (
	"context"

	"sigs.k8s.io/controller-runtime/pkg/client"
)

type Reconciler struct {
	kube client.Client
}

func NewReconciler(c client.Client) *Reconciler {
	return &Reconciler{kube: c}
}

func (r *Reconciler) Reconcile(ctx context.Context, key client.ObjectKey) error {
	var pod corev1.Pod
	if err := r.kube.Get(ctx, key, &pod); err != nil {
		return err
	}
	pod.Labels["x"] = "y"
	return nil
}
`;

const unsafeMain = (call: string) => `package main

import (
	"example.com/m/pkg/op"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

func main() {
	c, _ := client.New(cfg, client.Options{
		Cache: &client.CacheOptions{UnsafeDisableDeepCopy: ptr.To(true)},
	})
	${call}
}
`;

const safeMain = `package main

import "example.com/m/pkg/op"

func main() {
	op.NewReconciler(fake.NewClientBuilder().Build())
}
`;

/** Writes `files` under a fresh root; returns what a read through the receiver's field in `at` shares. */
async function originIn(
  files: Record<string, string>,
  at = 'pkg/op/reconciler.go',
  limits: CallerLimits = defaultCallerLimits,
) {
  const root = mkdtempSync(join(tmpdir(), 'gpt-ctor-'));
  writeFileSync(join(root, 'go.mod'), 'module example.com/m\n');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const sources = new GoSources(new LocalSourceReader(root));
  const file = await sources.file(at);
  if (!file) throw new Error('fixture not parsed');
  await sources.packageOf(at);
  await loadConstructorCallers(file, sources, limits);
  const call = descendants(file.root, 'call_expression').find((c) => calleeName(c) === 'Get');
  if (!call) throw new Error('no read');
  return sharedThroughField(call, file, defaultRules);
}

describe('a field set from a constructor parameter', () => {
  it('takes its source from a caller in another package, with that line as the object source', async () => {
    const origin = await originIn({
      'pkg/op/reconciler.go': reconciler,
      'cmd/agent/main.go': unsafeMain('op.NewReconciler(c)'),
    });
    expect(origin?.kind).toBe('unsafe-client-read');
    expect(origin?.handedOver).toMatchObject({
      file: 'cmd/agent/main.go',
      line: 12,
      code: 'op.NewReconciler(c)',
    });
    expect(origin?.steps.map((s) => `${s.file}:${s.line} ${s.note}`)).toEqual([
      'pkg/op/reconciler.go:19 read through r.kube here',
      'pkg/op/reconciler.go:14 r.kube is set here',
      'cmd/agent/main.go:10 built with UnsafeDisableDeepCopy here: its reads return the cache’s own objects',
    ]);
  });

  it('says nothing when every caller passes a copying client', async () => {
    const origin = await originIn({ 'pkg/op/reconciler.go': reconciler, 'cmd/agent/main.go': safeMain });
    expect(origin).toBeNull();
  });

  it('prefers the caller that passes a shared source and counts the callers read', async () => {
    const origin = await originIn({
      'pkg/op/reconciler.go': reconciler,
      'cmd/a/main.go': safeMain,
      'cmd/b/main.go': unsafeMain('op.NewReconciler(c)'),
    });
    expect(origin?.handedOver?.file).toBe('cmd/b/main.go');
    expect(origin?.note).toBe(
      "read through r.kube, a client built with UnsafeDisableDeepCopy (the object is the cache's own), set by NewReconciler's parameter c, passed in cmd/b/main.go:12 (2 calls of NewReconciler read, 1 passes a shared source)",
    );
  });

  it('follows a lister handed to the constructor by a command', async () => {
    const controller = `package op

import listers "k8s.io/client-go/listers/core/v1"

type Controller struct {
	services listers.ServiceLister
}

func NewController(lister listers.ServiceLister) *Controller {
	return &Controller{services: lister}
}

func (c *Controller) sync(ns, name string) {
	svc, _ := c.services.Services(ns).Get(name)
	svc.Labels["x"] = "y"
}
`;
    const main = `package main

import "example.com/m/pkg/op"

func main() {
	lister := factory.Core().V1().Services().Lister()
	op.NewController(lister)
}
`;
    const origin = await originIn(
      { 'pkg/op/controller.go': controller, 'cmd/agent/main.go': main },
      'pkg/op/controller.go',
    );
    expect(origin?.kind).toBe('lister');
    expect(origin?.objectType).toBe('Service');
    expect(origin?.handedOver).toMatchObject({ file: 'cmd/agent/main.go', line: 7 });
  });

  it('follows a composite literal built in another package', async () => {
    const main = `package main

import (
	"example.com/m/pkg/op"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

func main() {
	c, _ := client.New(cfg, client.Options{Cache: &client.CacheOptions{UnsafeDisableDeepCopy: ptr.To(true)}})
	r := &op.Reconciler{Kube: c}
	_ = r
}
`;
    // An exported field: another package can only set those.
    const exported = reconciler.replaceAll('kube', 'Kube');
    const origin = await originIn({ 'pkg/op/reconciler.go': exported, 'cmd/agent/main.go': main });
    expect(origin?.kind).toBe('unsafe-client-read');
    expect(origin?.steps.map((s) => `${s.file}:${s.line}`)).toEqual([
      'cmd/agent/main.go:9',
      'cmd/agent/main.go:10',
    ]);
  });

  it('follows a second hop: main passes the client to a setup function that calls the constructor', async () => {
    const setup = `package setup

import (
	"example.com/m/pkg/op"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

func Add(c client.Client) *op.Reconciler {
	return op.NewReconciler(c)
}
`;
    const main = unsafeMain('setup.Add(c)').replace('"example.com/m/pkg/op"', '"example.com/m/pkg/setup"');
    const origin = await originIn({
      'pkg/op/reconciler.go': reconciler,
      'pkg/setup/setup.go': setup,
      'cmd/agent/main.go': main,
    });
    expect(origin?.kind).toBe('unsafe-client-read');
    expect(origin?.handedOver).toMatchObject({ file: 'cmd/agent/main.go', line: 12, code: 'setup.Add(c)' });
    expect(origin?.steps.map((s) => `${s.file}:${s.line}`)).toEqual([
      'pkg/op/reconciler.go:19',
      'pkg/op/reconciler.go:14',
      'pkg/setup/setup.go:9',
      'cmd/agent/main.go:10',
    ]);
  });

  it("follows a manager's client when the manager's cache hands out its own objects", async () => {
    const main = `package main

import (
	"example.com/m/pkg/op"
	ctrl "sigs.k8s.io/controller-runtime"
)

func main() {
	mgr, _ := ctrl.NewManager(cfg, ctrl.Options{
		Cache: cache.Options{DefaultUnsafeDisableDeepCopy: ptr.To(true)},
	})
	op.NewReconciler(mgr.GetClient())
}
`;
    const origin = await originIn({ 'pkg/op/reconciler.go': reconciler, 'cmd/manager/main.go': main });
    expect(origin?.kind).toBe('unsafe-client-read');
    expect(origin?.handedOver).toMatchObject({ file: 'cmd/manager/main.go', line: 12 });
    expect(origin?.steps.at(-1)).toMatchObject({ file: 'cmd/manager/main.go', line: 10 });
  });
});

/** A reader like the GitHub contents API's: a tree listing, no cheap scan, each file fetched once and counted. */
class CountingApiReader implements SourceReader {
  readonly fetched = new Set<string>();
  readonly remainingRequests = 200;
  constructor(private readonly files: Record<string, string>) {}
  async read(path: string): Promise<string | null> {
    this.fetched.add(path);
    return this.files[path] ?? null;
  }
  async listFiles(): Promise<FileListing> {
    const files = Object.keys(this.files).map((path) => ({ path, size: this.files[path]?.length ?? 0 }));
    return { files, skipped: [], truncated: false };
  }
}

describe('bounds', () => {
  it('through the API, fetches the commands first and at most 20 files for the prefilter', async () => {
    const files: Record<string, string> = {
      'pkg/op/reconciler.go': reconciler,
      'cmd/agent/main.go': unsafeMain('op.NewReconciler(c)'),
    };
    // Sibling packages nearer than cmd/ by directory: none of them calls the constructor.
    for (let i = 0; i < 50; i++) files[`pkg/z${String(i).padStart(2, '0')}/z.go`] = 'package z\n';
    const reader = new CountingApiReader(files);
    const sources = new GoSources(reader);
    const file = await sources.file('pkg/op/reconciler.go');
    if (!file) throw new Error('fixture not parsed');
    await sources.packageOf('pkg/op/reconciler.go');
    await loadConstructorCallers(file, sources);
    const call = descendants(file.root, 'call_expression').find((c) => calleeName(c) === 'Get');
    const origin = call ? sharedThroughField(call, file, defaultRules) : null;
    expect(origin?.handedOver).toMatchObject({ file: 'cmd/agent/main.go', line: 12 });
    // 20 files fetched for the text prefilter: the command first, the reconciler's own file, 18 siblings.
    expect(reader.fetched.size).toBe(20);
    expect([...reader.fetched].slice(0, 2)).toEqual(['pkg/op/reconciler.go', 'cmd/agent/main.go']);
  });

  it('reads at most 20 of 50 callers and says how many files were left unparsed', async () => {
    const files: Record<string, string> = { 'pkg/op/reconciler.go': reconciler };
    for (let i = 0; i < 50; i++) {
      files[`cmd/agent${String(i).padStart(2, '0')}/main.go`] = unsafeMain('op.NewReconciler(c)');
    }
    const origin = await originIn(files);
    expect(origin?.kind).toBe('unsafe-client-read');
    expect(origin?.handedOver?.note).toBe(
      "set by NewReconciler's parameter c, passed in cmd/agent00/main.go:12 (20 calls of NewReconciler read, 20 pass a shared source; 30 more files that may call it not parsed)",
    );
  });

  it('does not spend its budget on files calling a same-named constructor of another package', async () => {
    const files: Record<string, string> = { 'pkg/op/reconciler.go': reconciler };
    const other = unsafeMain('other.NewReconciler(c)').replace(
      'example.com/m/pkg/op',
      'example.com/m/pkg/other',
    );
    for (let i = 0; i < 70; i++) files[`cmd/a${String(i).padStart(2, '0')}/main.go`] = other;
    files['cmd/zz/main.go'] = unsafeMain('op.NewReconciler(c)');
    const origin = await originIn(files);
    expect(origin?.handedOver).toMatchObject({ file: 'cmd/zz/main.go', line: 12 });
  });

  it('shares one budget of caller files per run', async () => {
    const files: Record<string, string> = { 'pkg/op/reconciler.go': reconciler };
    for (let i = 0; i < 50; i++) {
      files[`cmd/agent${String(i).padStart(2, '0')}/main.go`] = unsafeMain('op.NewReconciler(c)');
    }
    const origin = await originIn(files, 'pkg/op/reconciler.go', { ...defaultCallerLimits, maxPerRun: 5 });
    expect(origin?.handedOver?.note).toContain(
      '(5 calls of NewReconciler read, 5 pass a shared source; 45 more files that may call it not parsed)',
    );
  });

  it('stops at a constructor that calls itself, or two that call each other', async () => {
    const recursive = `package op

import "sigs.k8s.io/controller-runtime/pkg/client"

type Node struct {
	kube client.Client
	next *Node
	peer *Peer
}

type Peer struct {
	node *Node
}

func NewNode(c client.Client, depth int) *Node {
	if depth == 0 {
		return nil
	}
	return &Node{kube: c, next: NewNode(c, depth-1), peer: NewPeer(c)}
}

func NewPeer(c client.Client) *Peer {
	return &Peer{node: NewNode(c, 1)}
}

func (n *Node) Label(ctx context.Context, key client.ObjectKey) {
	var pod corev1.Pod
	_ = n.kube.Get(ctx, key, &pod)
	pod.Labels["x"] = "y"
}
`;
    const main = unsafeMain('op.NewNode(c, 3)');
    expect(await originIn({ 'pkg/op/node.go': recursive }, 'pkg/op/node.go')).toBeNull();
    const origin = await originIn(
      { 'pkg/op/node.go': recursive, 'cmd/agent/main.go': main },
      'pkg/op/node.go',
    );
    expect(origin?.kind).toBe('unsafe-client-read');
    expect(origin?.handedOver).toMatchObject({ file: 'cmd/agent/main.go', line: 12 });
  });
});
