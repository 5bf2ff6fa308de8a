// Where analysis reads Go source from: a local checkout (CLI, Action) or the GitHub contents API
// (src/deliver/contents-source-reader.ts, for the App). Both read each file once per run.
import { readFile, realpath } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';

export interface SourceReader {
  /** The file's text, or null when it does not exist or cannot be read. `repoPath` is repo-relative. */
  read(repoPath: string): Promise<string | null>;
}

/** Go files larger than this are generated code no culprit lives in; reading them only costs memory. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Reads files under a local directory (CLI `--source-root`, the Action's workspace), each once. */
export class LocalSourceReader implements SourceReader {
  private readonly cache = new Map<string, Promise<string | null>>();
  private rootReal: Promise<string | null> | undefined;

  constructor(private readonly root: string) {}

  read(repoPath: string): Promise<string | null> {
    const clean = normalize(repoPath);
    // Never read outside the checkout, whatever a hostile log names.
    if (clean.startsWith('..') || clean.startsWith('/')) return Promise.resolve(null);
    let text = this.cache.get(clean);
    if (!text) {
      text = this.load(clean);
      this.cache.set(clean, text);
    }
    return text;
  }

  /** A checkout may hold symlinks (a pull request's code is not ours): follow none that lead outside it. */
  private async load(clean: string): Promise<string | null> {
    this.rootReal ??= realpath(this.root).catch(() => null);
    const root = await this.rootReal;
    const file = await realpath(join(this.root, clean)).catch(() => null);
    if (root === null || file === null || !file.startsWith(root + sep)) return null;
    const text = await readFile(file, 'utf8').catch(() => null);
    return text !== null && text.length <= MAX_FILE_BYTES ? text : null;
  }
}
