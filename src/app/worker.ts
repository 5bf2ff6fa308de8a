// What a queued job does, wherever the queue runs it: authenticate as the installation, read the
// repository's config and our own login, then hand over to the shared delivery modules.
import type { Probot } from 'probot';
import { handleAnalyzeComment } from '../deliver/analyze-flow.js';
import type { GitHubClient } from '../deliver/octokit.js';
import { readRepoConfig } from '../deliver/repo-config.js';
import { DEFAULT_COMMENT_KEY } from '../deliver/sticky-comment.js';
import type { TriageJob } from './jobs.js';
import type { PullRequestLock } from './keyed-lock.js';
import { ownLoginOf } from './own-login.js';
import { triageRunJob } from './run-job.js';
import type { AppSettings } from './settings.js';

/** `lock` serializes writes to one pull request: in this process, or across processes (Redis). */
export function createWorker(
  app: Probot,
  settings: AppSettings,
  lock: PullRequestLock,
): (job: TriageJob) => Promise<void> {
  const ownLogin = ownLoginOf(app);
  return async (job) => {
    // Probot caches installation tokens (59 min), so a job a while in the queue still authenticates.
    const gh: GitHubClient = await app.auth(job.installationId);
    const repo = { owner: job.owner, repo: job.repo };
    const [login, { config, notes }] = await Promise.all([
      ownLogin(),
      readRepoConfig(gh, repo, job.defaultBranch),
    ]);
    const log = (message: string) => app.log.info(`${job.owner}/${job.repo}: ${message}`);
    if (job.kind === 'run') {
      await triageRunJob(gh, job, {
        config,
        configNotes: notes,
        ownLogin: login,
        commentKey: config.commentKey ?? DEFAULT_COMMENT_KEY,
        maxLogBytes: settings.maxLogBytes,
        lock,
        log,
      });
      return;
    }
    const pull = `${job.owner}/${job.repo}#${job.comment.issueNumber}`.toLowerCase();
    const outcome = await lock.run(pull, () =>
      handleAnalyzeComment(gh, job.comment, {
        config,
        notes,
        ownLogin: login,
        commentKey: config.commentKey ?? DEFAULT_COMMENT_KEY,
        maxLogBytes: settings.maxLogBytes,
        suggestions: config.suggestions,
      }),
    );
    log(`/analyze on #${job.comment.issueNumber} by ${job.comment.author.login}: ${outcome.outcome}`);
  };
}
