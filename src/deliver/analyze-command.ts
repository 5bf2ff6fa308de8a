// `/analyze` on a pull request, for the App and for the Action on `issue_comment`: one parser,
// one permission rule, one set of reactions.
import type { GitHubClient } from './octokit.js';
import type { RepoRef } from './pull-request.js';

export type AnalyzeCommand =
  | { kind: 'analyze'; runId?: number; jobId?: number }
  | { kind: 'help' }
  | { kind: 'invalid'; reason: string };

/**
 * Finds a whole-line `/analyze [help|RUN-URL|JOB-URL|RUN-ID]` outside fenced code blocks and
 * quotes (as Prow does), so quoting someone's command or a log never triggers work.
 */
export function parseAnalyzeCommand(body: string): AnalyzeCommand | null {
  let fence: string | null = null;
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    const opener = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (opener) {
      if (fence === null) fence = opener;
      else if (opener[0] === fence[0] && opener.length >= fence.length && line === opener) fence = null;
      continue;
    }
    if (fence !== null || line.startsWith('>') || raw.startsWith('    ')) continue;
    const match = /^\/analyze(?:\s+(\S+))?\s*$/.exec(line);
    if (match) return parseArgument(match[1]);
  }
  return null;
}

function parseArgument(argument: string | undefined): AnalyzeCommand {
  if (argument === undefined) return { kind: 'analyze' };
  if (argument === 'help') return { kind: 'help' };
  if (/^\d{1,20}$/.test(argument)) return { kind: 'analyze', runId: Number(argument) };
  const job = /\/actions\/runs\/(\d+)\/(?:job|jobs)\/(\d+)/.exec(argument);
  if (job) return { kind: 'analyze', runId: Number(job[1]), jobId: Number(job[2]) };
  const run = /\/actions\/runs\/(\d+)/.exec(argument);
  if (run) return { kind: 'analyze', runId: Number(run[1]) };
  return { kind: 'invalid', reason: 'expected a workflow run or job URL, a run id, or `help`' };
}

export const ANALYZE_HELP = [
  '`/analyze` triages the latest failed workflow run of this pull request’s head commit and updates the go-panic-triage comment.',
  '',
  '- `/analyze`: the latest failed run for the head commit',
  '- `/analyze <run URL or id>`: that run (`…/actions/runs/123`)',
  '- `/analyze <job URL>`: that job only (`…/actions/runs/123/job/456`)',
  '- `/analyze help`: this message',
  '',
  'Anyone with write access to the repository may use it.',
].join('\n');

const RANK: Record<string, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

/**
 * At least write access, asked of the collaborator-permission API: `author_association`
 * misreports private org members, and every user can read a public repository.
 */
export async function hasWriteAccess(gh: GitHubClient, repo: RepoRef, login: string): Promise<boolean> {
  const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
  const role = (data as { role_name?: string }).role_name ?? data.permission;
  return (RANK[role] ?? RANK[data.permission] ?? 0) >= (RANK.write ?? 3);
}

export type Reaction = 'eyes' | 'rocket' | 'confused';

export async function react(
  gh: GitHubClient,
  repo: RepoRef,
  commentId: number,
  content: Reaction,
): Promise<void> {
  await gh.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content });
}
