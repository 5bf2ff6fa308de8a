// The real logs the paste transformations run on, and what a fault looks like to the table test:
// kind, headline and crash frame (through parse and locate, with the fixture's own module path).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateFault, pickCrashFrame } from '../../../src/locate/index.js';
import type { Fault } from '../../../src/model.js';
import { parseText } from '../../../src/parse/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export interface FixtureLog {
  /** Path under test/fixtures. */
  name: string;
  text: string;
  modulePath: string;
}

/** The module of a program's go.mod; a program of several modules (its README says which runs) takes the first. */
function moduleOf(dir: string): string {
  const candidates = [
    join(dir, 'go.mod'),
    ...readdirSync(dir)
      .sort()
      .map((d) => join(dir, d, 'go.mod')),
  ];
  const goMod = candidates.find((file) => existsSync(file));
  if (goMod === undefined) return '';
  return /^module\s+(\S+)/m.exec(readFileSync(goMod, 'utf8'))?.[1] ?? '';
}

/** Every plain-text real log (`go test -json` streams are JSON records already, and are left out). */
export function fixtureLogs(): FixtureLog[] {
  const out: FixtureLog[] = [];
  // Every toolchain's run of the scenarios (`logs/` is Go 1.19), the extra scenarios and the writer scenarios.
  const scenarioSets: [string, string][] = [
    ...readdirSync(join(FIXTURES, 'scenarios'))
      .filter((d) => d === 'logs' || d.startsWith('logs-go'))
      .sort()
      .map((d): [string, string] => [`scenarios/${d}`, 'scenarios/src']),
    ['scenarios-extra/logs', 'scenarios-extra/src'],
    ...(existsSync(join(FIXTURES, 'scenarios-writers/logs'))
      ? [['scenarios-writers/logs', 'scenarios-writers/src'] as [string, string]]
      : []),
  ];
  for (const [logs, src] of scenarioSets) {
    const modulePath = moduleOf(join(FIXTURES, src));
    for (const file of readdirSync(join(FIXTURES, logs)).sort()) {
      // The 10,000-line passing run adds time, not shapes: its 500-line sibling stays.
      if (!file.endsWith('.log') || file === 'passing-sets-v-count20.log') continue;
      out.push({
        name: `${logs}/${file}`,
        text: readFileSync(join(FIXTURES, logs, file), 'utf8'),
        modulePath,
      });
    }
  }
  const programs = join(FIXTURES, 'go-programs');
  for (const program of readdirSync(programs).sort()) {
    const dir = join(programs, program);
    const modulePath = moduleOf(dir);
    for (const file of readdirSync(dir).sort()) {
      if (!/^output.*\.log$/.test(file)) continue;
      out.push({
        name: `go-programs/${program}/${file}`,
        text: readFileSync(join(dir, file), 'utf8'),
        modulePath,
      });
    }
  }
  return out;
}

export interface Seen {
  kind: string;
  headline: string;
  crashFrame: string | null;
}

export function crashFrameOf(fault: Fault, modulePath: string): string | null {
  locateFault(fault, { modulePath });
  const frame = pickCrashFrame(fault, { modulePath });
  return frame ? `${frame.func} ${frame.file}:${frame.line}` : null;
}

export function seen(fault: Fault, modulePath: string): Seen {
  return { kind: fault.kind, headline: fault.headline, crashFrame: crashFrameOf(fault, modulePath) };
}

export function faultsOf(text: string): Fault[] {
  return parseText(text).faults;
}
