// A repository's `shared-sources` config teaches the diagnosis its own cache type.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { rulesFor } from '../../src/config/rules.js';
import { LocalSourceReader } from '../../src/repo/source-reader.js';
import { triage } from '../../src/triage.js';

const DIR = 'test/fixtures/go-programs/custom-cache';

async function diagnoseWith(configText: string) {
  async function* input() {
    yield readFileSync(`${DIR}/output.log`);
  }
  const report = await triage(input(), {
    modulePath: 'example.com/podcache',
    diagnose: { sources: new LocalSourceReader(DIR), rules: rulesFor(parseConfig(configText)) },
  });
  expect(report.findings).toHaveLength(1);
  return report.findings[0]?.culprit;
}

describe('shared-sources from the config', () => {
  it('names the custom cache as the object source', async () => {
    const culprit = await diagnoseWith(
      'shared-sources:\n  - call: Lookup\n    kind: store\n    why: PodCache hands out its own pointers\n',
    );
    expect(culprit?.mutation).toEqual({
      file: 'controller/labeler.go',
      line: 15,
      code: 'pod.Labels["seen"] = "true"',
      variable: 'pod',
    });
    expect(culprit?.objectSource).toEqual({
      file: 'controller/labeler.go',
      line: 11,
      code: 'pod := l.Pods.Lookup(name)',
      kind: 'store',
    });
    expect(culprit?.fixKind).toBe('deepcopy-before-mutate');
    expect(culprit?.evidence[0]?.note).toContain('PodCache hands out its own pointers');
  });

  it('without it, finds the write but no source, and says it is unsure', async () => {
    const culprit = await diagnoseWith('');
    expect(culprit?.mutation.line).toBe(15);
    expect(culprit?.objectSource).toBeNull();
    expect(culprit?.fixKind).toBe('other');
    expect(culprit?.confidence).toBe(0.5);
  });
});
