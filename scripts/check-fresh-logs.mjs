#!/usr/bin/env node
// node scripts/check-fresh-logs.mjs --logs DIR [--module PATH] [--cli dist/cli.js] [--only NAME]
//
// Runs the CLI (`node dist/cli.js LOG --format json --module PATH`) on every .log/.json fixture of a
// folder written by test/fixtures/scenarios/regen.sh and compares the findings with that folder's
// facts.json (scripts/facts.py's view of the same logs):
//   - a log with a crash signature has a finding of the kind that signature names, with the same
//     headline (`[recovered]` and a leading tab ignored), occurring once, whose crashFrame file:line is the
//     facts' first module frame (repo-relative; when the facts have none, as for the testing alarm
//     of a test timeout, any frame of a module test goroutine, a non-module frame or null is accepted);
//   - a log with race reports has data-race findings whose occurrences add up to the facts' report count,
//     each with a crashFrame that is the first module frame of the first access of one of the reports;
//   - a log without a signature (passing, fixed variants) gives no finding (and exit code 0).
// Prints a table; exits 1 on any mismatch, 2 on a usage error.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kindOf, normalizeHeadline } from './lib/go-signatures.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const LOGS = opt('--logs');
const MODULE = opt('--module', 'example.com/triage-fixtures');
const CLI = resolve(opt('--cli', join(ROOT, 'dist/cli.js')));
const ONLY = opt('--only');
if (!LOGS || !existsSync(join(LOGS, 'facts.json'))) {
  console.error(
    'usage: check-fresh-logs.mjs --logs DIR (with facts.json) [--module PATH] [--cli FILE] [--only NAME]',
  );
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error(`check-fresh-logs: ${CLI} is missing (npm run build)`);
  process.exit(2);
}

const facts = JSON.parse(readFileSync(join(LOGS, 'facts.json'), 'utf8'));
const names = readdirSync(LOGS)
  .filter((n) => /\.(log|json)$/.test(n) && n !== 'facts.json' && !n.endsWith('.json.stderr'))
  .filter((n) => !ONLY || n === ONLY)
  .sort();

/** A printed path → repo-relative, using what facts.json knows (module dir in the trace, module path). */
function repoRelative(file, moduleDir) {
  if (!file) return file;
  if (moduleDir && file.startsWith(`${moduleDir}/`)) return file.slice(moduleDir.length + 1);
  if (file.startsWith(`${MODULE}/`)) return file.slice(MODULE.length + 1);
  return file;
}
const frameKey = (f, moduleDir) =>
  f ? `${f.repo_file ?? f.repoPath ?? repoRelative(f.file, moduleDir)}:${f.line}` : 'null';

const rows = [];
let failures = 0;

