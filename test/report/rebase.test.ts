import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LocalSourceReader } from '../../src/repo/source-reader.js';
import { changedLinesInModule, rebaseReport } from '../../src/report/rebase.js';
import { triage } from '../../src/triage.js';

describe('rebaseReport', () => {
  it('makes every repo path of a real diagnosis relative to the repository root, leaving others alone', async () => {
    async function* input() {
      yield readFileSync('test/fixtures/scenarios/logs/cache-mutation-iter-json.log');
    }
    const report = await triage(input(), {
      modulePath: 'example.com/triage-fixtures',
      diagnose: { sources: new LocalSourceReader('test/fixtures/scenarios/src') },
    });
    const [finding] = rebaseReport(report, 'services/api/').findings;
    expect(finding?.crashFrame?.repoPath).toBe('services/api/pkg/controller/servicestatus/reporter.go');
    expect(finding?.frames[0]?.repoPath).toBeUndefined();
    expect(finding?.frames[0]?.file).toBe('/usr/lib/go-1.19/src/runtime/map.go');
    const culprit = finding?.culprit;
    expect(culprit?.mutation.file).toBe('services/api/pkg/controller/endpointslice/controller.go');
    expect(culprit?.objectSource?.file).toBe('services/api/pkg/controller/endpointslice/controller.go');
    expect(culprit?.edit?.file).toBe('services/api/pkg/controller/endpointslice/controller.go');
    expect(culprit?.excerpt?.file).toBe('services/api/pkg/controller/endpointslice/controller.go');
    expect(new Set(culprit?.evidence.map((e) => e.file.split('/')[0]))).toEqual(new Set(['services']));
    // The module at the root changes nothing.
    expect(rebaseReport(report, '')).toBe(report);
  });

  it('keeps only the diff lines inside the module, module-relative', () => {
    const changed = new Map([
      ['services/api/pkg/x.go', new Set([3])],
      ['docs/README.md', new Set([1])],
    ]);
    expect(changedLinesInModule(changed, 'services/api')).toEqual(new Map([['pkg/x.go', new Set([3])]]));
  });
});
