// Vitest global setup: build dist/ once before any test runs, so the tests that spawn the bundled
// CLI or Action all run the same fresh bundle and never race a rebuild.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function buildDist(): void {
  execFileSync('node', ['scripts/build.mjs'], {
    cwd: resolve(import.meta.dirname, '../..'),
    stdio: 'inherit',
  });
}
