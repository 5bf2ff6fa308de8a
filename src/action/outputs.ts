// What the Action leaves on the runner whatever happens with the API: the JSON report and the
// step outputs, the job summary, file annotations and the SARIF file.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { VERSION } from '../cli/version.js';
import { WORKFLOW_COMMAND_ANNOTATIONS_PER_LEVEL } from '../limits.js';
import type { Report } from '../model.js';
import { annotationsFor } from '../report/annotations.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { renderJobSummary, type SummaryContext } from '../report/summary.js';
import { CLEAN_TITLE, findingsSummary, UNREAD_TITLE } from '../report/titles.js';
import type { ActionSettings } from './inputs.js';

export async function writeLocalOutputs(
  report: Report,
  settings: ActionSettings,
  notes: string[],
  links: Omit<SummaryContext, 'notes'> = {},
): Promise<void> {
  const reportPath = join(process.env.RUNNER_TEMP ?? '.', 'go-panic-triage', 'report.json');
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, renderJson(report));
  core.setOutput('findings', String(report.findings.length));
  core.setOutput('report', reportPath);

  if (settings.jobSummary) await writeJobSummary(report, { ...links, notes });
  if (settings.annotations) annotate(report);
  if (settings.sarifFile) {
    await mkdir(dirname(settings.sarifFile), { recursive: true });
    await writeFile(settings.sarifFile, renderSarif(report, VERSION, links));
  }
  core.info(
    report.findings.length === 0
      ? report.stats.bytes === 0
        ? UNREAD_TITLE
        : CLEAN_TITLE
      : `${findingsSummary(report.findings)}; report at ${reportPath}`,
  );
}

async function writeJobSummary(report: Report, context: SummaryContext): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(renderJobSummary(report, context)).write();
}

/** Workflow-command annotations: GitHub shows 10 of each level per step, so the first findings' go first. */
function annotate(report: Report): void {
  const counts = { error: 0, warning: 0 };
  for (const a of annotationsFor(report.findings)) {
    if (counts[a.level]++ >= WORKFLOW_COMMAND_ANNOTATIONS_PER_LEVEL) continue;
    const properties = { title: a.title, file: a.file, startLine: a.line };
    if (a.level === 'error') core.error(a.message, properties);
    else core.warning(a.message, properties);
  }
}
