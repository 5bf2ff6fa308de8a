// Every GitHub size and count limit the delivery stage respects, in one place.
// Sources: GitHub REST docs and what established Actions do (see shared research, github-delivery.md).

/** Issue/PR comment bodies are refused above 65,536 characters; stay well below, as changesets does. */
export const COMMENT_MAX_CHARS = 60_000;

/** Job summaries over 1 MiB per step fail to upload; measured in bytes, not characters. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;

/** Check-run `output.summary` / `output.text`. */
export const CHECK_RUN_TEXT_MAX_CHARS = 65_535;

/** Annotations accepted per check-run create/update request. */
export const CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;

/** Annotation `message` / `raw_details` (bytes) and `title` (characters). */
export const ANNOTATION_MESSAGE_MAX_BYTES = 64_000;
export const ANNOTATION_TITLE_MAX_CHARS = 255;

/** Workflow-command annotations shown per step: 10 errors and 10 warnings (50 per job). */
export const WORKFLOW_COMMAND_ANNOTATIONS_PER_LEVEL = 10;

/** Inline comments per review: reviewdog's cap, below GitHub's abuse-detection threshold. */
export const REVIEW_COMMENTS_MAX = 30;

/** `pulls/{n}/files` pages hold 100 files and stop at 3,000. */
export const PULL_FILES_PER_PAGE = 100;
export const PULL_FILES_MAX = 3_000;

/** How much of one job log is read by default; bigger logs are cut and the comment says so. */
export const LOG_MAX_BYTES_DEFAULT = 256 * 1024 * 1024;
