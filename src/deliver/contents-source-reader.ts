// Go source read through the GitHub contents API at a commit: for the App and for the Action's
// fork-safe modes, which must never check out (let alone run) a pull request's code.
import { type FileListing, type ListedFile, SkipTally, skipReason } from '../repo/list-files.js';
import type { SourceReader } from '../repo/source-reader.js';
import type { GitHubClient } from './octokit.js';
import type { RepoRef } from './pull-request.js';

/** Source files larger than this are not analysed: Go files that big are generated code. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Go files a tree listing keeps (GitHub itself cuts a recursive tree at 100,000 entries). */
const MAX_LISTED_FILES = 20_000;

/**
 * API requests one run may make for sources (files and the tree listing together). 200 keeps a run under
 * 4% of an installation's 5,000 requests an hour, so many pull requests can be triaged each hour, and
 * covers what a run needs: a stack names a few dozen files, the writer search fetches at most its own
 * budget of candidate files (see writer-search.ts) plus one tree listing.
 */
export const DEFAULT_MAX_SOURCE_REQUESTS = 200;

export interface ContentsSourceOptions {
  maxRequests?: number;
}

export class ContentsSourceReader implements SourceReader {
  private readonly cache = new Map<string, Promise<string | null>>();
  private listing: Promise<FileListing> | undefined;
  private readonly maxRequests: number;
  /** API requests made so far (files and trees). */
  requests = 0;
  readonly revision: string;

  constructor(
    private readonly gh: GitHubClient,
    private readonly repo: RepoRef,
    private readonly ref: string,
    options: ContentsSourceOptions = {},
  ) {
    this.maxRequests = options.maxRequests ?? DEFAULT_MAX_SOURCE_REQUESTS;
    this.revision = `${repo.owner}/${repo.repo}@${ref}`;
  }

  /** Requests left in this run's budget. */
  get remainingRequests(): number {
    return Math.max(0, this.maxRequests - this.requests);
  }

  /** The git tree at the commit, recursive: one request for the whole repository's paths and sizes. */
  listFiles(): Promise<FileListing> {
    this.listing ??= this.fetchTree();
    return this.listing;
  }

  private async fetchTree(): Promise<FileListing> {
    if (this.remainingRequests === 0)
      return { files: [], skipped: ['the tree listing (API request budget spent)'], truncated: true };
    this.requests++;
    try {
      const { data } = await this.gh.rest.git.getTree({
        ...this.repo,
        tree_sha: this.ref,
        recursive: 'true',
      });
      const files: ListedFile[] = [];
      const tally = new SkipTally();
      let truncated = !!data.truncated;
      for (const entry of data.tree) {
        if (entry.type !== 'blob' || !entry.path?.endsWith('.go')) continue;
        const reason = skipReason(entry.path);
        if (reason) tally.add(reason);
        else if (files.length >= MAX_LISTED_FILES) truncated = true;
        else files.push({ path: entry.path, ...(entry.size !== undefined && { size: entry.size }) });
      }
      const skipped = tally.notes('file');
      if (data.truncated) skipped.push("paths past GitHub's recursive tree limit");
      else if (truncated) skipped.push(`Go files past the first ${MAX_LISTED_FILES.toLocaleString('en-US')}`);
      return { files, skipped, truncated };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { files: [], skipped: [`the tree listing (${why})`], truncated: true };
    }
  }

  read(repoPath: string): Promise<string | null> {
    const clean = repoPath.replace(/^\.\//, '');
    // Only plain repo-relative paths: a hostile log must not steer requests elsewhere.
    if (clean === '' || clean.startsWith('/') || clean.split('/').some((p) => p === '..' || p === '')) {
      return Promise.resolve(null);
    }
    let text = this.cache.get(clean);
    if (!text) {
      text = this.remainingRequests === 0 ? Promise.resolve(null) : this.fetch(clean);
      this.cache.set(clean, text);
    }
    return text;
  }

  /** The raw media type: the JSON form leaves `content` empty for files over 1 MB. */
  private async fetch(path: string): Promise<string | null> {
    this.requests++;
    try {
      const { data } = await this.gh.rest.repos.getContent({
        ...this.repo,
        path,
        ref: this.ref,
        mediaType: { format: 'raw' },
      });
      // Octokit's types describe the JSON form; with the raw media type the body is the file's text.
      const text: unknown = data;
      return typeof text === 'string' && text.length <= MAX_FILE_BYTES ? text : null;
    } catch {
      return null;
    }
  }
}
