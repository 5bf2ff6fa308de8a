// The bundle as users run it: `npx go-panic-triage` executes dist/cli.js in its own process.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const LOG = join(ROOT, 'test/fixtures/scenarios/logs/cache-mutation-iter-json.log');
const PASSING = join(ROOT, 'test/fixtures/scenarios/logs/passing-sets-v.log');

describe('dist/cli.js', () => {
  // `npm test` builds dist/ once before vitest starts (rebuilding here would delete dist/ under other
  // tests that run the bundle in parallel); build only when run on its own without a bundle.
  beforeAll(() => {
    if (!existsSync(CLI)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);

  it('triages a file, prints JSON and exits 1', () => {
    const result = spawnSync(
      process.execPath,
      [CLI, LOG, '--module', 'example.com/triage-fixtures', '--format', 'json'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const doc = JSON.parse(result.stdout);
    expect(doc.findings.map((f: { kind: string; crashFrame: unknown }) => [f.kind, f.crashFrame])).toEqual([
      [
        'concurrent-map-iteration-write',
        {
          func: 'example.com/triage-fixtures/pkg/controller/servicestatus.(*Reporter).reportOnce',
          file: 'pkg/controller/servicestatus/reporter.go',
          line: 44,
        },
      ],
    ]);
  });

  it('reads piped stdin and exits 2 with one line on a bad file', () => {
    const piped = spawnSync(process.execPath, [CLI], { input: readFileSync(PASSING), encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe('go-panic-triage: no Go crashes (26257 bytes, 514 lines)\n');
    const missing = spawnSync(process.execPath, [CLI, 'missing.log'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("go-panic-triage: cannot read 'missing.log': no such file\n");
  });

  it('starts with a shebang so npm can link it as a bin', () => {
    const head = execFileSync('head', ['-c', '19', CLI], { encoding: 'utf8' });
    expect(head).toBe('#!/usr/bin/env node');
  });
});
