// scripts/eval-historical.sh without logs: it fetches nothing and runs no CLI, it lists every bug as
// missing its log and counts none. (With logs it needs the Go module proxy: see README "Measuring on real bugs".)
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('lists each bug whose log is missing and counts only bugs with a log and a source', () => {
  const logs = mkdtempSync(join(tmpdir(), 'gpt-eval-'));
  const out = execFileSync('bash', ['scripts/eval-historical.sh', logs, 'k8s-85364', 'tilt-3868'], {
    encoding: 'utf8',
  });
  expect(out.split('\n').map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([
    'BUG NAMED CULPRIT SOURCE FIX MAINTAINERS',
    `k8s-85364 - no log in ${logs}`,
    `tilt-3868 - no log in ${logs}`,
    'write named: 0 of 0 (bugs with a log and a source through the module proxy)',
    '',
  ]);
});
