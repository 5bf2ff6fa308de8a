// Frame helpers shared by the renderers: how a frame reads, which frames are the user's own code.
import type { Frame, RaceAccess } from '../model.js';

/** Repo-relative when locate mapped it, else the path as printed. */
export function displayFile(frame: Frame): string {
  return frame.repoPath ?? frame.file;
}

/**
 * A frame's file as a reader wants it: repo-relative for the repository, GOROOT-relative for the
 * runtime and standard library (`runtime/map.go`, not `/usr/lib/go-1.19/src/runtime/map.go`), from
 * the module for dependencies (`k8s.io/client-go@v0.30.0/tools/cache/store.go`).
 */
export function shortPath(frame: Frame): string {
  if (frame.repoPath) return frame.repoPath;
  const { file } = frame;
  if (frame.kind === 'runtime' || frame.kind === 'stdlib') {
    const src = file.lastIndexOf('/src/');
    if (src >= 0) return file.slice(src + 5);
  }
  if (frame.kind === 'dependency') {
    const mod = file.lastIndexOf('/pkg/mod/');
    if (mod >= 0) return file.slice(mod + 9);
    const vendor = file.lastIndexOf('/vendor/');
    if (vendor >= 0) return file.slice(vendor + 8);
  }
  return file;
}

/** `servicestatus.(*Reporter).reportOnce`: the function without its package's directory. */
export function shortFunc(func: string): string {
  const bracket = func.indexOf('[');
  const head = bracket < 0 ? func : func.slice(0, bracket);
  return func.slice(head.lastIndexOf('/') + 1);
}

/** A repo-relative path: absolute paths, `..` and drive letters are not in the repository. */
export function isRepoPath(file: string): boolean {
  return file !== '' && !file.startsWith('/') && !file.includes('..') && !/^[A-Za-z]:/.test(file);
}

/** Code a maintainer can change: repo frames, or frames locate could not place when the module is unknown. */
export function isOwnCode(frame: Frame): boolean {
  return frame.kind === 'repo' || frame.kind === undefined;
}

/** A stack in Go's own layout (`func(...)` then a tab and `file:line`), innermost first. */
export function goStackText(frames: Frame[], createdBy?: Frame): string {
  const lines: string[] = [];
  for (const f of frames) lines.push(`${f.func}(${f.inlined ? '...' : ''})`, `\t${displayFile(f)}:${f.line}`);
  if (createdBy) lines.push(`created by ${createdBy.func}`, `\t${displayFile(createdBy)}:${createdBy.line}`);
  return lines.join('\n');
}

/**
 * `Previous write by goroutine 8`: how a race report names one side. A side the detector printed as
 * `[failed to restore the stack]` says so, or an empty stack would read as a parsing gap.
 */
export function accessTitle(access: RaceAccess): string {
  const op = `${access.atomic ? 'atomic ' : ''}${access.op}`;
  const lost = access.stackUnavailable ? ' (stack lost: the race detector could not restore it)' : '';
  const title = `${access.previous ? 'Previous ' : ''}${op} by goroutine ${access.goroutineId}${lost}`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** Where the goroutine of a race access was started: its first own-code frame, else the `go` statement's frame. */
export function creationSite(access: RaceAccess): Frame | undefined {
  const at = access.createdAt ?? [];
  return at.find(isOwnCode) ?? at[0];
}

/** `1 finding`, `3 findings`: English plurals for the words the reports count. */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
