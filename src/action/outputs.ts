// What the Action leaves on the runner whatever happens with the API: the JSON report and the
// step outputs, the job summary, file annotations and the SARIF file.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { VERSION } from '../cli/version.js';
import { JOB_SUMMARY_MAX_BYTES, WORKFLOW_COMMAND_ANNOTATIONS_PER_LEVEL } from '../limits.js';
import type { Report } from '../model.js';
import { annotationsFor } from '../report/annotations.js';
import { escapeMarkdown } from '../report/escape.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import type { ActionSettings } from './inputs.js';

export async function writeLocalOutputs(
  report: Report,
  settings: ActionSettings,
  notes: string[],
): Promise<void> {
  const reportPath = join(process.env.RUNNER_TEMP ?? '.', 'go-panic-triage', 'report.json');
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, renderJson(report));
  core.setOutput('findings', String(report.findings.length));
  core.setOutput('report', reportPath);

  if (settings.jobSummary) await writeJobSummary(report, notes);
  if (settings.annotations) annotate(report);
  if (settings.sarifFile) {
    await mkdir(dirname(settings.sarifFile), { recursive: true });
    await writeFile(settings.sarifFile, renderSarif(report, VERSION));
  }
  core.info(
    report.findings.length === 0
      ? 'go-panic-triage: no Go crashes found'
      : `go-panic-triage: ${report.findings.length} finding(s); report at ${reportPath}`,
  );
}

async function writeJobSummary(report: Report, notes: string[]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const noteText = notes.map((n) => `> ${escapeMarkdown(n)}`).join('\n\n');
  // The limit is in bytes; a character takes at most 4 in UTF-8, so this many characters always fit.
  const maxChars = Math.floor(JOB_SUMMARY_MAX_BYTES / 4) - noteText.length - 16;
  const body = [renderMarkdown(report, { maxChars }).trimEnd(), noteText].filter(Boolean).join('\n\n');
  await core.summary.addRaw(`${body}\n`).write();
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
