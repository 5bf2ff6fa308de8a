// The job summary: the same findings as the comment (same headlines, permalinks, confidence), with
// what the triage could not read first, the clean and unread states told apart, and the commit and
// run linked, within the summary's byte budget (no cap on findings below it).
import { JOB_SUMMARY_MAX_BYTES } from '../limits.js';
import type { Report } from '../model.js';
import { escapeMarkdown } from './escape.js';
import { renderMarkdown } from './markdown.js';
import { CLEAN_TEXT, CLEAN_TITLE, UNREAD_TITLE } from './titles.js';

export interface SummaryContext {
  /** `https://github.com/o/r`: for permalinks and the commit link. */
  repoUrl?: string;
  /** The commit the logs belong to. */
  headSha?: string;
  /** The job (or run) whose logs were read. Built by us, never from log text. */
  runUrl?: string;
  /** Plain-text notes: what the triage could not read or left out (escaped here). */
  notes?: string[];
}

const SHA = /^[0-9a-f]{7,64}$/i;

/** `logs of [this run](…) at commit [`abc123def456`](…/commit/…)`: where the findings come from, linked. */
export function provenance(context: SummaryContext): string {
  const source = context.runUrl ? ` of [this job](${context.runUrl})` : '';
  const sha = context.headSha && SHA.test(context.headSha) ? context.headSha : undefined;
  if (!sha) return `the logs${source}`;
  const short = `\`${sha.slice(0, 12)}\``;
  const commit = context.repoUrl ? `[${short}](${context.repoUrl}/commit/${sha})` : short;
  return `the logs${source} at commit ${commit}`;
}

export function renderJobSummary(report: Report, context: SummaryContext = {}): string {
  const notes = (context.notes ?? []).map((n) => `> [!WARNING]\n> ${escapeMarkdown(n)}`);
  const from = provenance(context);
  const footer = `<sub>go-panic-triage triaged ${from}.</sub>`;
  let body: string;
  if (report.findings.length > 0) {
    const sha = context.headSha && SHA.test(context.headSha) ? context.headSha : undefined;
    const fixed = [...notes, footer].join('\n\n').length + 16;
    // The limit is in bytes; a character takes at most 4 in UTF-8, so this many characters always fit.
    const maxChars = Math.floor(JOB_SUMMARY_MAX_BYTES / 4) - fixed;
    body = renderMarkdown(report, {
      maxChars,
      ...(context.repoUrl && sha && { blobBase: `${context.repoUrl}/blob/${sha}` }),
    }).trimEnd();
  } else if (report.stats.bytes === 0) {
    body = `### ⚠️ ${UNREAD_TITLE}\n\nNothing was triaged: ${from} could not be read. The notes say why.`;
  } else {
    body = `### ✅ ${CLEAN_TITLE}\n\n${capitalize(from)} ${CLEAN_TEXT}.`;
  }
  // What the triage could not read comes first: a reader must know the findings may be incomplete.
  const [head, ...rest] = body.split('\n\n');
  // Without findings the body already says where the logs came from.
  const tail = report.findings.length > 0 ? [footer] : [];
  return [head, ...notes, ...rest, ...tail].filter(Boolean).join('\n\n').concat('\n');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
