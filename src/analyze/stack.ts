// Stack frames → sites in parsed files. Only repo frames count; each file is read once (GoSources caches).
import type { Evidence, Frame } from '../model.js';
import { loadConstructorCallers } from './constructor-callers.js';
import type { GoFile } from './go-parser.js';
import type { GoSources } from './go-sources.js';
import { enclosingFunction, functionAt, functionName } from './go-syntax.js';
import type { Site } from './provenance.js';

export interface StackSites {
  /** Repo frames whose file could be read and parsed, innermost first. */
  sites: Site[];
  /** Repo paths of repo frames whose source was not found. */
  missing: string[];
  /**
   * Repo frames whose line is not in the frame's function in this source (`file:line is not in F`): the
   * source is another commit than the one that crashed, and its code there would mislead.
   */
  stale: string[];
}

/** The function a frame names, for comparing with the code: `(*Controller).syncService` → syncService. */
function frameFunctionName(func: string): string | null {
  const parts = func
    .replace(/^.*\//, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/-fm$/, '')
    .split('.');
  // Closures and wrappers (`Run.func1`, `Run.func1.2`, `gowrap1`) are named after the function around them.
  const named = parts.filter((p) => p && !/^(func|gowrap|deferwrap)?\d+$/.test(p) && !p.startsWith('('));
  return parts.length > 1 ? (named[named.length - 1] ?? null) : null;
}

/** False when the frame's line lies in no function of that name (a closure counts as its enclosing function). */
function frameMatches(file: GoFile, row: number, func: string): boolean {
  const name = frameFunctionName(func);
  if (!name || name === 'init' || /^glob$/.test(name)) return true;
  if (row >= file.lines.length) return false;
  for (let fn = functionAt(file, row); fn; fn = enclosingFunction(fn)) {
    if (functionName(fn) === name) return true;
  }
  return false;
}

/** Why a stack's frames could not be read, or null: another commit's source, else a file not found. */
export function unreadable(stack: Pick<StackSites, 'missing' | 'stale'>): string | null {
  const stale = stack.stale[0];
  if (stale)
    return `the source does not match the log: ${stale} (the source is another commit than the one that crashed)`;
  const missing = stack.missing[0];
  return missing ? `source for ${missing} not found under the source root` : null;
}

export function isRepoFrame(frame: Frame): frame is Frame & { repoPath: string } {
  return frame.kind === 'repo' && typeof frame.repoPath === 'string' && frame.line > 0;
}

export async function loadStack(frames: Frame[], sources: GoSources): Promise<StackSites> {
  const out: StackSites = { sites: [], missing: [], stale: [] };
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
    if (!frameMatches(file, frame.line - 1, frame.func)) {
      out.stale.push(`${frame.repoPath}:${frame.line} is not in ${frameFunctionName(frame.func)}`);
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
