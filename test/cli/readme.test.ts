// The README's quick start must stay true: its command prints exactly the output the README shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from './io.js';

const ROOT = join(import.meta.dirname, '../..');

it('README quick start shows what the example prints', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const command = 'npx go-panic-triage examples/endpointslice-map-crash/crash.log';
  expect(readme).toContain(`npm ci && ${command}\n`);
  const io = fakeIo();
  expect(await run([join(ROOT, 'examples/endpointslice-map-crash/crash.log')], io)).toBe(1);
  expect(readme).toContain(`\`\`\`text\n${io.out()}\`\`\``);
});

it('the example log is the verbatim fixture it was copied from', () => {
  const example = readFileSync(join(ROOT, 'examples/endpointslice-map-crash/crash.log'));
  const fixture = readFileSync(join(ROOT, 'test/fixtures/scenarios/logs/cache-mutation-iter-json.log'));
  expect(example.equals(fixture)).toBe(true);
});
