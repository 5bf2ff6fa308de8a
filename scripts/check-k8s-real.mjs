#!/usr/bin/env node
// node scripts/check-k8s-real.mjs --logs DIR [--cli dist/cli.js]
//
// Checks freshly regenerated logs of test/fixtures/k8s-real (DIR/go1.N/*, as its `regen.sh --out DIR` writes
// them) against its expected.json, the same facts test/analyze/k8s-real.test.ts holds the committed logs to: per log, the CLI's
// first finding (kind, headline, test, crash frame) and its culprit (write, variable, object source, fix),
// or no finding for a negative. Every cell regen.sh could not reproduce (listed in go1.N/exit-codes.tsv as
// "intended shape not reached") is reported, not failed: scheduling decides those. Exits 1 on a mismatch.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HERE = join(ROOT, 'test/fixtures/k8s-real');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const LOGS = opt('--logs');
const CLI = resolve(opt('--cli', join(ROOT, 'dist/cli.js')));
if (!LOGS || !existsSync(LOGS) || !existsSync(CLI)) {
  console.error('usage: check-k8s-real.mjs --logs DIR [--cli FILE] (DIR from regen.sh --out; the CLI built)');
  process.exit(2);
}

const expected = JSON.parse(readFileSync(join(HERE, 'expected.json'), 'utf8')).logs;
const factsOf = (name) => {
  const e = expected[name];
  return e && 'sameAs' in e ? factsOf(e.sameAs) : (e ?? null);
};
const observed = (f) => ({
  kind: f.kind,
  headline: f.headline,
  test: f.test ?? null,
  crashFrame: f.crashFrame
    ? { func: f.crashFrame.func, file: f.crashFrame.file, line: f.crashFrame.line }
    : null,
  culprit: f.culprit
    ? {
        mutation: {
          file: f.culprit.mutation.file,
          line: f.culprit.mutation.line,
          variable: f.culprit.mutation.variable,
          code: f.culprit.mutation.code,
        },
        objectSource: f.culprit.objectSource
          ? {
              file: f.culprit.objectSource.file,
              line: f.culprit.objectSource.line,
              kind: f.culprit.objectSource.kind,
              code: f.culprit.objectSource.code,
            }
          : null,
        fixKind: f.culprit.fixKind,
      }
    : null,
});
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

let failures = 0;
for (const version of readdirSync(LOGS)
  .filter((d) => /^go1\.\d+$/.test(d))
  .sort()) {
  const dir = join(LOGS, version);
  const tsv = existsSync(join(dir, 'exit-codes.tsv'))
    ? readFileSync(join(dir, 'exit-codes.tsv'), 'utf8')
    : '';
  for (const line of tsv.split('\n').filter((l) => l.includes('intended shape not reached'))) {
    const [name, , attempts] = line.split('\t');
    console.log(`NOT REPRODUCED ${version} ${name} (${attempts})`);
  }
  for (const name of Object.keys(expected).filter((n) => existsSync(join(dir, n)))) {
    const r = spawnSync(
      process.execPath,
      [CLI, join(dir, name), '--format', 'json', '--source-root', HERE, '--module', 'example.com/k8s-real'],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    let findings;
    try {
      findings = JSON.parse(r.stdout).findings;
    } catch {
      console.log(
        `FAIL ${version} ${name}: the CLI printed no JSON (exit ${r.status}): ${r.stderr.slice(0, 300)}`,
      );
      failures++;
      continue;
    }
    const want = factsOf(name);
    const got = findings[0] ? observed(findings[0]) : null;
    // Which of two parallel tests the race detector catches first is scheduling: a fresh race may
    // name the other test of the pair, as long as the log ran it, or none, when the report landed
    // while both were running and the log cannot tell (the parser then names no test rather than guess).
    if (
      want?.kind === 'data-race' &&
      got &&
      got.test !== want.test &&
      (got.test === null || ranTest(join(dir, name), got.test))
    ) {
      console.log(
        `     ${version} ${name}: the race was caught in ${got.test ?? 'no one test'} this time (expected.json: ${want.test})`,
      );
      got.test = want.test;
    }
    if (want ? same(got, want) : findings.length === 0) console.log(`ok   ${version} ${name}`);
    else {
      console.log(`FAIL ${version} ${name}\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got)}`);
      failures++;
    }
  }
}
process.exit(failures ? 1 : 0);

function ranTest(log, test) {
  const text = readFileSync(log, 'utf8');
  return text.includes(`=== RUN   ${test}\n`) || text.includes(`"Test":"${test}"`);
}
