// The repository index of one commit: its Go files, which names each file writes (`x.Annotations[k] =`,
// `delete(lastSeen, k)`, `obj.SetLabels(…)`) and which exported names it uses from other packages
// (`pkg.NewController(`). A text scan, no parsing: it decides which few files the writer search and the
// constructor-caller search hand to tree-sitter. Cached per commit; bounded in files, bytes and time.
import { type FileListing, type ListedFile, SkipTally } from './list-files.js';
import type { SourceReader } from './source-reader.js';

export interface IndexLimits {
  /** Files larger than this are generated code or data: not scanned. */
  maxFileBytes: number;
  /** Bytes scanned at most when building a checkout's index. */
  maxScanBytes: number;
  /** Wall-clock budget of one build (ms). */
  maxScanMs: number;
  /** Files read at once. */
  concurrency: number;
}

export const defaultIndexLimits: IndexLimits = {
  maxFileBytes: 1024 * 1024,
  maxScanBytes: 256 * 1024 * 1024,
  maxScanMs: 5_000,
  concurrency: 16,
};

const generatedHeader = /^\/\/ Code generated .* DO NOT EDIT\.\s*$/m;

// What a line writes, as names: the map or field indexed (`pod.Annotations[k] = v` → Annotations), every
// field of an assigned selector (`pod.Status.Phase = p` → Status, Phase), the map deleted from or cleared,
// and the field a Kubernetes setter writes.
const indexedWrite = /\b([A-Za-z_]\w*)\s*(?:\[[^\]\n]*\]\s*)+(?:[-+*/|&^]?=(?!=)|\+\+|--)/g;
const fieldWrite = /\.([A-Za-z_][\w.]*)\s*(?:[-+*/|&^]?=(?!=)|\+\+|--)/g;
const mapCall = /\b(?:delete|clear)\(\s*([\w.]+?)\s*[,)]/g;
const setter =
  /\b(Set(Labels|Annotations|Finalizers|OwnerReferences)|AddFinalizer|RemoveFinalizer|SetMetaDataAnnotation|SetMetaDataLabel)\(/g;
const setterField: Record<string, string> = {
  AddFinalizer: 'Finalizers',
  RemoveFinalizer: 'Finalizers',
  SetMetaDataAnnotation: 'Annotations',
  SetMetaDataLabel: 'Labels',
};

// What a file uses from other packages by name: a qualified call or composite literal (`pkg.NewController(`,
// `&pkg.Reconciler{`). Provenance follows a constructor's parameters to such callers.
const qualifiedUse = /\.\s*([A-Z]\w*)\s*[({]/g;

/** Exported names a Go source text calls or builds through a package qualifier (see above). */
export function usedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(qualifiedUse)) if (m[1]) names.add(m[1]);
  return names;
}

/** The names a Go source text writes (see above). Comments are not stripped: a stray hit costs one parse. */
export function writtenNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(indexedWrite)) if (m[1]) names.add(m[1]);
  for (const m of text.matchAll(fieldWrite)) for (const part of m[1]?.split('.') ?? []) names.add(part);
  for (const m of text.matchAll(mapCall)) {
    const last = m[1]?.split('.').pop();
    if (last) names.add(last);
  }
  for (const m of text.matchAll(setter)) {
    const name = m[2] ?? (m[1] ? setterField[m[1]] : undefined);
    if (name) names.add(name);
  }
  return names;
}

export interface IndexStats {
  listed: number;
  scanned: number;
  /** Bytes read for scanning. */
  bytes: number;
  skipped: string[];
}

export interface WriterFiles {
  /** Files that write one of the names, best-ranked first. */
  paths: string[];
  stats: IndexStats;
}

/** Files that mention one of `names`: writers of them, or users of them from another package. */
export interface WriterFilesQuery {
  names: string[];
  /** Lower is better: the order in which files are fetched (API) and returned. */
  rank: (path: string) => number;
  /** Files fetched at most for this query where reads are costly (no `scan`). */
  maxFetch: number;
}

export class RepoIndex {
  private listingPromise: Promise<FileListing | null> | undefined;
  private built: Promise<void> | undefined;
  /** name → files writing it. */
  private readonly writers = new Map<string, Set<string>>();
  /** name → files calling or building it through a package qualifier. */
  private readonly users = new Map<string, Set<string>>();
  private readonly scannedPaths = new Set<string>();
  private readonly tally = new SkipTally();
  private bytes = 0;
  private stopped: string | null = null;

  constructor(
    /** The current run's reader: a cached commit's index reads through the latest run's budget. */
    public reader: SourceReader,
    private readonly limits: IndexLimits = defaultIndexLimits,
  ) {}

  /** The listing, or null when the reader cannot list. */
  listing(): Promise<FileListing | null> {
    this.listingPromise ??= this.reader.listFiles
      ? this.reader.listFiles().catch(() => null)
      : Promise.resolve(null);
    return this.listingPromise;
  }

