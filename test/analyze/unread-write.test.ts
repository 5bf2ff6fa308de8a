// "The write has no reader of its own" (remove-write), on small Go packages of our own: the shapes that
// prove it, and every way a write can still be seen, each of which must keep the copy fix.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchedCandidate } from '../../src/analyze/candidates.js';
import { GoSources } from '../../src/analyze/go-sources.js';
import { defaultRules } from '../../src/analyze/rules.js';
import { unreadWrite } from '../../src/analyze/unread-write.js';
import { writesIn } from '../../src/analyze/writes.js';
import { LocalSourceReader, type SourceReader } from '../../src/repo/source-reader.js';

const header = `package stamp

import (
	"time"

	v1 "example.com/m/api/core/v1"
)

const seenKey = "example.com/seen"

// SeenKey is the exported name of the same kind of key.
const SeenKey = "example.com/exported"

var _ = time.Now
`;

/** What unreadWrite says about the first map write marked `// here` in `body` (appended to `header`). */
async function verdict(
  body: string,
  others: Record<string, string> = {},
  wrap: (r: SourceReader) => SourceReader = (r) => r,
): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'gpt-unread-'));
  mkdirSync(join(root, 'stamp'));
  writeFileSync(join(root, 'stamp/stamp.go'), header + body);
  for (const [path, text] of Object.entries(others)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const sources = new GoSources(wrap(new LocalSourceReader(root)));
  const file = await sources.file('stamp/stamp.go');
  if (!file) throw new Error('not parsed');
  await sources.packageOf(file.path);
  const row = file.lines.findIndex((l) => l.includes('// here'));
  const write = writesIn(file.root, file, defaultRules).find((w) => w.row === row);
  if (!write) throw new Error('no write marked');
  const candidate = searchedCandidate(write, [{ file, row }], defaultRules);
  const unread = await unreadWrite(candidate, sources, defaultRules);
  if (!unread) return `kept (${candidate.provenance.origin.kind})`;
  const edit = unread.edit
    ? `remove ${unread.edit.afterLine + 1}-${unread.edit.afterLine + (unread.edit.remove?.length ?? 0)}`
    : `no edit: ${unread.leftUnused.join(', ')}`;
  return `unread ${unread.keyConstant ?? '-'}=${unread.key} in ${unread.functionName ?? 'literal'}: ${edit}`;
}

const sync = (lines: string) => `
func (c *Controller) sync(key string) error {
	svc, err := c.serviceLister.Get(key)
	if err != nil {
		return err
	}
${lines}
	return nil
}
`;

