// The config's path-mappings place frames that no module path can: a build directory the user names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage.js';

async function crashFrame(log: string, options: Parameters<typeof triage>[1]) {
  async function* input() {
    yield readFileSync(log);
  }
  const { findings } = await triage(input(), options);
  return findings[0]?.crashFrame;
}

describe('path-mappings', () => {
  it('maps a trace directory to the repository, without a module path', async () => {
    const frame = await crashFrame('test/fixtures/scenarios/logs/nil-map-assign.log', {
      pathMappings: [{ from: '/home/runner/work/triage-fixtures/triage-fixtures/', to: 'services/nodes' }],
    });
    expect(frame).toEqual({
      func: 'example.com/triage-fixtures/pkg/controller/nodelifecycle.(*Controller).markNodeForTainting',
      file: '/home/runner/work/triage-fixtures/triage-fixtures/pkg/controller/nodelifecycle/controller.go',
      line: 52,
      inlined: true,
      kind: 'repo',
      repoPath: 'services/nodes/pkg/controller/nodelifecycle/controller.go',
    });
  });

  it('places a main package built outside any module path', async () => {
    const frame = await crashFrame('test/fixtures/go-programs/hostile-panic/output.log', {
      pathMappings: [{ from: '/tmp/hostile', to: 'tools/hostile' }],
    });
    expect(frame?.repoPath).toBe('tools/hostile/main.go');
    expect(frame?.line).toBe(23);
  });

  it('never maps outside the repository', async () => {
    const frame = await crashFrame('test/fixtures/go-programs/hostile-panic/output.log', {
      pathMappings: [{ from: '/tmp/', to: '../elsewhere' }],
    });
    expect(frame?.repoPath).toBeUndefined();
  });
});
