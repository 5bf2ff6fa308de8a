// Changed lines of a change (a PR's patches, or `git diff` output), keyed by repo-relative path.
export type ChangedLines = Map<string, Set<number>>;
