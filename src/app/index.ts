// The GitHub App (Probot 14): every failed CI run of a pull request gets triaged, and `/analyze`
// triages on request. Handlers only validate and enqueue; the work runs off the webhook path.
import type { ApplicationFunction, Probot } from 'probot';
import { jobForCheckRun, jobForComment, jobForWorkflowRun, type Keyed, type TriageJob } from './jobs.js';
import { InProcessQueue, type JobQueue } from './queue.js';
import { type AppSettings, readAppSettings } from './settings.js';
import { createWorker } from './worker.js';

export interface AppOptions {
  /** Defaults to the environment (GO_PANIC_TRIAGE_*). */
  settings?: AppSettings;
  /** Another queue (BullMQ, or a test's); given the worker that runs the jobs. */
  queue?: (worker: (job: TriageJob) => Promise<void>, settings: AppSettings) => JobQueue<TriageJob>;
}

export function triageApp(options: AppOptions = {}): ApplicationFunction {
  return (app: Probot) => {
    const settings = options.settings ?? readAppSettings(process.env);
    const worker = createWorker(app, settings);
    const queue = options.queue?.(worker, settings) ?? inProcessQueue(app, worker, settings);
    const enqueue = async (keyed: Keyed<TriageJob> | null) => {
      if (!keyed) return;
      const queued = await queue.enqueue(keyed.key, keyed.job);
      app.log.info(`${keyed.key}: ${queued ? 'queued' : 'already queued or running'}`);
    };

    app.on('workflow_run.completed', (context) => enqueue(jobForWorkflowRun(context.payload)));
    app.on('check_run.completed', (context) => enqueue(jobForCheckRun(context.payload)));
    app.on('issue_comment.created', (context) => enqueue(jobForComment(context.payload)));
  };
}

function inProcessQueue(
  app: Probot,
  worker: (job: TriageJob) => Promise<void>,
  settings: AppSettings,
): InProcessQueue<TriageJob> {
  return new InProcessQueue(worker, {
    concurrency: settings.concurrency,
    perInstallation: settings.perInstallation,
    onError: (error, key) => app.log.error({ err: error }, `${key}: triage failed`),
  });
}

export default triageApp();
