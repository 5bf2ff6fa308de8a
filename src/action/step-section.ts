// This step's section of the pull request's comment: one per job and matrix leg (and per `section`
// name, for two triage steps in one job), so legs that write their logs to the same path never
// replace each other's findings.
import type { SectionIdentity } from '../report/comment-sections.js';
import type { StepSection } from './inputs.js';

export function stepSectionIdentity(
  section: StepSection,
  env: NodeJS.ProcessEnv,
  repoUrl: string,
): SectionIdentity {
  const workflow = env.GITHUB_WORKFLOW?.trim() || 'workflow';
  const job = env.GITHUB_JOB?.trim() || 'job';
  // One value reads as `go 1.25`; several as `go 1.25, os ubuntu-latest`.
  const leg = section.matrix.map(([key, value]) => `${key} ${value}`).join(', ');
  const runId = env.GITHUB_RUN_ID?.trim();
  const runUrl = runId && /^\d+$/.test(runId) ? `${repoUrl}/actions/runs/${runId}` : undefined;
  const jobUrl = runUrl && section.jobId ? `${runUrl}/job/${section.jobId}` : runUrl;
  const summaryUrl = runUrl && section.jobId ? `${runUrl}#summary-${section.jobId}` : runUrl;
  return {
    key: `step:${JSON.stringify([workflow, job, section.matrix, section.name ?? ''])}`,
    group: section.name ?? `${workflow} / ${job}`,
    ...(leg && { leg }),
    ...(jobUrl && { jobUrl }),
    ...(summaryUrl && { summaryUrl }),
  };
}
