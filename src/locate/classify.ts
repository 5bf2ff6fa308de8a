// One frame → its kind and, for repository code, its repo-relative path.
import type { Frame } from '../model.js';
import {
  isDependencyFile,
  isVendoredPackage,
  localNameOf,
  ownFileElsewhere,
  packagePathOf,
  stagingFileOf,
  stdlibPathBySuffix,
  stdlibPathOf,
  unvendoredPackage,
} from './go-paths.js';

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
  const stdlibFunc = mayBeStdlibFunc(frame.func, modulePath);
  const goroot = (facts.stdlib || facts.runtimeDir) && stdlibFunc;
  if (isRuntimeFunc(frame.func) || (goroot && facts.runtimeDir)) {
    frame.kind = 'runtime';
    return;
  }
  const printedPkg = packagePathOf(frame.func);
  if (modulePath && placeOwnCodeElsewhere(frame, printedPkg, modulePath, facts.staging)) return;
  if (!goroot && stdlibFunc && !facts.dependency && placeStdlibByName(frame, printedPkg)) return;
  // Kubernetes' staging repositories are their own modules (k8s.io/client-go, …): dependencies of
  // kubernetes code, the repository's own code when the module is that staging repository (placed above).
  if (facts.staging !== null || isVendoredPackage(printedPkg)) {
    frame.kind = 'dependency';
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
  // GOPATH layout: `/go/src/example.com/m/pkg/x.go`; the last one, as kubernetes' dockerized builds
  // nest a GOPATH inside the checkout (`/go/src/k8s.io/kubernetes/_output/dockerized/go/src/k8s.io/kubernetes/`).
  const gopath = frame.file.lastIndexOf(`/src/${modulePath}/`);
  if (gopath >= 0) setRepo(frame, frame.file.slice(gopath + `/src/${modulePath}/`.length));
}

/**
 * The module's own code built as somebody else's dependency (module cache at a version, `-trimpath`
 * `M@v1.2.3/`, a downstream `vendor/M/`) or as a kubernetes staging repository (`staging/src/M/`).
 * The function must agree: its package (vendoring removed) is under the module, or is a `main` package.
 */
function placeOwnCodeElsewhere(
  frame: Frame,
  printedPkg: string,
  modulePath: string,
  staging: FileFacts['staging'],
): boolean {
  const pkg = unvendoredPackage(printedPkg);
  if (pkg !== 'main' && pkg !== modulePath && !pkg.startsWith(`${modulePath}/`)) return false;
  if (staging !== null) {
    if (staging.module !== modulePath) return false;
    setRepo(frame, staging.path);
    return true;
  }
  const own = ownFileElsewhere(frame.file, modulePath);
  if (own === null) return false;
  setRepo(frame, own.path);
  if (own.version !== undefined) frame.version = own.version;
  return true;
}

/**
 * Standard-library functions whose file no GOROOT pattern knows: a path ending in `src/<package>/<file>`
 * (Homebrew's `…/libexec/src/maps/maps.go`, `C:/Program Files/Go/src/…`), or a package only the standard
 * library may have (`internal/…`), wherever it was printed.
 */
function placeStdlibByName(frame: Frame, pkg: string): boolean {
  const path = stdlibPathBySuffix(frame.file, pkg);
  if (path !== null) {
    frame.kind = isRuntimeDirPath(path) ? 'runtime' : 'stdlib';
    return true;
  }
  if (pkg.startsWith('internal/')) {
    frame.kind = 'stdlib';
    return true;
  }
  return false;
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

/** The runtime's way out of a fatal error, linked into other standard packages (`sync.fatal`,
 * `internal/sync.throw`, `maps.fatal`): never the code to blame, whatever file it printed. */
const FATAL_FUNCS = new Set(['throw', 'fatal', 'fatalthrow', 'fatalpanic']);

function isRuntimeFunc(func: string): boolean {
  if (func === 'panic' || func.startsWith('runtime.')) return true;
  if (func.startsWith('internal/runtime/') || func.startsWith('runtime/internal/')) return true;
  const pkg = packagePathOf(func);
  return (
    (pkg === 'sync' || pkg === 'maps' || pkg.startsWith('internal/')) && FATAL_FUNCS.has(localNameOf(func))
  );
}

/** `runtime/map.go`, `internal/runtime/maps/table.go`: files of the runtime itself (GOROOT/src-relative). */
function isRuntimeDirPath(path: string): boolean {
  return (
    /^runtime\/[^/]+$/.test(path) ||
    path.startsWith('internal/runtime/') ||
    path.startsWith('runtime/internal/')
  );
}

/** What a frame's file alone tells: whether it is in GOROOT/src, in the runtime's part of it, or in
 * dependency code. */
interface FileFacts {
  stdlib: boolean;
  runtimeDir: boolean;
  dependency: boolean;
  /** A kubernetes staging file: the staging repository and the path inside it. */
  staging: { module: string; path: string } | null;
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
      runtimeDir: stdlib !== null && isRuntimeDirPath(stdlib),
      dependency: isDependencyFile(file),
      staging: detachedStaging(stagingFileOf(file)),
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

/** Cached with the facts, so cut loose from the log chunk like the key. */
function detachedStaging(staging: FileFacts['staging']): FileFacts['staging'] {
  return staging && { module: detached(staging.module), path: detached(staging.path) };
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