  /** Go files of one directory (a package), from the listing. */
  async packageFiles(dir: string): Promise<string[]> {
    const listing = await this.listing();
    if (!listing) return [];
    return listing.files.filter((f) => dirOf(f.path) === dir).map((f) => f.path);
  }

  writersOf(query: WriterFilesQuery): Promise<WriterFiles> {
    return this.filesNaming(this.writers, query);
  }

  /** Files that call or build one of the names from another package (`pkg.NewController(`). */
  usersOf(query: WriterFilesQuery): Promise<WriterFiles> {
    return this.filesNaming(this.users, query);
  }

  private async filesNaming(byName: Map<string, Set<string>>, query: WriterFilesQuery): Promise<WriterFiles> {
    const listing = await this.listing();
    if (!listing) return { paths: [], stats: this.stats(0, ['the source reader cannot list files']) };
    if (this.reader.scan) {
      this.built ??= this.scanAll(listing.files);
      await this.built;
    } else {
      const order = listing.files
        .filter((f) => !this.scannedPaths.has(f.path))
        .map((f) => ({ f, r: query.rank(f.path) }))
        .sort((a, b) => a.r - b.r || (a.f.path < b.f.path ? -1 : 1))
        .slice(0, Math.min(query.maxFetch, this.reader.remainingRequests ?? query.maxFetch))
        .map(({ f }) => f);
      await this.scanEach(order, (path) => this.reader.read(path));
    }
    const found = new Set<string>();
    for (const name of query.names) for (const path of byName.get(name) ?? []) found.add(path);
    const paths = [...found].sort((a, b) => query.rank(a) - query.rank(b) || (a < b ? -1 : 1));
    const notFetched = this.reader.scan ? 0 : listing.files.length - this.scannedPaths.size;
    const extra = notFetched > 0 ? [`${notFetched} files not fetched (API request budget)`] : [];
    return { paths, stats: this.stats(listing.files.length, [...listing.skipped, ...extra]) };
  }

  private stats(listed: number, more: string[]): IndexStats {
    const skipped = [...more, ...this.tally.notes('file')];
    if (this.stopped) skipped.push(this.stopped);
    return { listed, scanned: this.scannedPaths.size, bytes: this.bytes, skipped };
  }

  private scanAll(files: ListedFile[]): Promise<void> {
    const scan = this.reader.scan?.bind(this.reader);
    return scan ? this.scanEach(files, scan) : Promise.resolve();
  }

  /** Reads and scans files, a few at a time, until the bytes or time budget is spent. */
  private async scanEach(files: ListedFile[], read: (path: string) => Promise<string | null>): Promise<void> {
    const started = Date.now();
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < files.length && !this.stopped) {
        const file = files[next++];
        if (!file || this.scannedPaths.has(file.path)) continue;
        if (file.size !== undefined && file.size > this.limits.maxFileBytes) {
          this.tally.add(`files over ${this.limits.maxFileBytes / 1024 / 1024} MiB`);
          continue;
        }
        const text = await read(file.path).catch(() => null);
        this.scannedPaths.add(file.path);
        if (text === null) {
          this.tally.add('unreadable files');
          continue;
        }
        this.bytes += text.length;
        if (text.length > this.limits.maxFileBytes) {
          this.tally.add(`files over ${this.limits.maxFileBytes / 1024 / 1024} MiB`);
        } else if (generatedHeader.test(text.slice(0, 2048))) {
          this.tally.add('generated files (Code generated … DO NOT EDIT)');
        } else {
          for (const name of writtenNames(text)) addTo(this.writers, name, file.path);
          for (const name of usedNames(text)) addTo(this.users, name, file.path);
        }
        if (this.bytes > this.limits.maxScanBytes) {
          this.stopped = `the scan stopped after ${Math.round(this.bytes / 1048576)} MiB`;
        } else if (Date.now() - started > this.limits.maxScanMs) {
          this.stopped = `the scan stopped after ${this.limits.maxScanMs / 1000} s`;
        }
      }
    };
    await Promise.all(Array.from({ length: this.limits.concurrency }, worker));
  }
}

function addTo(byName: Map<string, Set<string>>, name: string, path: string): void {
  let set = byName.get(name);
  if (!set) {
    set = new Set();
    byName.set(name, set);
  }
  set.add(path);
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

// One index per commit: the App triages many runs of one head; a checkout's reader lives for one run.
const byRevision = new Map<string, RepoIndex>();
const byReader = new WeakMap<SourceReader, RepoIndex>();
const MAX_CACHED_REVISIONS = 8;

export function repoIndexFor(reader: SourceReader): RepoIndex {
  const cached = byReader.get(reader);
  if (cached) return cached;
  const key = reader.revision;
  let index = key ? byRevision.get(key) : undefined;
  if (!index) {
    index = new RepoIndex(reader);
    if (key) {
      byRevision.set(key, index);
      const oldest = byRevision.keys().next().value;
      if (byRevision.size > MAX_CACHED_REVISIONS && oldest !== undefined) byRevision.delete(oldest);
    }
  }
  index.reader = reader;
  byReader.set(reader, index);
  return index;
}
