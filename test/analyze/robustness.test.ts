// diagnose never throws: hostile frames, unreadable or non-Go sources give `culprit: null` and a reason.
// And it reads each file once per run, only files on the stacks of the dump.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/analyze/index.js';
import type { Fault, Finding, Frame } from '../../src/model.js';
import type { SourceReader } from '../../src/repo/source-reader.js';
import { scenarios, triageLog } from './run-triage.js';

function finding(kind: Finding['kind'], frames: Frame[], extra: Partial<Fault> = {}): Finding {
  const fault: Fault = {
    kind,
    headline: 'fatal error: concurrent map writes',
    others: [],
    span: { start: 1, end: 1 },
    crashing: { id: 1, state: 'running', frames, count: 1 },
    ...extra,
  };
  return {
    id: 'x',
    kind,
    headline: fault.headline,
    occurrences: 1,
    test: null,
    crashFrame: frames[0] ?? null,
    frames,
    culprit: null,
    fault,
  };
}

const repo = (repoPath: string, line: number): Frame => ({
  func: 'example.com/m/pkg.f',
  file: repoPath,
  line,
  kind: 'repo',
  repoPath,
});

class MapReader implements SourceReader {
  readonly reads: string[] = [];
  constructor(private readonly files: Record<string, string>) {}
  async read(path: string): Promise<string | null> {
    this.reads.push(path);
    return this.files[path] ?? null;
  }
}

describe('hostile input', () => {
  it('says which source is missing', async () => {
    const d = await diagnose(finding('concurrent-map-writes', [repo('pkg/x.go', 3)]), {
      sources: new MapReader({}),
    });
    expect(d).toEqual({ culprit: null, reason: 'source for pkg/x.go not found under the source root' });
  });

  it('survives non-Go text, lines past the end and frames without a stack', async () => {
    const sources = new MapReader({
      'pkg/x.go': '\u0000\u0001 not go at all {{{',
      'pkg/y.go': 'package y\n',
    });
    for (const f of [
      finding('concurrent-map-writes', [repo('pkg/x.go', 1)]),
      finding('concurrent-map-read-write', [repo('pkg/y.go', 99_999)]),
      finding('data-race', [], { accesses: [] }),
      finding('data-race', [], {
        accesses: [
          { op: 'write', previous: false, address: '0x0', goroutineId: 1, frames: [repo('pkg/y.go', -4)] },
        ],
      }),
      finding('nil-deref', [repo('pkg/y.go', 1)]),
    ]) {
      const d = await diagnose(f, { sources });
      expect(d.culprit).toBeNull();
      expect(d.reason).toEqual(expect.any(String));
    }
  });

  it('turns a throwing source reader into a reason', async () => {
    const sources: SourceReader = { read: () => Promise.reject(new Error('boom')) };
    const d = await diagnose(finding('concurrent-map-writes', [repo('pkg/x.go', 3)]), { sources });
    expect(d.culprit).toBeNull();
  });
});

describe('reading', () => {
  it('reads each file of the dump once, and no other file', async () => {
    const root = `${scenarios}/src`;
    const counting = new MapReader({});
    const reader: SourceReader = {
      read: async (path) => {
        counting.reads.push(path);
        return readFile(`${root}/${path}`, 'utf8').catch(() => null);
      },
    };
    const [f] = await triageLog(`${scenarios}/logs/cache-mutation-write-write.log`, root);
    if (!f) throw new Error('no finding');
    await diagnose(f, { sources: reader });
    await diagnose(f, { sources: reader });
    expect([...counting.reads].sort()).toEqual([
      'cmd/kube-controller-manager/main.go',
      'pkg/client/cache/store.go',
      'pkg/controller/endpointslice/controller.go',
      'pkg/controller/servicelb/controller.go',
      'pkg/util/workqueue/queue.go',
    ]);
  });
});
