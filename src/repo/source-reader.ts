// Where analysis reads Go source from: a local checkout (CLI, Action) or the GitHub contents API
// (src/deliver/contents-source-reader.ts, for the App). Both read each file once per run.
import { readdir, readFile, realpath } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { type FileListing, walkGoFiles } from './list-files.js';

export interface SourceReader {
  /** The file's text, or null when it does not exist or cannot be read. `repoPath` is repo-relative. */
  read(repoPath: string): Promise<string | null>;
  /**
   * The repository's Go files (bounded; see list-files.ts), for searches past the printed stacks. Optional:
   * a reader without it limits analysis to the files the stacks name.
   */
  listFiles?(): Promise<FileListing>;
  /** The Go files of one directory (a package), cheaply where the reader can (a checkout: one readdir). */
  listDirectory?(dir: string): Promise<string[]>;
  /** Reads a file for a one-off text scan without keeping it (a checkout); absent where reads are costly. */
  scan?(repoPath: string): Promise<string | null>;
  /** Reads left where reads are budgeted API requests (the contents API); undefined for a checkout. */
  readonly remainingRequests?: number;
  /** The commit the reader shows, when known: the repository index is cached per commit. */
  readonly revision?: string;
}

/** Go files larger than this are generated code no culprit lives in; reading them only costs memory. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Reads files under a local directory (CLI `--source-root`, the Action's workspace), each once. */
export class LocalSourceReader implements SourceReader {
  private readonly cache = new Map<string, Promise<string | null>>();
  private rootReal: Promise<string | null> | undefined;
  private listing: Promise<FileListing> | undefined;

  constructor(private readonly root: string) {}

  listFiles(): Promise<FileListing> {
    this.listing ??= walkGoFiles(this.root);
    return this.listing;
  }

  async listDirectory(dir: string): Promise<string[]> {
    const clean = normalize(dir || '.');
    if (clean.startsWith('..') || clean.startsWith('/')) return [];
    const entries = await readdir(join(this.root, clean), { withFileTypes: true }).catch(() => []);
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.go'))
      .map((e) => (clean === '.' ? e.name : `${clean}/${e.name}`))
      .sort();
  }

  scan(repoPath: string): Promise<string | null> {
    const clean = normalize(repoPath);
    if (clean.startsWith('..') || clean.startsWith('/')) return Promise.resolve(null);
    return this.cache.get(clean) ?? this.load(clean);
  }

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
