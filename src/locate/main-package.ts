// Frames of `main` packages with the sources at hand: `main.foo` at `/build/dir/cmd/tool/main.go` names no
// import path, so no module path places it; the checkout does.
import type { Finding, Frame } from '../model.js';
import type { SourceReader } from '../repo/source-reader.js';
import { isRelative, packagePathOf } from './go-paths.js';
import { framesOf } from './index.js';

/** Path elements tried from the end of a printed directory (`cmd/tools/inventory` is three). */
const MAX_DEPTH = 8;

/**
 * Gives every `main` frame that locate left without a repo path (a binary whose frames are all `main`, so
 * no other frame tells where the module was built) the repository file it was built from: the longest
 * tail of its printed path that is a file of the checkout declaring `package main` and as long as the
 * frame's line. Frames of one directory share the answer; at most MAX_DEPTH reads per directory.
 */
export async function placeMainFrames(findings: Finding[], sources: SourceReader): Promise<void> {
  const dirs = new Map<string, Promise<string | null>>();
  for (const finding of findings) {
    for (const frame of framesOf(finding.fault)) {
      if (!isUnplacedMain(frame)) continue;
      const slash = frame.file.lastIndexOf('/');
      const dir = frame.file.slice(0, slash + 1);
      const base = frame.file.slice(slash + 1);
      let repoDir = dirs.get(dir);
      if (repoDir === undefined) {
        repoDir = repoDirOf(dir, base, frame.line, sources);
        dirs.set(dir, repoDir);
      }
      const found = await repoDir;
      if (found === null) continue;
      const text = await sources.read(found + base).catch(() => null);
      if (text === null || !declaresMain(text, frame.line)) continue;
      frame.kind = 'repo';
      frame.repoPath = found + base;
    }
  }
}

function isUnplacedMain(frame: Frame): boolean {
  if (frame.repoPath !== undefined || (frame.kind !== 'repo' && frame.kind !== undefined)) return false;
  return packagePathOf(frame.func) === 'main' && !isRelative(frame.file) && frame.file.endsWith('.go');
}

/** `/tmp/b/src/cmd/inventory/` → `cmd/inventory/` when `cmd/inventory/<base>` is a main file of the checkout. */
async function repoDirOf(
  dir: string,
  base: string,
  line: number,
  sources: SourceReader,
): Promise<string | null> {
  const parts = dir.split('/').filter(Boolean);
  for (let take = Math.min(parts.length - 1, MAX_DEPTH); take >= 0; take--) {
    const candidate = take === 0 ? '' : `${parts.slice(parts.length - take).join('/')}/`;
    const text = await sources.read(candidate + base).catch(() => null);
    if (text !== null && declaresMain(text, line)) return candidate;
  }
  return null;
}

function declaresMain(text: string, line: number): boolean {
  return /^package main\b/m.test(text) && text.split('\n').length >= line;
}
