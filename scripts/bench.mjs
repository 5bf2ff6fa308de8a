#!/usr/bin/env node
// npm run bench [-- --quick | --sources | --no-1gb | --no-panicparse | --keep-going]
//
// A report, not a test: builds (or reuses) the benchmark logs, runs the CLI on each in a child process,
// and prints throughput, peak RSS and how many of the manifest's crashes/races were found, next to
// panicparse's throughput on the same file when `panicparse` is on PATH. Prints PASS/MISS per target
// (issue targets: 100% found, >= 1.5x panicparse's throughput, peak RSS < 150 MB at 200 MB and 1 GB)
// and exits 0 unless something crashed (a child died of a signal or exited with a code other than 0/1).
//
// Files (bench/out/ is git-ignored):
//   bench/out/bench-200mb.log   python3 test/fixtures/scenarios/bench/mkbench.py --out bench/out/bench-200mb.log
//                               (reused when its sha256 equals its manifest's; compared with the published
//                               manifest in test/fixtures/scenarios/bench/expected/)
//   bench/out/bench-1gb.log     the 200 MB file 5 times, streamed (expected counts: 5x)
//   bench/out/bench-20mb.log    --quick: mkbench.py --target-bytes 20000000 (its own manifest)
//
// Peak RSS: the child runs under GNU time (`/usr/bin/time -f '%M'`, Debian package `time`) when it is
// installed; otherwise the script polls /proc/<pid>/status VmHWM every 10 ms (VmHWM is the kernel's own
// high-water mark, so only growth in the last 10 ms before exit can be missed; BENCH_RSS=proc forces it).
// The method used is printed.
//
// Modes:
//   (default)   200 MB and 1 GB logs
//   --quick     a 20 MB log only (a fast sanity run)
//   --sources   on the 20 MB log (200 MB with --full): the CLI with and without
//               `--source-root test/fixtures/scenarios/src --module example.com/triage-fixtures`;
//               prints the diagnosis time per finding and which findings got a culprit
//   --no-1gb    skip the 1 GB log;  --no-panicparse  skip panicparse
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { kindOf, PANIC_OR_FATAL_RE, RACE_LINE } from './lib/go-signatures.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCEN = join(ROOT, 'test/fixtures/scenarios');
const MKBENCH = join(SCEN, 'bench/mkbench.py');
const PUBLISHED = join(SCEN, 'bench/expected');
const OUT = join(ROOT, 'bench/out');
// BENCH_CLI=path overrides the CLI under test (e.g. a stub, to test this script's plumbing).
const CLI = process.env.BENCH_CLI ? resolve(process.env.BENCH_CLI) : join(ROOT, 'dist/cli.js');
const MODULE = 'example.com/triage-fixtures';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const unknown = argv.filter(
  (a) => !['--quick', '--sources', '--full', '--no-1gb', '--no-panicparse', '--help', '-h'].includes(a),
);
if (flag('--help') || flag('-h') || unknown.length) {
  if (unknown.length) console.error(`bench: unknown argument(s) ${unknown.join(' ')}`);
  console.error('usage: npm run bench [-- --quick | --sources [--full] | --no-1gb | --no-panicparse]');
  process.exit(unknown.length ? 2 : 0);
}
const QUICK = flag('--quick');
const SOURCES = flag('--sources');

const TARGET = { foundPct: 100, ratio: 1.5, rssMB: 150 };
let crashed = false;

// ---------- helpers ----------

const mb = (bytes) => bytes / 1e6;
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

async function sha256File(path) {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) h.update(chunk);
  return h.digest('hex');
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

// ---------- building the logs ----------

