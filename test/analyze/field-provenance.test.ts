// Provenance through a receiver's field, on small Go packages of our own: which setups make a read
// through the field hand out the cache's own object, and which do not.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedThroughField } from '../../src/analyze/field-provenance.js';
import { GoSources } from '../../src/analyze/go-sources.js';
import { calleeName, descendants } from '../../src/analyze/go-syntax.js';
import { defaultRules } from '../../src/analyze/rules.js';
import { LocalSourceReader } from '../../src/repo/source-reader.js';

const reconciler = `package op

type Reconciler struct {
	client.Client
}

func (r *Reconciler) Reconcile(ctx context.Context, key client.ObjectKey) error {
	var pod corev1.Pod
	if err := r.Get(ctx, key, &pod); err != nil {
		return err
	}
	pod.Labels["x"] = "y"
	return nil
}
`;

/** The origin of `r.Get` in reconciler.go when setup.go holds `setup`. */
async function originWith(setup: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'gpt-field-'));
  mkdirSync(join(root, 'op'));
  writeFileSync(join(root, 'op/reconciler.go'), reconciler);
  writeFileSync(join(root, 'op/setup.go'), setup);
  const sources = new GoSources(new LocalSourceReader(root));
  const file = await sources.file('op/reconciler.go');
  await sources.packageOf('op/reconciler.go');
  const call = file && descendants(file.root, 'call_expression').find((c) => calleeName(c) === 'Get');
  if (!file || !call) throw new Error('fixture not parsed');
  const origin = sharedThroughField(call, file, defaultRules);
  return origin
    ? `${origin.kind}: ${origin.steps.map((s) => `${s.file}:${s.line}`).join(' ')}`
    : 'not shared';
}

describe('a client kept in a field', () => {
  it('is unsafe when built with client.Options{Cache: &client.CacheOptions{UnsafeDisableDeepCopy: ptr.To(true)}}', async () => {
    const setup = `package op

func New(cfg *rest.Config) (*Reconciler, error) {
	c, err := client.New(cfg, client.Options{
		Cache: &client.CacheOptions{Reader: mgr.GetCache(), UnsafeDisableDeepCopy: ptr.To(true)},
	})
	if err != nil {
		return nil, err
	}
	return &Reconciler{Client: c}, nil
}
`;
    expect(await originWith(setup)).toBe('unsafe-client-read: op/setup.go:5 op/setup.go:10');
  });

  it('is unsafe when its cache has cache.Options{DefaultUnsafeDisableDeepCopy: …}, through a setup function', async () => {
    const setup = `package op

func newManager(cfg *rest.Config) manager.Manager {
	mgr, _ := ctrl.NewManager(cfg, ctrl.Options{
		Cache: cache.Options{DefaultUnsafeDisableDeepCopy: ptr.To(true)},
	})
	return mgr
}

func Setup(cfg *rest.Config) *Reconciler {
	r := &Reconciler{}
	r.Client = newManager(cfg).GetClient()
	return r
}
`;
    expect(await originWith(setup)).toBe('unsafe-client-read: op/setup.go:5 op/setup.go:12');
  });

  it('is the default copying client otherwise, and when the option is set to false', async () => {
    const plain = `package op

func Setup(mgr manager.Manager) *Reconciler {
	return &Reconciler{Client: mgr.GetClient()}
}
`;
    expect(await originWith(plain)).toBe('not shared');
    const off = `package op

func New(cfg *rest.Config) *Reconciler {
	c, _ := client.New(cfg, client.Options{Cache: &client.CacheOptions{UnsafeDisableDeepCopy: ptr.To(false)}})
	return &Reconciler{Client: c}
}
`;
    expect(await originWith(off)).toBe('not shared');
  });
});
