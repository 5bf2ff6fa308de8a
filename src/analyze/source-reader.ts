// Where analysis reads Go source from: a local checkout now, the GitHub contents API later (App).
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

export interface SourceReader {
  /** The file's text, or null when it does not exist or cannot be read. `repoPath` is repo-relative. */
  read(repoPath: string): Promise<string | null>;
}

/** Reads files under a local directory (CLI `--source-root`, the Action's workspace), each once. */
export class LocalSourceReader implements SourceReader {
  private readonly cache = new Map<string, Promise<string | null>>();

  constructor(private readonly root: string) {}

  read(repoPath: string): Promise<string | null> {
    const clean = normalize(repoPath);
    // Never read outside the checkout, whatever a hostile log names.
    if (clean.startsWith('..') || clean.startsWith('/')) return Promise.resolve(null);
    let text = this.cache.get(clean);
    if (!text) {
      text = readFile(join(this.root, clean), 'utf8').catch(() => null);
      this.cache.set(clean, text);
    }
    return text;
  }
}
