// The Action's inputs, read once into a typed settings object (as actions/checkout does); every
// other module takes settings, never `core.getInput`.
import * as core from '@actions/core';
import type { CommentMode } from '../config/schema.js';

export interface ActionSettings {
  /** Files or globs of logs (`go test` output or `go test -json`), one per line or comma-separated. */
  logPaths: string[];
  token: string;
  sourceRoot: string;
  module?: string;
  comment: CommentMode;
  suggestions: boolean;
  annotations: boolean;
  jobSummary: boolean;
  sarifFile?: string;
  failOnFindings: boolean;
  configPath: string;
  /** Triage the failed jobs of this workflow run instead of files (the fork-safe `workflow_run` mode). */
  runId?: number;
  /** Which comment: `default` is the one merged comment per pull request; another key, a comment of its own. */
  commentKey: string;
  /** This step's section of the comment: its job, matrix leg and name. */
  section: StepSection;
}

/** What names this step's section: the workflow and job (from the runner), the matrix leg, a name. */
export interface StepSection {
  /** The `section` input: a name the step gives itself (two triage steps in one job). */
  name?: string;
  /** The `matrix` input (`toJSON(matrix)`): the leg's values, in order. */
  matrix: [string, string][];
  /** The `job-id` input (`job.check_run_id`): links to the job's log and summary. */
  jobId?: number;
}

export class InputError extends Error {}

/**
 * Steps of one pull request (matrix legs) may write the comment in the same second: after writing,
 * a step waits this long (random, so two steps do not re-read in lockstep), re-reads, and repairs.
 */
export const COMMENT_SETTLE_MS: [number, number] = [300, 1200];

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const logPaths = core
    .getInput('log-path')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const runIdText = core.getInput('run-id');
  const runId = runIdText === '' ? undefined : Number(runIdText);
  if (runId !== undefined && !(Number.isSafeInteger(runId) && runId > 0)) {
    throw new InputError(`run-id must be a workflow run id (a positive whole number), not '${runIdText}'`);
  }
  const comment = core.getInput('comment') || 'on-findings';
  if (comment !== 'always' && comment !== 'on-findings' && comment !== 'off') {
    throw new InputError(`comment must be always, on-findings or off, not '${comment}'`);
  }
  const settings: ActionSettings = {
    logPaths,
    token: core.getInput('github-token'),
    sourceRoot: core.getInput('source-root') || env.GITHUB_WORKSPACE || process.cwd(),
    comment,
    suggestions: flag('suggestions', true),
    annotations: flag('annotations', true),
    jobSummary: flag('job-summary', true),
    failOnFindings: flag('fail-on-findings', false),
    configPath: core.getInput('config') || '.github/go-panic-triage.yml',
    // Empty until the config is read: the input wins, then the config's `comment-key`, then `default`.
    commentKey: core.getInput('comment-key').trim(),
    section: readSection(),
  };
  const module = core.getInput('module');
  if (module) settings.module = module;
  const sarif = core.getInput('sarif-file');
  if (sarif) settings.sarifFile = sarif;
  if (runId !== undefined) settings.runId = runId;
  if (logPaths.length === 0 && runId === undefined && env.GITHUB_EVENT_NAME !== 'issue_comment') {
    throw new InputError('log-path is required (the files `go test` wrote), unless run-id is given');
  }
  return settings;
}

function readSection(): StepSection {
  const section: StepSection = { matrix: readMatrix(core.getInput('matrix')) };
  const name = core.getInput('section').trim();
  if (name) section.name = name;
  const jobIdText = core.getInput('job-id').trim();
  const jobId = Number(jobIdText);
  if (jobIdText !== '' && Number.isSafeInteger(jobId) && jobId > 0) section.jobId = jobId;
  return section;
}

/** `toJSON(matrix)`: `null` outside a matrix, else an object of the leg's values. */
function readMatrix(text: string): [string, string][] {
  if (text.trim() === '' || text.trim() === 'null') return [];
  let matrix: unknown;
  try {
    matrix = JSON.parse(text);
  } catch {
    throw new InputError(
      `matrix must be the JSON of the matrix context (\${{ toJSON(matrix) }}), not '${text.slice(0, 80)}'`,
    );
  }
  if (typeof matrix !== 'object' || matrix === null || Array.isArray(matrix)) {
    throw new InputError(`matrix must be a JSON object (\${{ toJSON(matrix) }}), not '${text.slice(0, 80)}'`);
  }
  return Object.entries(matrix).map(([key, value]) => [
    key,
    typeof value === 'string' ? value : JSON.stringify(value),
  ]);
}

/** A boolean input; an empty one takes the default. YAML 1.2 core schema spellings only. */
function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim();
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`${name} must be true or false, not '${value}'`);
}