for (const name of names) {
  const fact = facts[name];
  const problems = [];
  if (!fact) {
    rows.push({
      name,
      expect: '?',
      found: '?',
      frame: '',
      races: '',
      ok: false,
      problems: ['not in facts.json'],
    });
    failures++;
    continue;
  }
  const moduleDir = fact.module_dir_in_trace;
  const r = spawnSync(process.execPath, [CLI, join(LOGS, name), '--format', 'json', '--module', MODULE], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  let findings = null;
  if (r.status !== 0 && r.status !== 1)
    problems.push(
      `CLI exit ${r.status ?? r.signal}: ${(r.stderr || '').trim().split('\n').slice(-1)[0] ?? ''}`,
    );
  else {
    try {
      findings = JSON.parse(r.stdout).findings;
      if (!Array.isArray(findings)) throw new Error('no findings array');
    } catch (e) {
      problems.push(`output is not the JSON contract (${e.message})`);
    }
  }
  findings ??= [];
  const races = findings.filter((f) => f.kind === 'data-race');
  const crashes = findings.filter((f) => f.kind !== 'data-race');
  const sum = (fs) => fs.reduce((n, f) => n + Number(f.occurrences ?? 0), 0);

  // expectations from the facts
  const crashSig = fact.crash?.signature?.[0] ?? null;
  const raceCount = fact.race?.count ?? 0;
  const expectParts = [];
  if (crashSig) expectParts.push(kindOf(crashSig));
  if (raceCount) expectParts.push(`data-race x${raceCount}`);
  const expect = expectParts.join(' + ') || 'none';
  const found =
    findings.map((f) => `${f.kind}${f.occurrences !== 1 ? ` x${f.occurrences}` : ''}`).join(', ') || 'none';

  if (findings.length && !crashSig && !raceCount) problems.push('findings in a log without a signature');
  if (!crashSig && !raceCount && r.status === 1) problems.push('exit 1 without findings expected');
  if ((crashSig || raceCount) && r.status === 0) problems.push('exit 0 although findings are expected');

  let frameCol = '';
  if (crashSig) {
    const want = kindOf(crashSig);
    const match = crashes.filter((f) => f.kind === want);
    if (!match.length) problems.push(`no ${want} finding`);
    else {
      const f = match[0];
      if (normalizeHeadline(f.headline) !== normalizeHeadline(crashSig))
        problems.push(`headline ${JSON.stringify(f.headline)} != ${JSON.stringify(crashSig)}`);
      if (sum(crashes) !== 1) problems.push(`${sum(crashes)} crash occurrences, want 1`);
      const expFrame = fact.crash.first_module_frame;
      const got = f.crashFrame ? frameKey(f.crashFrame, moduleDir) : 'null';
      if (expFrame) {
        const exp = frameKey(expFrame, moduleDir);
        frameCol = got === exp ? got : `${got} (want ${exp})`;
        if (got !== exp) problems.push(`crash frame ${got}, want ${exp}`);
      } else {
        // no module frame in the crashing goroutine (the testing alarm of a timeout): accept null, a
        // non-module frame, or the top module frame of a goroutine running a module test
        const ok = new Set(
          (fact.crash.goroutines_in_module_tests ?? []).flatMap((g) => [
            frameKey(g.top_module_frame, moduleDir),
            frameKey(g.test_frame, moduleDir),
          ]),
        );
        const isModule =
          f.crashFrame && (f.crashFrame.kind === 'repo' || /^(pkg|cmd)\//.test(got.replace(/:\d+$/, '')));
        frameCol = `${got} (facts: none)`;
        if (isModule && !ok.has(got)) problems.push(`crash frame ${got} is in no module test goroutine`);
      }
    }
  } else if (crashes.length) problems.push(`unexpected ${crashes.map((f) => f.kind).join(', ')}`);

  let raceCol = '';
  if (raceCount || races.length) {
    raceCol = `${sum(races)}/${raceCount}`;
    if (sum(races) !== raceCount) problems.push(`race occurrences ${sum(races)}, want ${raceCount}`);
    const allowed = new Set(
      (fact.race?.reports ?? []).map((rep) => frameKey(rep.accesses?.[0]?.first_module_frame, moduleDir)),
    );
    for (const f of races) {
      const got = f.crashFrame ? frameKey(f.crashFrame, moduleDir) : 'null';
      if (normalizeHeadline(f.headline) !== 'WARNING: DATA RACE')
        problems.push(`race headline ${JSON.stringify(f.headline)}`);
      if (!allowed.has(got)) problems.push(`race crash frame ${got}, want one of ${[...allowed].join(' ')}`);
    }
    if (!frameCol)
      frameCol = races.map((f) => (f.crashFrame ? frameKey(f.crashFrame, moduleDir) : 'null')).join(' ');
  }
  const tests = [...new Set(findings.map((f) => f.test).filter(Boolean))].join(' ');
  const ok = problems.length === 0;
  if (!ok) failures++;
  rows.push({ name, expect, found, frame: frameCol, races: raceCol, tests, ok, problems });
}

const w = (k, min) => Math.max(min, ...rows.map((r) => String(r[k]).length));
const cols = [
  ['name', 'log'],
  ['expect', 'expected'],
  ['found', 'found'],
  ['races', 'races found/facts'],
  ['frame', 'crash frame'],
  ['tests', 'test'],
];
const widths = cols.map(([k, h]) => Math.min(w(k, h.length), 60));
const line = (cells) => cells.map((c, i) => String(c).slice(0, 60).padEnd(widths[i])).join('  ');
console.log(`      ${line(cols.map(([, h]) => h))}`);
for (const r of rows) {
  console.log(`${r.ok ? 'ok   ' : 'FAIL '} ${line(cols.map(([k]) => r[k] ?? ''))}`);
  for (const p of r.problems) console.log(`        - ${p}`);
}
console.log(`\n${rows.length - failures}/${rows.length} logs match their facts (${LOGS})`);
process.exit(failures ? 1 : 0);
