// Stack frames → sites in parsed files. Only repo frames count; each file is read once (GoSources caches).
import type { Evidence, Frame } from '../model.js';
import { loadConstructorCallers } from './constructor-callers.js';
import type { GoSources } from './go-sources.js';
import type { Site } from './provenance.js';

export interface StackSites {
  /** Repo frames whose file could be read and parsed, innermost first. */
  sites: Site[];
  /** Repo paths of repo frames whose source was not found. */
  missing: string[];
}

export function isRepoFrame(frame: Frame): frame is Frame & { repoPath: string } {
  return frame.kind === 'repo' && typeof frame.repoPath === 'string' && frame.line > 0;
}

export async function loadStack(frames: Frame[], sources: GoSources): Promise<StackSites> {
  const out: StackSites = { sites: [], missing: [] };
  for (const frame of frames) {
    if (!isRepoFrame(frame)) continue;
    const file = await sources.file(frame.repoPath);
    // Provenance may follow a field or a package-level variable into the package's other files, and a
    // field set from a constructor's parameter to the constructor's callers in other packages.
    if (file) {
      await sources.packageOf(frame.repoPath);
      await loadConstructorCallers(file, sources);
    }
    if (!file) {
      if (!out.missing.includes(frame.repoPath)) out.missing.push(frame.repoPath);
      continue;
    }
    out.sites.push({ file, row: frame.line - 1 });
  }
  return out;
}

/** The first repo frame of a frame list, or of a goroutine's creation site. */
export function firstRepoFrame(frames: Frame[] | undefined): Frame | undefined {
  return frames?.find(isRepoFrame);
}

/** `example.com/m/pkg/x.(*T).Run` → `x.(*T).Run`. */
export function shortFunc(func: string): string {
  return func.replace(/^.*\//, '');
}

/** Evidence at a frame's line, with its code when the file is in the repository and readable. */
export async function frameEvidence(frame: Frame, note: string, sources: GoSources): Promise<Evidence> {
  const file = isRepoFrame(frame) ? await sources.file(frame.repoPath) : null;
  const code = file?.lines[frame.line - 1]?.trim() ?? '';
  return { file: frame.repoPath ?? frame.file, line: frame.line, code, note };
}
