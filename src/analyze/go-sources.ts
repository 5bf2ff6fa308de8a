// Parsed Go files of one run: each file is read and parsed at most once, and only when a finding needs it.

import { dirOf, repoIndexFor } from '../repo/go-index.js';
import type { SourceReader } from '../repo/source-reader.js';
import { type GoFile, parseGo } from './go-parser.js';

/** Files of one package parsed at most: a checkout's reads are cheap, an API's are budgeted. */
const MAX_PACKAGE_FILES = { local: 80, api: 12 };
/** Package files fetched at most per run where reads are API requests. */
const MAX_PACKAGE_FETCHES = 48;

// The package a parsed file belongs to, once loaded: provenance follows fields and package-level
// variables to the package's other files synchronously.
const packageOfFile = new WeakMap<GoFile, GoFile[]>();

/** The loaded files of `file`'s package (itself included), or just `file` when the package was not loaded. */
export function packageFiles(file: GoFile): GoFile[] {
  return packageOfFile.get(file) ?? [file];
}

export class GoSources {
  private readonly files = new Map<string, Promise<GoFile | null>>();
  /** Paths asked for that could not be read: reasons name them. */
  readonly missing = new Set<string>();

  private readonly packages = new Map<string, Promise<GoFile[]>>();
  private packageFetches = 0;

  constructor(readonly reader: SourceReader) {}

  /**
   * Parses the other files of `repoPath`'s package (its directory), bounded, so provenance can follow a
   * struct field or a package-level variable there. Only where the reader can list files.
   */
  packageOf(repoPath: string): Promise<GoFile[]> {
    const dir = dirOf(repoPath);
    let pkg = this.packages.get(dir);
    if (!pkg) {
      pkg = this.loadPackage(dir);
      this.packages.set(dir, pkg);
    }
    return pkg;
  }

  private async loadPackage(dir: string): Promise<GoFile[]> {
    const local = !!this.reader.scan;
    const listed = this.reader.listDirectory
      ? await this.reader.listDirectory(dir)
      : await repoIndexFor(this.reader).packageFiles(dir);
    const paths = listed.slice(0, local ? MAX_PACKAGE_FILES.local : MAX_PACKAGE_FILES.api);
    const files: GoFile[] = [];
    for (const path of paths) {
      if (!local && !this.files.has(path) && this.packageFetches++ >= MAX_PACKAGE_FETCHES) break;
      const file = await this.file(path);
      if (file) files.push(file);
    }
    for (const file of files) packageOfFile.set(file, files);
    return files;
  }

  file(repoPath: string): Promise<GoFile | null> {
    let file = this.files.get(repoPath);
    if (!file) {
      file = this.load(repoPath);
      this.files.set(repoPath, file);
    }
    return file;
  }

  private async load(repoPath: string): Promise<GoFile | null> {
    const text = await this.reader.read(repoPath).catch(() => null);
    if (text === null) {
      this.missing.add(repoPath);
      return null;
    }
    return parseGo(repoPath, text).catch(() => null);
  }
}

// One cache per SourceReader: triage() passes the same reader for every finding of a run.
const perReader = new WeakMap<SourceReader, GoSources>();

export function goSourcesFor(reader: SourceReader): GoSources {
  let sources = perReader.get(reader);
  if (!sources) {
    sources = new GoSources(reader);
    perReader.set(reader, sources);
  }
  return sources;
}
