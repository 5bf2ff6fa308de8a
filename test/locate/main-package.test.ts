// A binary that is all `package main`: with the checkout, its frames are repository files like any other,
// so the map fault is diagnosed with the writer the dump shows (test/fixtures/go-programs/binary-map-fault).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateFault } from '../../src/locate/index.js';
import { placeMainFrames } from '../../src/locate/main-package.js';
import type { Fault, Finding, Frame } from '../../src/model.js';
import type { SourceReader } from '../../src/repo/source-reader.js';
import { LocalSourceReader } from '../../src/repo/source-reader.js';
import { triage } from '../../src/triage.js';

const DIR = 'test/fixtures/go-programs/binary-map-fault';

async function run(withSources: boolean) {
  async function* input() {
    yield readFileSync(`${DIR}/output.log`);
  }
  const { findings } = await triage(input(), {
    modulePath: 'example.com/tools',
    ...(withSources && { diagnose: { sources: new LocalSourceReader(DIR) } }),
  });
  expect(findings).toHaveLength(1);
  return findings[0] as Finding;
}

describe('a binary’s main package with sources', () => {
  it('maps every main frame of the dump to its file under the module', async () => {
    const finding = await run(true);
    expect(finding.kind).toBe('concurrent-map-iteration-write');
    expect(finding.crashFrame).toMatchObject({
      func: 'main.(*inventory).report',
      line: 12,
      kind: 'repo',
      repoPath: 'cmd/inventory/inventory.go',
    });
    const where = (f: Frame) => `${f.repoPath}:${f.line}`;
    expect(finding.fault.crashing?.frames.filter((f) => f.kind === 'repo').map(where)).toEqual([
      'cmd/inventory/inventory.go:12',
      'cmd/inventory/inventory.go:31',
    ]);
    expect(finding.fault.crashing?.createdBy && where(finding.fault.crashing.createdBy)).toBe(
      'cmd/inventory/main.go:16',
    );
    expect(finding.fault.others.map((g) => g.frames.map(where))).toEqual([
      ['cmd/inventory/main.go:17'],
      ['cmd/inventory/inventory.go:24'],
    ]);
  });

  it('diagnoses the write of the dump’s other goroutine, not "the writer has moved on"', async () => {
    const finding = await run(true);
    expect(finding.culpritReason).toBeUndefined();
    expect(finding.culprit?.mutation).toEqual({
      file: 'cmd/inventory/inventory.go',
      line: 24,
      code: 'inv.counts[fmt.Sprintf("item-%d", i%64)]++',
      variable: 'inv',
    });
  });

  it('leaves them as printed without sources', async () => {
    const finding = await run(false);
    expect(finding.crashFrame).toMatchObject({ kind: 'repo', line: 12 });
    expect(finding.crashFrame?.repoPath).toBeUndefined();
  });
});

describe('placeMainFrames', () => {
  const reader = (files: Record<string, string>): SourceReader & { reads: string[] } => {
    const reads: string[] = [];
    return {
      reads,
      read: async (p) => {
        reads.push(p);
        return files[p] ?? null;
      },
    };
  };
  const mainFile = `package main\n\nfunc main() {\n${'\n'.repeat(40)}}\n`;
  const findingOf = (frames: Frame[]): Finding => {
    const fault: Fault = {
      kind: 'panic',
      headline: 'panic: x',
      others: [],
      span: { start: 1, end: 1 },
      crashing: { id: 1, state: 'running', frames, count: 1 },
    };
    locateFault(fault, { modulePath: 'example.com/tools' });
    return {
      id: 'x',
      kind: 'panic',
      headline: 'panic: x',
      occurrences: 1,
      test: null,
      crashFrame: null,
      frames,
      culprit: null,
      fault,
    };
  };

  it('takes the longest tail of the printed path that is a main file of the checkout', async () => {
    const frame: Frame = { func: 'main.main', file: '/b/w/tools/cmd/a/main.go', line: 20 };
    const sources = reader({ 'main.go': mainFile, 'cmd/a/main.go': mainFile });
    await placeMainFrames([findingOf([frame])], sources);
    expect(frame).toMatchObject({ kind: 'repo', repoPath: 'cmd/a/main.go' });
  });

  it('ignores files that are not package main or are shorter than the frame’s line', async () => {
    const frames: Frame[] = [
      { func: 'main.main', file: '/b/cmd/a/main.go', line: 20 },
      { func: 'main.run', file: '/b/cmd/b/run.go', line: 500 },
    ];
    const sources = reader({ 'cmd/a/main.go': 'package lib\n', 'cmd/b/run.go': mainFile });
    await placeMainFrames([findingOf(frames)], sources);
    expect(frames.map((f) => f.repoPath)).toEqual([undefined, undefined]);
    expect(frames.map((f) => f.kind)).toEqual(['repo', 'repo']);
  });

  it('reads each directory once for all its frames', async () => {
    const frames: Frame[] = [1, 2, 3].map((line) => ({
      func: `main.f${line}`,
      file: '/b/x/cmd/a/main.go',
      line,
    }));
    const sources = reader({ 'cmd/a/main.go': mainFile });
    await placeMainFrames([findingOf(frames)], sources);
    expect(frames.every((f) => f.repoPath === 'cmd/a/main.go')).toBe(true);
    expect(sources.reads.filter((p) => p !== 'cmd/a/main.go')).toEqual(['x/cmd/a/main.go']);
  });
});
