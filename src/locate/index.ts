// locate: frames → kinds and repo-relative paths; the crash frame of a fault.
import type { Fault, Frame } from '../model.js';
import { classifyFrame } from './classify.js';
import { testOfTimeout } from './crash-frame.js';
import { isRelative, packagePathOf } from './go-paths.js';

export { pickCrashFrame } from './crash-frame.js';

export interface LocateOptions {
  /** The repository's Go module path (`example.com/triage-fixtures`), from `--module` or go.mod. */
  modulePath?: string;
  /** The config's `path-mappings`: trace paths under `from` are repo paths under `to`. */
  pathMappings?: readonly { from: string; to: string }[];
}

/** Sets `kind` and, for repo frames, `repoPath` on every frame of the fault (in place). */
export function locateFault(fault: Fault, options: LocateOptions): void {
  const frames = framesOf(fault);
  for (const frame of frames) {
    // Fresh frames have neither field: skip the `delete` calls (every frame of every fault comes here).
    if (frame.kind !== undefined) delete frame.kind;
    if (frame.repoPath !== undefined) delete frame.repoPath;
    if (frame.version !== undefined) delete frame.version;
    classifyFrame(frame, options.modulePath);
    if (options.pathMappings && frame.kind !== 'runtime' && frame.kind !== 'stdlib') {
      mapPath(frame, options.pathMappings);
    }
  }
  // A Go 1.19 timeout without -v names no test: the goroutine running it does.
  if (fault.kind === 'test-timeout' && fault.test === undefined) {
    const test = testOfTimeout(fault);
    if (test) fault.test = test;
  }
  if (!options.modulePath) return;
  // `main.*` functions carry no module path: place them through the module's directory on this
  // machine, learned from frames already mapped by package (`/home/runner/work/r/r/` + `pkg/x.go`).
  const moduleDir = moduleDirectoryOf(frames, options.modulePath);
  for (const frame of frames) {
    if (frame.kind) continue;
    if (
      moduleDir !== null &&
      frame.file.startsWith(moduleDir) &&
      (moduleDir !== '' || isRelative(frame.file))
    ) {
      frame.kind = 'repo';
      frame.repoPath = frame.file.slice(moduleDir.length);
    } else if (moduleDir === null && packagePathOf(frame.func) === 'main') {
      // No frame tells where the module was built (a program that is all `main`): its main package is
      // the module's own code (module cache and vendor copies were classified above), shown as printed.
      frame.kind = 'repo';
    } else {
      // Neither runtime, GOROOT, module cache nor our module: code from elsewhere, not ours to blame.
      frame.kind = 'dependency';
    }
  }
}

/** A configured mapping wins over any guess: the user knows where their build ran. */
function mapPath(frame: Frame, mappings: readonly { from: string; to: string }[]): void {
  for (const { from, to } of mappings) {
    if (!frame.file.startsWith(from)) continue;
    const rest = frame.file.slice(from.length).replace(/^\/+/, '');
    const repoPath = to === '' ? rest : `${to.replace(/\/+$/, '')}/${rest}`;
    if (repoPath.split('/').includes('..')) return;
    frame.kind = 'repo';
    frame.repoPath = repoPath;
    return;
  }
}

/**
 * Where the module's files were when it was built: `/home/runner/work/r/r/`, a module cache directory
 * `…/pkg/mod/M@v1.2.3/`, a `-trimpath` `M@v1.2.3/`, or `` when files print repo-relative (Bazel,
 * `-gcflags=-trimpath=$ROOT`). A module-relative `-trimpath` `M/` names no directory.
 */
function moduleDirectoryOf(frames: Frame[], modulePath: string): string | null {
  for (const frame of frames) {
    const { repoPath, file } = frame;
    if (frame.kind !== 'repo' || !repoPath || !file.endsWith(repoPath)) continue;
    const dir = file.slice(0, file.length - repoPath.length);
    if (dir === `${modulePath}/`) continue;
    if (dir === '' || dir.endsWith('/')) return dir;
  }
  return null;
}

/** Every frame a fault holds: goroutine stacks and creators, race accesses and their creation sites. */
export function framesOf(fault: Fault): Frame[] {
  const frames: Frame[] = [];
  const goroutines = fault.crashing ? [fault.crashing, ...fault.others] : fault.others;
  for (const g of goroutines) {
    frames.push(...g.frames);
    if (g.createdBy) frames.push(g.createdBy);
  }
  for (const access of fault.accesses ?? []) {
    frames.push(...access.frames, ...(access.createdAt ?? []));
  }
  for (const location of fault.raceLocations ?? []) frames.push(...location.frames);
  return frames;
}
