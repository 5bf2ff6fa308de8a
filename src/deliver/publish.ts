// Publishes triaged jobs on a pull request: each job's section of the shared sticky comment, and
// the review suggestions. Shared by the Action and the App, so both say the same thing the same way.

import type { CommentMode } from '../config/schema.js';
import type { Finding, Report } from '../model.js';
import type { SourceReader } from '../repo/source-reader.js';
import {
  causeIdOf,
  type SectionData,
  type SectionIdentity,
  sectionFromReport,
} from '../report/comment-sections.js';
import { describeApiError, type GitHubClient } from './octokit.js';
import { fetchPullRequestDiff, type PullRequestDiff, type RepoRef } from './pull-request.js';
import { releaseTagsOf, versionBlobBaseFor } from './release-tags.js';
import { type SectionUpdate, upsertSections } from './sticky-sections.js';
import { postSuggestions, suggestionsFor } from './suggestions.js';

export interface PublishContext extends RepoRef {
  /** The repository's web URL, for permalinks; GitHub Enterprise hosts must give theirs. */
  repoUrl?: string;
  pullNumber: number;
  /** The commit whose logs were triaged. */
  headSha: string;
  /** The pull request's head now, when it differs (`/analyze <older run>`); defaults to `headSha`. */
  pullHeadSha?: string;
  /** Which comment: `default` is the one merged comment per pull request. */
  commentKey: string;
  ownLogin: string;
  comment: CommentMode;
  suggestions: boolean;
  /** Plain-text notes for every section written (config problems). */
  notes: string[];
  /** For the suggestions' anchor lines. */
  sources?: SourceReader;
  /** A job whose logs could not be read opens the comment even in on-findings mode (the App). */
  announceUnread?: boolean;
  /** Pause before re-reading the comment to repair a concurrent write; 0 when writers are serialised. */
  settleMs?: [number, number];
}

/** One job's triage: the section it owns in the comment. */
export interface JobReport {
  section: SectionIdentity;
  report: Report;
  /** Plain-text notes for this job's section (a cut or unreadable log). */
  notes: string[];
}

export interface PublishResult {
  commentUrl?: string;
  /** Comment writes, including repairs of a concurrent writer's overwrite. */
  commentWrites?: number;
  suggestionsPosted: number;
  /** One line per failed call; the caller decides how loudly to say it. */
  problems: { step: 'comment' | 'suggestions' | 'diff'; status?: number; message: string }[];
}

export async function publishToPullRequest(
  gh: GitHubClient,
  context: PublishContext,
  jobs: JobReport[],
  knownDiff?: PullRequestDiff,
): Promise<PublishResult> {
  const result: PublishResult = { suggestionsPosted: 0, problems: [] };
  const fail = (step: PublishResult['problems'][number]['step'], error: unknown) =>
    result.problems.push({
      step,
      status: (error as { status?: number }).status,
      message: describeApiError(error),
    });
  const repo = { owner: context.owner, repo: context.repo };
  const repoUrl = context.repoUrl ?? `https://github.com/${context.owner}/${context.repo}`;
  let findings = uniqueFindings(jobs.map((j) => j.report));

  if (context.comment !== 'off' && jobs.length > 0) {
    const blobBase = /^[0-9a-f]{7,64}$/i.test(context.headSha)
      ? `${repoUrl}/blob/${context.headSha}`
      : undefined;
    // The repository's own code inside another build links at its release tag when the repository has it.
    const versionBlobBase = blobBase
      ? versionBlobBaseFor(
          repoUrl,
          context.headSha,
          await releaseTagsOf(
            gh,
            repo,
            jobs.map((j) => j.report),
          ),
        )
      : undefined;
    const updates: SectionUpdate[] = jobs.map((job) => {
      const { data, blocks } = sectionFromReport(job.report, job.section, {
        sha: context.headSha,
        notes: [...context.notes, ...job.notes],
        ...(blobBase && { blobBase }),
        ...(versionBlobBase && { versionBlobBase }),
      });
      const news =
        context.comment === 'always' ||
        data.status === 'findings' ||
        (data.status === 'unread' && context.announceUnread === true);
      // A job that passes only turns its earlier section clean; it adds none of its own.
      return { data, blocks, ...(!news && { onlyIfPresent: true }) };
    });
    try {
      const sticky = await upsertSections(
        gh,
        {
          ...repo,
          issueNumber: context.pullNumber,
          key: context.commentKey,
          ownLogin: context.ownLogin,
          headSha: context.pullHeadSha ?? context.headSha,
          repoUrl,
        },
        updates,
        {
          create: updates.some((u) => !u.onlyIfPresent),
          ...(context.settleMs && { settleMs: context.settleMs }),
        },
      );
      if (sticky) {
        findings = suggestedHere(findings, jobs, sticky.sections, context.headSha);
        result.commentUrl = sticky.url;
        result.commentWrites = sticky.writes;
        if (!sticky.verified) {
          result.problems.push({
            step: 'comment',
            message: `another writer kept replacing the comment; this job's section may be missing after ${sticky.writes} writes`,
          });
        }
      }
    } catch (error) {
      fail('comment', error);
    }
  }

  if (context.suggestions && context.sources && findings.some((f) => f.culprit?.edit)) {
    let diff = knownDiff;
    try {
      diff ??= await fetchPullRequestDiff(gh, repo, context.pullNumber);
    } catch (error) {
      fail('diff', error);
    }
    if (diff) {
      try {
        const suggestions = await suggestionsFor(findings, diff, context.sources, {
          ...(result.commentUrl && { commentUrl: result.commentUrl }),
          ...(/^[0-9a-f]{7,64}$/i.test(context.headSha) && {
            blobBase: `${repoUrl}/blob/${context.headSha}`,
          }),
        });
        result.suggestionsPosted = await postSuggestions(
          gh,
          repo,
          { number: context.pullNumber, headSha: context.headSha, ownLogin: context.ownLogin },
          suggestions,
        );
      } catch (error) {
        fail('suggestions', error);
      }
    }
  }
  return result;
}

/**
 * The same root cause in several jobs is suggested by one of them: the job with the first key among
 * the sections at this commit that name it, as this run read the comment back. (Two legs writing at
 * once would otherwise both find no suggestion yet and both post it.)
 */
function suggestedHere(
  findings: Finding[],
  jobs: JobReport[],
  sections: SectionData[],
  sha: string,
): Finding[] {
  const own = new Set(jobs.map((j) => j.section.key));
  return findings.filter((finding) => {
    const id = causeIdOf(finding);
    const naming = sections
      .filter((s) => s.sha === sha && s.causes.some((c) => c.id === id))
      .map((s) => s.key)
      .sort();
    return naming.length === 0 || own.has(naming[0] ?? '');
  });
}

/** The same crash in several jobs is suggested once. */
function uniqueFindings(reports: Report[]): Finding[] {
  const seen = new Set<string>();
  return reports.flatMap((r) => r.findings).filter((f) => !seen.has(f.id) && seen.add(f.id));
}
