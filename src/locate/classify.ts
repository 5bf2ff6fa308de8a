// One frame → its kind and, for repository code, its repo-relative path.
import type { Frame } from '../model.js';
import { isDependencyFile, packagePathOf, stdlibPathOf } from './go-paths.js';

/** `go test` writes `_testmain.go` itself; it is part of the test harness, like `testing`. */
const GENERATED_TEST_MAIN = '_testmain.go';

/**
 * Classifies a frame from its own text alone. Repo frames get `repoPath` from the package path in the
 * function name (robust whatever directory the module was built in), or from a GOPATH / `-trimpath`
 * file path. Frames this cannot place (e.g. `main.main` at an absolute path) stay unclassified for the
 * module-directory pass in `locateFault`.
 */
export function classifyFrame(frame: Frame, modulePath: string | undefined): void {
  const facts = fileFactsOf(frame.file);
  // A GOROOT-looking path (`/go/src/app/…`, the golang image's old `WORKDIR`) holds no standard library
  // code when the function's package cannot be one: `main`, or a first path element with a dot.
  const goroot = (facts.stdlib || facts.runtimeDir) && mayBeStdlibFunc(frame.func, modulePath);
  if (isRuntimeFunc(frame.func) || (goroot && facts.runtimeDir)) {
    frame.kind = 'runtime';
    return;
  }
  const trimmedRepoPath = modulePath ? underModule(frame.file, modulePath) : null;
  if (trimmedRepoPath !== null) {
    setRepo(frame, trimmedRepoPath);
    return;
  }
  if (frame.file === GENERATED_TEST_MAIN || (goroot && facts.stdlib)) {
    frame.kind = 'stdlib';
    return;
  }
  if (facts.dependency) {
    frame.kind = 'dependency';
    return;
  }
  if (!modulePath) return;
  const byPackage = repoPathFromPackage(frame, modulePath);
  if (byPackage !== null) {
    setRepo(frame, byPackage);
    return;
  }
  // GOPATH layout: `/go/src/example.com/m/pkg/x.go`.
  const gopath = frame.file.indexOf(`/src/${modulePath}/`);
  if (gopath >= 0) setRepo(frame, frame.file.slice(gopath + `/src/${modulePath}/`.length));
}

/** `runtime.*`, `internal/runtime/…`, the `panic` frame, and helpers the runtime implements for other
 * packages (`reflect.mapiterinit`, `sync.runtime_Semacquire`), which live in GOROOT's runtime/ dir. */
export function isRuntimeFrame(frame: Frame): boolean {
  return isRuntimeFunc(frame.func) || fileFactsOf(frame.file).runtimeDir;
}

/**
 * Standard-library import paths have no dot in their first element, no package is named `main`, and
 * none is under the module being triaged.
 */
function mayBeStdlibFunc(func: string, modulePath: string | undefined): boolean {
  const pkg = packagePathOf(func);
  if (pkg === 'main' || pkg.split('/', 1)[0]?.includes('.')) return false;
  return !modulePath || (pkg !== modulePath && !pkg.startsWith(`${modulePath}/`));
}

function isRuntimeFunc(func: string): boolean {
  if (func === 'panic' || func.startsWith('runtime.')) return true;
  return func.startsWith('internal/runtime/') || func.startsWith('runtime/internal/');
}

/** What a frame's file alone tells: whether it is in GOROOT/src, in the runtime's part of it, or in
 * dependency code. */
interface FileFacts {
  stdlib: boolean;
  runtimeDir: boolean;
  dependency: boolean;
}

/**
 * Facts per distinct file path. Every dump repeats the same few hundred files (a 200 MB log has a few
 * dozen), and the GOROOT spellings take four regexes: computed once, they cost a map lookup per frame.
 * The cache is cleared when full, so hostile input cannot grow it.
 */
const fileFacts = new Map<string, FileFacts>();
const MAX_CACHED_FILES = 4096;

function fileFactsOf(file: string): FileFacts {
  let facts = fileFacts.get(file);
  if (facts === undefined) {
    const stdlib = stdlibPathOf(file);
    facts = {
      stdlib: stdlib !== null,
      runtimeDir:
        stdlib !== null &&
        (/^runtime\/[^/]+$/.test(stdlib) ||
          stdlib.startsWith('internal/runtime/') ||
          stdlib.startsWith('runtime/internal/')),
      dependency: isDependencyFile(file),
    };
    if (fileFacts.size >= MAX_CACHED_FILES) fileFacts.clear();
    fileFacts.set(detached(file), facts);
  }
  return facts;
}

/**
 * A copy of `s` that does not keep alive the string it was cut from: V8 substrings point into their
 * parent, here a 64 KiB chunk of the log. Concatenating makes a rope that slicing flattens into new
 * memory. Only for keys that outlive a chunk.
 */
function detached(s: string): string {
  return ` ${s}`.slice(1);
}

/** `example.com/m/pkg/x.go` → `pkg/x.go` when the file is spelled module-path-relative (`-trimpath`). */
function underModule(file: string, modulePath: string): string | null {
  return file.startsWith(`${modulePath}/`) ? file.slice(modulePath.length + 1) : null;
}

function repoPathFromPackage(frame: Frame, modulePath: string): string | null {
  let pkg = packagePathOf(frame.func);
  // External test packages (`package x_test`) live in x's directory.
  if (pkg.endsWith('_test')) pkg = pkg.slice(0, -'_test'.length);
  let dir: string;
  if (pkg === modulePath) dir = '';
  else if (pkg.startsWith(`${modulePath}/`)) dir = `${pkg.slice(modulePath.length + 1)}/`;
  else return null;
  const base = frame.file.slice(Math.max(frame.file.lastIndexOf('/'), frame.file.lastIndexOf('\\')) + 1);
  return base ? dir + base : null;
}

function setRepo(frame: Frame, repoPath: string): void {
  frame.kind = 'repo';
  frame.repoPath = repoPath;
}