async function ensureMkbench(name, extraArgs) {
  const file = join(OUT, name);
  const manifest = `${file}.manifest.json`;
  if (existsSync(file) && existsSync(manifest)) {
    const m = readJson(manifest);
    const t0 = Date.now();
    if (statSync(file).size === m.bytes && (await sha256File(file)) === m.sha256) {
      console.log(`reuse   ${name} (sha256 matches its manifest, checked in ${Date.now() - t0} ms)`);
      return { file, manifest: m };
    }
    console.log(`rebuild ${name}: it differs from its manifest`);
  }
  const t0 = Date.now();
  const r = spawnSync('python3', [MKBENCH, '--out', file, ...extraArgs], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mkbench.py failed (${r.status}): ${r.stderr}`);
  console.log(`built   ${name} with mkbench.py in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { file, manifest: readJson(manifest) };
}

/** The published manifest, when the fixture logs are unchanged, must give the same file. */
function comparePublished(built) {
  const pub = join(PUBLISHED, `${built.manifest.file}.manifest.json`);
  if (!existsSync(pub)) return;
  const p = readJson(pub);
  if (p.sha256 === built.manifest.sha256)
    console.log(`        sha256 equals the published manifest (${p.sha256.slice(0, 16)}…)`);
  else
    console.log(
      `        NOTE: sha256 differs from the published manifest (fixture logs regenerated?); the expected counts come from the new manifest`,
    );
}

/** N copies of a file, streamed (never held in memory); the manifest's counts times N. */
async function ensureConcat(src, name, times) {
  const file = join(OUT, name);
  const stamp = `${file}.stamp.json`;
  const expected = Object.fromEntries(Object.entries(src.manifest.expected).map(([k, v]) => [k, v * times]));
  const perFixture = Object.fromEntries(
    Object.entries(src.manifest.per_fixture).map(([k, v]) => [k, { ...v, inserted: v.inserted * times }]),
  );
  const manifest = {
    file: name,
    source: src.manifest.file,
    times,
    bytes: src.manifest.bytes * times,
    expected,
    per_fixture: perFixture,
  };
  if (existsSync(file) && existsSync(stamp)) {
    const s = readJson(stamp);
    if (
      s.sourceSha256 === src.manifest.sha256 &&
      s.times === times &&
      statSync(file).size === manifest.bytes
    ) {
      const t0 = Date.now();
      if ((await sha256File(file)) === s.sha256) {
        console.log(
          `reuse   ${name} (sha256 matches its stamp, checked in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
        );
        return { file, manifest };
      }
    }
    console.log(`rebuild ${name}: it differs from its stamp`);
  }
  const t0 = Date.now();
  const h = createHash('sha256');
  const out = createWriteStream(file);
  for (let i = 0; i < times; i++) {
    await pipeline(
      createReadStream(src.file, { highWaterMark: 1 << 20 }),
      async function* (chunks) {
        for await (const c of chunks) {
          h.update(c);
          yield c;
        }
      },
      out,
      { end: i === times - 1 },
    );
  }
  const sha256 = h.digest('hex');
  writeFileSync(stamp, `${JSON.stringify({ sourceSha256: src.manifest.sha256, times, sha256 }, null, 1)}\n`);
  console.log(
    `built   ${name} (${times} x ${src.manifest.file}, streamed) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  return { file, manifest };
}

// ---------- running a child, measuring wall time and peak RSS ----------

// BENCH_RSS=proc forces the /proc polling (to compare the two methods).
const GNU_TIME = process.env.BENCH_RSS !== 'proc' && existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const RSS_METHOD = GNU_TIME
  ? "GNU time (/usr/bin/time -f '%M': the child's maximum resident set size)"
  : 'polling /proc/<pid>/status VmHWM every 10 ms';

/** Runs cmd, returns {code, signal, wallS, peakRssMB, stdout (if capture), stderr tail}. */
function measure(cmd, args, { capture = false } = {}) {
  return new Promise((resolveRun) => {
    let timeFile = null;
    let file = cmd;
    let fullArgs = args;
    if (GNU_TIME) {
      const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
      timeFile = join(dir, 'time');
      file = GNU_TIME;
      fullArgs = ['-o', timeFile, '-f', '%M', cmd, ...args];
    }
    const t0 = process.hrtime.bigint();
    const child = spawn(file, fullArgs, { stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'] });
    const out = [];
    let outBytes = 0;
    let err = '';
    if (capture) {
      child.stdout.on('data', (c) => {
        if (outBytes < 256 << 20) out.push(c);
        outBytes += c.length;
      });
    }
    child.stderr.on('data', (c) => {
      err = (err + c.toString()).slice(-4000);
    });
    let hwmKB = 0;
    let poll = null;
    if (!GNU_TIME) {
      const statusPath = `/proc/${child.pid}/status`;
      poll = setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(statusPath, 'utf8'));
          if (m) hwmKB = Math.max(hwmKB, Number(m[1]));
        } catch {}
      }, 10);
    }
    child.on('close', (code, signal) => {
      const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
      if (poll) clearInterval(poll);
      let peakRssMB = hwmKB ? (hwmKB * 1024) / 1e6 : Number.NaN;
      if (timeFile) {
        const text = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
        // GNU time writes "Command exited with non-zero status N" / "Command terminated by signal N" first.
        const lines = text.trim().split('\n');
        const kb = Number(lines[lines.length - 1]);
        peakRssMB = Number.isFinite(kb) ? (kb * 1024) / 1e6 : Number.NaN;
        const sig = /terminated by signal (\d+)/.exec(text);
        if (sig) signal = `signal ${sig[1]}`;
        rmSync(dirname(timeFile), { recursive: true, force: true });
      }
      resolveRun({
        code,
        signal,
        wallS,
        peakRssMB,
        stdout: capture ? Buffer.concat(out).toString('utf8') : '',
        stderr: err,
      });
    });
  });
}

function describeExit(r) {
  return r.signal ? `killed by ${r.signal}` : `exit ${r.code}`;
}

// ---------- expected counts per kind ----------

function expectedByKind(manifest) {
  const byKind = {};
  const logs = join(SCEN, 'logs');
  for (const [name, f] of Object.entries(manifest.per_fixture)) {
    const path = join(logs, name);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    for (const line of text.split('\n')) {
      let kind = null;
      if (PANIC_OR_FATAL_RE.test(line) || line === RACE_LINE) kind = kindOf(line);
      if (kind) byKind[kind] = (byKind[kind] ?? 0) + f.inserted;
    }
  }
  return byKind;
}

// ---------- one benchmark file ----------

async function runOne(label, built, panicparse) {
  const { file, manifest } = built;
  const bytes = statSync(file).size;
  console.log(`\n== ${label}: ${file.replace(`${ROOT}/`, '')} (${fmt(mb(bytes), 0)} MB)`);
  const ours = await measure(process.execPath, [CLI, file, '--format', 'json'], { capture: true });
  const result = { label, bytes, ours: { ...ours, stdout: undefined, stderr: undefined } };
  let report = null;
  if (ours.signal || (ours.code !== 0 && ours.code !== 1)) {
    crashed = true;
    console.log(`  ours: CRASHED (${describeExit(ours)}) after ${fmt(ours.wallS, 2)} s`);
    if (ours.stderr)
      console.log(
        ours.stderr
          .trim()
          .split('\n')
          .slice(-8)
          .map((l) => `    | ${l}`)
          .join('\n'),
      );
  } else {
    try {
      report = JSON.parse(ours.stdout);
    } catch (e) {
      crashed = true;
      console.log(
        `  ours: output is not JSON (${e.message}); first bytes: ${JSON.stringify(ours.stdout.slice(0, 200))}`,
      );
    }
  }
  const oursMBs = mb(bytes) / ours.wallS;
  console.log(
    `  ours:       ${lpad(fmt(ours.wallS, 2), 7)} s  ${lpad(fmt(oursMBs), 7)} MB/s  peak RSS ${lpad(fmt(ours.peakRssMB), 6)} MB  (${describeExit(ours)})`,
  );
  let pp = null;
  if (panicparse) {
    pp = await measure(panicparse, ['-parse=false', file]);
    const ppMBs = mb(bytes) / pp.wallS;
    console.log(
      `  panicparse: ${lpad(fmt(pp.wallS, 2), 7)} s  ${lpad(fmt(ppMBs), 7)} MB/s  peak RSS ${lpad(fmt(pp.peakRssMB), 6)} MB  (${describeExit(pp)}; -parse=false, stdout to /dev/null)`,
    );
    result.panicparse = { ...pp, stdout: undefined, stderr: undefined };
    result.ratio = oursMBs / ppMBs;
  }

  // found vs expected
  const exp = manifest.expected;
  const found = { race: 0, fatal: 0 };
  const foundByKind = {};
  if (report) {
    for (const f of report.findings ?? []) {
      const n = Number(f.occurrences ?? 1);
      foundByKind[f.kind] = (foundByKind[f.kind] ?? 0) + n;
      if (f.kind === 'data-race') found.race += n;
      else found.fatal += n;
    }
  }
  const pct = (a, b) => (b === 0 ? (a === 0 ? 100 : Number.NaN) : (100 * a) / b);
  const rows = [
    ['panic:/fatal error: lines', exp.panic_or_fatal_lines, found.fatal],
    ['race reports', exp.race_reports, found.race],
  ];
  console.log(`  ${pad('category', 28)} ${lpad('expected', 9)} ${lpad('found', 9)} ${lpad('% found', 8)}`);
  for (const [name, e, f] of rows)
    console.log(
      `  ${pad(name, 28)} ${lpad(e, 9)} ${lpad(report ? f : 'n/a', 9)} ${lpad(report ? fmt(pct(f, e)) : 'n/a', 8)}`,
    );
  const byKind = expectedByKind(manifest);
  const kinds = [...new Set([...Object.keys(byKind), ...Object.keys(foundByKind)])].sort();
  console.log(`  by kind (${report ? (report.findings ?? []).length : 0} findings):`);
  for (const k of kinds)
    console.log(
      `    ${pad(k, 32)} ${lpad(byKind[k] ?? 0, 7)} ${lpad(report ? (foundByKind[k] ?? 0) : 'n/a', 7)}`,
    );
  const allFound = report && found.fatal === exp.panic_or_fatal_lines && found.race === exp.race_reports;
  result.expected = { panicOrFatal: exp.panic_or_fatal_lines, races: exp.race_reports };
  result.found = report ? { panicOrFatal: found.fatal, races: found.race, byKind: foundByKind } : null;
  result.targets = {
    found: allFound ? 'PASS' : 'MISS',
    ratio: result.ratio === undefined ? 'n/a' : result.ratio >= TARGET.ratio ? 'PASS' : 'MISS',
    rss: ours.peakRssMB < TARGET.rssMB ? 'PASS' : 'MISS',
  };
  console.log(`  targets:`);
  console.log(`    ${result.targets.found}  100% of panics/fatal errors and race reports found`);
  console.log(
    `    ${result.targets.ratio}  throughput >= ${TARGET.ratio}x panicparse (${result.ratio === undefined ? 'panicparse not run' : `${fmt(result.ratio, 2)}x`})`,
  );
  console.log(`    ${result.targets.rss}  peak RSS < ${TARGET.rssMB} MB (${fmt(ours.peakRssMB)} MB)`);
  return { result, report, wallS: ours.wallS };
}

// ---------- --sources: time per finding with diagnosis ----------

async function runSources(built) {
  const { file } = built;
  const bytes = statSync(file).size;
  const srcRoot = join(SCEN, 'src');
  console.log(`\n== diagnosis (--sources): ${file.replace(`${ROOT}/`, '')} (${fmt(mb(bytes), 0)} MB)`);
  const base = ['--format', 'json', '--module', MODULE];
  const plain = await measure(process.execPath, [CLI, file, ...base], { capture: true });
  const withSrc = await measure(process.execPath, [CLI, file, ...base, '--source-root', srcRoot], {
    capture: true,
  });
  for (const [name, r] of [
    ['--module only', plain],
    ['--module + --source-root', withSrc],
  ]) {
    console.log(
      `  ${pad(name, 26)} ${lpad(fmt(r.wallS, 2), 7)} s  peak RSS ${lpad(fmt(r.peakRssMB), 6)} MB  (${describeExit(r)})`,
    );
    if (r.signal || (r.code !== 0 && r.code !== 1)) {
      crashed = true;
      if (r.stderr)
        console.log(
          r.stderr
            .trim()
            .split('\n')
            .slice(-8)
            .map((l) => `    | ${l}`)
            .join('\n'),
        );
    }
  }
  let findings = [];
  try {
    findings = JSON.parse(withSrc.stdout).findings ?? [];
  } catch {
    console.log('  (no JSON from the --source-root run)');
    return;
  }
  const diagnosed = findings.filter((f) => f.culprit);
  const extra = withSrc.wallS - plain.wallS;
  console.log(
    `  ${findings.length} findings, ${diagnosed.length} with a culprit; diagnosis adds ${fmt(extra, 2)} s = ${fmt(findings.length ? (1000 * extra) / findings.length : Number.NaN, 1)} ms per finding`,
  );
  for (const f of findings) {
    const cf = f.crashFrame ? `${f.crashFrame.file}:${f.crashFrame.line}` : '-';
    const c = f.culprit
      ? `${f.culprit.fixKind} ${f.culprit.mutation?.file}:${f.culprit.mutation?.line} (${f.culprit.mutation?.variable}, conf ${f.culprit.confidence})`
      : `no culprit${f.culpritReason ? ` (${f.culpritReason})` : ''}`;
    console.log(`    ${pad(f.kind, 31)} x${lpad(f.occurrences, 6)}  ${pad(cf, 62)} ${c}`);
  }
}

// ---------- main ----------

async function main() {
  console.log(`go-panic-triage benchmark  (node ${process.version}, ${new Date().toISOString()})`);
  console.log(`peak RSS measured by ${RSS_METHOD}`);
  if (!existsSync(CLI)) {
    console.log('dist/cli.js missing: npm run build');
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(CLI)) {
      console.error('bench: npm run build failed');
      process.exit(1);
    }
  }
  const panicparse = flag('--no-panicparse') ? null : which('panicparse');
  if (!panicparse && !flag('--no-panicparse'))
    console.log('panicparse not on PATH: no throughput ratio (apt-get install panicparse)');

  const results = [];
  if (QUICK || (SOURCES && !flag('--full'))) {
    const b20 = await ensureMkbench('bench-20mb.log', ['--target-bytes', '20000000']);
    if (QUICK) results.push((await runOne('20 MB (--quick)', b20, panicparse)).result);
    if (SOURCES) await runSources(b20);
  } else {
    const b200 = await ensureMkbench('bench-200mb.log', []);
    comparePublished(b200);
    if (SOURCES) await runSources(b200);
    else {
      results.push((await runOne('200 MB', b200, panicparse)).result);
      if (!flag('--no-1gb')) {
        const b1g = await ensureConcat(b200, 'bench-1gb.log', 5);
        results.push((await runOne('1 GB (200 MB x 5)', b1g, panicparse)).result);
      }
    }
  }

  if (results.length) {
    console.log('\n== summary');
    console.log(
      `  ${pad('file', 20)} ${lpad('MB/s', 7)} ${lpad('pp MB/s', 8)} ${lpad('ratio', 6)} ${lpad('RSS MB', 7)} ${lpad('found%', 7)}  found  ratio  rss`,
    );
    for (const r of results) {
      const ppMBs = r.panicparse ? mb(r.bytes) / r.panicparse.wallS : Number.NaN;
      const foundPct =
        r.found && r.expected.panicOrFatal + r.expected.races
          ? (100 * (r.found.panicOrFatal + r.found.races)) / (r.expected.panicOrFatal + r.expected.races)
          : Number.NaN;
      console.log(
        `  ${pad(r.label, 20)} ${lpad(fmt(mb(r.bytes) / r.ours.wallS), 7)} ${lpad(fmt(ppMBs), 8)} ${lpad(fmt(r.ratio, 2), 6)} ${lpad(fmt(r.ours.peakRssMB), 7)} ${lpad(fmt(foundPct), 7)}  ${pad(r.targets.found, 5)}  ${pad(r.targets.ratio, 5)}  ${r.targets.rss}`,
      );
    }
    writeFileSync(
      join(OUT, 'last-run.json'),
      `${JSON.stringify({ date: new Date().toISOString(), rssMethod: RSS_METHOD, results }, null, 1)}\n`,
    );
    console.log(`  (details: bench/out/last-run.json)`);
  }
  if (crashed) {
    console.log('\nbench: a child process crashed (see above)');
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
