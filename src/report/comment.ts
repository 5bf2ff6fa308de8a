// The pull-request comment: the markdown report framed for a PR (what was triaged, notes such as a
// cut log, the clean state when a later run passes), within GitHub's comment size limit.
import { COMMENT_MAX_CHARS } from '../limits.js';
import type { Report } from '../model.js';
import { refForVersion } from '../repo/version-ref.js';
import { escapeMarkdown } from './escape.js';
import { type MarkdownOptions, renderMarkdown } from './markdown.js';

export interface CommentContext {
  /** The commit the logs belong to (the PR head). */
  headSha: string;
  /** The repository's web URL (`https://github.com/o/r`), for permalinks at `headSha`. */
  repoUrl?: string;
  /** Where the logs came from: a workflow run's page, when known. Built by us, never from log text. */
  runUrl?: string;
  /** Things the reader must know: a log was cut, a job's log had expired, … (plain text, escaped here). */
  notes?: string[];
  markdown?: MarkdownOptions;
  /**
   * Release tags the repository has (`v1.2.3`), asked of the API by the door: frames of its own code built
   * into somebody else's binary at a version link to that tag, else to `headSha`.
   */
  tags?: readonly string[];
}

const FOOTER_ROOM = 1_000;
const MAX_NOTES = 10;
const MAX_NOTE_CHARS = 500;

export function renderComment(report: Report, context: CommentContext): string {
  const commit = `\`${context.headSha.slice(0, 12).replace(/[^0-9a-f]/gi, '')}\``;
  const source = context.runUrl ? ` of [this run](${context.runUrl})` : '';
  const notes = (context.notes ?? [])
    .slice(0, MAX_NOTES)
    .map((n) => `> [!NOTE]\n> ${escapeMarkdown(n.slice(0, MAX_NOTE_CHARS))}`);
  const unread = report.stats.bytes === 0;
  const head =
    report.findings.length > 0 ? '' : unread ? unreadBody(commit, source) : cleanBody(commit, source);
  const body =
    report.findings.length === 0
      ? ''
      : renderMarkdown(report, {
          ...context.markdown,
          ...(context.repoUrl &&
            /^[0-9a-f]{7,64}$/i.test(context.headSha) && {
              blobBase: `${context.repoUrl}/blob/${context.headSha}`,
              versionBlobBase: (version: string) => {
                const tags = new Set(context.tags ?? []);
                return `${context.repoUrl}/blob/${refForVersion(version, (tag) => tags.has(tag), context.headSha)}`;
              },
            }),
          maxChars: COMMENT_MAX_CHARS - FOOTER_ROOM - notes.join('\n\n').length,
        });
  const footer = `<sub>go-panic-triage triaged the logs${source} at commit ${commit}.</sub>`;
  return [head, body.trimEnd(), ...notes, footer].filter(Boolean).join('\n\n').concat('\n');
}

/** Nothing was read (expired or missing logs): that is not the same as a clean run. */
function unreadBody(commit: string, source: string): string {
  return `### ⚠️ go-panic-triage: no logs could be read\n\nThe logs${source} at commit ${commit} could not be read, so nothing was triaged. The notes below say why.`;
}

function cleanBody(commit: string, source: string): string {
  return `### ✅ go-panic-triage: no Go crashes\n\nThe logs${source} at commit ${commit} hold no panic, fatal error, data race or timeout. Any earlier findings on this pull request are gone.`;
}