describe('remove-write: the write has no reader of its own', () => {
  it('holds for a lister object stamped with an unexported key and only its other fields read after', async () => {
    const body = sync(
      '\tif svc.Spec.Type == "" {\n\t\treturn nil\n\t}\n\tsvc.Annotations[seenKey] = "now" // here\n\tklog.Infof("synced %s/%s", svc.Namespace, svc.Name)',
    );
    expect(await verdict(body)).toBe('unread seenKey=example.com/seen in sync: remove 24-24');
  });

  it('holds for a literal key, and takes a nil check that only serves the write along', async () => {
    const body = sync(
      '\tklog.Infof("stamping %s", svc.Name)\n\tif svc.Labels == nil {\n\t\tsvc.Labels = make(map[string]string)\n\t}\n\tsvc.Labels["example.com/touched"] = "yes" // here',
    );
    expect(await verdict(body)).toBe('unread -=example.com/touched in sync: remove 22-25');
  });

  it("holds in an informer handler that asserts the event's object, and through a map alias", async () => {
    const body = `
func NewController(informer cache.SharedIndexInformer) *Controller {
	c := &Controller{}
	informer.AddEventHandler(cache.ResourceEventHandlerFuncs{UpdateFunc: c.updatePod})
	return c
}

func (c *Controller) updatePod(old, cur interface{}) {
	pod := cur.(*v1.Pod)
	ann := pod.Annotations
	if pod.Spec.NodeName == "" || len(ann) > 64 {
		return
	}
	ann[seenKey] = pod.Spec.NodeName // here
}
`;
    expect(await verdict(body)).toBe('unread seenKey=example.com/seen in updatePod: remove 28-28');
  });

  it('holds without an edit when the removal would leave a local or an import unused', async () => {
    const body = sync(
      '\tif svc.Name == "" {\n\t\treturn nil\n\t}\n\tnow := c.clock.Now()\n\tsvc.Annotations[seenKey] = now.String() // here',
    );
    expect(await verdict(body)).toBe('unread seenKey=example.com/seen in sync: no edit: `now`');
  });

  const kept = 'kept (lister)';
  const cases: Record<string, string> = {
    'the object is sent after the write':
      '\tsvc.Annotations[seenKey] = "now" // here\n\t_, err = c.client.Update(svc)',
    'the object is passed to a helper before the write':
      '\tc.queue.Add(svc)\n\tsvc.Annotations[seenKey] = "now" // here',
    'the written map is read after the write':
      '\tsvc.Annotations[seenKey] = "now" // here\n\tklog.Infof("%v", svc.Annotations)',
    'the object is copied after the write':
      '\tsvc.Annotations[seenKey] = "now" // here\n\tc.last = svc.DeepCopy()',
    'its metadata is handed on after the write':
      '\tsvc.Annotations[seenKey] = "now" // here\n\tc.record(&svc.ObjectMeta)',
    'a closure captures it':
      '\tdefer func() { klog.Infof("%v", svc.Name) }()\n\tsvc.Annotations[seenKey] = "now" // here',
    'an alias is stored':
      '\tann := svc.Annotations\n\tc.seen = ann\n\tsvc.Annotations[seenKey] = "now" // here',
    'the key is exported: others are meant to read it': '\tsvc.Annotations[SeenKey] = "now" // here',
    'the key is a variable': '\tsvc.Annotations[key] = "now" // here',
    'the key is computed': '\tsvc.Annotations[seenKey+"-at"] = "now" // here',
  };
  for (const [name, lines] of Object.entries(cases)) {
    it(`does not hold when ${name}`, async () => {
      expect(await verdict(sync(lines))).toBe(kept);
    });
  }

  it('does not hold inside a loop whose next round uses the object', async () => {
    const body = `
func (c *Controller) syncAll() {
	svcs, _ := c.serviceLister.List()
	for _, svc := range svcs {
		svc.Annotations[seenKey] = "now" // here
	}
	c.publish(svcs)
}
`;
    expect(await verdict(body)).toBe(kept);
  });

  it('does not hold when the object is returned', async () => {
    const body = `
func (c *Controller) get(key string) (*v1.Service, error) {
	svc, err := c.serviceLister.Get(key)
	if err != nil {
		return nil, err
	}
	svc.Annotations[seenKey] = "now" // here
	return svc, nil
}
`;
    expect(await verdict(body)).toBe(kept);
  });

  it('does not hold when the object comes from the caller (the caller may send it)', async () => {
    const body = `
func (c *Controller) stamp(svc *v1.Service) {
	svc.Annotations[seenKey] = "now" // here
}
`;
    expect(await verdict(body)).toBe('kept (unknown)');
  });

  it('does not hold when any other Go file names the key or its text, a test included', async () => {
    const body = sync('\tklog.Infof("stamping %s", svc.Name)\n\tsvc.Annotations[seenKey] = "now" // here');
    const byName = {
      'stamp/report.go': 'package stamp\n\nfunc seen(p *v1.Pod) string { return p.Annotations[seenKey] }\n',
    };
    const byText = { 'e2e/stamp_test.go': 'package e2e\n\nconst want = "example.com/seen"\n' };
    const inComment = {
      'stamp/doc.go': 'package stamp\n\n// seenKey (example.com/seen) is stamped by sync.\n',
    };
    expect(await verdict(body, byName)).toBe(kept);
    expect(await verdict(body, byText)).toBe(kept);
    // A comment that names the key reads nothing.
    expect(await verdict(body, inComment)).toBe('unread seenKey=example.com/seen in sync: remove 22-22');
  });

  it('does not hold when not every file can be searched (a contents-API reader)', async () => {
    const body = sync('\tsvc.Annotations[seenKey] = "now" // here');
    const apiLike = (r: SourceReader): SourceReader => ({
      read: (p) => r.read(p),
      listFiles: () => (r.listFiles ? r.listFiles() : Promise.reject(new Error('no listing'))),
    });
    expect(await verdict(body, {}, apiLike)).toBe(kept);
  });
});
