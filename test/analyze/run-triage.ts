// Runs the whole pipeline on a fixture log, as the CLI does, for the analyze acceptance tests.
import { readFile } from 'node:fs/promises';
import type { Culprit, Finding } from '../../src/model.js';
import type { ChangedLines } from '../../src/repo/diff.js';
import { LocalSourceReader } from '../../src/repo/source-reader.js';
import { triage } from '../../src/triage.js';

export const scenarios = 'test/fixtures/scenarios';
export const extra = 'test/fixtures/scenarios-extra';

export async function triageLog(
  logPath: string,
  sourceRoot: string,
  changedLines?: ChangedLines,
  modulePath = 'example.com/triage-fixtures',
): Promise<Finding[]> {
  const text = await readFile(logPath, 'utf8');
  async function* chunks(): AsyncIterable<string> {
    yield text;
  }
  const sources = new LocalSourceReader(sourceRoot);
  const report = await triage(chunks(), {
    modulePath,
    diagnose: { sources, ...(changedLines ? { changedLines } : {}) },
  });
  return report.findings;
}

/** The facts the scenario READMEs state, in one comparable string. */
export function summarize(culprit: Culprit | null): string {
  if (!culprit) return 'no culprit';
  const { mutation: m, objectSource: o } = culprit;
  const source = o ? `${o.file}:${o.line} ${o.kind}` : 'no source';
  return `${m.file}:${m.line} ${m.variable} <- ${source} => ${culprit.fixKind}`;
}
