// What a mode of the Action hands to publishing: the report, what the comment must add, and the PR.

import type { PullRequestDiff } from '../deliver/pull-request.js';
import type { Report } from '../model.js';
import type { SourceReader } from '../repo/source-reader.js';

export interface Triaged {
  report: Report;
  /** Plain-text notes for the comment and summary (cut logs, ignored findings). */
  notes: string[];
  /** Sources at repository-relative paths, for the suggestions' anchor lines. */
  sources: SourceReader;
  pull?: { number: number; headSha: string; diff?: PullRequestDiff };
  runUrl?: string;
}
