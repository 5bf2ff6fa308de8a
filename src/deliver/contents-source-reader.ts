// Go source read through the GitHub contents API at a commit: for the App and for the Action's
// fork-safe modes, which must never check out (let alone run) a pull request's code.
import type { SourceReader } from '../repo/source-reader.js';
import type { GitHubClient } from './octokit.js';
import type { RepoRef } from './pull-request.js';

/** Source files larger than this are not analysed: Go files that big are generated code. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Files one run may fetch; a stack names a few dozen at most. */
const MAX_FILES = 200;

export class ContentsSourceReader implements SourceReader {
  private readonly cache = new Map<string, Promise<string | null>>();

  constructor(
    private readonly gh: GitHubClient,
    private readonly repo: RepoRef,
    private readonly ref: string,
  ) {}

  read(repoPath: string): Promise<string | null> {
    const clean = repoPath.replace(/^\.\//, '');
    // Only plain repo-relative paths: a hostile log must not steer requests elsewhere.
    if (clean === '' || clean.startsWith('/') || clean.split('/').some((p) => p === '..' || p === '')) {
      return Promise.resolve(null);
    }
    let text = this.cache.get(clean);
    if (!text) {
      text = this.cache.size >= MAX_FILES ? Promise.resolve(null) : this.fetch(clean);
      this.cache.set(clean, text);
    }
    return text;
  }

  /** The raw media type: the JSON form leaves `content` empty for files over 1 MB. */
  private async fetch(path: string): Promise<string | null> {
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
