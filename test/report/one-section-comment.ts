// The comment for one report alone, as a single job's section: what the scenario snapshots render
// (the doors always go through the sections in src/deliver/sticky-sections.ts).
import type { Report } from '../../src/model.js';
import { renderSectionsComment } from '../../src/report/comment.js';
import { type SectionIdentity, sectionFromReport } from '../../src/report/comment-sections.js';

export interface CommentContext {
  /** The commit the logs belong to (the PR head). */
  headSha: string;
  /** The repository's web URL (`https://github.com/o/r`), for permalinks at `headSha`. */
  repoUrl?: string;
  /** Where the logs came from: a job's or run's page, when known. Built by us, never from log text. */
  runUrl?: string;
  /** Things the reader must know: a log was cut, a job's log had expired, … (plain text, escaped here). */
  notes?: string[];
  /** The job the section is about; a plain "logs" section when not given. */
  section?: SectionIdentity;
  maxChars?: number;
}

/** The comment for one report alone: a single section. */
export function renderComment(report: Report, context: CommentContext): string {
  const blobBase =
    context.repoUrl && /^[0-9a-f]{7,64}$/i.test(context.headSha)
      ? `${context.repoUrl}/blob/${context.headSha}`
      : undefined;
  const identity: SectionIdentity = context.section ?? {
    key: 'logs',
    group: 'logs',
    ...(context.runUrl && { jobUrl: context.runUrl }),
  };
  const { data, blocks } = sectionFromReport(report, identity, {
    sha: context.headSha,
    notes: context.notes ?? [],
    ...(blobBase && { blobBase }),
  });
  return renderSectionsComment(
    { sections: [data], blocks },
    {
      headSha: context.headSha,
      ...(context.repoUrl && { repoUrl: context.repoUrl }),
      ...(context.maxChars && { maxChars: context.maxChars }),
    },
  );
}
