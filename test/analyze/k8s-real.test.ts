// Acceptance on the real Kubernetes libraries (test/fixtures/k8s-real): one table over (scenario × Go
// version). Each log is the verbatim output of a program built on the real client-go / apimachinery /
// controller-runtime of its Go version's day; the facts are the set's hand-checked expected.json, and they
// hold on every version (the module's own lines are the same in every era).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Culprit, Finding } from '../../src/model.js';
import { triageLog } from './run-triage.js';

const root = 'test/fixtures/k8s-real';
const modulePath = 'example.com/k8s-real';

interface Facts {
  kind: string;
  headline: string;
  test: string | null;
  crashFrame: { func: string; file: string; line: number } | null;
  culprit: {
    mutation: { file: string; line: number; variable: string; code: string };
    objectSource: { file: string; line: number; kind: string; code: string } | null;
    fixKind: string;
  };
}
type Entry = Facts | { sameAs: string } | null;

const expected: {
  versions: string[];
  logs: Record<string, Entry>;
  notReproduced?: Record<string, string[]>;
} = JSON.parse(readFileSync(`${root}/expected.json`, 'utf8'));
const versions = readdirSync(`${root}/logs`)
  .filter((d) => /^go1\.\d+$/.test(d))
  .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));

function factsOf(name: string): Facts | null {
  const entry = expected.logs[name];
  if (entry && 'sameAs' in entry) return factsOf(entry.sameAs);
  return entry ?? null;
}

/** The facts expected.json states, from a finding. */
function observed(finding: Finding): Facts {
  const c: Culprit | null = finding.culprit;
  return {
    kind: finding.kind,
    headline: finding.headline,
    test: finding.test ?? null,
    crashFrame: finding.crashFrame
      ? {
          func: finding.crashFrame.func,
          file: finding.crashFrame.repoPath ?? finding.crashFrame.file,
          line: finding.crashFrame.line,
        }
      : null,
    culprit: c
      ? {
          mutation: {
            file: c.mutation.file,
            line: c.mutation.line,
            variable: c.mutation.variable,
            code: c.mutation.code,
          },
          objectSource: c.objectSource
            ? {
                file: c.objectSource.file,
                line: c.objectSource.line,
                kind: c.objectSource.kind,
                code: c.objectSource.code,
              }
            : null,
          fixKind: c.fixKind,
        }
      : (null as unknown as Facts['culprit']),
  };
}

describe('k8s-real: the set', () => {
  it('has logs for every Go version expected.json names', () => {
    expect(versions).toEqual(expected.versions);
  });

  it.each(versions)('%s has every scenario (or says why not)', (version) => {
    const missing = Object.keys(expected.logs).filter(
      (name) => !existsSync(`${root}/logs/${version}/${name}`),
    );
    expect(missing).toEqual(expected.notReproduced?.[version] ?? []);
  });
});

const cells = versions.flatMap((version) =>
  Object.keys(expected.logs)
    .filter((name) => existsSync(`${root}/logs/${version}/${name}`))
    .map((name) => [version, name] as const),
);

describe('k8s-real: kind, headline, crash frame, test and culprit per (scenario × Go version)', () => {
  for (const [version, name] of cells) {
    const facts = factsOf(name);
    const run = () => triageLog(`${root}/logs/${version}/${name}`, root, undefined, modulePath);
    if (!facts) {
      it(`${version} ${name}: no finding`, async () => {
        expect(await run()).toEqual([]);
      });
      continue;
    }
    it(`${version} ${name}: the fault`, async () => {
      const [first] = await run();
      expect(first && { ...observed(first), culprit: undefined }).toEqual({ ...facts, culprit: undefined });
    });
    it(`${version} ${name}: the culprit`, async () => {
      const findings = await run();
      expect(findings[0] && observed(findings[0]).culprit, findings[0]?.culpritReason).toEqual(facts.culprit);
      // every other report of the same log blames the same kind of shared object with the same fix (a
      // report in the other direction names the other test's client, so not the same line)
      for (const f of findings.slice(1)) {
        const c = observed(f).culprit;
        expect(c && { variable: c.mutation.variable, source: c.objectSource?.kind, fix: c.fixKind }).toEqual({
          variable: facts.culprit.mutation.variable,
          source: facts.culprit.objectSource?.kind,
          fix: facts.culprit.fixKind,
        });
      }
    });
  }
});
