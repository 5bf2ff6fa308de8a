// Parsed Go files of one run: each file is read and parsed at most once, and only when a finding needs it.

import type { SourceReader } from '../repo/source-reader.js';
import { type GoFile, parseGo } from './go-parser.js';

export class GoSources {
  private readonly files = new Map<string, Promise<GoFile | null>>();
  /** Paths asked for that could not be read: reasons name them. */
  readonly missing = new Set<string>();

  constructor(private readonly reader: SourceReader) {}

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
