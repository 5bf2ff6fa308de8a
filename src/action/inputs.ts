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
  /** Distinguishes the sticky comments of several steps in one PR. */
  commentKey: string;
}

export class InputError extends Error {}

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
    // One comment per set of logs: the key is the log-path input itself (or the run mode).
    commentKey: runId !== undefined ? 'workflow-run' : logPaths.join(' ') || 'default',
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

/** A boolean input; an empty one takes the default. YAML 1.2 core schema spellings only. */
function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim();
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`${name} must be true or false, not '${value}'`);
}
